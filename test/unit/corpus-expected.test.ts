/**
 * The hand-verified defects of ../shared/corpus/EXPECTED.md: each is reported by its rule on its line, and
 * each "must not" holds. Lines were checked by hand against the reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, type Finding } from '../../server/src/core/index.js';
import { corpusReport, lineOf } from './support/corpus.js';

const ARITHMETIC = ['table3-balance', 'table3-result-total', 'table3-row-total', 'table4-total'];

function findingsOf(prefix: string): { text: string; findings: readonly Finding[] } {
  const { text } = corpusReport(prefix);
  return { text, findings: lint(text).findings };
}

function at(prefix: string, rule: string): number[] {
  const { text, findings } = findingsOf(prefix);
  return findings.filter((f) => f.rule === rule).map((f) => lineOf(text, f.span.start));
}

function rules(prefix: string): string[] {
  return findingsOf(prefix).findings.map((f) => f.rule);
}

test('000: five blank 表四 cells, heading levels and bold markup; no 表三 arithmetic finding', () => {
  assert.deepEqual(at('000', 'blank-cell'), [102, 102, 102, 102, 102]);
  assert.deepEqual(at('000', 'heading-level'), [21, 29, 33, 67, 97, 104, 114]);
  // 2 + 6 = 8 and 67 + 291 = 358: the third column misfilled; 采购总金额 80.2055 without a unit.
  assert.deepEqual(at('000', 'table2-plausibility'), [53, 55, 64]);
  assert.deepEqual(at('000', 'text-table-mismatch'), []);
  assert.ok(rules('000').every((r) => !ARITHMETIC.includes(r)));
});

test('001: 一 twice, （四） missing, "2、" without "1、", stray space in the title; sums all hold', () => {
  assert.deepEqual(at('001', 'section-order'), [9]);
  assert.deepEqual(at('001', 'heading-numbering'), [25, 86, 90]);
  assert.deepEqual(at('001', 'section-title'), [3]);
  assert.deepEqual(at('001', 'text-zero-claim'), [19]);
  assert.deepEqual(at('001', 'table2-plausibility'), [34]);
  assert.deepEqual(at('001', 'text-table-mismatch'), []);
  assert.ok(rules('001').every((r) => !ARITHMETIC.includes(r)));
});

test('002: section 四 missing, 表三 cut after row 二, orphaned 表四 row read without inventing errors', () => {
  assert.deepEqual(at('002', 'required-section'), [52]);
  assert.deepEqual(at('002', 'table-incomplete'), [48]);
  const { findings } = findingsOf('002');
  assert.match(findings.find((f) => f.rule === 'table-incomplete')?.message.zh ?? '', /无法核对勾稽关系/);
  assert.ok(findings.every((f) => !ARITHMETIC.includes(f.rule) && f.rule !== 'cell-value'));
  const table4 = lint(corpusReport('002').text).document.tables.find((t) => t.kind === 'table4');
  assert.deepEqual(
    table4?.rows[0]?.cells.map((c) => c?.value),
    [0, 0, 1, 0, 1, 3, 0, 1, 2, 6, 2, 0, 1, 0, 3],
  );
});

test('003: truncated 表二 labels; every applicant cell of 表三 and 12 of 15 表四 cells blank', () => {
  assert.deepEqual(at('003', 'table-label'), [17, 19]);
  const { document, findings } = lint(corpusReport('003').text);
  const blanks = findings.filter((f) => f.rule === 'blank-cell');
  const table3 = document.tables.find((t) => t.kind === 'table3');
  const table4 = document.tables.find((t) => t.kind === 'table4');
  const inside = (f: Finding, span: { start: number; end: number } | undefined) =>
    span !== undefined && f.span.start >= span.start && f.span.end <= span.end;
  assert.equal(blanks.filter((f) => inside(f, table3?.span)).length, 23 * 6);
  assert.equal(blanks.filter((f) => inside(f, table4?.span)).length, 12);
});

test('004: section 一 numbered 1、…5、 (info); all sums hold', () => {
  const { findings } = findingsOf('004');
  const first = findings.find((f) => f.rule === 'heading-numbering');
  assert.equal(first?.severity, 'info');
  assert.deepEqual(at('004', 'heading-numbering').slice(0, 1), [9]);
  assert.ok(findings.every((f) => !ARITHMETIC.includes(f.rule) && f.severity !== 'error'));
  assert.deepEqual(at('004', 'text-table-mismatch'), []);
});

test('13 (淮安市 2024): zero errors; the text figures all match the tables', () => {
  assert.deepEqual(
    findingsOf('13-').findings.filter((f) => f.severity === 'error'),
    [],
  );
  assert.deepEqual(at('13-', 'text-table-mismatch'), []);
});

test('14 (洪泽区 2023): 表四 totals 0 against 11 and 5; single （六） row; corrupted label', () => {
  const { text, findings } = findingsOf('14-');
  const totals = findings.filter((f) => f.rule === 'table4-total');
  assert.deepEqual(
    totals.map((f) => lineOf(text, f.span.start)),
    [138, 138],
  );
  assert.match(totals[0]?.message.zh ?? '', /总计为 0.*之和为 11/);
  assert.match(totals[1]?.message.zh ?? '', /总计为 0.*之和为 5/);
  assert.deepEqual(at('14-', 'template-version'), [109]);
  assert.deepEqual(at('14-', 'table-label'), [90]);
});

test('15 (洪泽区 2024): the same single （六） row and corrupted label', () => {
  assert.deepEqual(at('15-', 'template-version'), [109]);
  assert.deepEqual(at('15-', 'table-label'), [91]);
  const { findings } = findingsOf('15-');
  const mismatch = findings.filter((f) => f.rule === 'text-table-mismatch');
  assert.deepEqual(at('15-', 'text-table-mismatch'), [25]);
  assert.match(mismatch[0]?.message.zh ?? '', /17 件.*95/);
  assert.equal(mismatch[0]?.severity, 'warning');
  assert.ok(rules('15-').every((r) => !ARITHMETIC.includes(r)));
});
