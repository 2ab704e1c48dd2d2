/** Recognising heading lines (by ordinal and text, not by markup) and matching section titles. */
import type { Heading, Ordinal, OrdinalStyle, SectionNumber, Span } from '../model.js';
import { SECTIONS } from '../templates/sections.js';
import { editDistance } from '../text/distance.js';
import type { Line } from './lines.js';
import { chineseNumber } from '../text/numerals.js';
import { asciiDigits } from './normalize.js';
import { charTest, isAsciiDigit, isFullwidthDigit, isWhiteSpace, trailingRunStart } from '../text/chars.js';

const CN = '[一二三四五六七八九十]{1,3}';
/** Ordinal patterns, sticky: each is tried where the ordinal may start (`lastIndex`), like `^` on the rest. */
const ORDINALS: readonly { style: OrdinalStyle; pattern: RegExp; chinese: boolean }[] = [
  { style: 'cn-dun', pattern: new RegExp(`(${CN})\\s*[、．]`, 'y'), chinese: true },
  { style: 'cn-paren', pattern: new RegExp(`[（(]\\s*(${CN})\\s*[）)]`, 'y'), chinese: true },
  { style: 'num-paren', pattern: /[（(]\s*(\d{1,2})\s*[）)]/y, chinese: false },
  { style: 'num-dun', pattern: /(\d{1,2})\s*、/y, chinese: false },
  { style: 'num-dot', pattern: /(\d{1,2})\s*[.．](?![\d.．])/y, chinese: false },
];

/** HTML entities of white space that indent a heading ("&nbsp;&nbsp;三、…"), sticky. */
const BLANK_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#12288|#x3000);/y;
/** The longest entity skipped (`&#12288;`). */
const MAX_ENTITY = 8;

/**
 * Ordinals a section heading may carry besides "二、": "二." "二. " "二，" "二 " (white space only, or a white-space
 * entity: "二&nbsp;") and "第二部分" (with a space, 、 or ： after it). They open a section only when the title
 * after them is a section's (see {@link readLooseSectionHeading}); each pattern takes the white space after the
 * ordinal with it.
 */
const LOOSE_SECTION_ORDINALS: readonly RegExp[] = [
  new RegExp(`第(${CN})部分[\\s、：:，,．.]*`, 'y'),
  new RegExp(`(${CN})\\s*[.，,]\\s*`, 'y'),
  new RegExp(`(${CN})(?:[ \\t\\u3000\\u00a0]|${BLANK_ENTITY.source})+`, 'y'),
];

/** The ordinal of a section heading as the template writes it: "二、" (or "二．"). */
const STANDARD_SECTION_ORDINAL = new RegExp(`^${CN}\\s*[、．]$`);

const isListMarker = (code: number) => code === 0x2d || code === 0x2a || code === 0x2b; // - * +
/** What may stand before a heading's ordinal besides blanks: `#`, a list marker, emphasis (`*`, `_`). */
const isHeadingLead = (code: number) => isListMarker(code) || code === 0x23 || code === 0x5f;
const isSectionNumeral = charTest('一二三四五六七八九十');
/** The first character of a section heading's ordinal: a numeral, or 第 of "第二部分". */
const isSectionOrdinalStart = charTest('一二三四五六七八九十第');

/**
 * Inline HTML elements that may wrap a heading in text exported from a web page ("<p><strong>一、…</strong></p>":
 * the block tags already cut the line). Table cells are not among them: a cell's text is a label, not a heading.
 */
const INLINE_TAGS = new Set([
  'a',
  'b',
  'big',
  'em',
  'font',
  'i',
  'ins',
  'mark',
  'o:p',
  's',
  'small',
  'span',
  'strong',
  'u',
]);
/** The longest tag skipped (a `<span style=…>` with its attributes). */
const MAX_TAG = 300;
/** The end of the inline tag at `at` (a `<`), or -1 when there is none there. */
function inlineTagEnd(text: string, at: number): number {
  const close = text.indexOf('>', at + 1);
  if (close < 0 || close - at > MAX_TAG) return -1;
  if (text.lastIndexOf('<', close) !== at) return -1;
  let from = at + 1;
  if (text.charCodeAt(from) === 0x2f) from++; // </…>
  let to = from;
  while (to < close && isTagNameChar(text.charCodeAt(to))) to++;
  return INLINE_TAGS.has(text.slice(from, to).toLowerCase()) ? close + 1 : -1;
}

