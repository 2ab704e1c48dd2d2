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
  let parts: string[] = [];
  let offsets: number[] = [];
  const flush = () => {
    if (offsets.length > 0) out.push(...sentencesOf(parts.join(''), offsets, sectionOf));
    parts = [];
    offsets = [];
  };
  const take = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(text.slice(from, to));
    for (let at = from; at < to; at++) offsets.push(at);
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
    if (offsets.length > 0) {
      parts.push(' ');
      offsets.push(line.start - 1);
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

/** Normalises one chunk and cuts it into sentences after 。！？；. */
function sentencesOf(
  chunk: string,
  offsets: readonly number[],
  sectionOf: (offset: number) => SectionNumber | null,
): Sentence[] {
  const source = asciiDigits(chunk);
  const keep = markupMask(source);
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
    if (keep[i] === 0) {
      endRun(i);
      continue;
    }
    const code = source.charCodeAt(i);
    if (isWhiteSpace(code)) {
      endRun(i);
      // White space stays (as one space) only between two digits.
      if (!endsInDigit || !isAsciiDigit(nextKept(source, keep, i))) continue;
      text += ' ';
      map.push(offsets[i] ?? 0);
      endsInDigit = false;
      continue;
    }
    if (run < 0) run = i;
    map.push(offsets[i] ?? 0);
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

/** 0 for characters of HTML tags, entities and Markdown emphasis or heading markers, 1 for the others. */
function markupMask(s: string): Uint8Array {
  const keep = new Uint8Array(s.length).fill(1);
  for (const m of s.matchAll(/<[^<>]{0,200}>|&[a-z]{2,8};|\*\*|__|^#{1,6}/g)) {
    keep.fill(0, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  return keep;
}

/** The code of the next kept character after `i` that is not white space, or -1. */
function nextKept(source: string, keep: Uint8Array, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    const code = source.charCodeAt(j);
    if (keep[j] === 1 && !isWhiteSpace(code)) return code;
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
