/**
 * The report's prose as sentences: the text outside the title and the tables, with the lines that PDF
 * extraction wrapped joined again, split at 。！？； and at paragraph and heading boundaries.
 */
import type { ReportDocument, SectionNumber, Span } from '../model.js';
import { isBlankLine, isPageMarker, splitLines } from '../parse/lines.js';
import { asciiDigits } from '../parse/normalize.js';
import { isAsciiDigit, isWhiteSpace } from '../text/chars.js';

/** One sentence of prose, normalised for matching, with the source offset of each of its characters. */
export interface Sentence {
  /** White space and markup removed (a space stays between two digits), full-width digits as ASCII. */
  readonly text: string;
  /** `offsets[i]` is the source offset of `text[i]`. */
  readonly offsets: readonly number[];
  /** The section the sentence stands in, if any. */
  readonly section: SectionNumber | null;
  /** The paragraph's text before this sentence ('' for the first), for the topic of a terse sentence. */
  readonly before: string;
}

/** The source span of `sentence.text.slice(from, to)`. */
export function sourceSpan(sentence: Sentence, from: number, to: number): Span {
  const start = sentence.offsets[from] ?? 0;
  return { start, end: (sentence.offsets[Math.max(from, to - 1)] ?? start) + (to > from ? 1 : 0) };
}

const cache = new WeakMap<ReportDocument, readonly Sentence[]>();

/** The prose sentences of `document`, in order (computed once per document). */
export function proseSentences(document: ReportDocument): readonly Sentence[] {
  let sentences = cache.get(document);
  if (!sentences) {
    sentences = split(document);
    cache.set(document, sentences);
  }
  return sentences;
}

/**
 * Chunks of prose between hard boundaries (blank lines, tables, the title, headings), each as its text and
 * the source offset of every character. One pass over the lines; tables and heading breaks are walked with
 * pointers, so the cost stays linear in the size of the report.
 */
function split(document: ReportDocument): Sentence[] {
  const { text } = document;
  const excluded = [
    ...document.tables.map((t) => t.span),
    ...(document.title ? [document.title.span] : []),
  ].sort((a, b) => a.start - b.start);
  const headings = [
    ...document.sections.flatMap((s) => [s.heading, ...s.subHeadings]),
    ...document.strayHeadings,
  ];
  const breaks = [...new Set(headings.flatMap((h) => [h.span.start, h.titleSpan.end]))].sort((a, b) => a - b);
  const sectionOf = sectionFinder(document);
  const out: Sentence[] = [];
  // The chunk so far: its pieces, and where each piece starts in the chunk and in the source.
  let parts: string[] = [];
  let pieces: Piece[] = [];
  let length = 0;
  const flush = () => {
    if (length > 0) out.push(...sentencesOf(parts.join(''), pieces, sectionOf));
    parts = [];
    pieces = [];
    length = 0;
  };
  const take = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(text.slice(from, to));
    pieces.push({ at: length, source: from });
    length += to - from;
  };
  // `excluded` is sorted by start: the spans starting before a line's end, and the furthest end among them.
  let nextExcluded = 0;
  let excludedEnd = -1;
  let nextBreak = 0;
  for (const line of splitLines(text)) {
    if (isPageMarker(line.text)) continue;
    for (
      ;
      nextExcluded < excluded.length && (excluded[nextExcluded]?.start ?? 0) < line.end;
      nextExcluded++
    ) {
      excludedEnd = Math.max(excludedEnd, excluded[nextExcluded]?.end ?? 0);
    }
    if (isBlankLine(line.text) || excludedEnd > line.start) {
      flush();
      continue;
    }
    // Digits on both sides of a wrapped line end stay two numbers.
    if (length > 0) {
      parts.push(' ');
      pieces.push({ at: length, source: line.start - 1 });
      length++;
    }
    while (nextBreak < breaks.length && (breaks[nextBreak] ?? 0) < line.start) nextBreak++;
    let from = line.start;
    for (; nextBreak < breaks.length && (breaks[nextBreak] ?? 0) <= line.end; nextBreak++) {
      const at = breaks[nextBreak] ?? 0;
      take(from, at);
      flush();
      from = at;
    }
    take(from, line.end);
  }
  flush();
  return out;
}

