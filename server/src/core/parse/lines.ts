/** Logical lines: physical lines, further split at HTML block tags (rows, paragraphs, line breaks). */

import { SECTIONS } from '../templates/sections.js';
import {
  charTest,
  contentStart,
  escapeRegExp,
  isAsciiDigit,
  isFullwidthDigit,
  isWhiteSpace,
} from '../text/chars.js';

/** A logical line: `text` is `source.slice(start, end)`, without its line break. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The tags that cut a line into logical lines (paragraphs, line breaks, rows: `$3`) and the cell tags (`$2`),
 * which keep the paragraphs and line breaks inside a cell in its row. `$1`: "/" for a closing tag.
 */
const BLOCK_TAG =
  /<(\/?)(?:(t[dh])|(tr|table|tbody|thead|tfoot)|p|div|h[1-6]|li|ul|ol|section|article)\b[^<>]*>|<br\s*\/?>/gi;

/** Lines longer than this may hold several headings and tables run together (text copied from a web page). */
const LONG_LINE = 300;

/**
 * Reads the logical lines of `source` between `from` and `to` (whole physical lines) one at a time, in order,
 * so that a long document's lines need not all be held at once. Offsets are `source`'s. A reader looks for the
 * first line breaks from `from` to the end of `source`: for many small regions, read slices of them instead.
 */
export class LineReader {
  /** The lines cut from the current physical line (most physical lines make one and skip this). */
  private queue: Line[] = [];
  private queued = 0;
  private start: number;
  // The next \n, \r and < at or after `start` (-1: none left), found by indexOf rather than a loop per character.
  private lf: number;
  private cr: number;
  private lt: number;

  constructor(
    private readonly source: string,
    from = 0,
    private readonly to = source.length,
  ) {
    this.start = from;
    this.lf = source.indexOf('\n', from);
    this.cr = source.indexOf('\r', from);
    this.lt = source.indexOf('<', from);
  }

  /** The next logical line, or null after the last. */
  next(): Line | null {
    for (;;) {
      if (this.queued < this.queue.length) return this.queue[this.queued++] ?? null;
      const { source, to, start } = this;
      if (start >= to) return null;
      if (this.lf >= 0 && this.lf < start) this.lf = source.indexOf('\n', start);
      if (this.cr >= 0 && this.cr < start) this.cr = source.indexOf('\r', start);
      const { lf, cr } = this;
      const end = Math.min(to, lf < 0 ? (cr < 0 ? to : cr) : cr < 0 ? lf : Math.min(lf, cr));
      // The line break: \r\n, \r or \n.
      this.start =
        end >= to ? to : end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
      const content = source.slice(start, end);
      if (this.lt >= 0 && this.lt < start) this.lt = source.indexOf('<', start);
      if (content.length <= LONG_LINE && (this.lt < 0 || this.lt >= end))
        return { start, end, text: content };
      this.queue = [];
      this.queued = 0;
      pushLogical(this.queue, content, start);
    }
  }
}

/** Splits `source` (between `from` and `to`, whole physical lines) into logical lines, in order. */
export function splitLines(source: string, from = 0, to = source.length): Line[] {
  const lines: Line[] = [];
  const reader = new LineReader(source, from, to);
  for (let line = reader.next(); line; line = reader.next()) lines.push(line);
  return lines;
}

/**
 * Pushes the logical lines of `content` (at `start`): cut at block tags, except for paragraphs and line breaks
 * inside a table cell ("<td><p class=MsoNormal>3</p></td>", as Word and web editors write cells). A table row
 * stays whole however long (a cell's text is no heading to cut it at).
 */
function pushLogical(lines: Line[], content: string, start: number): void {
  if (!content.includes('<')) {
    pushRun(lines, content, start);
    return;
  }
  let pos = 0;
  let inCell = false;
  let hasCell = false;
  const push = (to: number) => {
    if (hasCell) lines.push({ start: start + pos, end: start + to, text: content.slice(pos, to) });
    else pushRun(lines, content.slice(pos, to), start + pos);
  };
  for (const tag of content.matchAll(BLOCK_TAG)) {
    if (tag[2]) {
      inCell = tag[1] === '';
      hasCell = true;
      continue;
    }
    if (inCell && !tag[3]) continue;
    const at = tag.index ?? 0;
    if (at > pos) push(at);
    inCell = false;
    hasCell = false;
    pos = at + tag[0].length;
  }
  if (pos < content.length || pos === 0) push(content.length);
}

