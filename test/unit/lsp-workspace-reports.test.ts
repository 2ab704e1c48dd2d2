/** The workspace's saved reports: the bounded scan, the watched-file updates, and what is kept of each. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, type TestContext } from 'node:test';
import { lint, type ReportDocument } from '../../server/src/core/index.js';
import { fileKey } from '../../server/src/lsp/file-uri.js';
import { crossYearDigest } from '../../server/src/lsp/report-digest.js';
import { SCAN_LIMITS, WorkspaceReports } from '../../server/src/lsp/workspace-reports.js';
import { corpusReport } from './support/corpus.js';

const Y2023 = corpusReport('14-').text;
const Y2024 = corpusReport('15-').text;

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

/** Workspace reports whose listener keeps the saved reports it hears of, and counts what it hears. */
function listened(limits: typeof SCAN_LIMITS = SCAN_LIMITS) {
  const reports = new Map<string, ReportDocument>();
  const heard: string[] = [];
  const workspace = new WorkspaceReports((key, report) => {
    heard.push(key);
    if (report) reports.set(key, report);
    else reports.delete(key);
  }, limits);
  return { workspace, reports, heard };
}

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
  const { workspace, reports } = listened();
  await workspace.scan([uri]);
  assert.deepEqual(
    yearsOf(reports),
    new Map([
      [href(dir, '2023/hongze.txt'), 2023],
      [href(dir, '2024/hongze.md'), 2024],
    ]),
  );
});

test('the scan stops at its limits: entries walked, files read, file size, bytes kept', async (t) => {
  const { dir, uri } = folder(t, { 'a.txt': Y2023, 'b.txt': Y2024, 'c/d.txt': Y2023 });
  const keys = async (limits: Partial<typeof SCAN_LIMITS>) => {
    const { workspace, reports } = listened({ ...SCAN_LIMITS, ...limits });
    await workspace.scan([uri]);
    return [...reports.keys()].map((k) => k.slice(pathToFileURL(dir).href.length + 1));
  };
  assert.deepEqual(await keys({}), ['a.txt', 'b.txt', 'c/d.txt']);
  assert.deepEqual(await keys({ maxFiles: 2 }), ['a.txt', 'b.txt']);
  assert.deepEqual(await keys({ maxEntries: 2 }), ['a.txt', 'b.txt'], 'the folder c is never entered');
  assert.deepEqual(await keys({ maxFileSize: Buffer.byteLength(Y2023) }), ['a.txt', 'c/d.txt']);
  assert.deepEqual(await keys({ maxBytes: Buffer.byteLength(Y2024) }), ['a.txt']);
});

test('watched-file events re-read a changed file, drop a deleted one; the listener hears of reports only', async (t) => {
  const { dir, uri } = folder(t, { 'a.txt': Y2023, 'notes.md': '# notes' });
  const { workspace, reports, heard } = listened();
  await workspace.scan([uri]);
  const a = href(dir, 'a.txt');
  const before = reports.get(a);
  assert.equal(before?.year, 2023);
  assert.deepEqual(heard, [a], 'the notes are no report');

  await workspace.update([{ uri: a, type: 2 }]);
  assert.equal(heard.length, 1, 'same modification time: not read again');

  writeFileSync(join(dir, 'a.txt'), Y2024);
  utimesSync(join(dir, 'a.txt'), new Date(2030, 0, 1), new Date(2030, 0, 1));
  await workspace.update([{ uri: a, type: 2 }]);
  assert.equal(reports.get(a)?.year, 2024);
  assert.equal(heard.length, 2);

  writeFileSync(join(dir, 'notes.md'), '# still notes');
  utimesSync(join(dir, 'notes.md'), new Date(2030, 0, 1), new Date(2030, 0, 1));
  await workspace.update([
    { uri: href(dir, 'notes.md'), type: 2 },
    { uri: href(dir, 'x.json'), type: 1 },
  ]);
  assert.equal(heard.length, 2, 'neither a report nor a candidate: nobody is told');

  writeFileSync(join(dir, 'new.txt'), Y2023);
  await workspace.update([{ uri: href(dir, 'new.txt'), type: 1 }]);
  rmSync(join(dir, 'a.txt'));
  await workspace.update([{ uri: a, type: 3 }]);
  assert.deepEqual(yearsOf(reports), new Map([[href(dir, 'new.txt'), 2023]]));
  assert.equal(heard.length, 4);

  workspace.removeFolder(uri);
  assert.equal(reports.size, 0);
});

test('file URIs are compared in one spelling, whatever the editor percent-encodes', () => {
  assert.equal(fileKey('file:///tmp/r%40b/x%20y.txt'), fileKey('file:///tmp/r@b/x y.txt'));
  assert.equal(fileKey('untitled:Untitled-1'), 'untitled:Untitled-1');
});

test('a saved report is kept as its digest: no text, no sections, only the rows the cross-year check reads', async (t) => {
  const { dir, uri } = folder(t, { 'a.txt': Y2023 });
  const { workspace, reports } = listened();
  await workspace.scan([uri]);
  const kept = reports.get(href(dir, 'a.txt'));
  assert.deepEqual(kept, crossYearDigest(lint(Y2023).document));
  assert.equal(kept?.text, '');
  assert.deepEqual(kept?.sections, []);
  assert.ok(
    JSON.stringify(kept).length < JSON.stringify(lint(Y2023).document).length / 10,
    'a tenth of the parse at most',
  );
});
