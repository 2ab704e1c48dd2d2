/**
 * Table rows as pdftotext gives them from real PDFs: labels and values in separate runs (column order), and
 * `-layout` text whose numbers wrap in narrow columns. A value is never given to a row it may not belong to.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportDocument } from '../../server/src/core/index.js';
import { parseReport } from '../../server/src/core/parse/report.js';
import { makeReport } from './support/reports.js';

const NEW = '一、本年新收政府信息公开申请数量';
const CARRIED = '二、上年结转政府信息公开申请数量';
const PUBLIC = '（一）予以公开';
const PARTLY = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

/** A 2021 report whose 表三 lines from `first` up to (not including) `end` are replaced by `replacement`. */
function withTable3Lines(first: string, end: string, replacement: readonly string[]): string {
  return makeReport('2021', (lines) => {
    const from = lines.findIndex((l) => l.startsWith(first));
    const to = lines.findIndex((l, i) => i > from && l.startsWith(end));
    assert.ok(from >= 0 && to > from, `no lines ${first} … ${end}`);
    lines.splice(from, to - from, ...replacement);
  });
}

/** The 表三 rows read, as `id: cells` (a number, or the cell's state; "∅" for a cell not read). */
function table3(document: ReportDocument, ids: readonly string[]): string[] {
  const table = document.tables.find((t) => t.kind === 'table3');
  return ids.map((id) => {
    const row = table?.rows.find((r) => r.id === id);
    const cells = row?.cells.map((c) =>
      c === undefined ? '∅' : c.state === 'number' ? String(c.value) : c.state,
    );
    return `${id}: ${cells?.join(' ') ?? 'no row'}`;
  });
}

const parse = (text: string) => parseReport(text, { template: 'auto' });
const issues = (document: ReportDocument) => document.issues.map((i) => `${i.code} ${i.message.zh}`);

/** One value per line, a blank line between (raw pdftotext). */
const perLine = (values: string) => values.split(' ').flatMap((v) => [v, '']);

test('labels, then their values (pdftotext in column order): paired in order, row by row', () => {
  const text = withTable3Lines(NEW, '三、本年度办理结果', [
    NEW,
    CARRIED,
    '',
    ...perLine('31 4 0 0 1 2 38 2 0 0 0 0 0 2'),
  ]);
  const document = parse(text);
  assert.deepEqual(table3(document, ['new', 'carried']), ['new: 31 4 0 0 1 2 38', 'carried: 2 0 0 0 0 0 2']);
  assert.deepEqual(issues(document), []);
});

test('labels, then their values column by column: the sums tell the order, and each row gets its own', () => {
  // 自然人 31/2, 商业企业 4/0, …, 总计 38/2: column by column.
  const text = withTable3Lines(NEW, '三、本年度办理结果', [
    NEW,
    CARRIED,
    ...perLine('31 2 4 0 0 0 0 0 1 0 2 0 38 2'),
  ]);
  assert.deepEqual(table3(parse(text), ['new', 'carried']), [
    'new: 31 4 0 0 1 2 38',
    'carried: 2 0 0 0 0 0 2',
  ]);
});

test('labels, then values neither order can tell apart: no row takes any, they belong to no row', () => {
  // Both readings add up in neither row: which row each value belongs to is unknown.
  const text = withTable3Lines(NEW, '三、本年度办理结果', [
    NEW,
    CARRIED,
    ...perLine('31 4 0 0 1 2 30 2 0 0 0 0 0 5'),
  ]);
  const document = parse(text);
  assert.deepEqual(table3(document, ['new', 'carried']), ['new: ∅ ∅ ∅ ∅ ∅ ∅ ∅', 'carried: ∅ ∅ ∅ ∅ ∅ ∅ ∅']);
  assert.deepEqual(issues(document), ['orphan-row 这 14 个数值不属于表三的任何一行（表头或行名缺失？）']);
});

test("two labels, then one row of values: the first label's or the second's, unknown; no row takes them", () => {
  // The audit's form C: 一's values after 二's label, 二's lost. Before, 二 read 一's 31 4 0 0 1 2 38.
  const text = withTable3Lines(NEW, '三、本年度办理结果', [NEW, CARRIED, ...perLine('31 4 0 0 1 2 38')]);
  const document = parse(text);
  assert.deepEqual(table3(document, ['new', 'carried']), ['new: ∅ ∅ ∅ ∅ ∅ ∅ ∅', 'carried: ∅ ∅ ∅ ∅ ∅ ∅ ∅']);
  assert.deepEqual(issues(document), ['orphan-row 这 7 个数值不属于表三的任何一行（表头或行名缺失？）']);
});

