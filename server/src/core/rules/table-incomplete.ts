/** table-incomplete: rows or cells of a table missing, values that belong to no row, extra cells. */
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import type { Table, TableRow } from '../model.js';
import type { Template } from '../templates/schema.js';
import { defineRule, type RuleContext } from './rule.js';
import { resultRows } from './table3-result-total.js';
import { columnsOf, rowLabel } from './util.js';
import { lastOf } from '../text/last.js';

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
    manyCells: {
      zh: '{{table}}有 {{count}} 行数值不全（如「{{row}}」应有 {{expected}} 个数值，只读到 {{found}} 个）：文本中表格的行与列可能已错乱（如 PDF 转出的文本丢了空白单元格，或按列排列）',
      en: '{{tableEn}} has {{count}} rows with values missing (e.g. "{{row}}" needs {{expected}}; found {{found}}): the table\'s rows and columns may be scrambled in the text (e.g. PDF text that lost its blank cells or runs column by column)',
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
          span: lastOf(table.rows)?.labelSpan ?? table.span,
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
      reportShortRows(context, table, shortRows(template, table));
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

/** A row with fewer values than its template row has columns. */
interface ShortRow {
  readonly row: TableRow;
  readonly expected: number;
  readonly found: number;
}

function shortRows(template: Template, table: Table): ShortRow[] {
  const short: ShortRow[] = [];
  for (const row of table.rows) {
    const expected = columnsOf(template, table.kind, row.id).length;
    const found = row.cells.filter((c) => c !== undefined).length;
    if (found < expected) short.push({ row, expected, found });
  }
  return short;
}

/** From this many short rows in one table, one finding for them all (each row a related place), not one each. */
const SHORT_ROWS_AT_ONCE = 5;

/** Reports the short rows of `table`: one by one, or together when there are many (an unreadable table). */
function reportShortRows(context: RuleContext, table: Table, short: readonly ShortRow[]): void {
  const name = (row: TableRow) => row.label || TABLE_SHORT_NAME[table.kind].zh;
  const place = (row: TableRow) => (row.labelSpan.end > row.labelSpan.start ? row.labelSpan : table.span);
  const first = short[0];
  if (first && short.length >= SHORT_ROWS_AT_ONCE) {
    context.report({
      messageId: 'manyCells',
      span: place(first.row),
      data: {
        table: TABLE_SHORT_NAME[table.kind].zh,
        tableEn: TABLE_SHORT_NAME[table.kind].en,
        count: short.length,
        row: name(first.row),
        expected: first.expected,
        found: first.found,
      },
      related: short.map(({ row, expected, found }) => ({
        span: place(row),
        message: {
          zh: `「${name(row)}」应有 ${expected} 个数值，只读到 ${found} 个`,
          en: `"${name(row)}" needs ${expected} values; found ${found}`,
        },
      })),
    });
    return;
  }
  for (const { row, expected, found } of short) {
    context.report({ messageId: 'cells', span: place(row), data: { row: name(row), expected, found } });
  }
}

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