/** Letters, digits and ":" (as in `<o:p>`). */
const isTagNameChar = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || isAsciiDigit(code) || code === 0x3a;

/** The end of the white-space entity at `at` (a `&`), or -1 when there is none there. */
function blankEntityEnd(text: string, at: number): number {
  BLANK_ENTITY.lastIndex = at;
  return BLANK_ENTITY.test(text) ? BLANK_ENTITY.lastIndex : -1;
}

/**
 * The offset of the first character from `from` that is not a blank: white space (U+00A0 and U+3000 included),
 * an inline HTML tag or a white-space entity.
 */
function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const next = isWhiteSpace(code)
      ? i + 1
      : code === 0x3c
        ? inlineTagEnd(text, i)
        : code === 0x26
          ? blankEntityEnd(text, i)
          : -1;
    if (next < 0) break;
    i = next;
  }
  return i;
}

/** The end of `text` between `start` and `end` without the blanks (see {@link skipBlanks}) that end it. */
function trimBlanks(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const code = text.charCodeAt(i - 1);
    let before = -1;
    if (isWhiteSpace(code)) before = i - 1;
    else if (code === 0x3e) before = text.lastIndexOf('<', i - 1);
    else if (code === 0x3b) before = text.lastIndexOf('&', i - 1);
    if (before < start || before < i - 1 - (code === 0x3e ? MAX_TAG : MAX_ENTITY)) break;
    if (before < i - 1 && (code === 0x3e ? inlineTagEnd(text, before) : blankEntityEnd(text, before)) !== i) {
      break;
    }
    i = before;
  }
  return i;
}

/** The offset of the first character after a line's blanks, `#`, list marker and emphasis, from `from`. */
function afterHeadingLead(text: string, from: number): number {
  let i = from;
  for (;;) {
    i = skipBlanks(text, i);
    if (i >= text.length || !isHeadingLead(text.charCodeAt(i))) return i;
    i++;
  }
}

/**
 * True for a line that may be a "一、" or "第一部分" section heading: a Chinese numeral or 第 after blanks and
 * markup (it runs on every line). `from`: where the line's content starts (its white space already skipped),
 * when known.
 */
export function mayBeSectionHeading(text: string, from = 0): boolean {
  return isSectionOrdinalStart(text.charCodeAt(afterHeadingLead(text, from)));
}

/**
 * True when the first character after blanks, `#`, list marker and emphasis may start an ordinal: most
 * lines fail this cheap test and skip the patterns of {@link readHeading}.
 */
function mayBeHeading(text: string): boolean {
  const code = text.charCodeAt(afterHeadingLead(text, 0));
  return (
    isSectionNumeral(code) ||
    code === 0xff08 || // （
    code === 0x28 || // (
    isAsciiDigit(code) ||
    isFullwidthDigit(code)
  );
}

/** True when `text` has "**" or "__" at `at`. */
const isEmphasis = (text: string, at: number) => text.startsWith('**', at) || text.startsWith('__', at);

/**
 * Reads a line as a heading: optional blanks (inline HTML tags, `&nbsp;` included), `#` markers, list marker and
 * emphasis, an ordinal, then the title. Returns null when the line does not start with an ordinal.
 */
