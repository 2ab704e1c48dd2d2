/** The report's title, year and template version, read from the text. */
import type { DetectedTemplate, Span, TemplateId, Title, VersionEvidence, YearEvidence } from '../model.js';
import { TEMPLATES, templateForYear } from '../templates/index.js';
import {
  isBlankLine,
  isPageMarker,
  isTagStart,
  LineReader,
  REPORT_TITLE,
  splitLines,
  type Line,
} from './lines.js';
import { asciiDigits } from './normalize.js';
import { escapeRegExp, isWhiteSpace } from '../text/chars.js';
import { CHINESE_YEAR, chineseNumber, yearValue } from '../text/numerals.js';
import { lastOf } from '../text/last.js';

/** A year as a title or a signature writes it: 2022, ２０２２ (read after {@link asciiDigits}) or 二〇二二. */
const YEAR_TEXT = `((?:19|20)\\d{2}|${CHINESE_YEAR})`;
const YEAR = new RegExp(`${YEAR_TEXT}\\s*年`);
/** A line holding a year, at its end ("某某县人民政府2022年", "2022年度"): the first half of a wrapped title. */
const YEAR_AT_END = new RegExp(`${YEAR_TEXT}\\s*年度?$`);
/** A line holding only a year, as PDFs print it under a title without one: "（2023年度）", "2023年". */
const YEAR_LINE = new RegExp(`^[（(]?\\s*${YEAR_TEXT}\\s*年度?\\s*[）)]?$`);
/** Lines longer than this are no part of a title broken over two lines. */
const TITLE_PART = 40;
/** A line naming a government body (the agency line above a title). */
const AGENCY = /[政府委局办区县市镇乡厅部院会]/;

/** `d`, half- or full-width, as a pattern. */
const digit = (d: string) => `[${d}${String.fromCharCode(d.charCodeAt(0) + 0xfee0)}]`;
const ANY_DIGIT = '[0-9０-９]';
const YEAR_DIGITS = `((?:${digit('1')}${digit('9')}|${digit('2')}${digit('0')})${ANY_DIGIT}{2})`;
/**
 * The statistics period "2023年1月1日至2023年12月31日" (the second year may be left out: "2023年1月1日至12月31日";
 * the days too: "2023年1月至12月"), digits half- or full-width (matched as they are, without converting the text
 * first).
 */
const PERIOD = new RegExp(
  `${YEAR_DIGITS}\\s*年\\s*${digit('0')}?${digit('1')}\\s*月(?:\\s*${digit('0')}?${digit('1')}\\s*日)?\\s*(?:起)?\\s*(?:至|到|—|-)\\s*` +
    `(?:${YEAR_DIGITS}\\s*年\\s*)?${digit('1')}${digit('2')}\\s*月(?:\\s*${digit('3')}${digit('1')}\\s*日)?`,
);

/** An HTML tag ("<span style='…'>", "</p>", "<title>"): "<" then a letter, "/" or "!", up to its ">". */
const TAG = /<[/!A-Za-z][^<>]*>/g;

