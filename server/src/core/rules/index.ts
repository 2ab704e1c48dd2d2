/** The rules, in the order they run. One file per rule; add new rules here. */
import blankCell from './blank-cell.js';
import cellValue from './cell-value.js';
import headingLevel from './heading-level.js';
import headingNumbering from './heading-numbering.js';
import requiredSection from './required-section.js';
import type { Rule } from './rule.js';
import sectionOrder from './section-order.js';
import sectionTitle from './section-title.js';
import table3Balance from './table3-balance.js';
import table3ResultTotal from './table3-result-total.js';
import table3RowTotal from './table3-row-total.js';
import table4Total from './table4-total.js';
import tableIncomplete from './table-incomplete.js';
import tableLabel from './table-label.js';
import tableMissing from './table-missing.js';
import templateVersion from './template-version.js';
import textTableMismatch from './text-table-mismatch.js';
import textZeroClaim from './text-zero-claim.js';
import reportYear from './report-year.js';
import table2Plausibility from './table2-plausibility.js';
import crossYear from './cross-year.js';

/** Every rule of the engine, in order. */
export const RULES: readonly Rule[] = [
  templateVersion,
  requiredSection,
  sectionOrder,
  sectionTitle,
  headingLevel,
  headingNumbering,
  tableMissing,
  tableIncomplete,
  tableLabel,
  blankCell,
  cellValue,
  table3Balance,
  table3ResultTotal,
  table3RowTotal,
  table4Total,
  // Text-versus-table and plausibility rules (issue 4) are appended below this line.
  textTableMismatch,
  textZeroClaim,
  reportYear,
  table2Plausibility,
  crossYear,
] as readonly Rule[];