export function readHeading(line: Line): Heading | null {
  if (!mayBeHeading(line.text)) return null;
  const text = asciiDigits(line.text);
  const lead = readLead(line, text);
  for (const { style, pattern, chinese } of ORDINALS) {
    pattern.lastIndex = lead.end;
    const m = pattern.exec(text);
    if (!m) continue;
    const digits = m[1] ?? '';
    const value = chinese ? chineseNumber(digits) : Number(digits);
    if (value === null || value === 0) return null;
    const halfWidth = /^\(|\)$/.test(m[0].trim());
    return withTitle(line, text, lead, { value, style, span: ordinalSpan(line, lead.end, m[0]), halfWidth });
  }
  return null;
}

/**
 * Reads a line as a section heading with a loose ordinal ("二.主动公开…", "二，", "二 ", "第二部分 …"), for a
 * line {@link readHeading} does not read: the caller accepts it only when its title is a section's, so "二.五倍"
 * is no heading. The ordinal's style is `cn-dun` (a section's); {@link isStandardSectionOrdinal} tells it apart.
 */
export function readLooseSectionHeading(line: Line): Heading | null {
  if (!mayBeSectionHeading(line.text)) return null;
  const text = line.text;
  const lead = readLead(line, text);
  for (const pattern of LOOSE_SECTION_ORDINALS) {
    pattern.lastIndex = lead.end;
    const m = pattern.exec(text);
    if (!m) continue;
    const value = chineseNumber(m[1] ?? '');
    if (value === null || value === 0) return null;
    const ordinal: Ordinal = {
      value,
      style: 'cn-dun',
      span: ordinalSpan(line, lead.end, m[0]),
      halfWidth: false,
    };
    return withTitle(line, text, lead, ordinal);
  }
  return null;
}

/** The longest line read as a section's title alone (see {@link readBareSectionHeading}). */
const MAX_BARE_LINE = 200;
/** The longest title read as a section's title alone. */
const MAX_BARE_TITLE = 40;
/** The first characters of the sections' titles and their variants: a line with none first names no section. */
const mayStartSectionTitle = charTest(
  SECTIONS.flatMap((s) => [s.title, ...s.variants])
    .map((title) => title.charAt(0))
    .join(''),
);

/**
 * Reads a line that holds a section's title alone, without an ordinal ("总体情况", "## 主动公开政府信息情况",
 * "**其他需要报告的事项**", "收到和处理政府信息公开申请情况（单位：件）"), as that section's heading: its ordinal is
 * empty, where "一、" belongs, and numbered as the section. Null for any other line: a sentence, a title run on
 * into prose, a table row.
 */
export function readBareSectionHeading(line: Line): Heading | null {
  const text = line.text;
  if (text.length > MAX_BARE_LINE || text.includes('\t') || text.includes('|')) return null;
  const lead = readLead(line, text);
  if (!mayStartSectionTitle(text.charCodeAt(lead.end))) return null;
  const at = line.start + lead.end;
  const ordinal: Ordinal = { value: 0, style: 'cn-dun', span: { start: at, end: at }, halfWidth: false };
  // A title run on into prose ("总体情况。2023年…") or a clause ("主动公开…，") is a sentence here.
  if (firstStop(text, lead.end, text.length) >= 0 || text.includes('，', lead.end)) return null;
  const heading = withTitle(line, text, lead, ordinal);
  const { title } = heading;
  if (title.length > MAX_BARE_TITLE) return null;
  const match = matchSectionExactly(title);
  const norm = normalizeTitle(title);
  if (!match || (match.length < norm.length && !isBracket(norm.charCodeAt(match.length)))) return null;
  return { ...heading, ordinal: { ...ordinal, value: match.number } };
}

const isBracket = charTest('（(');

/** True when a section heading's ordinal (its text) is written as the template writes it: "二、" (or "二．"). */
export function isStandardSectionOrdinal(ordinal: string): boolean {
  return STANDARD_SECTION_ORDINAL.test(ordinal.trim());
}

/** What stands before a heading's ordinal. */
interface Lead {
  /** Where the ordinal may start. */
  readonly end: number;
  readonly markdownLevel: number;
  /** The opening emphasis ("**"), if any. */
  readonly markup: readonly Span[];
}

