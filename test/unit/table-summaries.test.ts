/** tableSummaries: one line per table for a code lens. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, tableSummaries } from '../../server/src/core/index.js';
import { corpusReport } from './support/corpus.js';
import { ROW, proseReport } from './support/prose-report.js';

const summaries = (text: string) =>
  tableSummaries(lint(text)).map((s) => `${s.kind} ${s.text.zh} | ${s.text.en}`);

test('a clean report: 表三 balances, nothing else to say', () => {
  assert.deepEqual(summaries(proseReport([])), [
    'table2 表二：未发现问题 | Table 2: no problems found',
    'table3 表三：勾稽关系成立 | Table 3: balances',
    'table4 表四：未发现问题 | Table 4: no problems found',
  ]);
});

test('totals off, a text mismatch pointing into the table, and a balance that fails', () => {
  const text = proseReport(['本机关受理政府信息公开申请5件。'], {
    rows: { [ROW.new]: [2, 0, 0, 0, 0, 0, 3] },
    table4: [1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  });
  assert.deepEqual(summaries(text), [
    'table2 表二：未发现问题 | Table 2: no problems found',
    'table3 表三：勾稽关系不成立（2 列） · 1 处合计不符 · 正文 1 处与本表不符 | Table 3: does not balance (2 columns) · 1 total off · 1 statement in the text disagrees',
    'table4 表四：1 处合计不符 | Table 4: 1 total off',
  ]);
});

test('a 表三 cut short cannot be balanced; spans are the tables', () => {
  const { text } = corpusReport('002');
  const result = lint(text);
  const table3 = tableSummaries(result).find((s) => s.kind === 'table3');
  assert.equal(table3?.text.zh, '表三：勾稽关系无法核对 · 缺行或缺列');
  assert.deepEqual(table3?.span, result.document.tables.find((t) => t.kind === 'table3')?.span);
});
