/** cross-year: a report against the same body's report of the year before — engine function and CLI. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { crossYear, findPrevious, lint, sameBody } from '../../server/src/core/index.js';
import { runCli } from '../../server/src/cli/run.js';
import { corpusReport } from './support/corpus.js';

const Y2023 = corpusReport('14-').text;
const Y2024 = corpusReport('15-').text;
/** The 2024 report with 现行有效 9 (5 + 3 − 0 = 8) and 上年结转 2 (2023 carried 0 over). */
const BROKEN = Y2024.replace('行政规范性文件 3 0 8', '行政规范性文件 3 0 9').replace(
  '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
  '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2',
);

test('agencies match by place-name prefix only', () => {
  assert.ok(sameBody('洪泽区人民政府', '淮安市洪泽区人民政府'));
  assert.ok(sameBody('淮安市洪泽区人民政府', '江苏省淮安市洪泽区人民政府'));
  assert.ok(!sameBody('淮安市人民政府', '淮安市洪泽区人民政府'));
  assert.ok(!sameBody('淮安市人民政府办公室', '淮安市人民政府'));
  assert.ok(!sameBody('政府', '人民政府'));
});

test('洪泽区 2023 → 2024 (real reports): both relations hold, nothing to report', () => {
  const previous = lint(Y2023).document;
  assert.equal(findPrevious(lint(Y2024).document, [previous]), previous);
  assert.deepEqual(crossYear(lint(Y2024), previous), []);
});

test('a changed copy: 上年结转 ≠ last year 四 (warning per column), 现行有效 off (info)', () => {
  const previous = lint(Y2023).document;
  const findings = crossYear(lint(BROKEN).document, previous);
  assert.deepEqual(
    findings.map((f) => [f.severity, BROKEN.slice(f.span.start, f.span.end), f.message.zh]),
    [
      ['info', '9', '表二「行政规范性文件」现行有效件数为 9，但 2023 年的 5 + 本年制发 3 − 本年废止 0 = 8'],
      ['warning', '2', '表三「二、上年结转」「自然人」为 2，但 2023 年报告「四、结转下年度继续办理」为 0'],
      ['warning', '2', '表三「二、上年结转」「总计」为 2，但 2023 年报告「四、结转下年度继续办理」为 0'],
    ],
  );
  assert.deepEqual(crossYear(lint(BROKEN), previous, { rules: { 'cross-year': 'off' } }), []);
  assert.ok(
    crossYear(lint(BROKEN), previous, { rules: { 'cross-year': 'error' } }).every(
      (f) => f.severity === 'error',
    ),
  );
});

test('not the year before, or another body: no comparison', () => {
  const current = lint(BROKEN).document;
  assert.deepEqual(crossYear(current, current), []);
  const other = lint(Y2023.replace('洪泽区人民政府\n2023', '盱眙县人民政府\n2023')).document;
  assert.equal(other.title?.agency, '盱眙县人民政府');
  assert.deepEqual(crossYear(current, other), []);
});

test('CLI: both years in one run add the cross-year findings to the later report', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'grl-cross-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'hongze-2023.txt'), Y2023);
  writeFileSync(join(dir, 'hongze-2024.txt'), BROKEN);
  let stdout = '';
  await runCli(['--format', 'json', dir], {
    cwd: dir,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    writeStdout: (s) => (stdout += s),
    writeStderr: () => {},
  });
  const files = (
    JSON.parse(stdout) as { files: { path: string; findings: { rule: string; line: number }[] }[] }
  ).files;
  const cross = (name: string) =>
    files.find((f) => f.path.endsWith(name))?.findings.filter((f) => f.rule === 'cross-year');
  assert.deepEqual(cross('hongze-2023.txt'), []);
  assert.equal(cross('hongze-2024.txt')?.length, 3);
});