/** Reads the blanks, `#` markers, list marker and emphasis that start a line. */
function readLead(line: Line, text: string): Lead {
  const markup: Span[] = [];
  let pos = skipBlanks(text, 0);
  let hashes = 0;
  while (hashes < 6 && text.charCodeAt(pos + hashes) === 0x23) hashes++;
  if (hashes > 0) pos = skipBlanks(text, pos + hashes);
  else {
    // A list marker ("- ", "* ") at the very start.
    let after = 1;
    while (
      isListMarker(text.charCodeAt(0)) &&
      (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09)
    )
      after++;
    if (after > 1) pos = after;
  }
  if (isEmphasis(text, pos)) {
    markup.push({ start: line.start + pos, end: line.start + pos + 2 });
    pos = skipBlanks(text, pos + 2);
  }
  return { end: pos, markdownLevel: hashes, markup };
}

/** The span of an ordinal read as `matched` at `at` in `line`. */
const ordinalSpan = (line: Line, at: number, matched: string): Span => ({
  start: line.start + at,
  end: line.start + at + matched.length,
});

function withTitle(line: Line, text: string, lead: Lead, ordinal: Ordinal): Heading {
  const markup = [...lead.markup];
  let start = skipBlanks(text, ordinal.span.end - line.start);
  let end = trimBlanks(text, start, text.length);
  if (isEmphasis(text, start)) {
    markup.push({ start: line.start + start, end: line.start + start + 2 });
    start = skipBlanks(text, start + 2);
  }
  if (end - start >= 2 && isEmphasis(text, end - 2)) {
    markup.push({ start: line.start + end - 2, end: line.start + end });
    end = trimBlanks(text, start, end - 2);
  }
  // A heading that runs on into its paragraph ("（一）主动公开情况。2024 年…") ends at the first full stop.
  const stop = firstStop(text, start, end);
  if (stop > start) end = trimBlanks(text, start, stop);
  const title = line.text.slice(start, end);
  return {
    span: { start: line.start, end: line.end },
    titleSpan: { start: line.start + start, end: line.start + end },
    title,
    ordinal,
    markdownLevel: lead.markdownLevel,
    markup,
  };
}

/** The offset of the first 。 or ； in `text` between `start` and `end`, or -1. */
function firstStop(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002 || code === 0xff1b) return i;
  }
  return -1;
}

