/**
 * The report's prose as sentences: the text outside the title and the tables, with the lines that PDF
 * extraction wrapped joined again, split at 。！？； and at paragraph and heading boundaries.
 */
import type { ReportDocument, SectionNumber, Span } from '../model.js';
import { isBlankLine, isPageMarker, splitLines } from '../parse/lines.js';
import { asciiDigits } from '../parse/normalize.js';
import { charTest, isAsciiDigit, isFullwidthDigit, isWhiteSpace } from '../text/chars.js';
import { allMatches } from './matches.js';
import { lastOf } from '../text/last.js';

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
  const start = offsetOf(sentence, from) ?? 0;
  return { start, end: (offsetOf(sentence, Math.max(from, to - 1)) ?? start) + (to > from ? 1 : 0) };
}

/** The source offset of `sentence.text[i]` (undefined past its end), without expanding all the offsets. */
function offsetOf(sentence: Sentence, i: number): number | undefined {
  return sentence instanceof ProseSentence ? sentence.offsetAt(i) : sentence.offsets[i];
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
 * A sentence as {@link split} finds it. Its text is made of runs, each contiguous in the source: offsets are
 * computed from them, and the text before it in its paragraph from the sentences before, when asked for (for
 * the few sentences with a claim).
 */
class ProseSentence implements Sentence {
  private knownBefore: string | null = null;

  constructor(
    readonly text: string,
    /** The source offset of `text[0]`. */
    private readonly start: number,
    /** Pairs (index in `text`, source offset) where each run of `text` starts; null for a single run. */
    private readonly runs: readonly number[] | null,
    readonly section: SectionNumber | null,
    /** The sentence before this one in its paragraph. */
    private readonly previous: ProseSentence | null,
  ) {}

  get offsets(): readonly number[] {
    return Array.from({ length: this.text.length }, (_, i) => this.offsetAt(i) ?? 0);
  }

  offsetAt(i: number): number | undefined {
    if (i < 0 || i >= this.text.length) return undefined;
    const { runs } = this;
    if (!runs) return this.start + i;
    let r = 0;
    while (r + 2 < runs.length && (runs[r + 2] ?? 0) <= i) r += 2;
    return (runs[r + 1] ?? 0) + i - (runs[r] ?? 0);
  }

  get before(): string {
    // Back to the nearest sentence that knows its own, then forward: linear however long the paragraph.
    if (this.knownBefore !== null) return this.knownBefore;
    const pending: ProseSentence[] = [this];
    for (let s = this.previous; s && s.knownBefore === null; s = s.previous) pending.push(s);
    for (const sentence of pending.reverse()) {
      const { previous } = sentence;
      sentence.knownBefore = previous ? (previous.knownBefore ?? '') + previous.text : '';
    }
    return this.knownBefore ?? '';
  }
}

/**
 * Chunks of prose between hard boundaries (blank lines, tables, the title, headings), cut into sentences.
 * Only the lines around the prose are split (tables hold most lines); tables and heading breaks are walked
 * with pointers, so the cost stays linear in the size of the report.
 */
function split(document: ReportDocument): Sentence[] {
  const { text } = document;
  const excluded = [
    ...document.tables.map((t) => t.span),
    ...(document.title ? [document.title.span] : []),
  ].sort((a, b) => a.start - b.start);
  const breaks = headingBreaks(document);
  const out: Sentence[] = [];
  const chunk = new Chunk(text, sectionFinder(document), out);
  // `excluded` is sorted by start: the spans starting before a line's end, and the furthest end among them.
  let nextExcluded = 0;
  let excludedEnd = -1;
  let nextBreak = 0;
  for (const [regionStart, regionEnd] of proseRegions(text, excluded)) {
    for (const line of splitLines(text.slice(regionStart, regionEnd))) {
      const start = regionStart + line.start;
      const end = regionStart + line.end;
      for (; nextExcluded < excluded.length && (excluded[nextExcluded]?.start ?? 0) < end; nextExcluded++) {
        excludedEnd = Math.max(excludedEnd, excluded[nextExcluded]?.end ?? 0);
      }
      if (isPageMarker(line.text)) continue;
      // Only an empty line or one starting with white space can be blank.
      const blank = (start === end || isWhiteSpace(text.charCodeAt(start))) && isBlankLine(line.text);
      if (excludedEnd > start || blank) {
        chunk.flush();
        continue;
      }
      // Digits on both sides of a wrapped line end stay two numbers.
      chunk.lineBreak(start - 1);
      while (nextBreak < breaks.length && (breaks[nextBreak] ?? 0) < start) nextBreak++;
      let from = start;
      for (; nextBreak < breaks.length && (breaks[nextBreak] ?? 0) <= end; nextBreak++) {
        const at = breaks[nextBreak] ?? 0;
        chunk.add(from, at);
        chunk.flush();
        from = at;
      }
      chunk.add(from, end);
    }
    // The lines up to the next region lie in tables or the title.
    chunk.flush();
  }
  return out;
}

/** Where headings start and where their titles end, in order (a chunk of prose ends at each). */
function headingBreaks(document: ReportDocument): number[] {
  const offsets: number[] = [];
  const add = (h: { span: Span; titleSpan: Span }) => offsets.push(h.span.start, h.titleSpan.end);
  for (const section of document.sections) {
    add(section.heading);
    section.subHeadings.forEach(add);
  }
  document.strayHeadings.forEach(add);
  // Nearly sorted already: an array sort (which finds the sorted runs) beats a typed one.
  return offsets.sort((a, b) => a - b);
}

/**
 * The parts of `text` outside the `excluded` spans (sorted by start), widened to whole physical lines and
 * merged where they share one: the only places a line of prose can stand.
 */
function proseRegions(text: string, excluded: readonly Span[]): [number, number][] {
  const regions: [number, number][] = [];
  const add = (from: number, to: number) => {
    if (to <= from) return;
    let start = from;
    while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
    let end = to;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    const last = lastOf(regions);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else regions.push([start, end]);
  };
  let from = 0;
  for (const span of excluded) {
    add(from, span.start);
    from = Math.max(from, span.end);
  }
  add(from, text.length);
  return regions;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * A chunk of prose being collected: segments of the source, joined by one space for each line break. It is
 * read in place (no string is built for it unless it holds markup) and cut into sentences when flushed.
 */
class Chunk {
  /** Pairs `[from, to)` of source offsets; `to` = -1 marks the space for a line break at `from`. */
  private readonly segments: number[] = [];
  /** How many entries of `segments` are the chunk's (the array is reused from chunk to chunk). */
  private count = 0;
  private length = 0;
  private readonly cutter: Cutter;

  constructor(
    private readonly text: string,
    sectionOf: (offset: number) => SectionNumber | null,
    out: Sentence[],
  ) {
    this.cutter = new Cutter(text, sectionOf, out);
  }

  add(from: number, to: number): void {
    if (to <= from) return;
    this.segments[this.count++] = from;
    this.segments[this.count++] = to;
    this.length += to - from;
  }

  /** The space that joins a wrapped line to the chunk so far (none at its start). */
  lineBreak(at: number): void {
    if (this.length === 0) return;
    this.segments[this.count++] = at;
    this.segments[this.count++] = -1;
    this.length++;
  }

  flush(): void {
    if (this.length > 0) {
      const { segments, count, text } = this;
      // A heading's "#"s at the chunk's start are markup (see markupMask): skipped. Other markup is found while
      // cutting, and the chunk is then cut again with its markup mask.
      const start = segments[0] ?? 0;
      const end = segments[1] ?? 0;
      let hashes = 0;
      while (hashes < 6 && start + hashes < end && text.charCodeAt(start + hashes) === 0x23) hashes++;
      segments[0] = start + hashes;
      const plain = this.cutter.cut(segments, count, null);
      segments[0] = start;
      if (!plain) this.cutter.cut(segments, count, this.mask());
    }
    this.count = 0;
    this.length = 0;
  }

  /** The markup mask of the chunk's text. */
  private mask(): Uint8Array {
    let joined = '';
    for (let s = 0; s < this.count; s += 2) {
      const from = this.segments[s] ?? 0;
      const to = this.segments[s + 1] ?? -1;
      joined += to < 0 ? ' ' : this.text.slice(from, to);
    }
    return markupMask(joined);
  }
}

/**
 * Cuts chunks into sentences after 。！？；: white space and markup dropped, full-width digits as ASCII.
 * Characters are copied in runs (slices of the source), not one by one.
 */
class Cutter {
  private sentence = '';
  /** Pairs (index in `sentence`, source offset) where each run starts: the first `runCount` entries. */
  private readonly runs: number[] = [];
  private runCount = 0;
  /** The last sentence of the current paragraph (chunk). */
  private previous: ProseSentence | null = null;
  private endsInDigit = false;
  /** The current sentence has a full-width digit. */
  private wide = false;
  /** Where the current run started in the source, or -1. */
  private run = -1;
  /** The chunk being cut (its first `count` entries), and its markup mask. */
  private segments: readonly number[] = [];
  private count = 0;
  private keep: Uint8Array | null = null;

  constructor(
    private readonly text: string,
    private readonly sectionOf: (offset: number) => SectionNumber | null,
    private readonly out: Sentence[],
  ) {}

  /**
   * Appends the sentences of a chunk (its segments as in {@link Chunk}), its markup masked by `keep` (0 for a
   * character of markup, by index in the chunk's text). False, with nothing appended, when the chunk has a
   * character that may start markup but no mask was given.
   */
  cut(segments: readonly number[], count: number, keep: Uint8Array | null): boolean {
    const { text, out } = this;
    const sentences = out.length;
    this.segments = segments;
    this.count = count;
    this.keep = keep;
    this.previous = null;
    // `at` is the index in the chunk's text of the segment's start.
    for (let s = 0, at = 0; s < count; s += 2) {
      const from = segments[s] ?? 0;
      const to = segments[s + 1] ?? -1;
      if (to < 0) {
        if (keep?.[at] !== 0) this.whiteSpace(from, s + 2, segments[s + 2] ?? 0, at + 1);
        at++;
        continue;
      }
      const shift = at - from;
      for (let i = from; i < to; i++) {
        if (keep !== null && keep[i + shift] === 0) {
          this.endRun(i);
          continue;
        }
        const kind = KIND[text.charCodeAt(i)] ?? PLAIN;
        // Most characters are plain; without a mask, the ones that follow are taken in a tight loop.
        if (kind === PLAIN) {
          if (this.run < 0) this.startRun(i);
          this.endsInDigit = false;
          if (keep === null) while (i + 1 < to && KIND[text.charCodeAt(i + 1)] === PLAIN) i++;
          continue;
        }
        if (kind === MARKUP_START && keep === null) {
          out.length = sentences;
          this.reset();
          return false;
        }
        if (kind === SPACE) {
          this.whiteSpace(i, s, i + 1, i + 1 + shift);
          continue;
        }
        if (kind === WIDE_DIGIT) this.wide = true;
        if (this.run < 0) this.startRun(i);
        this.endsInDigit = kind === DIGIT || kind === WIDE_DIGIT;
        if (kind === STOP) {
          this.endRun(i + 1);
          this.push();
        }
      }
      this.endRun(to);
      at += to - from;
    }
    this.push();
    return true;
  }

  /**
   * White space at source offset `offset` stays (as one space) only between two digits. The rest of the
   * chunk starts in segment `s` at source offset `from`, index `at` in the chunk's text.
   */
  private whiteSpace(offset: number, s: number, from: number, at: number): void {
    this.endRun(offset);
    if (!this.endsInDigit || !isAsciiDigit(this.nextKept(s, from, at))) return;
    this.addRun(offset);
    this.sentence += ' ';
    this.endsInDigit = false;
  }

  /**
   * The code (full-width digits as ASCII) of the first kept character that is not white space, from
   * segment `s` at source offset `from` (index `at` in the chunk's text); -1 if none.
   */
  private nextKept(s: number, from: number, at: number): number {
    const { segments, count, keep, text } = this;
    let index = at;
    for (let k = s; k < count; k += 2) {
      const to = segments[k + 1] ?? -1;
      if (to < 0) {
        index++;
        continue;
      }
      for (let i = k === s ? from : (segments[k] ?? 0); i < to; i++, index++) {
        const code = text.charCodeAt(i);
        if (keep?.[index] !== 0 && !isWhiteSpace(code))
          return isFullwidthDigit(code) ? code - WIDE_TO_ASCII : code;
      }
    }
    return -1;
  }

  private startRun(i: number): void {
    this.run = i;
    this.addRun(i);
  }

  /** A run of the current sentence starts here, at source offset `offset`. */
  private addRun(offset: number): void {
    this.runs[this.runCount++] = this.sentence.length;
    this.runs[this.runCount++] = offset;
  }

  private endRun(end: number): void {
    if (this.run >= 0) this.sentence += this.text.slice(this.run, end);
    this.run = -1;
  }

  private push(): void {
    const text = this.wide ? asciiDigits(this.sentence) : this.sentence;
    if (hasContent(text)) {
      const start = this.runs[1] ?? 0;
      const runs = this.runCount > 2 ? this.runs.slice(0, this.runCount) : null;
      this.previous = new ProseSentence(text, start, runs, this.sectionOf(start), this.previous);
      this.out.push(this.previous);
    }
    this.runCount = 0;
    this.sentence = '';
    this.endsInDigit = false;
    this.wide = false;
  }

  /** Drops the chunk being cut. */
  private reset(): void {
    this.sentence = '';
    this.runCount = 0;
    this.endsInDigit = false;
    this.wide = false;
    this.run = -1;
  }
}

/** A sentence is more than white space and punctuation; most start with a CJK ideograph, which is. */
function hasContent(text: string): boolean {
  if (text === '') return false;
  const first = text.charCodeAt(0);
  return (first >= 0x3400 && first <= 0x9fff) || CONTENT.test(text);
}

const CONTENT = /[^\s\p{P}]/u;

/** How a character (UTF-16 code unit) is cut: most are plain (taken as they are). */
const PLAIN = 0;
const SPACE = 1;
const STOP = 2;
const DIGIT = 3;
const WIDE_DIGIT = 4;
/** May start markup (see {@link isMarkupStart}); plain once the chunk's mask is known. */
const MARKUP_START = 5;

/** 。！？； and their ASCII forms end a sentence. */
const isStop = charTest('。！？；!?;');

/** The kind of every code unit, looked up once per character instead of a chain of tests. */
const KIND = kindTable();

function kindTable(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    // CJK ideographs and the like (U+3400–U+FEFE) are all plain.
    if (code === 0x3400) code = 0xfeff;
    kinds[code] = kindOf(code);
  }
  return kinds;
}

function kindOf(code: number): number {
  if (isWhiteSpace(code)) return SPACE;
  if (isStop(code)) return STOP;
  if (isAsciiDigit(code)) return DIGIT;
  if (isFullwidthDigit(code)) return WIDE_DIGIT;
  if (isMarkupStart(code)) return MARKUP_START;
  return PLAIN;
}

/** Text without these characters (or "#" at its start) has no markup for {@link markupMask} to mask. */
function isMarkupStart(code: number): boolean {
  return code === 0x3c || code === 0x26 || code === 0x2a || code === 0x5f;
}

/** Full-width digits ０-９ are read as ASCII digits: their code minus this. */
const WIDE_TO_ASCII = 0xfee0;

/** 0 for characters of HTML tags, entities and Markdown emphasis or heading markers, 1 for the others. */
function markupMask(s: string): Uint8Array {
  const keep = new Uint8Array(s.length).fill(1);
  for (const m of allMatches(MARKUP, s)) keep.fill(0, m.index, m.index + m[0].length);
  return keep;
}

const MARKUP = /<[^<>]{0,200}>|&[a-z]{2,8};|\*\*|__|^#{1,6}/g;

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
