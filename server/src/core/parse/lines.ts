/**
 * Logical lines: physical lines, further split at HTML block tags (rows, paragraphs, line breaks), and joined
 * where HTML markup runs on over a line break (a tag broken over lines, a table row with a cell per line).
 */

import { SECTIONS } from '../templates/sections.js';
import { contentStart, escapeRegExp, isAsciiDigit, isFullwidthDigit, isWhiteSpace } from '../text/chars.js';

/**
 * A logical line: `text` is `source.slice(start, end)`, without its line break (a line joined from physical
 * lines holds theirs).
 */
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

/** A tag that opens or ends a table row (`$1`: "/" for a closing tag): a row spread over lines ends at one. */
const ROW_TAG = /<(\/?)(?:tr|table|tbody|thead|tfoot)\b/gi;

/** How far a tag broken over lines may run on after its "<", and a table row after the line that opens it. */
const MAX_WRAPPED_TAG = 2000;
const MAX_WRAPPED_ROW = 20_000;

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
  // The next > and row tag after the last line that asked (-1: none left, -2: not looked for yet).
  private gt = -2;
  private rowTag = -2;

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
      const { source, start } = this;
      if (start >= this.to) return null;
      let end = this.physicalEnd(start);
      if (this.lt >= 0 && this.lt < start) this.lt = source.indexOf('<', start);
      if (this.lt >= 0 && this.lt < end) end = this.wrappedEnd(start, end);
      this.start = this.afterBreak(end);
      const content = source.slice(start, end);
      if (content.length <= LONG_LINE && (this.lt < 0 || this.lt >= end))
        return { start, end, text: content };
      this.queue = [];
      this.queued = 0;
      pushLogical(this.queue, content, start);
    }
  }

  /** Where the physical line starting at `from` ends (before its line break). */
  private physicalEnd(from: number): number {
    const { source, to } = this;
    if (this.lf >= 0 && this.lf < from) this.lf = source.indexOf('\n', from);
    if (this.cr >= 0 && this.cr < from) this.cr = source.indexOf('\r', from);
    const { lf, cr } = this;
    return Math.min(to, lf < 0 ? (cr < 0 ? to : cr) : cr < 0 ? lf : Math.min(lf, cr));
  }

  /** Where the next physical line starts after a line ending at `end`: past its \r\n, \r or \n. */
  private afterBreak(end: number): number {
    const { source, to } = this;
    return end >= to
      ? to
      : end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
  }

  /**
   * Where the line of markup starting at `start` (its physical line ending at `end`) ends once joined with the
   * physical lines its markup runs on over: a tag broken at a space ("<span\n lang=EN-US>", as Word saves HTML),
   * and a table row whose cells stand on lines of their own, up to the tag that ends the row. Each physical line
   * is looked at once, and the next > or row tag is searched for from where the last search ended.
   */
  private wrappedEnd(start: number, end: number): number {
    let from = start;
    let inRow = false;
    for (;;) {
      const segment = this.source.slice(from, end);
      inRow = rowOpenAfter(segment, inRow);
      let target = -1;
      const lt = segment.lastIndexOf('<');
      if (lt >= 0 && lt > segment.lastIndexOf('>') && isTagStart(segment.charCodeAt(lt + 1))) {
        const gt = this.nextGt(end);
        if (gt >= 0 && gt - (from + lt) <= MAX_WRAPPED_TAG) target = gt;
      }
      if (inRow) {
        const row = this.nextRowTag(end);
        if (row >= 0 && row - end <= MAX_WRAPPED_ROW) target = Math.max(target, row);
      }
      if (target < 0 || target >= this.to) return end;
      // On to the physical line that holds `target`.
      do {
        from = this.afterBreak(end);
        end = this.physicalEnd(from);
      } while (end <= target);
    }
  }

  private nextGt(from: number): number {
    if (this.gt !== -1 && this.gt < from) this.gt = this.source.indexOf('>', from);
    return this.gt;
  }

  private nextRowTag(from: number): number {
    if (this.rowTag !== -1 && this.rowTag < from) {
      ROW_TAG.lastIndex = from;
      this.rowTag = ROW_TAG.exec(this.source)?.index ?? -1;
    }
    return this.rowTag;
  }
}

/** Whether a table row is open after `segment`: its last row tag opens one (`open`: whether one was before it). */
function rowOpenAfter(segment: string, open: boolean): boolean {
  let last: RegExpMatchArray | null = null;
  for (const tag of segment.matchAll(ROW_TAG)) last = tag;
  if (!last) return open;
  return last[1] === '' && (last[0].charCodeAt(2) | 0x20) === 0x72; // "<tr", not "<table" or "<tbody"
}

/** A character that may follow the "<" of a tag: a letter, "/" or "!". */
export function isTagStart(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || code === 0x2f || code === 0x21;
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
 * full-width), or one a browser prints on every page (see {@link isBrowserFurniture}). `start` is the line's
 * {@link contentStart}, when the caller has it.
 */
