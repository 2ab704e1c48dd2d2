/** Numbers as prose writes them: ASCII or full-width digits (3119, 3,119, 52.63) and Chinese numerals (二十一). */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The numerals of one character: the digits and 十. */
const SINGLE = new Map<string, number>([...Object.entries(DIGIT), ['十', 10]]);

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** The longest numeral {@link chineseNumber} reads: 九千九百九十九万九千九百九十九 has 15 characters. */
const LONGEST_NUMERAL = 15;

/**
 * Value of a Chinese numeral below 100 000 000 ("二十一" = 21, "一百零五" = 105, "三万二千" = 32000,
 * "二〇二一" read digit by digit); null when `s` is not one (or is longer than any such numeral).
 */
export function chineseNumber(s: string): number | null {
  if (s.length === 1) return SINGLE.get(s) ?? null; // the most common: "一", "十"
  if (s.length === 0 || s.length > LONGEST_NUMERAL) return null;
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s) && !s.startsWith('零')) {
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  const wan = s.indexOf('万');
  if (wan >= 0) {
    const high = chineseNumber(s.slice(0, wan));
    if (high === null || high === 0) return null;
    const low = wan === s.length - 1 ? 0 : chineseNumber(s.slice(wan + 1).replace(/^零/, ''));
    return low === null ? null : high * 10000 + low;
  }
  let total = 0;
  let pending: number | null = null;
  for (const c of s) {
    if (c in DIGIT) {
      if (pending !== null) return null;
      pending = DIGIT[c] ?? 0;
      if (pending === 0) pending = null;
      continue;
    }
    const unit = UNIT[c];
    if (unit === undefined) return null;
    // "十五" has no leading digit; "二百十" is not a numeral.
    const digit = pending ?? (unit === 10 && total === 0 ? 1 : null);
    if (digit === null) return null;
    total += digit * unit;
    pending = null;
  }
  return total + (pending ?? 0);
}

/** Chinese digits a year is written with, 〇 also as ○ (U+25CB) or 零: 二〇二二, 二○二二. */
export const CHINESE_YEAR = '(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}';

/**
 * The year `s` writes: four ASCII digits (callers turn full-width ones into ASCII first), or four Chinese digits
 * ("二〇二二", "二○二二") → 2022; null for anything else, or a year outside 1900–2099.
 */
export function yearValue(s: string): number | null {
  if (s.length !== 4) return null;
  const year = /^\d{4}$/.test(s) ? Number(s) : chineseNumber(s.replace(/○/g, '〇'));
  return year !== null && year >= 1900 && year <= 2099 ? year : null;
}

/**
 * Value of a number written with ASCII digits, optional thousands separators and decimals
 * ("3,119", "52.63"); null when it is malformed (e.g. "3,11").
 */
export function arabicNumber(s: string): number | null {
  if (!ARABIC_NUMBER.test(s)) return null;
  return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}
const ARABIC_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Number of decimals written ("52.63" → 2). */
export function decimalsOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}
