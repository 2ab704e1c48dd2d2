/**
 * Incremental editing over stdio (issue 5 §3): an edit, a settings change or a watched file change checks
 * again only the documents it concerns. Counted by publications: each run of the rules publishes once.
 *
 * "Nothing else was published" is asserted after a barrier: a document opened once the expected publication
 * has arrived is checked after every run scheduled before it, so a publication that should not happen would
 * have arrived by the time the barrier's does.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, type TestContext } from 'node:test';
import type { ConfigurationParams } from 'vscode-languageserver-protocol/node';
import { corpusReport } from './support/corpus.js';
import { LspHarness, type HarnessOptions } from './support/lsp-harness.js';

const TIMEOUT = { timeout: 30_000 };
const SEEDS = ['000', '001', '002', '003', '004'].map((prefix) => corpusReport(prefix).text);
const Y2023 = corpusReport('14-').text;
const Y2024 = corpusReport('15-').text;
/** 2023 carried 2 applications over; 2024's 上年结转 says 0: two cross-year findings in 2024. */
const Y2023_CARRIED = Y2023.replace(
  '四、结转下年度继续办理 0 0 0 0 0 0 0',
  '四、结转下年度继续办理 2 0 0 0 0 0 2',
);

async function start(t: TestContext, options: HarnessOptions = {}): Promise<LspHarness> {
  const server = await LspHarness.start(options);
  t.after(() => server.stop());
  return server;
}

/** A temporary workspace folder with `files` (relative path → text), removed after the test. */
function workspace(t: TestContext, files: Record<string, string>): { dir: string; folder: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-lint-incremental-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) write(join(dir, path), text);
  return { dir, folder: pathToFileURL(dir).href };
}

let writes = 0;
const FUTURE = Date.now() + 3_600_000;
/** Writes a file with a modification time later than any before (the server re-reads by mtime). */
function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  const later = new Date(FUTURE + 1000 * ++writes);
  utimesSync(path, later, later);
}

/** Opens each document and waits for its first diagnostics. */
async function openAll(server: LspHarness, docs: Record<string, string>): Promise<void> {
  await Promise.all(Object.entries(docs).map(([uri, text]) => server.open(uri, text)));
  await Promise.all(Object.keys(docs).map((uri) => server.diagnosticsFor(uri, 1)));
}

let barriers = 0;
/** Waits until every run scheduled so far has published (see the file comment). */
async function barrier(server: LspHarness): Promise<void> {
  const uri = `file:///tmp/gov-report-lint-barrier/${barriers++}.txt`;
  await server.open(uri, '');
  await server.diagnosticsFor(uri, 1);
  await server.close(uri);
}

const counts = (server: LspHarness, uris: readonly string[]) =>
  uris.map((u) => server.publishedFor(u).length);
const crossYear = (server: LspHarness, uri: string) =>
  server
    .publishedFor(uri)
    .at(-1)
    ?.diagnostics.filter((d) => d.code === 'cross-year').length;

test(
  'with 100 reports open, an edit checks that report and the one that compares with it, no other',
  TIMEOUT,
  async (t) => {
    const server = await start(t);
    const others = Object.fromEntries(
      Array.from({ length: 98 }, (_, i) => [`file:///tmp/crowd/${i}.txt`, SEEDS[i % SEEDS.length] as string]),
    );
    const [last, current] = ['file:///tmp/crowd/hongze-2023.txt', 'file:///tmp/crowd/hongze-2024.txt'];
    await openAll(server, { ...others, [last]: Y2023, [current]: Y2024 });
    await barrier(server); // 2024 may have been checked again once 2023 was open
    const before = counts(server, Object.keys(others));
    const currentBefore = server.publishedFor(current).length;

    await server.change(current, 2, [{ text: `${Y2024}\n` }]);
    await server.diagnosticsFor(current, 2);
    await barrier(server);
    assert.equal(server.publishedFor(last).length, 1, 'last year’s report does not compare with this one');

    await server.change(last, 2, [{ text: Y2023_CARRIED }]);
    await server.diagnosticsFor(last, 2);
    await server.until(() => (crossYear(server, current) === 2 ? true : undefined));
    await barrier(server);
    assert.equal(server.publishedFor(current).length, currentBefore + 2, 'its own edit, then last year’s');
    assert.deepEqual(counts(server, Object.keys(others)), before, 'the 98 others were not checked again');
  },
);