/** A line's text without HTML tags, Markdown heading and emphasis marks, or white space around it. */
function cleanTitleLine(text: string): string {
  const visible = text.includes('<') ? text.replace(TAG, '') : text;
  return visible.replace(/^[#\s*]+|[*\s]+$/g, '');
}

/** `text` with its HTML tags blanked out, each by as many spaces: offsets in it are the source's. */
function blankTags(text: string): string {
  return text.includes('<') ? text.replace(TAG, (tag) => ' '.repeat(tag.length)) : text;
}

/** Where a line's text starts and ends once the HTML tags and white space at its two ends are left out. */
function visibleSpan(line: Line): Span {
  const { text } = line;
  let from = 0;
  let to = text.length;
  if (text.includes('<')) {
    for (;;) {
      while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
      const gt = text.indexOf('>', from);
      if (gt < 0 || !isTagAt(text, from)) break;
      from = gt + 1;
    }
    for (;;) {
      while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
      const lt = text.lastIndexOf('<', to - 1);
      if (text.charCodeAt(to - 1) !== 0x3e || lt < from || !isTagAt(text, lt)) break;
      to = lt;
    }
  }
  return { start: line.start + from, end: line.start + to };
}

/** True when an HTML tag starts at `at` in `text`. */
function isTagAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x3c && isTagStart(text.charCodeAt(at + 1));
}

/**
 * Finds the title among the first lines (those starting before `limit`): the line naming the annual report,
 * with the line above it when that names the agency ("某某县人民政府" / "2022年政府信息公开工作年度报告"), or two
 * short lines that name it together (a title wrapped: "…2022年政府信息公开工作" / "年度报告", "…2022年" / "政府…").
 */
export function readTitle(text: string, limit: number): Title | null {
  const reader = new LineReader(text);
  let previous: Line | null = null;
  for (let line = reader.next(); line && line.start < limit; line = reader.next()) {
    if (isBlankLine(line.text) || isPageMarker(line.text)) continue;
    const clean = cleanTitleLine(line.text);
    if (clean === '') continue; // markup only ("<head>", "**")
    if (REPORT_TITLE.test(clean)) {
      const yearAt = asciiDigits(clean).search(YEAR);
      const above = previous ? cleanTitleLine(previous.text) : '';
      if (previous && yearAt === 0 && above.length <= 30 && AGENCY.test(above)) {
        const span = { start: visibleSpan(previous).start, end: visibleSpan(line).end };
        return { span, text: clean, agency: above };
      }
      if (previous && yearAt < 0 && above.length <= TITLE_PART && YEAR_AT_END.test(asciiDigits(above))) {
        return joinedTitle(previous, line);
      }
      if (yearAt < 0) {
        // A title without a year may have it on the next line: "…工作年度报告" / "（2023年度）".
        const next = nextFilledLine(reader);
        if (next && YEAR_LINE.test(asciiDigits(cleanTitleLine(next.text))))
          return joinedTitle(line, next, false);
      }
      return lineTitle(line, clean, yearAt);
    }
    if (previous && clean.length <= TITLE_PART && cleanTitleLine(previous.text).length <= TITLE_PART) {
      const joined = cleanTitleLine(previous.text) + clean;
      if (REPORT_TITLE.test(joined)) return joinedTitle(previous, line);
    }
    previous = line;
  }
  return null;
}

/**
 * A title of one line; its agency is the text before the year (`yearAt`, -1: none). A title that runs on
 * into the report's first sentence (a report on one line) ends after the words naming the report.
 */
function lineTitle(line: Line, clean: string, yearAt: number): Title {
  const end = runOnEnd(line.text);
  const text = end < 0 ? clean : cleanTitleLine(line.text.slice(0, end));
  const agency = yearAt > 0 ? text.slice(0, yearAt).trim() : '';
  const visible = visibleSpan(line);
  return {
    span: { start: visible.start, end: end < 0 ? visible.end : line.start + end },
    text,
    agency: agency || null,
  };
}

/**
 * Where a title line that runs on into running text ends: after the words naming the report, when a sentence
 * or more follows them (not a short addition such as "（修订版）"); -1 otherwise.
 */
function runOnEnd(text: string): number {
  const m = REPORT_TITLE.exec(text);
  if (!m) return -1;
  const end = m.index + m[0].length;
  const rest = text.slice(end);
  return rest.includes('。') || rest.trim().length > TITLE_PART ? end : -1;
}

/** The next line of `reader` that is not blank, or null. */
function nextFilledLine(reader: LineReader): Line | null {
  let line = reader.next();
  while (line && isBlankLine(line.text)) line = reader.next();
  return line;
}

/**
 * A title wrapped over two lines; its agency is the text before the year (when `agencyFirst`: a year that
 * follows the title names no agency).
 */
function joinedTitle(first: Line, second: Line, agencyFirst = true): Title {
  const head = cleanTitleLine(first.text);
  const clean = head + cleanTitleLine(second.text);
  const yearAt = agencyFirst ? asciiDigits(clean).search(YEAR) : -1;
  const agency = (yearAt < 0 ? '' : clean.slice(0, yearAt)).trim();
  const span = { start: visibleSpan(first).start, end: visibleSpan(second).end };
  return { span, text: clean, agency: agency || null };
}

/** How many non-blank lines at the end of a report may hold its signature date. */
const SIGNATURE_LINES = 8;

/**
 * The last logical lines of `text`: those of its last physical lines, enough of them to hold
 * {@link SIGNATURE_LINES} non-blank ones (or all). Lines are cut the same from any physical line on.
 */
function tailLines(text: string): Line[] {
  for (let window = 512; ; window *= 4) {
    const from = physicalLineStart(text, text.length - window);
    const lines = splitLines(text, from);
    if (from === 0 || lines.filter((l) => !isBlankLine(l.text)).length >= SIGNATURE_LINES) return lines;
  }
}

/** The start of the physical line holding offset `at` (0 for an offset before the text). */
function physicalLineStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const lf = text.lastIndexOf('\n', at - 1);
  // Between that \n and `at`, a \r that is not the first half of \r\n also ends a line.
  for (let i = at; i > lf + 1; i--) {
    if (text.charCodeAt(i - 1) === 13 && text.charCodeAt(i) !== 10) return i;
  }
  return lf + 1;
}