test("in text that gives rows one by one, one row of values after two labels is the second's (the first blank)", () => {
  const text = withTable3Lines(NEW, '（二）部分公开', [
    NEW,
    ...perLine('31 4 0 0 1 2 38'),
    CARRIED,
    '三、本年度办理结果',
    PUBLIC,
    ...perLine('12 2 0 0 0 1 15'),
  ]);
  assert.deepEqual(table3(parse(text), ['new', 'carried', 'r1']), [
    'new: 31 4 0 0 1 2 38',
    'carried: ∅ ∅ ∅ ∅ ∅ ∅ ∅',
    'r1: 12 2 0 0 0 1 15',
  ]);
});

test('a label out of template order (its values given before) waits for none: the next row keeps its values', () => {
  // pdftotext put 一's label after 二's row (Word vertical text beside it): 一's values are elsewhere.
  const text = withTable3Lines(NEW, '（二）部分公开', [
    `${CARRIED} 2 0 0 0 0 0 2`,
    NEW,
    '三、本年度办理结果',
    PUBLIC,
    ...perLine('12 2 0 0 0 1 15'),
  ]);
  assert.deepEqual(table3(parse(text), ['new', 'carried', 'r1']), [
    'new: ∅ ∅ ∅ ∅ ∅ ∅ ∅',
    'carried: 2 0 0 0 0 0 2',
    'r1: 12 2 0 0 0 1 15',
  ]);
});

test('表二 rows of one column each: labels, then as many values, are paired in order', () => {
  const text = makeReport('2021', (lines) => {
    const at = lines.findIndex((l) => l.startsWith('行政处罚'));
    lines.splice(at, 2, '行政处罚', '行政强制', '', '5', '', '3');
  });
  const table = parse(text).tables.find((t) => t.kind === 'table2');
  const value = (id: string) => table?.rows.find((r) => r.id === id)?.cells[0]?.value;
  assert.deepEqual([value('penalty'), value('enforcement')], [5, 3]);
});

test('-layout digits wrapped in a narrow column: the row is not completed from the next line, and not summed', () => {
  // 31 and 38 wrapped: "3" on the line above the row, "1" and "8" on the line below, in their own columns.
  const text = withTable3Lines(NEW, '三、本年度办理结果', [
    '                           3                       3',
    `${NEW}               4   0   0   1   2`,
    '                           1                       8',
    `${CARRIED}           2   0   0   0   0   0   2`,
  ]);
  const document = parse(text);
  assert.deepEqual(table3(document, ['new', 'carried']), [
    'new: ambiguous ambiguous ambiguous ambiguous ambiguous ambiguous ambiguous',
    'carried: 2 0 0 0 0 0 2',
  ]);
  assert.ok(
    issues(document).some((i) => i.startsWith(`extra-cells "${NEW}" 行的数值分在几行`)),
    issues(document).join('\n'),
  );
});

test('-layout: a wrapped row beside a vertical group label ("、" in the label column) is not completed either', () => {
  const text = withTable3Lines(PUBLIC, '（三）不予公开', [
    `    ${PUBLIC}                    2   0   0   0   1`,
    '、                          2                       5',
    `${PARTLY}  0   0   0   0   0   0   0`,
  ]);
  assert.deepEqual(table3(parse(text), ['r1']), [
    'r1: ambiguous ambiguous ambiguous ambiguous ambiguous ambiguous ambiguous',
  ]);
});

test("raw PDF text: a row whose first value shares the label's line and the rest follow one per line is read", () => {
  const text = withTable3Lines(NEW, CARRIED, [`${NEW} 31`, '4', '0', '0', '1', '2', '38']);
  const document = parse(text);
  assert.deepEqual(table3(document, ['new']), ['new: 31 4 0 0 1 2 38']);
  assert.deepEqual(issues(document), []);
});

test('-layout 表二: a short row is not completed from the next line either', () => {
  const text = makeReport('2021', (lines) => {
    const at = lines.findIndex((l) => l.startsWith('规章'));
    lines.splice(at, 1, '规章                  1        2', '                 3');
  });
  const table = parse(text).tables.find((t) => t.kind === 'table2');
  const row = table?.rows.find((r) => r.label === '规章');
  assert.deepEqual(
    row?.cells.map((c) => c?.state),
    ['ambiguous', 'ambiguous', 'ambiguous'],
  );
});