export function isPageMarker(text: string, start?: number): boolean {
  // Markers are short (once indented: `pdftotext -layout` centres them) and start with a dash, 第 or a digit;
  // the pattern need not run over every line. A long line that is not indented (prose) starts at 0.
  const from =
    start ?? (text.length > MAX_MARKER && !isWhiteSpace(text.charCodeAt(0)) ? 0 : contentStart(text));
  if (from >= text.length) return false; // blank
  if (text.length - from <= MAX_MARKER && mayStartPageMarker(text, from) && PAGE_MARKER.test(text))
    return true;
  return isBrowserFurniture(text, from);
}

/** A digit or white space: what stands between a page number's first digit and its slash ("12 / 30"). */
function isPageNumberPart(code: number): boolean {
  return isAsciiDigit(code) || isFullwidthDigit(code) || isWhiteSpace(code);
}

/** The longest page marker, indentation aside. */
const MAX_MARKER = 40;

const PAGE_DIGITS = '[0-9０-９]{1,4}';
/** Dashes around a page number: - ‒ – — ― －, one or more ("——4——"). */
const PAGE_DASHES = '[-‒–—―－]+';
const PAGE_MARKER = new RegExp(
  `^\\s*(?:${PAGE_DASHES}\\s*${PAGE_DIGITS}\\s*${PAGE_DASHES}` +
    `|第\\s*${PAGE_DIGITS}\\s*页(?:\\s*[/／，,]?\\s*共\\s*${PAGE_DIGITS}\\s*页)?` +
    `|${PAGE_DIGITS}\\s*[/／]\\s*${PAGE_DIGITS})\\s*$`,
);

/** A page number as browsers print it: "2/4", "2 of 4", "Page 2 of 4", "第 2 页，共 4 页". */
const PAGE_NUMBER =
  `(?:${PAGE_DIGITS}\\s*[/／]\\s*${PAGE_DIGITS}|(?:page\\s*)?${PAGE_DIGITS}\\s+of\\s+${PAGE_DIGITS}` +
  `|第\\s*${PAGE_DIGITS}\\s*页(?:\\s*[/／，,]?\\s*共\\s*${PAGE_DIGITS}\\s*页)?)`;
/**
 * A date and time as browsers print them in a page header or footer: "11/21/26, 9:38 PM", "2024/11/21 21:38",
 * "2024-01-15 10:23:05", "2024/1/15 下午9:38". The time is required: a date alone may be a row's label.
 */
const DATE_TIME =
  '\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?\\s*(?:上午|下午)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?';
/** A page's address: any characters with a page number after it, ASCII ones (and an elision …) when alone. */
const URL = '(?:https?|file):\\/\\/';
/** The gap `pdftotext -layout` leaves between the pieces of a header or footer, far apart on the page. */
const GAP = '\\s{2,}';
/** The page's title beside them: not ending with a digit (as a table row's value does), no sentence in it. */
const PAGE_TITLE = '[^\\s。][^。]{0,78}[^\\s。0-9０-９]';

/** A header or footer that starts with the page's address: "file:///…/x.html      2/4" (Chromium), or alone. */
const URL_FURNITURE = new RegExp(`^\\s*${URL}(?:[!-~…]+|\\S+\\s+${PAGE_NUMBER})\\s*$`, 'i');
/**
 * A header or footer that starts with a digit: a date and time, with the page's title or number after a gap
 * ("11/21/26, 9:38 PM      某某局2024年政府信息公开工作年度报告", Chromium), or a page number with a date and time
 * after a gap ("1 of 4      11/21/2024, 9:38:12 PM", Firefox) or alone ("2 of 4").
 */
const DIGIT_FURNITURE = new RegExp(
  `^\\s*(?:${DATE_TIME}(?:${GAP}(?:${PAGE_NUMBER}|${PAGE_TITLE}))?|${PAGE_NUMBER}(?:${GAP}${DATE_TIME})?)\\s*$`,
  'i',
);
/** A footer that starts with a page number in words: "Page 2 of 4", "第 2 页，共 4 页", a date and time after it. */
const WORD_PAGE_FURNITURE = new RegExp(`^\\s*${PAGE_NUMBER}(?:${GAP}${DATE_TIME})?\\s*$`, 'i');
/** A header with the page's title, then its address after a gap ("某某局…年度报告       https://…", Firefox). */
const TITLE_URL_FURNITURE = new RegExp(`^\\s*${PAGE_TITLE}${GAP}${URL}[!-~…]+\\s*$`, 'i');

/** The longest browser header or footer, indentation aside (a long address, or a title far from the date). */
const MAX_FURNITURE = 400;

/**
 * True for a line a browser prints at the top or bottom of every page of a web page printed to PDF (as reports
 * published on a CMS site are): the page's address, alone or with the page number ("file:///…/x.html   2/4"),
 * a date and time, alone or with the page's title ("11/21/26, 9:38 PM   某某局…年度报告", "2024/11/21 21:38"),
 * a page number with a date and time ("1 of 4   2024/11/21 21:38:12"), the title with the address. Raw PDF text
 * puts each piece on a line of its own, `pdftotext -layout` a header's or footer's pieces on one line, far apart.
 * `from`: the line's {@link contentStart}. By its first character (last, for a title first) before any pattern.
 */