test(
  'a settings change checks again only the documents whose effective settings changed',
  TIMEOUT,
  async (t) => {
    const settings: Record<string, unknown> = {};
    const server = await start(t, {
      configuration: (p: ConfigurationParams) => p.items.map((i) => settings[i.scopeUri ?? ''] ?? {}),
    });
    const [a, b, c] = ['a', 'b', 'c'].map((n) => `file:///tmp/gov-report-lint-settings/${n}.report.txt`) as [
      string,
      string,
      string,
    ];
    await openAll(server, { [a]: SEEDS[0] as string, [b]: SEEDS[1] as string, [c]: SEEDS[2] as string });
    const asked = server.configurationRequests.length;

    settings[a] = { run: 'onType', rules: {} }; // the defaults spelt out: the same effective settings
    settings[c] = { rules: { 'blank-cell': 'off' } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const changed = await server.until(() => server.publishedFor(c)[1]);
    assert.ok(!changed.diagnostics.some((d) => d.code === 'blank-cell'));
    await barrier(server);
    assert.deepEqual(counts(server, [a, b, c]), [1, 1, 2]);
    assert.ok(server.configurationRequests.length >= asked + 3, 'every document’s settings were read again');
  },
);

test(
  'an options file change reads the settings of its folder’s documents only, and checks those that changed',
  TIMEOUT,
  async (t) => {
    const { dir, folder } = workspace(t, { 'a/.govreportrc.json': '{}', 'b/.govreportrc.json': '{}' });
    const server = await start(t, {
      workspaceFolders: [folder],
      configuration: (p) => p.items.map(() => ({})),
    });
    const [a, b] = ['a', 'b'].map((n) => pathToFileURL(join(dir, n, 'r.report.txt')).href) as [
      string,
      string,
    ];
    await openAll(server, { [a]: SEEDS[0] as string, [b]: SEEDS[2] as string });
    const rcEvent = (...names: string[]) =>
      server.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: names.map((n) => ({ uri: pathToFileURL(join(dir, n, '.govreportrc.json')).href, type: 2 })),
      });

    write(join(dir, 'a', '.govreportrc.json'), '{ "template": "auto" }'); // the default: nothing changes
    write(join(dir, 'b', '.govreportrc.json'), '{ "maxFileSize": 100 }');
    await rcEvent('a', 'b');
    const tooLarge = await server.until(() => server.publishedFor(b)[1]);
    assert.match(String(tooLarge.diagnostics[0]?.message), /maxFileSize/);
    await barrier(server);
    assert.deepEqual(counts(server, [a, b]), [1, 2]);

    const askedForA = () =>
      server.configurationRequests.filter((r) => r.items.some((i) => i.scopeUri === a)).length;
    const before = askedForA();
    write(join(dir, 'b', '.govreportrc.json'), '{}');
    await rcEvent('b');
    await server.until(() => server.publishedFor(b)[2]);
    assert.equal(askedForA(), before, 'a lies outside b’s folder: its settings are not read again');
  },
);

test(
  'a watched report file change checks again only the reports it is last year’s report of',
  TIMEOUT,
  async (t) => {
    const { dir, folder } = workspace(t, {
      'hongze-2023.txt': Y2023_CARRIED,
      'other-2020.txt': SEEDS[0] as string,
    });
    const server = await start(t, { workspaceFolders: [folder] });
    const current = pathToFileURL(join(dir, 'hongze-2024.txt')).href;
    const [zz, ly] = ['001', '002'].map((n) => pathToFileURL(join(dir, `open-${n}.txt`)).href) as [
      string,
      string,
    ];
    await openAll(server, { [current]: Y2024, [zz]: SEEDS[1] as string, [ly]: SEEDS[2] as string });
    // The start-up scan ends before or after the first checks: either way 2024 ends up compared with 2023.
    await server.until(() => (crossYear(server, current) === 2 ? true : undefined));
    await barrier(server);
    const before = counts(server, [current, zz, ly]);

    write(join(dir, 'hongze-2023.txt'), Y2023);
    write(join(dir, 'other-2020.txt'), `${SEEDS[0]}\n`);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: ['other-2020.txt', 'hongze-2023.txt'].map((n) => ({
        uri: pathToFileURL(join(dir, n)).href,
        type: 2,
      })),
    });
    await server.until(() => (crossYear(server, current) === 0 ? true : undefined));
    await barrier(server);
    assert.deepEqual(counts(server, [current, zz, ly]), [(before[0] ?? 0) + 1, before[1], before[2]]);
  },
);
