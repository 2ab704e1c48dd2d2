/** table3-result-total: 三（七）总计 = the sum of every result row, in every column. */
import type { Cell, Table } from '../model.js';
import type { Template } from '../templates/schema.js';
import { defineRule } from './rule.js';
import { checkSum, findRow, findTable } from './util.js';

/**
 * The rows whose values make up 三（七）: the result rows, where a group row that carries values itself
 * (a single （六） row on the 2021 form) stands for its missing children. Null when a result row is missing.
 */
export function resultRows(template: Template, table: Table): Table['rows'] | null {
  const rows: Table['rows'][number][] = [];
  const groupsUsed = new Set<string>();
  for (const def of template.table3.rows) {
    if (def.role !== 'result') continue;
    const row = findRow(table, def.id);
    if (row) {
      rows.push(row);
      continue;
    }
    const group = def.parent ? findRow(table, def.parent) : undefined;
    if (!group || !def.parent) return null;
    if (!groupsUsed.has(def.parent)) rows.push(group);
    groupsUsed.add(def.parent);
  }
  return rows;
}

export default defineRule({
  meta: {
    id: 'table3-result-total',
    description: {
      zh: '表三三（七）总计等于各办理结果之和',
      en: 'Table 3 row 三（七） equals the sum of all results',
    },
    defaultSeverity: 'error',
    fixable: 'offered',
  },
  messages: {
    mismatch: {
      zh: '表三「（七）总计」「{{column}}」列为 {{found}}，但各项办理结果之和为 {{expected}}',
      en: 'Table 3 "(7) total", column "{{column}}", is {{found}} but the results sum to {{expected}}',
    },
  },
  check(context) {
    const { template } = context;
    const table = findTable(context.document, 'table3');
    const total = findRow(table, 'total');
    if (!template || !table || !total) return;
    const rows = resultRows(template, table);
    if (!rows) return;
    template.table3.columns.forEach((column, c) => {
      const totalCell = total.cells[c];
      const parts = rows.map((row) => ({ row, cell: row.cells[c] }));
      if (!totalCell || parts.some((p) => !p.cell)) return;
      const named = parts.map(({ row, cell }) => ({ cell: cell as Cell, row }));
      checkSum(context, 'mismatch', totalCell, named, { template, kind: 'table3' }, { column: column.label });
    });
  },
});
