/** Helpers the rules share: finding tables, rows and cells, naming them, and checking a sum. */
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import { num } from '../i18n.js';
import type { Cell, Message, Related, ReportDocument, Table, TableKind, TableRow } from '../model.js';
import type { ColumnDef, Template } from '../templates/schema.js';
import type { RuleContext } from './rule.js';

/** Chinese names of the tables. */
export const TABLE_NAME: Readonly<Record<TableKind, Message>> = {
  table2: { zh: '表二（主动公开政府信息情况）', en: 'table 2 (proactive disclosure)' },
  table3: { zh: '表三（收到和处理政府信息公开申请情况）', en: 'table 3 (applications received and handled)' },
  table4: { zh: '表四（行政复议、行政诉讼情况）', en: 'table 4 (administrative review and litigation)' },
};

/**
 * The first table of `kind`, if the report has one. A table cut in two (by a page break, a footnote) is one table
 * already (the parser joins its parts); a second table of a kind is another one (a report pasted twice).
 */
export function findTable(document: ReportDocument, kind: TableKind): Table | undefined {
  return document.tables.find((t) => t.kind === kind);
}

/** The row `id` of a table. */
export function findRow(table: Table | undefined, id: string): TableRow | undefined {
  return table?.rows.find((r) => r.id === id);
}

/** The columns of a row: 表二 by its block, 表三 the seven applicant columns, 表四 the fifteen cells. */
export function columnsOf(template: Template, kind: TableKind, rowId: string): readonly ColumnDef[] {
  if (kind === 'table3') return template.table3.columns;
  if (kind === 'table4') return table4Columns(template);
  return table2Block(template, rowId)?.columns ?? [];
}

type Table2Block = Template['table2']['blocks'][number];
const TABLE2_BLOCKS = new WeakMap<Template, ReadonlyMap<string, Table2Block>>();

/** The 表二 block that holds row `rowId` (the first, should two), by a map built once per template. */
export function table2Block(template: Template, rowId: string): Table2Block | undefined {
  let byRow = TABLE2_BLOCKS.get(template);
  if (!byRow) {
    const map = new Map<string, Table2Block>();
    for (const block of template.table2.blocks) {
      for (const row of block.rows) if (!map.has(row.id)) map.set(row.id, block);
    }
    byRow = map;
    TABLE2_BLOCKS.set(template, byRow);
  }
  return byRow.get(rowId);
}

const TABLE4_COLUMNS = new WeakMap<Template, readonly ColumnDef[]>();

/** 表四's fifteen cells as columns ("行政复议·结果维持"), built once per template: rules ask for every cell. */
function table4Columns(template: Template): readonly ColumnDef[] {
  let columns = TABLE4_COLUMNS.get(template);
  if (!columns) {
    columns = template.table4.groups.flatMap((g) =>
      template.table4.parts.map((p) => ({ ...p, id: `${g.id}.${p.id}`, label: `${g.label}·${p.label}` })),
    );
    TABLE4_COLUMNS.set(template, columns);
  }
  return columns;
}

/** Names of cells whose row the template labels, by template, table, row id and column id. */
const CELL_NAMES = new WeakMap<Template, Map<TableKind, Map<string, Map<string, Message>>>>();

/**
 * A cell's name for messages: table, row label and column label. Remembered when it comes from the template
 * alone (the sum and text rules name every cell of the tables on every lint).
 */
export function cellName(template: Template, kind: TableKind, row: TableRow, cell: Cell): Message {
  const byKind = CELL_NAMES.get(template) ?? new Map<TableKind, Map<string, Map<string, Message>>>();
  CELL_NAMES.set(template, byKind);
  const byRow = byKind.get(kind) ?? new Map<string, Map<string, Message>>();
  byKind.set(kind, byRow);
  const byColumn = byRow.get(row.id);
  const known = byColumn?.get(cell.columnId);
  if (known) return known;
  const label = kind === 'table4' ? '' : rowLabel(template, kind, row.id);
  const name = buildCellName(template, kind, row, cell, label);
  // A name quoting the report's own row label is not kept: the cache stays as small as the template.
  if (label !== undefined) {
    if (byColumn) byColumn.set(cell.columnId, name);
    else byRow.set(row.id, new Map([[cell.columnId, name]]));
  }
  return name;
}

