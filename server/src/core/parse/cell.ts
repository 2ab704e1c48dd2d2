/** Reading one cell's text as a number, a blank, or something unreadable. */
import type { Cell, CellNote } from '../model.js';
import type { Field } from './fields.js';
import { contentStart, isAsciiDigit, isFullwidthDigit, isWhiteSpace } from '../text/chars.js';
import { asciiDigits, isBlankText } from './normalize.js';

/**
 * A number, its thousands groups separated by "," or by the full-width "，" (one of them throughout: "1，125",
 * "３，２１０"); "1，2" or "12，345，6" are no number.
 */
const NUMBER = /^([-+−－]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?:，\d{3})+|\d+)(\.\d+)?/;
/** The thousands separators, half- and full-width. */
const THOUSANDS = /[,，]/g;
/** True when the first character after any white space may start a number: a sign or a digit, half- or full-width. */
function mayStartNumber(text: string): boolean {
  const code = text.charCodeAt(contentStart(text));
  return (
    isAsciiDigit(code) ||
    isFullwidthDigit(code) ||
    code === 0x2d ||
    code === 0x2b ||
    code === 0x2212 ||
    code === 0xff0d
  );
}
const UNIT = /^(?:万元|亿元|元|件|个|项|条|次|人|家|起|份|篇|期|场|%|％)$/;

/** The notes of most cells: none (one shared, frozen array rather than one per cell). */
const NO_NOTES: readonly CellNote[] = Object.freeze([]);

/** What a field holds, before it is assigned to a column. */
export type FieldKind = 'number' | 'blank' | 'text';

/** Classifies a field: a (possibly annotated) number, a blank, or text such as a label. */
export function fieldKind(text: string): FieldKind {
  if (isBlankText(text)) return 'blank';
  // Most cells are plain integers: read without building readNumber's result.
  return plainInteger(text) !== null || readNumber(text) ? 'number' : 'text';
}

/** Reads a number with its notes; null when the text does not start with one or has other trailing text. */
export function readNumber(text: string): { value: number; notes: readonly CellNote[] } | null {
  if (!mayStartNumber(text)) return null; // cheap rejection of labels and prose
  const digits = plainInteger(text);
  if (digits !== null) return { value: Number(digits), notes: NO_NOTES }; // most cells: no patterns needed
  const ascii = asciiDigits(text.replace(/[\u00a0\s]+/g, ''));
  const m = NUMBER.exec(ascii);
  if (!m) return null;
  const notes: CellNote[] = [];
  if (ascii !== text.replace(/[\u00a0\s]+/g, '')) notes.push('fullwidth');
  const integer = m[2] ?? '';
  const ungrouped = integer.replace(THOUSANDS, '');
  if (ungrouped !== integer) notes.push('thousands');
  const rest = ascii.slice(m[0].length);
  if (rest !== '') {
    if (UNIT.test(rest)) notes.push('unit');
    else if (/^[（(]/.test(rest)) notes.push('annotation');
    else return null;
  }
  const value = Number((m[1] ? '-' : '') + ungrouped + (m[3] ?? ''));
  return Number.isFinite(value) ? { value, notes } : null;
}

/**
 * The digits of a cell holding only ASCII digits and white space (few enough digits to be exact), or null:
 * what most cells hold, read without the general path's patterns. White space anywhere is dropped, as there.
 */
function plainInteger(text: string): string | null {
  let digits = 0;
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code)) digits++;
    else if (isWhiteSpace(code)) spaced = true;
    else return null;
  }
  if (digits === 0 || digits > 15) return null;
  return spaced ? text.replace(/[\u00a0\s]+/g, '') : text;
}

/** Builds the cell of `columnId` from a field. */
export function readCell(field: Field, columnId: string): Cell {
  // Object literals, not `{ ...base, state }`: in Node 20 a spread followed by more properties costs ~1 µs.
  const span = { start: field.start, end: field.end };
  const raw = field.text;
  if (isBlankText(raw)) return { columnId, span, raw, state: 'blank', value: null, notes: NO_NOTES };
  const digits = plainInteger(raw); // most cells: read without readNumber's result object
  if (digits !== null)
    return { columnId, span, raw, state: 'number', value: Number(digits), notes: NO_NOTES };
  const number = readNumber(raw);
  if (number) return { columnId, span, raw, state: 'number', value: number.value, notes: number.notes };
  return { columnId, span, raw, state: 'invalid', value: null, notes: NO_NOTES };
}
