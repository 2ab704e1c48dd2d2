/** cell-value: a cell that is not a number, a negative or fractional count, a unit or note inside a cell. */
import type { Cell } from '../model.js';
import { defineRule } from './rule.js';
import { cellName, columnsOf } from './util.js';

export default defineRule({
  meta: {
    id: 'cell-value',
    description: { zh: '单元格的值不是合规的数字', en: 'A cell value is not a valid number' },
    defaultSeverity: 'error',
    fixable: 'none',
  },
  messages: {
    invalid: { zh: '{{cell}}不是数字："{{raw}}"', en: '{{cellEn}} is not a number: "{{raw}}"' },
    negative: {
      zh: '{{cell}}是件数，不能为负数：{{raw}}',
      en: '{{cellEn}} is a count and cannot be negative: {{raw}}',
    },
    fraction: {
      zh: '{{cell}}是件数，应为整数：{{raw}}',
      en: '{{cellEn}} is a count and must be a whole number: {{raw}}',
    },
    note: {
      zh: '{{cell}}中含有单位或说明文字（"{{raw}}"），单元格应只填数字',
      en: '{{cellEn}} holds a unit or a note ("{{raw}}"); a cell should hold only the number',
    },
    unreadable: { zh: '{{message}}', en: '{{messageEn}}' },
  },
  check(context) {
    const { template } = context;
    if (!template) return;
    for (const table of context.document.tables) {
      for (const row of table.rows) {
        const columns = columnsOf(template, table.kind, row.id);
        row.cells.forEach((cell, i) => {
          if (!cell) return;
          const kind = columns[i]?.kind ?? 'count';
          const problem = problemOf(cell, kind);
          if (!problem) return;
          const name = cellName(template, table.kind, row, cell);
          const data = { cell: name.zh, cellEn: name.en, raw: cell.raw };
          context.report({
            messageId: problem,
            span: cell.span,
            data,
            ...(problem === 'note' ? { severity: 'warning' } : {}),
          });
        });
      }
    }
    for (const issue of context.document.issues) {
      if (issue.code !== 'ambiguous-digits') continue;
      context.report({
        messageId: 'unreadable',
        span: issue.span,
        data: { message: issue.message.zh, messageEn: issue.message.en },
      });
    }
  },
});

function problemOf(
  cell: Cell,
  kind: 'count' | 'delta' | 'amount',
): 'invalid' | 'negative' | 'fraction' | 'note' | null {
  if (cell.state === 'invalid') return 'invalid';
  if (cell.state !== 'number' || cell.value === null) return null;
  if (kind === 'count' && cell.value < 0) return 'negative';
  if (kind !== 'amount' && !Number.isInteger(cell.value)) return 'fraction';
  if (cell.notes.includes('unit') || cell.notes.includes('annotation')) return 'note';
  return null;
}
