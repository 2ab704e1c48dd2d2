/** table3-balance: 一 + 二 = 三（七） + 四 in every column (the corner note of 表三). */
import { num } from '../i18n.js';
import { defineRule } from './rule.js';
import { cellName, findRow, findTable, valueOf } from './util.js';

export default defineRule({
  meta: {
    id: 'table3-balance',
    description: {
      zh: '表三勾稽关系：第一项加第二项之和等于第三项加第四项之和',
      en: 'Table 3 balance: 一 + 二 = 三（七） + 四',
    },
    defaultSeverity: 'error',
    fixable: 'none',
  },
  messages: {
    mismatch: {
      zh: '表三「{{column}}」列勾稽关系不成立：一 + 二 = {{left}}，三（七）+ 四 = {{right}}',
      en: 'Table 3 column "{{column}}" does not balance: 一 + 二 = {{left}}, 三（七） + 四 = {{right}}',
    },
  },
  check(context) {
    const { template } = context;
    const table = findTable(context.document, 'table3');
    if (!template || !table) return;
    const rows = ['new', 'carried', 'total', 'carryover'].map((id) => findRow(table, id));
    const [fresh, carried, total, carryover] = rows;
    if (!fresh || !carried || !total || !carryover) return;
    template.table3.columns.forEach((column, c) => {
      const cells = rows.map((row) => row?.cells[c]);
      const values = cells.map(valueOf);
      if (values.some((v) => v === null)) return;
      const [a = 0, b = 0, t = 0, d = 0] = values as number[];
      if (Math.abs(a + b - (t + d)) < 1e-9) return;
      const anchor = cells[2];
      if (!anchor) return;
      context.report({
        messageId: 'mismatch',
        span: anchor.span,
        data: { column: column.label, left: num(a + b), right: num(t + d) },
        related: rows.flatMap((row, i) => {
          const cell = cells[i];
          if (!row || !cell || i === 2) return [];
          const name = cellName(template, 'table3', row, cell);
          return [
            { span: cell.span, message: { zh: `${name.zh}：${cell.raw}`, en: `${name.en}: ${cell.raw}` } },
          ];
        }),
      });
    });
  },
});
