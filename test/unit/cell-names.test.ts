/** How findings name a cell, in both languages. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEMPLATES } from '../../server/src/core/index.js';
import { cellName } from '../../server/src/core/rules/util.js';
import type { Cell, TableRow } from '../../server/src/core/model.js';

const cell = (columnId: string): Cell =>
  ({ columnId, raw: '1', value: 1, state: 'ok', span: { start: 0, end: 1 }, notes: [] }) as unknown as Cell;
const row = (id: string, label: string): TableRow => ({
  id,
  label,
  labelSpan: { start: 0, end: 0 },
  cells: [],
});

test('a 表三 cell is named by its row and column; a 表四 cell by its column alone', () => {
  const template = TEMPLATES['2021'];
  assert.deepEqual(cellName(template, 'table3', row('total', '（七）总计'), cell('natural')), {
    zh: '表三「（七）总计」行「自然人」',
    en: 'table 3, row 「（七）总计」, column 「自然人」',
  });
  const review = template.table4.groups[0];
  const total = template.table4.parts.at(-1);
  assert.ok(review && total);
  assert.deepEqual(cellName(template, 'table4', row('table4', ''), cell(`${review.id}.${total.id}`)), {
    zh: `表四「${review.label}·${total.label}」`,
    en: `table 4, column 「${review.label}·${total.label}」`,
  });
});
