/** The workspace's saved reports: the bounded scan, the watched-file updates, and which report is last year's. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, type TestContext } from 'node:test';
import { lint, type ReportDocument } from '../../server/src/core/index.js';
import {
  fileKey,
  findPreviousReport,
  SCAN_LIMITS,
  WorkspaceReports,
} from '../../server/src/lsp/workspace-reports.js';
import { corpusReport } from './support/corpus.js';

const Y2023 = corpusReport('14-').text;
const Y2024 = corpusReport('15-').text;
const parse = (text: string) => lint(text).document;

/** A temporary folder with `files` (relative path → text), removed after the test. */
function folder(t: TestContext, files: Record<string, string>): { dir: string; uri: string } {
  const dir = mkdtempSync(join(tmpdir(), 'grl-workspace-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, uri: pathToFileURL(dir).href };
}

const href = (dir: string, path: string) => pathToFileURL(join(dir, path)).href;
const yearsOf = (reports: ReadonlyMap<string, ReportDocument>) =>
  new Map([...reports].map(([uri, d]) => [uri, d.year]));

test('the scan keeps the dated reports of a body, in nested folders, and skips the rest', async (t) => {
  const { dir, uri } = folder(t, {
    '2023/hongze.txt': Y2023,
    '2024/hongze.md': Y2024,
    'notes.md': '# 会议纪要\n\n讨论了政府信息公开工作。',
    'untitled.report.txt': '一、总体情况\n没有标题的草稿。',
    'node_modules/pkg/readme.md': Y2023,
    '.git/x.txt': Y2023,
    'data.json': Y2023,
  });
  const reports = new WorkspaceReports();
  await reports.scan([uri]);
  assert.deepEqual(
    yearsOf(reports.reports()),
    new Map([
      [href(dir, '2023/hongze.txt'), 2023],
      [href(dir, '2024/hongze.md'), 2024],
    ]),
  );
});

test('the scan stops at its limits: entries walked, files read, file size, bytes kept', async (t) => {
  const { dir, uri } = folder(t, { 'a.txt': Y2023, 'b.txt': Y2024, 'c/d.txt': Y2023 });
  const keys = async (limits: Partial<typeof SCAN_LIMITS>) => {
    const reports = new WorkspaceReports({ ...SCAN_LIMITS, ...limits });
    await reports.scan([uri]);
    return [...reports.reports().keys()].map((k) => k.slice(pathToFileURL(dir).href.length + 1));
  };
  assert.deepEqual(await keys({}), ['a.txt', 'b.txt', 'c/d.txt']);
  assert.deepEqual(await keys({ maxFiles: 2 }), ['a.txt', 'b.txt']);
  assert.deepEqual(await keys({ maxEntries: 2 }), ['a.txt', 'b.txt'], 'the folder c is never entered');
  assert.deepEqual(await keys({ maxFileSize: Buffer.byteLength(Y2023) }), ['a.txt', 'c/d.txt']);
  assert.deepEqual(await keys({ maxBytes: Buffer.byteLength(Y2024) }), ['a.txt']);
});

test('watched-file events re-read a changed file, drop a deleted one, and say whether a report changed', async (t) => {
  const { dir, uri } = folder(t, { 'a.txt': Y2023, 'notes.md': '# notes' });
  const reports = new WorkspaceReports();
  await reports.scan([uri]);
  const a = href(dir, 'a.txt');
  const before = reports.reports().get(a);
  assert.equal(before?.year, 2023);

  assert.equal(await reports.update([{ uri: a, type: 2 }]), false, 'same modification time: not read again');
  assert.equal(reports.reports().get(a), before);

  writeFileSync(join(dir, 'a.txt'), Y2024);
  utimesSync(join(dir, 'a.txt'), new Date(2030, 0, 1), new Date(2030, 0, 1));
  assert.equal(await reports.update([{ uri: a, type: 2 }]), true);
  assert.equal(reports.reports().get(a)?.year, 2024);

  writeFileSync(join(dir, 'notes.md'), '# still notes');
  utimesSync(join(dir, 'notes.md'), new Date(2030, 0, 1), new Date(2030, 0, 1));
  assert.equal(await reports.update([{ uri: href(dir, 'notes.md'), type: 2 }]), false, 'not a report');
  assert.equal(await reports.update([{ uri: href(dir, 'x.json'), type: 1 }]), false, 'not a candidate');

  writeFileSync(join(dir, 'new.txt'), Y2023);
  assert.equal(await reports.update([{ uri: href(dir, 'new.txt'), type: 1 }]), true);
  rmSync(join(dir, 'a.txt'));
  assert.equal(await reports.update([{ uri: a, type: 3 }]), true);
  assert.deepEqual(yearsOf(reports.reports()), new Map([[href(dir, 'new.txt'), 2023]]));

  reports.removeFolder(uri);
  assert.equal(reports.reports().size, 0);
});

test('file URIs are compared in one spelling, whatever the editor percent-encodes', () => {
  assert.equal(fileKey('file:///tmp/r%40b/x%20y.txt'), fileKey('file:///tmp/r@b/x y.txt'));
  assert.equal(fileKey('untitled:Untitled-1'), 'untitled:Untitled-1');
});

test('last year’s report: an open document wins over its saved file; the report itself is never it', () => {
  const current = parse(Y2024);
  const savedCopy = parse(Y2023);
  const openCopy = parse(
    Y2023.replace('四、结转下年度继续办理 0 0 0 0 0 0 0', '四、结转下年度继续办理 1 0 0 0 0 0 1'),
  );
  const file2023 = 'file:///w/r%40b/2023.txt';
  const saved = new Map([[fileKey(file2023), savedCopy]]);
  assert.equal(findPreviousReport('file:///w/2024.txt', current, new Map(), saved), savedCopy);
  assert.equal(
    findPreviousReport('file:///w/2024.txt', current, new Map([['file:///w/r@b/2023.txt', openCopy]]), saved),
    openCopy,
    'the same file, spelt differently by the editor',
  );
  // Last year's report copied and rewritten for this year: its file still holds last year's text.
  const rewritten = 'file:///w/r@b/2023.txt';
  assert.equal(findPreviousReport(rewritten, current, new Map([[rewritten, current]]), saved), undefined);
  assert.equal(findPreviousReport('file:///w/2023.txt', savedCopy, new Map(), saved), undefined, 'same year');
});
