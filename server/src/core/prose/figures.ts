/** Figures in a sentence: a number with a unit of counting (件, 起, 条, 项 …) or a percent sign. */
import { arabicNumber, CHINESE_NUMERAL_CHARS, chineseNumber, decimalsOf } from '../text/numerals.js';
import { charTest, isAsciiDigit } from '../text/chars.js';
import { allMatches } from './matches.js';
import type { Sentence } from './sentences.js';
import { lastOf } from '../text/last.js';

/** One figure of a sentence; indices are into `sentence.text`. */
export interface Figure {
  readonly value: number;
  readonly percent: boolean;
  readonly decimals: number;
  /** The number and its unit: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The clause before the number (from the last clause mark or figure), and where it starts. */
  readonly lead: string;
  readonly leadStart: number;
  /** The clause after the unit, up to the next clause mark or figure. */
  readonly tail: string;
  /** "5500 余条", "约 30 件": not a count to compare. */
  readonly approximate: boolean;
  /** A lone 一 ("纠正一件", but also "一件事"): a count only where a phrase right before it says so. */
  readonly lone: boolean;
}

// A run of digits or numerals is tried from its first character only: a match that fails there fails inside it
// too (it reaches the same end), and trying every position of a long run would cost its length squared.
const NUMBER =
  `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<!\\d)\\d+(?:\\.\\d+)?|` +
  `(?<![${CHINESE_NUMERAL_CHARS}])[${CHINESE_NUMERAL_CHARS}]+`;
const FIGURE = new RegExp(`(${NUMBER}) ?(余|多)?(件|起|宗|条|项|个|%|％)`, 'g');
/** Every figure ends in one of these units: a sentence without any has none (most sentences). */
const UNIT = /[件起宗条项个%％]/;
const isClauseMark = charTest('，,、：:（()）；;。！？!?“”"');
const APPROXIMATE_BEFORE = ['约', '近', '逾', '超过', '不足', '不到', '大约'];
const NO_FIGURES: readonly Figure[] = [];

/** The figures of a sentence, in order. Ordinals (第 3 件) and lone 零 ("零件") are not figures. */
export function findFigures(sentence: Sentence): readonly Figure[] {
  const { text } = sentence;
  if (!UNIT.test(text)) return NO_FIGURES;
  const figures: { -readonly [K in keyof Figure]: Figure[K] }[] = [];
  for (const m of allMatches(FIGURE, text)) {
    const digits = m[1] ?? '';
    const start = m.index;
    const chinese = !isAsciiDigit(digits.charCodeAt(0));
    if (chinese && (digits === '零' || digits === '〇')) continue;
    const previous = text.charCodeAt(start - 1);
    if (previous === 0x7b2c /* 第 */ || previous === 0x2e /* . */ || isAsciiDigit(previous)) continue;
    const value = chinese ? chineseNumber(digits) : arabicNumber(digits);
    if (value === null) continue;
    // A figure's clauses end at its neighbours: the tail of the one before ends here.
    const last = lastOf(figures);
    if (last) last.tail = tailOf(text, last.end, start);
    const leadStart = clauseStart(text, start, last?.end ?? 0);
    figures.push({
      value,
      percent: m[3] === '%' || m[3] === '％',
      decimals: chinese ? 0 : decimalsOf(digits),
      start,
      end: start + m[0].length,
      lead: text.slice(leadStart, start).trim(),
      leadStart,
      tail: '',
      approximate: m[2] !== undefined || endsWithAny(text, start, APPROXIMATE_BEFORE),
      lone: digits === '一',
    });
  }
  const last = lastOf(figures);
  if (last) last.tail = tailOf(text, last.end, text.length);
  return figures;
}

/** The clause after a figure ending at `from`, up to the next figure (at `limit`). */
function tailOf(text: string, from: number, limit: number): string {
  return text.slice(from, clauseEnd(text, from, limit)).trim();
}

/** True when `text.slice(0, end)` ends with one of `words` (their last characters compared first). */
function endsWithAny(text: string, end: number, words: readonly string[]): boolean {
  const last = text.charCodeAt(end - 1);
  for (const word of words) {
    if (word.charCodeAt(word.length - 1) !== last || end < word.length) continue;
    if (text.startsWith(word, end - word.length)) return true;
  }
  return false;
}

function clauseStart(text: string, from: number, limit: number): number {
  for (let i = from - 1; i >= limit; i--) {
    if (isClauseMark(text.charCodeAt(i)) && !joinsApplicants(text, i)) return i + 1;
  }
  return limit;
}

/** "公民、法人和其他组织": the 、 at `at` joins the applicants of one phrase, and ends no clause. */
function joinsApplicants(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 0x3001 /* 、 */ &&
    text.startsWith('法人', at + 1) &&
    (text.startsWith('公民', at - 2) || text.startsWith('自然人', at - 3))
  );
}

function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (isClauseMark(text.charCodeAt(i))) return i;
  return limit;
}
