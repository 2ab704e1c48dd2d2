/** table3-row-total: in every 表三 row, 总计 = the sum of the six applicant columns. */
import type { Cell } from '../model.js';
import { defineRule } from './rule.js';
import { checkSum, findTable } from './util.js';

export default defineRule({
  meta: {
    id: 'table3-row-total',
    description: {
      zh: '表三每行的总计等于六类申请人之和',
      en: 'Each table 3 row total equals the sum of its six applicant columns',
    },
    defaultSeverity: 'error',
    fixable: 'offered',
  },
  messages: {
    mismatch: {
      zh: '表三「{{row}}」行：总计为 {{found}}，但六类申请人之和为 {{expected}}',
      en: 'Table 3 row "{{row}}": total is {{found}} but the six applicant columns sum to {{expected}}',
    },
  },
  check(context) {
    const { template } = context;
    const table = findTable(context.document, 'table3');
    if (!template || !table) return;
    for (const row of table.rows) {
      const total = row.cells[6];
      const parts = row.cells.slice(0, 6);
      if (!total || parts.some((c) => !c)) continue;
      const named = (parts as Cell[]).map((cell) => ({ cell, row }));
      checkSum(context, 'mismatch', total, named, { template, kind: 'table3' }, { row: row.label });
    }
  },
});
