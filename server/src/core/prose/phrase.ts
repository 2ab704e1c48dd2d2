/** Quoting a phrase of the prose and pointing at the table cells it was compared with. */
import type { Related } from '../model.js';
import type { NamedCell } from './readings.js';
import type { Sentence } from './sentences.js';

const SPACE = / /g;
const BEFORE_NUMBER = /([^\d.,])(\d)/g;
const AFTER_NUMBER = /(\d)([^\d.,%])/g;

/** The phrase `[from, to)` of a sentence as messages quote it: a space on each side of a number. */
export function phraseText(sentence: Sentence, from: number, to: number): string {
  return sentence.text
    .slice(from, to)
    .replace(SPACE, '')
    .replace(BEFORE_NUMBER, '$1 $2')
    .replace(AFTER_NUMBER, '$1 $2')
    .trim();
}

/** Related locations for the cells of some readings, each cell once, in reading order (at most 12). */
export function relatedCells(readings: readonly { cells: readonly NamedCell[] }[]): Related[] {
  const seen = new Set<number>();
  const out: Related[] = [];
  for (const { cell, name } of readings.flatMap((r) => r.cells)) {
    if (seen.has(cell.span.start) || out.length >= 12) continue;
    seen.add(cell.span.start);
    out.push({ span: cell.span, message: { zh: `${name.zh}：${cell.raw}`, en: `${name.en}: ${cell.raw}` } });
  }
  return out;
}