function isBrowserFurniture(text: string, from: number): boolean {
  const code = text.charCodeAt(from);
  // Most lines start with a Chinese character: furniture only when they end with an address.
  if (code >= 0x80 && code !== 0x7b2c) return isTitleWithAddress(text, from);
  if (text.length - from > MAX_FURNITURE) return false;
  if (isAsciiDigit(code)) return mayBeDateOrPageNumber(text, from) && DIGIT_FURNITURE.test(text);
  const lower = code | 0x20;
  if (lower === 0x66 || lower === 0x68) return URL_FURNITURE.test(text); // f(ile), h(ttp)
  if (lower === 0x70) return WORD_PAGE_FURNITURE.test(text); // P(age)
  if (code === 0x7b2c) return text.includes('页') && WORD_PAGE_FURNITURE.test(text); // 第
  return isTitleWithAddress(text, from);
}

/** A header of the page's title, then its address: see {@link TITLE_URL_FURNITURE}. */
function isTitleWithAddress(text: string, from: number): boolean {
  return endsWithAddress(text) && text.length - from <= MAX_FURNITURE && TITLE_URL_FURNITURE.test(text);
}

/**
 * Whether the digits at `from` go on as a date ("11/21", "2024-01") or a page number ("2/4", "12 / 30", "2 of 4")
 * do: a row of values ("3 4 5") or a numbered label ("1.属于…") does not, and skips the pattern.
 */
function mayBeDateOrPageNumber(text: string, from: number): boolean {
  const end = text.length;
  let i = from;
  while (i < end && (isAsciiDigit(text.charCodeAt(i)) || isFullwidthDigit(text.charCodeAt(i)))) i++;
  if (i + 1 >= end) return false;
  const next = text.charCodeAt(i);
  if (next === 0x2e || next === 0x2d) return isAsciiDigit(text.charCodeAt(i + 1)); // . -
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  const code = text.charCodeAt(i);
  return code === 0x2f || code === 0xff0f || (code | 0x20) === 0x6f; // / ／ o(f)
}

/** Whether the line may end with a web address: its last character is an ASCII letter or "/", and "://" is in it. */
function endsWithAddress(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const code = text.charCodeAt(end - 1) | 0x20;
  return ((code >= 0x61 && code <= 0x7a) || code === 0x2f) && text.includes('://');
}

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
 * True for a table's rule line: a Markdown separator row ("|---|:--:|" or tab-separated dashes), a pandoc grid
 * table's rule ("+----+----+", "+====+") or a box-drawing one ("├────┼────┤", "╠════╬════╣", "│    ├────┤" beside
 * a merged cell). White space, `| : + - = —` and box-drawing characters only, with three `-`, `=` or box-drawing
 * characters in a row (not `—`: "———" alone marks a blank cell). By character codes: a pattern for it backtracks
 * cubically on a long run of dashes that ends in another character. `start`: its {@link contentStart}, when the
 * caller has it.
 */
export function isSeparatorRow(text: string, start = contentStart(text)): boolean {
  // Its first character (after white space, `start`) is a mark: most lines fail this before any scan.
  if (!isSeparatorMark(text.charCodeAt(start))) return false;
  let run = 0;
  let ruled = false;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d || code === 0x3d || isBoxDrawing(code)) {
      if (++run >= 3) ruled = true;
      continue;
    }
    run = 0;
    if (!isSeparatorMark(code) && !isWhiteSpace(code)) return false;
  }
  return ruled;
}

/** A mark of a rule line: `- | : — + =` or a box-drawing character (by comparisons: it runs on every line). */
function isSeparatorMark(code: number): boolean {
  return (
    code === 0x2d ||
    code === 0x7c ||
    code === 0x3a ||
    code === 0x2014 ||
    code === 0x2b ||
    code === 0x3d ||
    isBoxDrawing(code)
  );
}

/** True for a box-drawing character (U+2500–U+257F: ─ │ ┌ ┼ ━ ┃ ═ ║ ╬ …), which draws tables in plain text. */
export function isBoxDrawing(code: number): boolean {
  return code >= 0x2500 && code <= 0x257f;
}

function mayStartPageMarker(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  // A marker that starts with a digit is "3 / 12": a lone number (a table value) is none. Its slash follows
  // the digits (and white space), looked for there rather than in the whole line.
  if (isAsciiDigit(code) || isFullwidthDigit(code)) {
    let i = start + 1;
    while (i < text.length && isPageNumberPart(text.charCodeAt(i))) i++;
    if (i === text.length) return false; // charCodeAt past the end would slow the optimised code down
    const after = text.charCodeAt(i);
    return after === 0x2f || after === 0xff0f; // / ／
  }
  // A dash of PAGE_DASHES (- ‒ – — ― －), or 第.
  return code === 0x2d || (code >= 0x2012 && code <= 0x2015) || code === 0xff0d || code === 0x7b2c;
}