/** Years from the title, the statistics period and a signature date near the end. */
export function readYears(text: string, title: Title | null): YearEvidence[] {
  const evidence: YearEvidence[] = [];
  if (title) {
    const body = asciiDigits(blankTags(text.slice(title.span.start, title.span.end)));
    const m = YEAR.exec(body);
    const year = m?.[1] ? yearValue(m[1]) : null;
    if (m?.[1] && year !== null) {
      const at = title.span.start + m.index;
      evidence.push({ source: 'title', year, span: { start: at, end: at + m[1].length } });
    }
  }
  const period = PERIOD.exec(text.slice(0, 20000));
  if (period?.[1]) {
    evidence.push({
      source: 'period',
      year: Number(asciiDigits(period[1])),
      span: { start: period.index, end: period.index + period[0].length },
    });
  }
  const lines = tailLines(text);
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < SIGNATURE_LINES; i--) {
    const line = lines[i];
    if (!line || isBlankLine(line.text)) continue;
    seen++;
    const signed = signatureYear(line.text);
    if (signed !== null) {
      evidence.push({ source: 'signature', year: signed - 1, span: { start: line.start, end: line.end } });
      break;
    }
  }
  return evidence;
}

/** A month or day, in digits or Chinese numerals ("1", "一", "二十"). */
const DAY_TEXT = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** A date alone on a line: "2023年1月20日", "二〇二三年一月二十日". */
const DATE_LINE = new RegExp(`^\\s*${YEAR_TEXT}\\s*年\\s*${DAY_TEXT}\\s*月\\s*${DAY_TEXT}\\s*日\\s*$`);

/** The year of a signature date (a date alone on a line, in the first quarter of a year), or null. */
function signatureYear(text: string): number | null {
  const date = DATE_LINE.exec(asciiDigits(text));
  if (!date?.[1] || !date[2]) return null;
  const month = /\d/.test(date[2]) ? Number(date[2]) : chineseNumber(date[2]);
  return month !== null && month <= 3 ? yearValue(date[1]) : null;
}

/** The report year: the title's, else the period's, else the signature's. */
export function pickYear(evidence: readonly YearEvidence[]): number | null {
  for (const source of ['title', 'period', 'signature'] as const) {
    const found = evidence.find((e) => e.source === source);
    if (found) return found.year;
  }
  return null;
}

/** A version marker: a label only one template version uses. */
interface Marker {
  readonly version: TemplateId;
  readonly label: string;
}

/** The markers of every template, in template order. */
const MARKERS: readonly Marker[] = Object.values(TEMPLATES).flatMap((t) =>
  t.markers.map((label) => ({ version: t.id, label })),
);
/** Any marker: a fast scanner for the places where one starts (one pass instead of one per marker). */
const ANY_MARKER = new RegExp(MARKERS.map((m) => escapeRegExp(m.label)).join('|'), 'g');
/** Each marker's index in MARKERS, by its label. */
const MARKER_INDEX = new Map(MARKERS.map((m, k) => [m.label, k]));

/**
 * Occurrences of labels that only one template version uses, marker by marker (in template order), each
 * marker's in text order, not overlapping itself.
 */
export function findVersionMarkers(text: string): VersionEvidence[] {
  const found: VersionEvidence[][] = MARKERS.map(() => []);
  ANY_MARKER.lastIndex = 0;
  for (let m = ANY_MARKER.exec(text); m; m = ANY_MARKER.exec(text)) {
    const at = m.index;
    // No marker begins another, so the one matched is the only one starting here.
    const k = MARKER_INDEX.get(m[0]) ?? -1;
    const marker = MARKERS[k];
    const list = found[k];
    const last = list ? lastOf(list) : undefined;
    // A repeat overlapping the previous one counts once.
    if (marker && list && !(last && at < last.span.end)) {
      list.push({
        version: marker.version,
        span: { start: at, end: at + marker.label.length },
        label: marker.label,
      });
    }
    ANY_MARKER.lastIndex = at + 1; // markers may overlap one another ("政府集中采购总金额")
  }
  return found.flat();
}

/** Decides the template: forced, else by the labels found, else by the year. */
export function decideTemplate(
  forced: TemplateId | 'auto',
  evidence: readonly VersionEvidence[],
  year: number | null,
  looksPre2019: boolean,
): DetectedTemplate {
  if (forced !== 'auto') return forced;
  const count = (v: TemplateId) => evidence.filter((e) => e.version === v).length;
  const n2019 = count('2019');
  const n2021 = count('2021');
  if (n2019 > n2021) return '2019';
  if (n2021 > n2019) return '2021';
  if (year !== null) return templateForYear(year) ?? 'pre-2019';
  return looksPre2019 ? 'pre-2019' : 'unknown';
}
