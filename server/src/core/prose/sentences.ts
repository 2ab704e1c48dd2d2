/**
 * The report's prose as sentences: the text outside the title and the tables, with the lines that PDF
 * extraction wrapped joined again, split at 。！？； and at paragraph and heading boundaries.
 */
import type { ReportDocument, SectionNumber, Span } from '../model.js';
import { isBlankLine, isPageMarker, splitLines } from '../parse/lines.js';
import { asciiDigits } from '../parse/normalize.js';

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

/** Chunks of prose between hard boundaries, as (character, offset) runs. */
function split(document: ReportDocument): Sentence[] {
  const { text } = document;
  const excluded = [...document.tables.map((t) => t.span), ...(document.title ? [document.title.span] : [])];
  const headings = [
    ...document.sections.flatMap((s) => [s.heading, ...s.subHeadings]),
    ...document.strayHeadings,
  ];
  const breaks = new Set(headings.flatMap((h) => [h.span.start, h.titleSpan.end]));
  const out: Sentence[] = [];
  let chars: string[] = [];
  let offsets: number[] = [];
  const flush = () => {
    if (chars.length > 0) out.push(...sentencesOf(chars, offsets, document));
    chars = [];
    offsets = [];
  };
  for (const line of splitLines(text)) {
    if (isPageMarker(line.text)) continue;
    if (isBlankLine(line.text) || excluded.some((s) => line.start < s.end && line.end > s.start)) {
      flush();
      continue;
    }
    // Digits on both sides of a wrapped line end stay two numbers.
    if (chars.length > 0) {
      chars.push(' ');
      offsets.push(line.start - 1);
    }
    for (let at = line.start; at <= line.end; at++) {
      if (breaks.has(at)) flush();
      if (at === line.end) break;
      chars.push(text[at] ?? '');
      offsets.push(at);
    }
  }
  flush();
  return out;
}

/** Normalises one chunk and cuts it into sentences after 。！？；. */
function sentencesOf(
  chars: readonly string[],
  offsets: readonly number[],
  document: ReportDocument,
): Sentence[] {
  const source = asciiDigits(chars.join(''));
  const keep = markupMask(source);
  const out: Sentence[] = [];
  let text = '';
  let map: number[] = [];
  let before = '';
  const push = () => {
    if (/[^\s\p{P}]/u.test(text)) {
      out.push({ text, offsets: map, section: sectionAt(document, map[0] ?? 0), before });
      before += text;
    }
    text = '';
    map = [];
  };
  for (let i = 0; i < source.length; i++) {
    if (!keep[i]) continue;
    let c = source[i] ?? '';
    if (SPACE.test(c)) {
      if (!isDigit(text[text.length - 1]) || !isDigit(nextKept(source, keep, i))) continue;
      c = ' ';
    }
    text += c;
    map.push(offsets[i] ?? 0);
    if (STOPS.includes(c)) push();
  }
  push();
  return out;
}

const SPACE = /[\s\u00a0\u3000]/;
const STOPS = '。！？；!?;';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** False for characters of HTML tags, entities and Markdown emphasis or heading markers. */
function markupMask(s: string): boolean[] {
  const keep = Array.from({ length: s.length }, () => true);
  for (const m of s.matchAll(/<[^<>]{0,200}>|&[a-z]{2,8};|\*\*|__|^#{1,6}/g)) {
    for (let i = m.index ?? 0; i < (m.index ?? 0) + m[0].length; i++) keep[i] = false;
  }
  return keep;
}

function nextKept(source: string, keep: readonly boolean[], i: number): string | undefined {
  for (let j = i + 1; j < source.length; j++) {
    if (keep[j] && !SPACE.test(source[j] ?? '')) return source[j];
  }
  return undefined;
}

function sectionAt(document: ReportDocument, offset: number): SectionNumber | null {
  return document.sections.find((s) => offset >= s.span.start && offset < s.span.end)?.number ?? null;
}
