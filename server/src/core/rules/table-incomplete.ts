/** table-incomplete: rows or cells of a table missing, values that belong to no row, extra cells. */
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import type { ParseIssue, Related, Span, Table, TableRow } from '../model.js';
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
    unread: {
      zh: '{{table}}的 {{count}} 行读不出数值（如「{{row}}」应有 {{expected}} 个数值，只读到 0 个）：文本中行名与数值是分开的（如 PDF 转出的文本按列排列），无法确定表中各数值属于哪一行',
      en: 'the values of {{count}} rows of {{tableEn}} cannot be read (e.g. "{{row}}" needs {{expected}}; found 0): the row labels and the values stand apart in the text (e.g. PDF text in column order), so which row each value in the table belongs to is unknown',
    },
    parse: { zh: '{{message}}', en: '{{messageEn}}' },
  },
  check(context) {
    const { template, document } = context;
    if (!template) return;
    const told = new Set<ParseIssue>(); // values reported with their table's unread rows
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
      const short = shortRows(template, table);
      const apart = unreadValues(table, short, document.issues);
      if (apart.length > 0) {
        reportUnread(context, table, short, apart);
        for (const issue of apart) told.add(issue);
      } else reportShortRows(context, table, short);
    }
    for (const issue of document.issues) {
      if ((issue.code !== 'orphan-row' && issue.code !== 'extra-cells') || told.has(issue)) continue;
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

/** A row's name in a message: its label, or the table's name. */
function rowName(table: Table, row: TableRow): string {
  return row.label || TABLE_SHORT_NAME[table.kind].zh;
}

/** Where a row is reported: its label, or the table. */
function rowPlace(table: Table, row: TableRow): Span {
  return row.labelSpan.end > row.labelSpan.start ? row.labelSpan : table.span;
}

/** A short row as a related place of a finding on many. */
function shortRowPlace(table: Table, { row, expected, found }: ShortRow): Related {
  const name = rowName(table, row);
  return {
    span: rowPlace(table, row),
    message: {
      zh: `「${name}」应有 ${expected} 个数值，只读到 ${found} 个`,
      en: `"${name}" needs ${expected} values; found ${found}`,
    },
  };
}

/**
 * The values in `table` that belong to none of its rows (orphan-row issues within its span), when every row read
 * holds none: the rows' labels and their values stand apart in the text (pdftotext in column order: labels
 * first, then values) and which row each value belongs to is unknown (see parse/column-order.ts). Else none.
 */
function unreadValues(table: Table, short: readonly ShortRow[], issues: readonly ParseIssue[]): ParseIssue[] {
  if (short.length === 0 || short.length < table.rows.length || short.some((s) => s.found > 0)) return [];
  const { start, end } = table.span;
  return issues.filter(
    (i) => i.code === 'orphan-row' && i.table === table.kind && i.span.start >= start && i.span.end <= end,
  );
}

/**
 * Reports a table whose rows' values stand apart from them (`values`, see {@link unreadValues}) once: each row
 * and each run of values a related place, no finding on each run.
 */
function reportUnread(
  context: RuleContext,
  table: Table,
  short: readonly ShortRow[],
  values: readonly ParseIssue[],
): void {
  const first = short[0];
  if (!first) return;
  context.report({
    messageId: 'unread',
    span: rowPlace(table, first.row),
    data: manyRowsData(table, short, first),
    related: [
      ...short.map((s) => shortRowPlace(table, s)),
      ...values.map(({ span }) => ({ span, message: VALUES_APART })),
    ],
  });
}

/** The related message on a run of values that stand apart from their rows. */
const VALUES_APART = {
  zh: '这些数值无法确定属于哪一行',
  en: 'which row each of these values belongs to is unknown',
} as const;

/** The data of one finding on many rows of `table`: the table, how many rows, and the first as the example. */
function manyRowsData(table: Table, short: readonly ShortRow[], first: ShortRow) {
  return {
    table: TABLE_SHORT_NAME[table.kind].zh,
    tableEn: TABLE_SHORT_NAME[table.kind].en,
    count: short.length,
    row: rowName(table, first.row),
    expected: first.expected,
  };
}

/** Reports the short rows of `table`: one by one, or together when there are many (an unreadable table). */
function reportShortRows(context: RuleContext, table: Table, short: readonly ShortRow[]): void {
  const first = short[0];
  if (first && short.length >= SHORT_ROWS_AT_ONCE) {
    context.report({
      messageId: 'manyCells',
      span: rowPlace(table, first.row),
      data: { ...manyRowsData(table, short, first), found: first.found },
      related: short.map((s) => shortRowPlace(table, s)),
    });
    return;
  }
  for (const { row, expected, found } of short) {
    context.report({
      messageId: 'cells',
      span: rowPlace(table, row),
      data: { row: rowName(table, row), expected, found },
    });
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
