/**
 * Where a table starts: the anchor labels that open 表二 (a block label "第二十条第（一）项"), 表三 (its corner note
 * "勾稽关系" or its first row) and 表四 (its header "行政复议…"), on one line or on a row wrapped over a few.
 */
import type { TableKind } from '../model.js';
import { wrappedRowText } from './fields.js';
import { normalize } from './labels.js';
import { isBoxDrawing, type Line } from './lines.js';
import { hasBlock } from './tables.js';

/**
 * True when a line holds every character of at least one anchor below (normalising drops characters, never
 * adds them): most lines, prose included, hold none and skip the normalisation. One pass over the line.
 */
function mayHoldAnchor(text: string): boolean {
  if (!RAREST_ANCHOR_CHARACTER.test(text)) return false;
  let seen = 0;
  for (let i = 0; i < text.length; i++) seen |= ANCHOR_BITS[text.charCodeAt(i)] ?? 0;
  return ANCHOR_SETS.some((set) => (seen & set) === set);
}

/** One character of each anchor below, the least common: a line without any of them holds no anchor. */
const RAREST_ANCHOR_CHARACTER = /[条稽量议]/;
const ANCHOR_CHARACTERS = '条十第稽收申量复议';
/** By UTF-16 code unit: the bit of each anchor character, else 0. */
const ANCHOR_BITS = new Uint16Array(0x10000);
[...ANCHOR_CHARACTERS].forEach((c, i) => (ANCHOR_BITS[c.charCodeAt(0)] = 1 << i));
/** The characters each anchor needs, as bit sets: 第二十条 · 勾稽关系 · 本年新收…申请数量 · 行政复议. */
const ANCHOR_SETS = ['条十第', '稽', '收申量', '复议'].map((chars) =>
  [...chars].reduce((set, c) => set | (ANCHOR_BITS[c.charCodeAt(0)] ?? 0), 0),
);

/** Which table a line opens, by its anchor labels. */
export function tableAnchor(text: string): TableKind | null {
  if (!mayHoldAnchor(text)) return null;
  const norm = normalize(text.includes('<') ? text.replace(/<[^<>]*>/g, '') : text);
  if (hasBlock(norm)) return 'table2';
  if (norm.includes('勾稽关系') || opensTable3Row(norm)) return 'table3';
  // 表四's header: "行政复议" first (after cell borders: "|", "｜", "│", "┃"…); alone on a short line, or followed
  // by the rest of the header. A sentence that starts so ("行政复议案件均获维持。", a line of PDF text that goes on
  // "行政复议、行政诉讼的情况，…") is no header: header words are not punctuated.
  const header = norm.replace(/^[|｜\u2500-\u257f]+/, '');
  if (!header.startsWith('行政复议')) return null;
  const litigation = header.indexOf('行政诉讼');
  const words = litigation >= 0 ? header.slice(0, litigation) : header;
  if (SENTENCE_MARKS.test(words)) return null;
  return litigation >= 0 || (norm.length <= 60 && !/\d/.test(norm)) ? 'table4' : null;
}

/** 表三's first row label, as its anchor when 表三 comes without its corner note. */
const TABLE3_FIRST_ROW = '本年新收政府信息公开申请数量';

/**
 * True when a normalised line holds 表三's first row label as a row: values, cells or nothing after it, not a
 * sentence ("本年新收政府信息公开申请数量为52件，…": a statement in the prose, no table).
 */
function opensTable3Row(norm: string): boolean {
  const at = norm.indexOf(TABLE3_FIRST_ROW);
  if (at < 0) return false;
  const after = norm.slice(at + TABLE3_FIRST_ROW.length);
  return !after.startsWith('为') && !/[，。；]/.test(after);
}

/** Punctuation of running text, never in a table's header words (normalised: "," and ":" are full-width; ";" ends HTML entities). */
const SENTENCE_MARKS = /[、，。；：]/;

/** How many lines of one table row (after a rule line) are read together for an anchor the wrapping cut. */
export const WRAPPED_ROW_LINES = 4;

/** Which table a row wrapped over `lines` (see {@link wrappedRowText}) opens, by its anchor labels. */
export function wrappedAnchor(lines: readonly Line[]): TableKind | null {
  const row = wrappedRowText(lines);
  return row === null ? null : tableAnchor(row);
}

/** A line that starts with a cell border: "|" or a box-drawing bar. */
export function isBordered(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  return code === 0x7c || isBoxDrawing(code);
}
