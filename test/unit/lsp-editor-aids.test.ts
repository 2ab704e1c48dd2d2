/**
 * Protocol tests of the editor aids: code lenses, last year's report (open or saved in the workspace)
 * and the insert-table request, against the bundled server (`dist/server.js`) over stdio.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeLens, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { lint, tableSummaries, TEMPLATES } from '../../server/src/core/index.js';
import { renderReport, renderTable } from '../../server/src/core/templates/skeleton.js';
import { corpusReport } from './support/corpus.js';
import { LspHarness } from './support/lsp-harness.js';

const TIMEOUT = { timeout: 30_000 };
const Y2023 = corpusReport('14-').text;
const Y2024 = corpusReport('15-').text;
/** 2023 carried 2 applications over (自然人 and 总计); 2024's 上年结转 says 0. */
const Y2023_CARRIED = Y2023.replace(
  '四、结转下年度继续办理 0 0 0 0 0 0 0',
  '四、结转下年度继续办理 2 0 0 0 0 0 2',
);
const uriOf = (name: string) => `file:///tmp/gov-report-lint-aids/${name}.report.txt`;
const crossYear = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'cross-year');

/** Waits for a publication for `uri` after the first `seen` ones that satisfies `accept`. */
function publishedAfter(
  server: LspHarness,
  uri: string,
  seen: number,
  accept: (p: PublishDiagnosticsParams) => boolean,
): Promise<PublishDiagnosticsParams> {
  return server.until(() => server.publishedFor(uri).slice(seen).find(accept));
}

describe('editor aids over stdio', () => {
  let server: LspHarness;
  before(async () => {
    server = await LspHarness.start();
  });
  after(async () => {
    await server.stop();
  });

  test('code lenses: one per table, the summary as title, revealing the first problem', TIMEOUT, async () => {
    const { text } = corpusReport('000');
    const uri = uriOf('lens');
    await server.open(uri, text);
    const lenses = (await server.connection.sendRequest('textDocument/codeLens', {
      textDocument: { uri },
    })) as CodeLens[];
    const summaries = tableSummaries(lint(text));
    assert.deepEqual(
      lenses.map((l) => l.command?.title),
      summaries.map((s) => s.text.zh),
    );
    const lines = text.split('\n');
    assert.match(
      lines[lenses[2]?.range.start.line ?? -1] ?? '',
      /行政复议/,
      '表四’s lens sits on its first line',
    );
    assert.equal(lenses[2]?.command?.command, 'govReport.revealProblem');
    const [target, range] = lenses[2]?.command?.arguments ?? [];
    assert.equal(target, uri);
    const { diagnostics } = await server.diagnosticsFor(uri, 1);
    const blank = diagnostics.find((d) => d.code === 'blank-cell');
    assert.deepEqual(range, blank?.range, 'the first problem of 表四 is its first blank cell');
    await server.close(uri);
  });

  test(
    'two open reports of one body: cross-year findings; editing last year’s re-checks this year’s',
    TIMEOUT,
    async () => {
      const [last, current] = [uriOf('hongze-2023'), uriOf('hongze-2024')];
      await server.open(current, Y2024);
      assert.deepEqual(crossYear(await server.diagnosticsFor(current, 1)), []);
      const seen = server.publishedFor(current).length;
      await server.open(last, Y2023_CARRIED);
      const checked = await publishedAfter(server, current, seen, (p) => crossYear(p).length > 0);
      assert.equal(checked.version, 1, 'the same version, checked again');
      assert.deepEqual(
        crossYear(checked).map((d) => [d.severity, d.message]),
        [
          [2, '表三「二、上年结转」「自然人」为 0，但 2023 年报告「四、结转下年度继续办理」为 2'],
          [2, '表三「二、上年结转」「总计」为 0，但 2023 年报告「四、结转下年度继续办理」为 2'],
        ],
      );
      assert.deepEqual(crossYear(await server.diagnosticsFor(last, 1)), [], 'not the other way round');

      const again = server.publishedFor(current).length;
      await server.change(last, 2, [{ text: Y2023 }]);
      // Times out unless this year's report is checked again, now without the cross-year findings.
      await publishedAfter(server, current, again, (p) => crossYear(p).length === 0);
      await Promise.all([server.close(last), server.close(current)]);
    },
  );

  test(
    'the insert-table request returns the renderer’s text; bad parameters are refused',
    TIMEOUT,
    async () => {
      const table = await server.connection.sendRequest('govReport/renderTemplate', {
        kind: 'table3',
        template: '2019',
        eol: '\r\n',
      });
      assert.deepEqual(table, { text: renderTable(TEMPLATES['2019'], 'table3', '0', '\r\n') });
      const uri = uriOf('skeleton-into');
      await server.open(uri, Y2024);
      const skeleton = await server.connection.sendRequest('govReport/renderTemplate', {
        kind: 'report',
        template: '2021',
        eol: '\n',
        uri,
      });
      assert.deepEqual(skeleton, { text: renderReport(TEMPLATES['2021'], 2024, '淮安市洪泽区人民政府') });
      await server.close(uri);
      await assert.rejects(
        server.connection.sendRequest('govReport/renderTemplate', {
          kind: 'table9',
          template: '2021',
          eol: '\n',
        }),
        (err: { code?: number }) => err.code === -32602,
      );
    },
  );
});

test(
  'a report saved in the workspace is last year’s report, and a watched change re-checks',
  TIMEOUT,
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-report-lint-aids-'));
    const saved = join(dir, 'hongze-2023.txt');
    writeFileSync(saved, Y2023_CARRIED);
    writeFileSync(join(dir, 'notes.md'), '# notes');
    const server = await LspHarness.start({ workspaceFolders: [pathToFileURL(dir).href] });
    t.after(async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    const uri = pathToFileURL(join(dir, 'hongze-2024.txt')).href;
    await server.open(uri, Y2024, 'plaintext');
    // The startup scan may end before or after the first check: either way the findings come.
    const checked = await publishedAfter(server, uri, 0, (p) => crossYear(p).length === 2);
    assert.equal(checked.version, 1);

    writeFileSync(saved, Y2023);
    utimesSync(saved, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const seen = server.publishedFor(uri).length;
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(saved).href, type: 2 }],
    });
    await publishedAfter(server, uri, seen, (p) => crossYear(p).length === 0);
  },
);
