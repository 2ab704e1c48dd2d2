/** table2-plausibility: the SPEC §3 plausibility checks of 表二 (none of its relations is mandatory). */
import { checkRow } from './table2-checks.js';
import { checkAmountUnit } from './table2-unit.js';
import { defineRule } from './rule.js';
import { findTable, table2Block } from './util.js';

export default defineRule({
  meta: {
    id: 'table2-plausibility',
    description: {
      zh: '表二数值的合理性（现行有效件数、项目数量、重复数值、金额单位）',
      en: 'Plausibility of table 2 values (documents in force, item counts, repeated values, amount unit)',
    },
    defaultSeverity: 'warning',
    fixable: 'none',
  },
  messages: {
    inForceLow: {
      zh: '表二「{{row}}」现行有效件数 {{inForce}} 少于本年制发 {{issued}} − 本年废止 {{repealed}} = {{expected}}',
      en: 'table 2 "{{row}}": {{inForce}} in force is less than {{issued}} issued − {{repealed}} repealed = {{expected}}',
    },
    totalLow: {
      zh: '表二「{{row}}」对外公开总数量 {{total}} 少于本年新公开数量 {{published}}',
      en: 'table 2 "{{row}}": {{total}} published in all is less than {{published}} newly published this year',
    },
    thirdColumn: {
      zh: '表二「{{row}}」处理决定数量 {{decisions}} 恰好等于上一年项目数量 {{previous}} + 本年增/减 {{change}}：第三列可能误填为项目数量',
      en: 'table 2 "{{row}}": {{decisions}} decisions equals {{previous}} items last year + {{change}}: the third column may hold an item count',
    },
    negativeItems: {
      zh: '表二「{{row}}」上一年项目数量 {{previous}} 加本年增/减 {{change}} 为 {{sum}}，项目数量不能为负',
      en: 'table 2 "{{row}}": {{previous}} items last year + {{change}} = {{sum}}, a negative item count',
    },
    duplicate: {
      zh: '表二「{{row}}」的「{{first}}」与「{{second}}」都是 {{value}}：可能是复制错误',
      en: 'table 2 "{{row}}": "{{first}}" and "{{second}}" are both {{value}}; a copy error?',
    },
    noUnit: {
      zh: '表二「{{column}}」未注明金额单位（模板为万元），{{value}} 的含义不明确',
      en: 'table 2 "{{column}}" gives no unit (the form uses 万元, ten thousand yuan); {{value}} is ambiguous',
    },
    yuan: {
      zh: '表二「{{column}}」的金额单位为元，模板要求万元',
      en: 'table 2 "{{column}}" is in 元 (yuan); the form asks for 万元 (ten thousand yuan)',
    },
  },
  check(context) {
    const { template } = context;
    const table = findTable(context.document, 'table2');
    if (!template || !table) return;
    for (const row of table.rows) {
      const block = table2Block(template, row.id);
      if (!block) continue;
      checkRow(context, template, row);
      checkAmountUnit(context, table, row, block);
    }
  },
});
