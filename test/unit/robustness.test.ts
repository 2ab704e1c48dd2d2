/**
 * The engine holds on any input (issue 5 §4), bounded to a few seconds here; `npm run fuzz` runs the same
 * properties much longer. A failure prints fast-check's seed and the shrunk input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding, TextEdit } from '../../server/src/core/index.js';
import { corpusReport } from './support/corpus.js';
import {
  checkFindings,
  checkInvariants,
  InvariantError,
  robustnessProperties,
} from './support/robustness.js';

const RUNS: Readonly<Record<string, number>> = {
  'random report-like text': 150,
  'random table lines': 100,
  'random Unicode text': 100,
  'damaged corpus reports': 60,
  'long runs of one or two characters': 40,
};

for (const { name, property } of robustnessProperties()) {
  test(`robustness: ${name}`, () => {
    fc.assert(property, { numRuns: RUNS[name] ?? 50 });
  });
}

test('robustness: a 10,000-column line with CRLF, a BOM and surrogate pairs passes every check', () => {
  checkInvariants('\ufeff一、总体情况\r\n' + '𠀀|'.repeat(5000) + '\r\n（七）总计\t1\t2\r\n');
});

// Inputs that made a pattern backtrack for minutes or hours (found by `npm run fuzz`), read in linear time now:
// a regression hangs this test. Speed itself is measured by `npm run bench`.
test('robustness: long runs of dashes, digits and numerals neither hang nor break the parser or the prose checks', () => {
  const report = (line: string) =>
    `二〇二四年政府信息公开工作年度报告\n一、总体情况\n${line}\n二、主动公开政府信息情况\n`;
  for (const line of [
    '-'.repeat(50_000) + 'x', // a separator row's pattern: cubic
    '本年共收到申请 3 件，' + '一'.repeat(50_000) + '。', // a figure's numeral run: quadratic
    '本年共收到申请 3 件，' + '1'.repeat(50_000) + '。',
    '本年共收到申请' + '万'.repeat(50_000) + '件', // read as a numeral: recursed once per 万 (stack overflow)
    '2023 年受理行政复议 1 件，'.repeat(20_000) + '。', // each figure looked back over the whole sentence
    '<td'.repeat(20_000) + 'x', // a tag's pattern scanned on past the next < from every <
  ]) {
    checkInvariants(report(line));
  }
});

test('robustness: the checks reject ranges outside the text, overlapping edits and split surrogate pairs', () => {
  const text = '表𠀀12';
  const finding = (start: number, end: number, edits: TextEdit[] = []): Finding => ({
    rule: 'test',
    severity: 'error',
    span: { start, end },
    message: { zh: '', en: '' },
    related: [],
    fixes: [{ title: { zh: '', en: '' }, edits, safe: true }],
  });
  checkFindings(text, [finding(0, 5, [{ start: 3, end: 5, newText: '0' }])]);
  assert.throws(() => checkFindings(text, [finding(0, 6)]), InvariantError);
  assert.throws(() => checkFindings(text, [finding(2, 3)]), InvariantError);
  const overlapping = [
    { start: 3, end: 5, newText: '0' },
    { start: 4, end: 5, newText: '1' },
  ];
  assert.throws(() => checkFindings(text, [finding(3, 5, overlapping)]), InvariantError);
  const twoInserts = [
    { start: 3, end: 3, newText: 'a' },
    { start: 3, end: 3, newText: 'b' },
  ];
  assert.throws(() => checkFindings(text, [finding(3, 3, twoInserts)]), InvariantError);
});

// Found by `npm run fuzz`: a section heading cut out of a line run together (its anchor mid-line) was given a
// heading-level fix inserting "## " mid-line, which marks nothing: fix-all applied it again on every pass.
test('robustness: a heading inside a line run together gets no heading-level fix; fix-all stays idempotent', () => {
  const seed = corpusReport('000').text;
  const line = '9'.repeat(300) + '一（七）总计一一本年新收政府信息公开申请数量一一二、主动公开政府信息情况';
  checkInvariants(`${line}\n${seed}`);
});
