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
  const keep = markupMask(chars.join(''));
  const out: Sentence[] = [];
  let text = '';
  let map: number[] = [];
  const push = () => {
    if (/[^\s\p{P}]/u.test(text)) {
      out.push({
        text,
        offsets: map,
        section: sectionAt(document, map[0] ?? 0),
        before: out.map((o) => o.text).join(''),
      });
    }
    text = '';
    map = [];
  };
  chars.forEach((c, i) => {
    if (!keep[i]) return;
    if (/[\s\u00a0\u3000]/.test(c)) {
      if (!/\d$/.test(text) || !/\d/.test(asciiDigits(nextKept(chars, keep, i)))) return;
      c = ' ';
    }
    text += asciiDigits(c);
    map.push(offsets[i] ?? 0);
    if (/[。！？；!?;]/.test(c)) push();
  });
  push();
  return out;
}

/** False for characters of HTML tags, entities and Markdown emphasis or heading markers. */
function markupMask(s: string): boolean[] {
  const keep = Array.from({ length: s.length }, () => true);
  for (const m of s.matchAll(/<[^<>]{0,200}>|&[a-z]{2,8};|\*\*|__|^#{1,6}/g)) {
    for (let i = m.index ?? 0; i < (m.index ?? 0) + m[0].length; i++) keep[i] = false;
  }
  return keep;
}

function nextKept(chars: readonly string[], keep: readonly boolean[], i: number): string {
  for (let j = i + 1; j < chars.length; j++) {
    if (keep[j] && !/[\s\u00a0\u3000]/.test(chars[j] ?? '')) return chars[j] ?? '';
  }
  return '';
}

function sectionAt(document: ReportDocument, offset: number): SectionNumber | null {
  return document.sections.find((s) => offset >= s.span.start && offset < s.span.end)?.number ?? null;
}
