/**
 * Pairing the values that PDF text gives after a run of row labels (pdftotext reads a table column by column:
 * the labels first, then a run of values) with those rows, only where which row each value belongs to is known.
 */
import type { Field } from './fields.js';
import type { RowLabel } from './labels.js';

/** True when a row's values are all numbers that satisfy the table's arithmetic (表三: the applicants sum to the total). */
export type RowCheck = (cells: readonly Field[]) => boolean;

/**
 * The values of the rows labelled `labels` (in template order, as many values as their cells, all given after
 * the last label), one array of cells per row; or null when which row each belongs to is unknown. pdftotext
 * gives them row by row or column by column: the two readings must agree (one column each, or the same
 * numbers), or the table's arithmetic (`addsUp`, null when it has none to go by) must tell them apart: one
 * reading adds up in every row but at most one, the other fails in two rows more.
 */
export function pairValues(
  labels: readonly RowLabel[],
  values: readonly Field[],
  addsUp: RowCheck | null,
): Field[][] | null {
  const width = labels[0]?.columns.length ?? 0;
  if (labels.some((label) => label.columns.length !== width) || values.length !== width * labels.length)
    return null;
  const byRow = labels.map((_, r) => values.slice(r * width, (r + 1) * width));
  if (width === 1) return byRow;
  // Index c·rows + r is in range: values.length = width·rows.
  const byColumn = labels.map((_, r) =>
    Array.from({ length: width }, (_, c) => values[c * labels.length + r] as Field),
  );
  if (byRow.every((cells, r) => cells.every((cell, c) => cell.text === byColumn[r]?.[c]?.text))) return byRow;
  if (!addsUp) return null;
  const rowFails = failures(byRow, addsUp);
  const columnFails = failures(byColumn, addsUp);
  if (rowFails <= 1 && columnFails >= rowFails + 2) return byRow;
  if (columnFails <= 1 && rowFails >= columnFails + 2) return byColumn;
  return null;
}

/** How many of the rows do not add up (or hold a value that is no number). */
function failures(rows: readonly (readonly Field[])[], addsUp: RowCheck): number {
  let count = 0;
  for (const row of rows) if (!addsUp(row)) count++;
  return count;
}