/** The comparable form of a title: no white space, markup or trailing punctuation. */
export function normalizeTitle(title: string): string {
  const bare = title.replace(/[\s*_#]+/g, '');
  return bare.slice(0, trailingRunStart(bare, isTitleEnd));
}

/** The characters {@link normalizeTitle} drops from a title: white space and Markdown markup. */
const isDroppedFromTitle = (code: number) =>
  isWhiteSpace(code) || code === 0x2a || code === 0x5f || code === 0x23; // * _ #

/** Punctuation a title may end with. */
const isTitleEnd = charTest('。：:；;，,.');

/** A title's match to one of the six sections. */
export interface SectionMatch {
  readonly number: SectionNumber;
  readonly canonical: string;
  /** 0 for the canonical title; otherwise a variant or typo. */
  readonly distance: number;
  /**
   * How many characters of the normalised title the match covers, a year before it included: a note in
   * brackets or a paragraph may follow ("（单位：件）", "：本年度…").
   */
  readonly length: number;
}

/**
 * Matches a heading title to a section: exactly, as an accepted variant, as a title followed by a note in
 * brackets or by prose ("三、收到和处理政府信息公开申请情况（单位：件）", "一、总体情况。2020年…"), after a year
 * ("一、2023年总体情况": a variant), or within a small edit distance. Null when nothing is close.
 */
export function matchSection(title: string): SectionMatch | null {
  let match = matched.get(title);
  if (match === undefined) {
    match = closestSection(normalizeTitle(title));
    if (matched.size >= MAX_MATCHED) matched.clear();
    matched.set(title, match);
  }
  return match;
}

/**
 * How many characters of a section heading's `title` a rename to its canonical title replaces: all but a note in
 * brackets or a paragraph run on after the title, which the rename keeps.
 */
export function matchedTitleLength(title: string): number {
  const covered = matchSection(title)?.length;
  if (covered === undefined) return title.length;
  let seen = 0;
  for (let i = 0; i < title.length; i++) {
    if (seen === covered) return i;
    if (!isDroppedFromTitle(title.charCodeAt(i))) seen++;
  }
  return title.length;
}

/**
 * A note that a title continues after a page break, at its end: "（续）" "（续表）" "（续上表）" "续" "(接上表)" "【接上页】",
 * a note in brackets ("（单位：件）") after it.
 */
const CONTINUED = /[（(［【[]?(?:续[上前]?[表页]?|接[上前][表页])[）)］】\]]?(?:[（(][^（()）]{0,12}[）)])?$/;

/**
 * The section a heading's title names again as continued ("收到和处理政府信息公开申请情况（续）": a page break cut the
 * section, and its table, which go on), or null: no continuation note ends the title, or what stands before it
 * names no section.
 */
export function continuedSection(title: string): SectionNumber | null {
  const bare = title.replace(/\s+/g, '');
  if (!bare.includes('续') && !bare.includes('接')) return null;
  const note = CONTINUED.exec(bare);
  if (!note) return null;
  const before = bare.slice(0, note.index);
  // Within a note in brackets, 续 is a word's ("（持续）"), no continuation.
  if (
    Math.max(before.lastIndexOf('（'), before.lastIndexOf('(')) >
    Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'))
  ) {
    return null;
  }
  return matchSection(before)?.number ?? null;
}

/** Titles matched so far: the same headings come back report after report (and the fuzzy match costs). */
const matched = new Map<string, SectionMatch | null>();
const MAX_MATCHED = 2000;

/** What may follow a section's title in a heading: a full stop, a colon, a comma, a digit, a bracket. */
const isRunOnStart = charTest('。：:，,；0123456789（(');
/** A year before a title: "2023年", "2023年度", "２０２３年", "二〇二三年度". */
const LEADING_YEAR = /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年度?/;
const mayStartYear = charTest('0123456789０１２３４５６７８９〇零一二三四五六七八九');

/** The length of the year that starts a normalised title ("2023年度政府信息…"), or 0. */
function leadingYearLength(norm: string): number {
  if (norm === '' || !mayStartYear(norm.charCodeAt(0))) return 0;
  return LEADING_YEAR.exec(norm)?.[0].length ?? 0;
}

/** Matches a title to a section as {@link matchSection} does, but without typos: cheap enough for any line. */
function matchSectionExactly(title: string): SectionMatch | null {
  return closestSection(normalizeTitle(title), false);
}

/** The section `norm` (a normalised title) names; `fuzzy`: within a small edit distance too. */
function closestSection(norm: string, fuzzy = true): SectionMatch | null {
  const year = leadingYearLength(norm);
  const title = year > 0 ? norm.slice(year) : norm;
  if (title.length < 2) return null;
  let best: SectionMatch | null = null;
  for (const section of SECTIONS) {
    for (const candidate of [section.title, ...section.variants]) {
      const variantCost = candidate === section.title ? 0 : 1;
      let distance: number;
      let length = title.length;
      if (title === candidate) distance = variantCost;
      else if (title.startsWith(candidate) && isRunOnStart(title.charCodeAt(candidate.length))) {
        distance = variantCost;
        length = candidate.length;
      } else {
        if (!fuzzy) continue;
        const limit = Math.max(1, Math.floor(candidate.length / 5));
        const d = editDistance(title, candidate, limit);
        if (d > limit) continue;
        distance = Math.max(d, 1);
      }
      // A year before the title is a variant: the rename drops it.
      if (year > 0) distance++;
      if (!best || distance < best.distance)
        best = { number: section.number, canonical: section.title, distance, length: year + length };
    }
  }
  return best;
}
