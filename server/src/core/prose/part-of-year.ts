/**
 * Parts of the year named in a sentence ("上半年", "第一季度", "12 月", "1-6 月", "截至 6 月 30 日"): a figure or a
 * zero claim after one is about that part, not the year the tables count. The rule, one for every reader: a
 * span that is the whole year (1 月至 12 月, 1-12 月, 1 月 1 日至 12 月 31 日, 截至 12 月 31 日, 截至 12 月底) is no
 * part, nor is a day that opens or closes the year (1 月 1 日, 12 月 31 日); one month (3 月, 12 月份), a few months
 * (三个月), a range short of the year (1 至 11 月) and any other day (6 月 30 日) are parts.
 */
import { isAsciiDigit } from '../text/chars.js';
import { chineseNumber } from '../text/numerals.js';
import { allMatches } from './matches.js';

/** A month or a day-of-month numeral: ASCII digits or Chinese (十二, 三十一). */
const NUMERAL = '\\d{1,2}|[一二两三四五六七八九十]{1,3}';
/** Between the two ends of a span ("1-6 月", "1 月至 6 月", "1 月 1 日起至 6 月 30 日"). */
const TO = '(?:-|—|－|–|~|～|(?:起 ?)?(?:至|到))';
/** A year written again at a span's end ("2024 年 1 月至 2024 年 12 月"), or after 截至. */
const YEAR = '(?:(?:19|20)\\d{2} ?年 ?)?';
/** A date: a month, or months ("1-6 月"), with a day or the month's end ("6 月 30 日", "12 月底"). */
const DATE = `(${NUMERAL}) ?(?:${TO} ?(${NUMERAL}) ?)?月份?(?: ?(${NUMERAL}) ?日|(底|末))?`;
/**
 * 上半年, 下半年, a quarter, a number of months (三个月), or a date or span of dates, perhaps opened by 截至 (from the
 * year's start). Groups: 1 截至…, 2 the months of 个月; 3–6 the first date (month, last month of a range, day,
 * month's end), 7–10 the span's end date.
 */
const PART_OF_YEAR = new RegExp(
  `上半年|下半年|季度|((?:截至|截止|至|到) ?${YEAR})?(?<![\\d.])(?:(${NUMERAL}) ?个月|${DATE}(?: ?${TO} ?${YEAR}${DATE})?)(?! ?\\d)`,
  'g',
);

/** A day of the year; `day` 0 for the whole month, 31 for its end (底, 末). */
interface Day {
  readonly month: number;
  readonly day: number;
}

/** The end offsets of the phrases of `text` that name a part of the year (see the module's rule), in order. */
export function partOfYearEnds(text: string): number[] {
  const ends: number[] = [];
  if (!text.includes('月') && !text.includes('季') && !text.includes('半年')) return ends;
  for (const m of allMatches(PART_OF_YEAR, text)) {
    if (isPart(m)) ends.push(m.index + m[0].length);
  }
  return ends;
}

/** Whether a match of {@link PART_OF_YEAR} names a part of the year. */
function isPart(m: RegExpExecArray): boolean {
  const [, opened, , month, lastMonth, day, monthEnd, toMonth, toLastMonth, toDay, toMonthEnd] = m;
  if (month === undefined) return true; // 上半年, 下半年, 季度, N 个月
  const at = dayOf(day, monthEnd);
  const first: Day = { month: numberOf(month), day: lastMonth === undefined ? at : 0 };
  const last: Day =
    toMonth === undefined
      ? { month: numberOf(lastMonth ?? month), day: at }
      : { month: numberOf(toLastMonth ?? toMonth), day: dayOf(toDay, toMonthEnd) };
  if (!isMonth(first.month) || !isMonth(last.month)) return false; // no date ("30 月")
  if (opened === undefined && lastMonth === undefined && toMonth === undefined) {
    return at === 0 || !(opensYear(first) || closesYear(first)); // one month, or one day
  }
  return !((opened !== undefined || opensYear(first)) && closesYear(last)); // a span (截至: from the year's start)
}

/** The day a day numeral or a month's end (底, 末) names: 0 for neither (the whole month). */
function dayOf(numeral: string | undefined, monthEnd: string | undefined): number {
  if (monthEnd !== undefined) return 31;
  return numeral === undefined ? 0 : numberOf(numeral);
}

/** The value of a numeral of {@link NUMERAL}; 0 when it is none. */
function numberOf(numeral: string): number {
  return isAsciiDigit(numeral.charCodeAt(0)) ? Number(numeral) : (chineseNumber(numeral) ?? 0);
}

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

/** 1 月 or 1 月 1 日. */
function opensYear(day: Day): boolean {
  return day.month === 1 && day.day <= 1;
}

/** 12 月, 12 月 31 日 or 12 月底. */
function closesYear(day: Day): boolean {
  return day.month === 12 && (day.day === 0 || day.day === 31);
}
