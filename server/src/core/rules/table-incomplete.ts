/** table-incomplete: rows or cells of a table missing, values that belong to no row, extra cells. */
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import type { Table } from '../model.js';
import type { Template } from '../templates/schema.js';
import { defineRule } from './rule.js';
import { resultRows } from './table3-result-total.js';
import { columnsOf, rowLabel } from './util.js';

export default defineRule({
  meta: {
    id: 'table-incomplete',
    description: { zh: '表格缺少行或单元格', en: 'A table lacks rows or cells' },
    defaultSeverity: 'error',
    fixable: 'none',
  },
  messages: {
    rows: {
      zh: '{{table}}缺少 {{count}} 行：{{rows}}{{consequence}}',
      en: '{{tableEn}} lacks {{count}} row(s): {{rows}}{{consequenceEn}}',
    },
    cells: {
      zh: '「{{row}}」行应有 {{expected}} 个数值，只读到 {{found}} 个',
      en: 'row "{{row}}" needs {{expected}} values; found {{found}}',
    },
    parse: { zh: '{{message}}', en: '{{messageEn}}' },
  },
  check(context) {
    const { template, document } = context;
    if (!template) return;
    for (const table of document.tables) {
      const missing = missingRows(template, table);
      if (missing.length > 0) {
        const balance = table.kind === 'table3';
        context.report({
          messageId: 'rows',
          span: table.rows[table.rows.length - 1]?.labelSpan ?? table.span,
          data: {
            table: TABLE_SHORT_NAME[table.kind].zh,
            tableEn: TABLE_SHORT_NAME[table.kind].en,
            count: missing.length,
            rows: missing.slice(0, 8).join('、') + (missing.length > 8 ? ' 等' : ''),
            consequence: balance ? '；无法核对勾稽关系和总计' : '',
            consequenceEn: balance ? '; the balance and totals cannot be checked' : '',
          },
        });
      }
      for (const row of table.rows) {
        const expected = columnsOf(template, table.kind, row.id).length;
        const found = row.cells.filter((c) => c !== undefined).length;
        if (found >= expected || expected === 0) continue;
        context.report({
          messageId: 'cells',
          span: row.labelSpan.end > row.labelSpan.start ? row.labelSpan : table.span,
          data: { row: row.label || TABLE_SHORT_NAME[table.kind].zh, expected, found },
        });
      }
    }
    for (const issue of document.issues) {
      if (issue.code !== 'orphan-row' && issue.code !== 'extra-cells') continue;
      context.report({
        messageId: 'parse',
        span: issue.span,
        severity: 'warning',
        data: { message: issue.message.zh, messageEn: issue.message.en },
      });
    }
  },
});

/** Labels of the template rows the table lacks (表三's result rows may stand in for by a filled group row). */
function missingRows(template: Template, table: Table): string[] {
  const ids = new Set(table.rows.map((r) => r.id));
  const has = (id: string) => ids.has(id);
  if (table.kind === 'table4') return table.rows.length > 0 ? [] : ['数据行'];
  if (table.kind === 'table2') {
    return template.table2.blocks.flatMap((b) => b.rows.filter((r) => !has(r.id)).map((r) => r.label));
  }
  const standIn = resultRows(template, table) !== null;
  return template.table3.rows
    .filter((r) => r.kind === 'data' && !has(r.id) && !(standIn && r.role === 'result'))
    .map((r) => rowLabel(template, 'table3', r.id) ?? r.label);
}
