/** Recognising heading lines (by ordinal and text, not by markup) and matching section titles. */
import type { Heading, Ordinal, OrdinalStyle, SectionNumber, Span } from '../model.js';
import { SECTIONS } from '../templates/sections.js';
import { editDistance } from '../text/distance.js';
import type { Line } from './lines.js';
import { chineseNumber } from '../text/numerals.js';
import { asciiDigits } from './normalize.js';
import { charTest, isAsciiDigit, isFullwidthDigit, trailingRunStart } from '../text/chars.js';

const CN = '[一二三四五六七八九十]{1,3}';
/** Ordinal patterns, sticky: each is tried where the ordinal may start (`lastIndex`), like `^` on the rest. */
const ORDINALS: readonly { style: OrdinalStyle; pattern: RegExp; chinese: boolean }[] = [
  { style: 'cn-dun', pattern: new RegExp(`(${CN})\\s*[、．]`, 'y'), chinese: true },
  { style: 'cn-paren', pattern: new RegExp(`[（(]\\s*(${CN})\\s*[）)]`, 'y'), chinese: true },
  { style: 'num-paren', pattern: /[（(]\s*(\d{1,2})\s*[）)]/y, chinese: false },
  { style: 'num-dun', pattern: /(\d{1,2})\s*、/y, chinese: false },
  { style: 'num-dot', pattern: /(\d{1,2})\s*[.．](?![\d.．])/y, chinese: false },
];

const isIndent = (code: number) => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xfeff;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x3000;
const isListMarker = (code: number) => code === 0x2d || code === 0x2a || code === 0x2b; // - * +
/** What may stand before a heading's ordinal: indentation, `#`, a list marker, emphasis (`*`, `_`). */
const isHeadingLead = (code: number) =>
  isIndent(code) || isListMarker(code) || code === 0x23 || code === 0x5f;
const isSectionNumeral = charTest('一二三四五六七八九十');

/** The offset of the first character after a line's indentation, `#`, list marker and emphasis, from `from`. */
function afterHeadingLead(text: string, from: number): number {
  let i = from;
  while (i < text.length && isHeadingLead(text.charCodeAt(i))) i++;
  return i;
}

/**
 * True for a line that may be a "一、" section heading: a Chinese numeral after indentation and markup (it runs
 * on every line). `from`: where the line's content starts (its white space already skipped), when known.
 */
export function mayBeSectionHeading(text: string, from = 0): boolean {
  return isSectionNumeral(text.charCodeAt(afterHeadingLead(text, from)));
}

/**
 * True when the first character after indentation, `#`, list marker and emphasis may start an ordinal: most
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
 * Reads a line as a heading: optional `#` markers, list marker and emphasis, an ordinal, then the title.
 * Returns null when the line does not start with an ordinal.
 */
export function readHeading(line: Line): Heading | null {
  if (!mayBeHeading(line.text)) return null;
  const text = asciiDigits(line.text);
  const markup: Span[] = [];
  let pos = 0;
  while (pos < text.length && isIndent(text.charCodeAt(pos))) pos++;
  let hashes = 0;
  while (hashes < 6 && text.charCodeAt(pos + hashes) === 0x23) hashes++;
  const markdownLevel = hashes;
  if (hashes > 0) {
    pos += hashes;
    while (pos < text.length && isIndent(text.charCodeAt(pos))) pos++;
  } else {
    pos = 0;
    // A list marker ("- ", "* ") at the very start, else indentation.
    let after = 1;
    while (
      isListMarker(text.charCodeAt(0)) &&
      (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09)
    )
      after++;
    if (after > 1) pos = after;
    else while (pos < text.length && isIndent(text.charCodeAt(pos))) pos++;
  }
  if (isEmphasis(text, pos)) {
    markup.push({ start: line.start + pos, end: line.start + pos + 2 });
    pos += 2;
  }
  for (const { style, pattern, chinese } of ORDINALS) {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    if (!m) continue;
    const digits = m[1] ?? '';
    const value = chinese ? chineseNumber(digits) : Number(digits);
    if (value === null || value === 0) return null;
    const ordinal: Ordinal = {
      value,
      style,
      span: { start: line.start + pos, end: line.start + pos + m[0].length },
      halfWidth: /^\(|\)$/.test(m[0].trim()),
    };
    return withTitle(line, text, pos + m[0].length, ordinal, markdownLevel, markup);
  }
  return null;
}

function withTitle(
  line: Line,
  text: string,
  from: number,
  ordinal: Ordinal,
  markdownLevel: number,
  markup: Span[],
): Heading {
  let start = from;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (isEmphasis(text, start)) {
    markup.push({ start: line.start + start, end: line.start + start + 2 });
    start += 2;
  }
  if (end - start >= 2 && isEmphasis(text, end - 2)) {
    markup.push({ start: line.start + end - 2, end: line.start + end });
    end -= 2;
  }
  // A heading that runs on into its paragraph ("（一）主动公开情况。2024 年…") ends at the first full stop.
  const stop = firstStop(text, start, end);
  if (stop > start) end = stop;
  let trimmed = end;
  while (trimmed > start && isSpace(text.charCodeAt(trimmed - 1))) trimmed--;
  end = Math.max(start, trimmed);
  const title = line.text.slice(start, end);
  return {
    span: { start: line.start, end: line.end },
    titleSpan: { start: line.start + start, end: line.start + end },
    title,
    ordinal,
    markdownLevel,
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
  const bare = title.replace(/[\s\u00a0\u3000*_#]+/g, '');
  return bare.slice(0, trailingRunStart(bare, isTitleEnd));
}

/** Punctuation a title may end with. */
const isTitleEnd = charTest('。：:；;，,.');

/** A title's match to one of the six sections. */
export interface SectionMatch {
  readonly number: SectionNumber;
  readonly canonical: string;
  /** 0 for the canonical title; otherwise a variant or typo. */
  readonly distance: number;
  /** How many characters of the normalised title the match covers (a title may run on into prose). */
  readonly length: number;
}

/**
 * Matches a heading title to a section: exactly, as an accepted variant, as a title followed by prose
 * ("一、总体情况。2020年…"), or within a small edit distance. Null when nothing is close.
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

/** Titles matched so far: the same headings come back report after report (and the fuzzy match costs). */
const matched = new Map<string, SectionMatch | null>();
const MAX_MATCHED = 2000;

function closestSection(norm: string): SectionMatch | null {
  if (norm.length < 2) return null;
  let best: SectionMatch | null = null;
  for (const section of SECTIONS) {
    for (const candidate of [section.title, ...section.variants]) {
      const variantCost = candidate === section.title ? 0 : 1;
      let distance: number;
      let length = norm.length;
      if (norm === candidate) distance = variantCost;
      else if (norm.startsWith(candidate) && /^[。：:，,；\d]/.test(norm.slice(candidate.length))) {
        distance = variantCost;
        length = candidate.length;
      } else {
        const limit = Math.max(1, Math.floor(candidate.length / 5));
        const d = editDistance(norm, candidate, limit);
        if (d > limit) continue;
        distance = Math.max(d, 1);
      }
      if (!best || distance < best.distance)
        best = { number: section.number, canonical: section.title, distance, length };
    }
  }
  return best;
}