/** A piece of a chunk of prose: where it starts in the chunk, and the source offset of that start. */
interface Piece {
  readonly at: number;
  readonly source: number;
}

/** Normalises one chunk and cuts it into sentences after 。！？；. */
function sentencesOf(
  chunk: string,
  pieces: readonly Piece[],
  sectionOf: (offset: number) => SectionNumber | null,
): Sentence[] {
  const source = asciiDigits(chunk);
  const keep = MAY_HAVE_MARKUP.test(source) ? markupMask(source) : null;
  // The source offset of chunk index `i`; `i` only grows, so the piece is found by moving forward.
  let piece = 0;
  const offsetOf = (i: number): number => {
    while (piece + 1 < pieces.length && (pieces[piece + 1]?.at ?? 0) <= i) piece++;
    const { at, source: start } = pieces[piece] ?? { at: 0, source: 0 };
    return start + i - at;
  };
  const out: Sentence[] = [];
  let text = '';
  let map: number[] = [];
  let before = '';
  let endsInDigit = false;
  // Characters are copied in runs (slices of `source`), not one by one: no string per character.
  let run = -1;
  const endRun = (end: number) => {
    if (run >= 0) text += source.slice(run, end);
    run = -1;
  };
  const push = () => {
    if (/[^\s\p{P}]/u.test(text)) {
      out.push({ text, offsets: map, section: sectionOf(map[0] ?? 0), before });
      before += text;
    }
    text = '';
    map = [];
    endsInDigit = false;
  };
  for (let i = 0; i < source.length; i++) {
    if (keep?.[i] === 0) {
      endRun(i);
      continue;
    }
    const code = source.charCodeAt(i);
    if (isWhiteSpace(code)) {
      endRun(i);
      // White space stays (as one space) only between two digits.
      if (!endsInDigit || !isAsciiDigit(nextKept(source, keep, i))) continue;
      text += ' ';
      map.push(offsetOf(i));
      endsInDigit = false;
      continue;
    }
    if (run < 0) run = i;
    map.push(offsetOf(i));
    endsInDigit = isAsciiDigit(code);
    if (isStop(code)) {
      endRun(i + 1);
      push();
    }
  }
  endRun(source.length);
  push();
  return out;
}

/** 。！？； and their ASCII forms end a sentence. */
function isStop(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0xff1b ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x3b
  );
}

/** Text without these characters has no markup for {@link markupMask} to mask. */
const MAY_HAVE_MARKUP = /[<&*_]|^#/;

/** 0 for characters of HTML tags, entities and Markdown emphasis or heading markers, 1 for the others. */
function markupMask(s: string): Uint8Array {
  const keep = new Uint8Array(s.length).fill(1);
  for (const m of s.matchAll(/<[^<>]{0,200}>|&[a-z]{2,8};|\*\*|__|^#{1,6}/g)) {
    keep.fill(0, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  return keep;
}

/** The code of the next kept character after `i` that is not white space, or -1. */
function nextKept(source: string, keep: Uint8Array | null, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    const code = source.charCodeAt(j);
    if (keep?.[j] !== 0 && !isWhiteSpace(code)) return code;
  }
  return -1;
}

/**
 * The section holding an offset, by binary search over the sections (in document order, each ending where
 * the next begins).
 */
function sectionFinder(document: ReportDocument): (offset: number) => SectionNumber | null {
  const sections = document.sections;
  return (offset) => {
    let lo = 0;
    let hi = sections.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sections[mid]?.span.start ?? 0) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const section = sections[found];
    return section && offset < section.span.end ? section.number : null;
  };
}
