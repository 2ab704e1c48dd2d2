/**
 * Splits a logical line into fields (table cells or words) by tabs, pipes (or box-drawing borders), HTML cells or
 * white space.
 */
import { charTest, isWhiteSpace } from '../text/chars.js';
import { isBoxDrawing, type Line } from './lines.js';
import { entityAt } from './normalize.js';

/**
 * A field of a line: `text` is the source between `start` and `end` (trimmed of white space), or '' for a cell
 * that shows nothing among cells that do ("&nbsp;", U+00A0: see {@link splitFields}).
 */
export interface Field {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** How the line separates its fields ('box': by box-drawing borders, "│ 行政许可 │ 58 │", and `|`). */
export type FieldMode = 'tab' | 'pipe' | 'box' | 'html' | 'space';

/** What fields are trimmed of: ASCII white space and the ideographic space U+3000. */
function isTrimmed(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000;
}

/** Zero-width characters, invisible as white space is: U+200B–U+200D, U+2060. */
function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}

/**
 * True for a field's text that shows nothing: white space other than ASCII's (U+00A0, U+3000 …), zero-width
 * characters, or HTML entities of white space ("&nbsp;", "&#160;").
 */
function isInvisible(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code) || isZeroWidth(code)) continue;
    const entity = code === 0x26 ? entityAt(text, i) : null;
    if (!entity || !isWhiteSpace(entity.char.charCodeAt(0))) return false;
    i += entity.length - 1;
  }
  return true;
}
const CELL_TAG = /<\/?t[dh]\b[^<>]*>/gi;
const INLINE_TAG = /<[^<>]*>/g;

/** The line's separator style. */
export function fieldMode(text: string): FieldMode {
  if (text.includes('<') && /<t[dh]\b/i.test(text)) return 'html';
  if (text.includes('\t')) return 'tab';
  if (text.includes('|')) return 'pipe';
  // A table drawn with box-drawing characters ("│ 行政许可 │ 58 │"), read as a pipe table.
  return isBoxRow(text) ? 'box' : 'space';
}

/** True for a row of a box-drawn table: it starts with a border ("│ 行政许可 │ 58 │"), after white space. */
function isBoxRow(text: string): boolean {
  let i = 0;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return isBoxDrawing(text.charCodeAt(i));
}

/**
 * The fields of a line. In tab, pipe and HTML lines an empty field is kept (a blank cell) when the line has
 * at least two non-empty fields; otherwise empty fields are layout and dropped. A field that shows nothing
 * ("&nbsp;", U+00A0: a web page's or Word's empty cell) is an empty field in a line that shows something, so a
 * merged cell written so takes no value's place; alone on its line it is a blank cell, as a "/" is (a table
 * written one cell per line). Space-separated lines yield one field per word.
 */
export function splitFields(line: Line, mode: FieldMode = fieldMode(line.text)): Field[] {
  if (mode === 'space') return words(line);
  let fields =
    mode === 'html'
      ? htmlPieces(line.text).map((p) => trimmed(line.start + p.at, p.text))
      : separated(line, mode === 'tab' ? '\t' : '|', mode === 'box');
  if (mode === 'pipe' || mode === 'box') {
    if (fields.length > 1 && fields[0]?.text === '') fields.shift();
    if (fields.length > 1 && fields[fields.length - 1]?.text === '') fields.pop();
  }
  let shown = 0;
  let invisible = 0;
  for (const field of fields) {
    if (field.text === '') continue;
    if (isInvisible(field.text)) invisible++;
    else shown++;
  }
  if (shown > 0 && invisible > 0) fields = fields.map((f) => (isInvisible(f.text) ? emptied(f) : f));
  const filled = shown > 0 ? shown : invisible;
  return filled >= 2 || filled === fields.length ? fields : fields.filter((f) => f.text !== '');
}

/** The field of a cell that shows nothing, as an empty field: its span still covers what it holds ("&nbsp;"). */
function emptied(field: Field): Field {
  return { start: field.start, end: field.end, text: '' };
}

