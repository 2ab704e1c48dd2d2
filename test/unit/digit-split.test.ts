/** Glued digits are split only where the arithmetic admits exactly one split; otherwise reported, never guessed. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/core/index.js';
import { splitDigitRun } from '../../server/src/core/parse/digit-split.js';
import { findingsOf, makeReport, replaceLine } from './support/reports.js';

test('a run splits when last = sum of the rest holds for exactly one split', () => {
  assert.deepEqual(splitDigitRun('102000012', 7, true), ['10', '2', '0', '0', '0', '0', '12']);
  assert.deepEqual(splitDigitRun('2100003', 7, true), ['2', '1', '0', '0', '0', '0', '3']);
});

test('as many digits as cells is the one possible split (the row total rule then checks it)', () => {
  assert.deepEqual(splitDigitRun('1111113', 7, true), ['1', '1', '1', '1', '1', '1', '3']);
});

test('no split, or several, means no numbers', () => {
  assert.equal(splitDigitRun('8855698', 3, false), null);
  assert.equal(splitDigitRun('99999999', 7, true), null); // no split where the last part is the sum
  assert.equal(splitDigitRun('11011', 3, true), null); // 1 + 10 = 11 and 11 + 0 = 11: two readings
});

test('a 表三 row glued to its label is read when the split is unique', () => {
  const text = makeReport('2021', (l) => {
    replaceLine(l, '一、本年新收', '一、本年新收政府信息公开申请数量102000012');
    replaceLine(l, '（一）予以公开', '（一）予以公开\t10\t2\t0\t0\t0\t0\t12');
  });
  const row = lint(text).document.tables.find((t) => t.kind === 'table3')?.rows[0];
  assert.deepEqual(
    row?.cells.map((c) => c?.value),
    [10, 2, 0, 0, 0, 0, 12],
  );
  assert.ok(row?.cells.every((c) => c?.notes.includes('split')));
});

test('表二 digits glued to a label without arithmetic are ambiguous: a cell-value error, no numbers', () => {
  const text = makeReport('2021', (l) => replaceLine(l, '行政规范性文件', '行政规范性文件8855698'));
  const { findings } = findingsOf(text, 'cell-value');
  assert.equal(findings.length, 1);
  assert.match(findings[0]?.message.zh ?? '', /无法唯一拆分/);
  const row = lint(text).document.tables[0]?.rows.find((r) => r.id === 'normative');
  assert.ok(row?.cells.every((c) => c === undefined));
});