const TITLES = SECTIONS.flatMap((s) => [s.title, ...s.variants]).sort((a, b) => b.length - a.length);
/** Section headings and table starts inside a long line: the places to cut it into logical lines. */
const RUN_ANCHORS = new RegExp(
  `([一二三四五六][、．.]\\s*(?:${TITLES.map(escapeRegExp).join('|')}))|第二十条\\s*第|[（(]\\s*本列数据`,
  'g',
);

/** Pushes a line, cut before (and after) section headings and before table starts when it is very long. */
function pushRun(lines: Line[], content: string, start: number): void {
  if (content.length <= LONG_LINE) {
    lines.push({ start, end: start + content.length, text: content });
    return;
  }
  const cuts = new Set<number>();
  for (const m of content.matchAll(RUN_ANCHORS)) {
    const at = m.index ?? 0;
    cuts.add(at);
    if (m[1]) cuts.add(at + m[0].length);
  }
  let pos = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > pos) lines.push({ start: start + pos, end: start + cut, text: content.slice(pos, cut) });
    pos = cut;
  }
  lines.push({ start: start + pos, end: start + content.length, text: content.slice(pos) });
}

/** True for an empty line or one of white space only. */
export function isBlankLine(text: string): boolean {
  return contentStart(text) === text.length;
}

/**
 * True for a page footer or header such as "- 1 -", "— 4 —", "——4——", "－４－", "第 3 页", "3/9" (digits ASCII or
 * full-width). `start` is the line's {@link contentStart}, when the caller has it.
 */
export function isPageMarker(text: string, start?: number): boolean {
  // Markers are short (once indented: `pdftotext -layout` centres them) and start with a dash, 第 or a digit;
  // the pattern need not run over every line.
  const from = start ?? contentStart(text);
  if (text.length - from > 40 || !mayStartPageMarker(text, from)) return false;
  return PAGE_MARKER.test(text);
}

const PAGE_DIGITS = '[0-9０-９]{1,4}';
/** Dashes around a page number: - ‒ – — ― －, one or more ("——4——"). */
const PAGE_DASHES = '[-‒–—―－]+';
const PAGE_MARKER = new RegExp(
  `^\\s*(?:${PAGE_DASHES}\\s*${PAGE_DIGITS}\\s*${PAGE_DASHES}` +
    `|第\\s*${PAGE_DIGITS}\\s*页(?:\\s*[/／，,]?\\s*共\\s*${PAGE_DIGITS}\\s*页)?` +
    `|${PAGE_DIGITS}\\s*[/／]\\s*${PAGE_DIGITS})\\s*$`,
);

/**
 * Words that name the annual report, as its title does: "…政府信息公开工作年度报告", "…政府信息公开年报", or
 * "2022年度政府信息公开工作报告" (年 or 年度 right before 政府信息公开, 工作报告 after it).
 */
export const REPORT_TITLE =
  /政府信息公开.{0,12}(?:年度报告|年报)|年度?\s*政府信息公开\s*工作\s*(?:情况\s*)?报告/;

/** Lines longer than this are no running header. */
const RUNNING_HEADER = 80;

/**
 * True for a running page header of PDF text: a short line naming the annual report as its title does
 * ("某某县人民政府 2022 年政府信息公开工作年度报告"). Inside a table it is no row: its year is no value.
 */
export function isRunningHeader(text: string): boolean {
  return text.length <= RUNNING_HEADER && text.includes('政府信息公开') && REPORT_TITLE.test(text);
}

/**
 * True for a Markdown table separator row ("|---|:--:|" or tab-separated dashes): white space, `|`, `:`, `-`
 * and `—` only, with three dashes in a row. By character codes: a pattern for it backtracks cubically on a
 * long run of dashes that ends in another character. `start`: its {@link contentStart}, when the caller has it.
 */
export function isSeparatorRow(text: string, start = contentStart(text)): boolean {
  // Its first character (after white space, `start`) is a mark: most lines fail this before any scan.
  if (!isSeparatorMark(text.charCodeAt(start)) || !text.includes('---')) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSeparatorMark(code) && !isWhiteSpace(code)) return false;
  }
  return true;
}

const isSeparatorMark = charTest('-|:—');

function mayStartPageMarker(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  // A marker that starts with a digit is "3 / 12": a lone number (a table value) is none.
  if (isAsciiDigit(code) || isFullwidthDigit(code)) return text.includes('/') || text.includes('／');
  return isPageMarkerStart(code);
}

/** A dash of {@link PAGE_DASHES}, or 第. */
const isPageMarkerStart = charTest('-‒–—―－第');