function buildCellName(
  template: Template,
  kind: TableKind,
  row: TableRow,
  cell: Cell,
  label: string | undefined,
): Message {
  const column = columnsOf(template, kind, row.id).find((c) => c.id === cell.columnId);
  const columnName = column ? `「${column.label}」` : cell.columnId;
  // 表四 has one row of values: its cells are named by their column alone.
  if (kind === 'table4') {
    return {
      zh: `${TABLE_SHORT_NAME[kind].zh}${columnName}`,
      en: `${TABLE_SHORT_NAME[kind].en}, column ${columnName}`,
    };
  }
  const rowName = `「${label ?? row.label}」`;
  return {
    zh: `${TABLE_SHORT_NAME[kind].zh}${rowName}行${columnName}`,
    en: `${TABLE_SHORT_NAME[kind].en}, row ${rowName}, column ${columnName}`,
  };
}

/** The template's label of a row, e.g. "（七）总计". */
export function rowLabel(template: Template, kind: TableKind, rowId: string): string | undefined {
  if (kind === 'table3') {
    const row = template.table3.rows.find((r) => r.id === rowId);
    return row ? row.ordinal + row.label : undefined;
  }
  return table2Block(template, rowId)?.rows.find((r) => r.id === rowId)?.label;
}

/** The numeric value of a cell, or null when it is missing, blank or unreadable. */
export function valueOf(cell: Cell | undefined): number | null {
  return cell && cell.state === 'number' ? cell.value : null;
}

/** Sums cells; null when any is not a number. */
export function sumOf(cells: readonly (Cell | undefined)[]): number | null {
  let sum = 0;
  for (const cell of cells) {
    const v = valueOf(cell);
    if (v === null) return null;
    sum += v;
  }
  return Math.round(sum * 10000) / 10000;
}

/** Related locations for the parts of a sum (non-zero parts first; at most 12). */
export function partsRelated(parts: readonly { cell: Cell; name: Message }[]): Related[] {
  return [...parts]
    .sort((a, b) => Number(valueOf(b.cell) !== 0) - Number(valueOf(a.cell) !== 0))
    .slice(0, 12)
    .map(({ cell, name }) => ({
      span: cell.span,
      message: { zh: `${name.zh}：${cell.raw}`, en: `${name.en}: ${cell.raw}` },
    }));
}

/** A part of a sum: a cell and its row (named only when the sum is wrong). */
export interface SumPart {
  readonly cell: Cell;
  readonly row: TableRow;
}

/**
 * Reports `total` when it differs from the sum of `parts` (cells of `template`'s table `kind`), with an
 * offered (never automatic) fix that sets the total to the sum: a part may be what is wrong.
 */
export function checkSum(
  context: RuleContext,
  messageId: string,
  total: Cell,
  parts: readonly SumPart[],
  where: { readonly template: Template; readonly kind: TableKind },
  data: Readonly<Record<string, string | number>>,
): void {
  const expected = sumOf(parts.map((p) => p.cell));
  const found = valueOf(total);
  if (expected === null || found === null || Math.abs(expected - found) < 1e-9) return;
  const { template, kind } = where;
  const named = parts.map(({ cell, row }) => ({ cell, name: cellName(template, kind, row, cell) }));
  context.report({
    messageId,
    span: total.span,
    data: { ...data, expected: num(expected), found: num(found) },
    related: partsRelated(named),
    fixes: [
      {
        title: { zh: `将总计改为 ${num(expected)}`, en: `Change the total to ${num(expected)}` },
        edits: [{ start: total.span.start, end: total.span.end, newText: num(expected) }],
        safe: false,
      },
    ],
  });
}
