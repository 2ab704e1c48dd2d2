/**
 * cross-year: against the same body's report of the year before (given as `previous`): 表三 二 (this year)
 * = 四 (last year) per column, and for two 2021-format reports 现行有效 (last) + 制发 − 废止 = 现行有效 (this).
 */
import { num } from '../i18n.js';
import { isPreviousReport } from '../report-identity.js';
import { defineRule } from './rule.js';
import { findRow, findTable, rowLabel, valueOf } from './util.js';

export default defineRule({
  meta: {
    id: 'cross-year',
    description: {
      zh: '与上一年度报告衔接：上年结转等于上年的结转下年度，现行有效件数前后相符',
      en: "Consistency with last year's report: carried over = last year's carry-over; documents in force add up",
    },
    defaultSeverity: 'warning',
    fixable: 'none',
  },
  messages: {
    carried: {
      zh: '表三「二、上年结转」「{{column}}」为 {{found}}，但 {{previousYear}} 年报告「四、结转下年度继续办理」为 {{expected}}',
      en: 'table 3 row 二 (carried over), column "{{column}}", is {{found}}, but the {{previousYear}} report carried {{expected}} over (row 四)',
    },
    inForce: {
      zh: '表二「{{row}}」现行有效件数为 {{found}}，但 {{previousYear}} 年的 {{last}} + 本年制发 {{issued}} − 本年废止 {{repealed}} = {{expected}}',
      en: 'table 2 "{{row}}": {{found}} in force, but {{last}} in force in {{previousYear}} + {{issued}} issued − {{repealed}} repealed = {{expected}}',
    },
  },
  check(context) {
    const { document, template, previous } = context;
    if (!template || !previous || !isPreviousReport(document, previous)) return;
    const previousYear = previous.year ?? '';
    const carried = findRow(findTable(document, 'table3'), 'carried');
    const carryover = findRow(findTable(previous, 'table3'), 'carryover');
    for (const cell of carried?.cells ?? []) {
      const found = valueOf(cell);
      const expected = valueOf(carryover?.cells.find((c) => c?.columnId === cell?.columnId));
      if (!cell || found === null || expected === null || found === expected) continue;
      const column = template.table3.columns.find((c) => c.id === cell.columnId)?.label ?? cell.columnId;
      context.report({
        messageId: 'carried',
        span: cell.span,
        data: { column, found, expected, previousYear },
      });
    }
    if (document.template !== '2021' || previous.template !== '2021') return;
    for (const row of findTable(document, 'table2')?.rows ?? []) {
      const last = findRow(findTable(previous, 'table2'), row.id);
      const cell = (id: string) => row.cells.find((c) => c?.columnId === id);
      const lastInForce = valueOf(last?.cells.find((c) => c?.columnId === 'in-force'));
      const [issued, repealed, found] = ['issued', 'repealed', 'in-force'].map((id) => valueOf(cell(id)));
      const at = cell('in-force');
      if (!at || lastInForce === null || issued == null || repealed == null || found == null) continue;
      const expected = lastInForce + issued - repealed;
      if (Math.abs(expected - found) < 1e-9) continue;
      context.report({
        messageId: 'inForce',
        span: at.span,
        severity: 'info',
        data: {
          row: rowLabel(template, 'table2', row.id) ?? row.label,
          found: num(found),
          last: num(lastInForce),
          issued,
          repealed,
          expected,
          previousYear,
        },
        related: ['issued', 'repealed'].flatMap((id) => {
          const c = cell(id);
          return c ? [{ span: c.span, message: { zh: `本年：${c.raw}`, en: `this year: ${c.raw}` } }] : [];
        }),
      });
    }
  },
});
