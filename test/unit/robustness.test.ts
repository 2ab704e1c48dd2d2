/**
 * The engine holds on any input (issue 5 §4), bounded to a few seconds here; `npm run fuzz` runs the same
 * properties much longer. A failure prints fast-check's seed and the shrunk input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding, TextEdit } from '../../server/src/core/index.js';
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
};

for (const { name, property } of robustnessProperties()) {
  test(`robustness: ${name}`, () => {
    fc.assert(property, { numRuns: RUNS[name] ?? 50 });
  });
}

test('robustness: a 10,000-column line with CRLF, a BOM and surrogate pairs passes every check', () => {
  checkInvariants('\ufeff一、总体情况\r\n' + '𠀀|'.repeat(5000) + '\r\n（七）总计\t1\t2\r\n');
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