/**
 * The trimmed fields between separators, in one pass (no intermediate pieces). In a line drawn with box-drawing
 * characters (`boxed`) each of them is a border too: "│", and "├──┤" where a rule crosses the row beside a merged
 * cell.
 */
function separated(line: Line, separator: '\t' | '|', boxed = false): Field[] {
  const { text, start } = line;
  const fields: Field[] = [];
  for (let from = 0; ;) {
    const next = boxed ? nextBorder(text, from) : text.indexOf(separator, from);
    const to = next < 0 ? text.length : next;
    let a = from;
    let b = to;
    while (a < b && isTrimmed(text.charCodeAt(a))) a++;
    while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
    fields.push({ start: start + a, end: start + b, text: a === b ? '' : text.slice(a, b) });
    if (next < 0) return fields;
    from = next + 1;
  }
}

/**
 * The next border at or after `from` (-1: none): `|`, a box-drawing bar or crossing, or a box-drawing line that
 * touches another ("├──┤"). A line alone ("│ ─ │") is the cell's text, not two borders.
 */
function nextBorder(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7c) return i;
    if (!isBoxDrawing(code)) continue;
    if (!isBoxLine(code) || isBoxDrawing(text.charCodeAt(i - 1)) || isBoxDrawing(text.charCodeAt(i + 1)))
      return i;
  }
  return -1;
}

/** The box-drawing characters that draw a horizontal line only: ─ ━ ═ and their dashed and half forms. */
const isBoxLine = charTest('─━┄┅┈┉╌╍═╴╶╸╺╼╾');

/**
 * The text of one table row whose cells wrap over `lines` (a pandoc grid table's or a box-drawn table's row,
 * between two rule lines): each column's pieces run together, the columns joined by "|". Null unless every line
 * has borders and as many cells. Only for finding words the wrapping cut ("（本列数据的勾稽关" / "系为："): it has
 * no source offsets.
 */
export function wrappedRowText(lines: readonly Line[]): string | null {
  let columns: string[] | null = null;
  for (const line of lines) {
    const mode = fieldMode(line.text);
    if (mode !== 'pipe' && mode !== 'box') return null;
    const cells = separated(line, '|', mode === 'box');
    if (columns && cells.length !== columns.length) return null;
    columns = cells.map((cell, i) => (columns?.[i] ?? '') + cell.text);
  }
  return columns && columns.length > 1 ? columns.join('|') : null;
}

/** Cell contents between `<td>`/`<th>` tags; inline tags become spaces so offsets stay exact. */
function htmlPieces(text: string): { at: number; text: string }[] {
  const pieces: { at: number; text: string }[] = [];
  let open = -1;
  for (const tag of text.matchAll(CELL_TAG)) {
    const at = tag.index ?? 0;
    if (open >= 0) pieces.push({ at: open, text: blankTags(text.slice(open, at)) });
    open = tag[0].startsWith('</') ? -1 : at + tag[0].length;
  }
  if (open >= 0) pieces.push({ at: open, text: blankTags(text.slice(open)) });
  return pieces;
}

function blankTags(s: string): string {
  return s.replace(INLINE_TAG, (t) => ' '.repeat(t.length)).replace(/&nbsp;/g, ' '.repeat(6));
}

function trimmed(start: number, raw: string): Field {
  let from = 0;
  let to = raw.length;
  while (from < to && isTrimmed(raw.charCodeAt(from))) from++;
  while (to > from && isTrimmed(raw.charCodeAt(to - 1))) to--;
  const text = from === 0 && to === raw.length ? raw : raw.slice(from, to);
  return { start: start + from, end: start + to, text };
}

function words(line: Line): Field[] {
  const { text } = line;
  const fields: Field[] = [];
  for (let i = 0; i < text.length;) {
    while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
    const from = i;
    while (i < text.length && !isWhiteSpace(text.charCodeAt(i))) i++;
    if (i > from) fields.push({ start: line.start + from, end: line.start + i, text: text.slice(from, i) });
  }
  return fields;
}
