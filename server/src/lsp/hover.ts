/**
 * Hover on a total cell of 表三 or 表四: the sum the template's relation computes and its parts,
 * read from the document's tables and the active template's columns and rows.
 */
import type { Hover } from 'vscode-languageserver';
import {
  TEMPLATES,
  localize,
  type Cell,
  type LineIndex,
  type Locale,
  type ReportDocument,
  type Table,
  type TableRow,
} from '../core/index.js';
import { toRange } from './convert.js';

type Template = (typeof TEMPLATES)[keyof typeof TEMPLATES];

/** A labelled cell that a total adds up (absent when the table lacks it). */
interface Part {
  readonly label: string;
  readonly cell: Cell | undefined;
}

/** The hover for the cell at `offset`, or null when it is not a total cell of 表三 / 表四. */
export function hoverAt(
  document: ReportDocument,
  index: LineIndex,
  offset: number,
  locale: Locale,
): Hover | null {
  const template =
    document.template === '2019' || document.template === '2021' ? TEMPLATES[document.template] : null;
  if (!template) return null;
  for (const table of document.tables) {
    if (table.kind === 'table2' || offset < table.span.start || offset > table.span.end) continue;
    for (const row of table.rows) {
      const cell = row.cells.find((c) => c !== undefined && c.span.start <= offset && offset <= c.span.end);
      if (!cell) continue;
      const sums = totalsOf(table, row, cell, template).map((parts) => describeSum(cell, parts, locale));
      if (sums.length === 0) return null;
      return { contents: { kind: 'markdown', value: sums.join('\n\n') }, range: toRange(index, cell.span) };
    }
  }
  return null;
}

/** The sums a cell is the total of: a row total, a column total (表三（七）), or a 表四 group total. */
function totalsOf(table: Table, row: TableRow, cell: Cell, template: Template): Part[][] {
  const cellOf = (r: TableRow | undefined, columnId: string) =>
    r?.cells.find((c) => c?.columnId === columnId);
  if (table.kind === 'table4') {
    // 表四 is one row of `group.part` columns.
    const { groups, parts } = template.table4;
    const group = groups.find((g) => cell.columnId === `${g.id}.${parts.at(-1)?.id}`);
    if (!group) return [];
    return [
      parts
        .slice(0, -1)
        .map((p) => ({ label: `${group.label}·${p.label}`, cell: cellOf(row, `${group.id}.${p.id}`) })),
    ];
  }
  const sums: Part[][] = [];
  const totalColumn = template.table3.columns.at(-1);
  if (cell.columnId === totalColumn?.id) {
    sums.push(template.table3.columns.slice(0, -1).map((c) => ({ label: c.label, cell: cellOf(row, c.id) })));
  }
  const totalRow = template.table3.rows.find((r) => r.role === 'total');
  if (row.id === totalRow?.id) {
    const resultRows = template.table3.rows.filter((r) => r.role === 'result');
    sums.push(
      resultRows.map((r) => ({
        label: `${r.ordinal}${r.label}`,
        cell: cellOf(
          table.rows.find((found) => found.id === r.id),
          cell.columnId,
        ),
      })),
    );
  }
  return sums;
}

/** "a + b + … = sum", naming each part, and whether the printed total agrees. */
function describeSum(total: Cell, parts: readonly Part[], locale: Locale): string {
  const numbers = parts.map((p) => (p.cell?.state === 'number' ? (p.cell.value ?? 0) : null));
  const sum = numbers.reduce<number>((acc, n) => acc + (n ?? 0), 0);
  const terms = parts.map((p, i) => `${p.label} ${numbers[i] ?? (p.cell ? `「${p.cell.raw}」` : '—')}`);
  const head = localize(
    { zh: `**合计 ${sum}**（${parts.length} 项之和）`, en: `**Sum ${sum}** (of ${parts.length} parts)` },
    locale,
  );
  const verdict =
    total.state !== 'number'
      ? ''
      : total.value === sum
        ? localize({ zh: '，与表中总计一致', en: ', matching the printed total' }, locale)
        : localize({ zh: `，表中总计为 ${total.value}`, en: `; the table prints ${total.value}` }, locale);
  const missing = numbers.some((n) => n === null)
    ? localize(
        { zh: '（空白或无法读取的单元格不计入）', en: ' (blank or unreadable cells are not counted)' },
        locale,
      )
    : '';
  return `${head}${verdict}${missing}\n\n${terms.join(' + ')}`;
}
