/**
 * Protocol tests: the bundled server (`dist/server.js`, built by `npm test`) in its own process,
 * driven over stdio by a real JSON-RPC client.
 *
 * The mechanics (versions, debouncing, closing, settings, size guard, locale, robustness, fix-all
 * equivalence) hold for any engine. Tests marked "rule:" or "parser:" depend on what the engine
 * finds or reads in the seed reports; they are skipped, with the reason, while that part is missing.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Range,
  TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, fixAll, lint, type Finding } from '../../server/src/core/index.js';
import { corpusReport } from './support/corpus.js';
import { LspHarness } from './support/lsp-harness.js';

const TIMEOUT = { timeout: 30_000 };
const SEED_002 = corpusReport('002').text;
const uriOf = (name: string) => `file:///tmp/gov-report-lint-protocol/${name}.report.txt`;
/** A diagnostic's message; this server sends plain strings. */
const msg = (d: Diagnostic | undefined): string => (typeof d?.message === 'string' ? d.message : '');

/** Applies the edits of a code action (versioned document changes) to `text`. */
function applyAction(text: string, action: CodeAction): string {
  const changes = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
  assert.equal(changes.length, 1, 'one document changed');
  const document = TextDocument.create('file:///x', 'govreport', 1, text);
  return TextDocument.applyEdits(
    document,
    (changes[0]?.edits ?? []).map((e) => ('newText' in e ? e : assert.fail('a plain text edit'))),
  );
}

function within(inner: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('language server over stdio', () => {
  let server: LspHarness;
  before(async () => {
    server = await LspHarness.start();
  });
  after(async () => {
    assert.equal(await server.stop(), 0, 'the server exits cleanly after shutdown + exit');
  });

  test('publishes diagnostics for the opened version, as the engine finds them', TIMEOUT, async () => {
    const uri = uriOf('publish');
    await server.open(uri, SEED_002);
    const published = await server.diagnosticsFor(uri, 1);
    const findings = lint(SEED_002).findings;
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      findings.map((f) => f.rule),
    );
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'gov-report-lint');
      assert.equal(d.codeDescription?.href, `https://github.com/gov-report-lint/gov-report-lint#${d.code}`);
      assert.ok(typeof d.message === 'string' && d.message.length > 0);
    }
    const status = await server.until(() => server.statuses.find((s) => s.uri === uri));
    assert.deepEqual(status, {
      uri,
      template: lint(SEED_002).document.template,
      year: lint(SEED_002).document.year,
    });
  });

  test(
    'rule: seed 002 lacks section 四 — a required-section error whose quick fix inserts it',
    TIMEOUT,
    async () => {
      const uri = uriOf('required-section');
      await server.open(uri, SEED_002);
      const { diagnostics } = await server.diagnosticsFor(uri, 1);
      const missing = diagnostics.find((d) => d.code === 'required-section');
      assert.ok(missing, 'a required-section diagnostic');
      assert.equal(missing.severity, 1);
      assert.match(msg(missing), /四/);
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: missing.range,
        context: { diagnostics: [missing] },
      })) as CodeAction[];
      const fix = actions.find(
        (a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'required-section',
      );
      assert.ok(fix, 'a quick fix for it');
      const fixed = applyAction(SEED_002, fix);
      assert.match(fixed, /四、政府信息公开行政复议、行政诉讼情况/);
      await server.change(uri, 2, [{ text: fixed }]);
      const after = await server.diagnosticsFor(uri, 2);
      assert.ok(!after.diagnostics.some((d) => d.code === 'required-section'), 'the diagnostic is gone');
      await server.close(uri);
    },
  );

  const withFix = ['000', '001', '002', '003', '004']
    .map((prefix) => corpusReport(prefix))
    .flatMap((report) => lint(report.text).findings.map((finding) => ({ report, finding })))
    .find(({ finding }) => finding.fixes.length > 0);

  test(
    'every fix of a finding is offered as a quick fix whose edit is exactly the fix',
    TIMEOUT,
    async () => {
      const { report, finding } = withFix as { report: { name: string; text: string }; finding: Finding };
      const uri = uriOf(`quick-fix-${report.name}`);
      await server.open(uri, report.text);
      const { diagnostics } = await server.diagnosticsFor(uri, 1);
      const diagnostic = diagnostics.find((d) => d.code === finding.rule) as Diagnostic;
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      })) as CodeAction[];
      for (const fix of finding.fixes) {
        const action = actions.find((a) => a.title === fix.title.zh);
        assert.ok(action, `an action titled "${fix.title.zh}"`);
        assert.equal(applyAction(report.text, action), applyEdits(report.text, fix.edits));
        assert.deepEqual(
          (action.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument,
          { uri, version: 1 },
          'the edit is tied to the version it was computed for',
        );
      }
      await server.close(uri);
    },
  );

  test(
    'source.fixAll.govReport applies exactly what the engine fixAll() would, and only when asked for',
    TIMEOUT,
    async () => {
      for (const prefix of ['000', '001', '002', '003', '004']) {
        const { text } = corpusReport(prefix);
        const uri = uriOf(`fix-all-${prefix}`);
        await server.open(uri, text);
        const whole: Range = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
        const actions = (await server.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: whole,
          context: { diagnostics: [], only: ['source.fixAll'] },
        })) as CodeAction[];
        assert.ok(actions.every((a) => a.kind === 'source.fixAll.govReport'));
        const expected = fixAll(text).text;
        assert.equal(actions.length, expected === text ? 0 : 1);
        if (actions[0]) assert.equal(applyAction(text, actions[0]), expected, prefix);
        const unasked = (await server.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: whole,
          context: { diagnostics: [] },
        })) as CodeAction[];
        assert.ok(
          !unasked.some((a) => a.kind === 'source.fixAll.govReport'),
          'not computed for the light bulb',
        );
        await server.close(uri);
      }
    },
  );

  test(
    'parser: the outline is title → sections as found (四 not invented) → tables, children inside parents',
    TIMEOUT,
    async () => {
      const uri = uriOf('symbols');
      await server.open(uri, SEED_002);
      const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri },
      })) as DocumentSymbol[];
      assert.equal(symbols.length, 1);
      const title = symbols[0] as DocumentSymbol;
      assert.match(title.name, /2020 年政府信息公开工作年度报告/);
      const sections = (title.children ?? [])
        .filter((s) => /^[一二三四五六]、/.test(s.name))
        .map((s) => s.name);
      assert.deepEqual(sections, [
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ]);
      const section2 = title.children?.find((s) => s.name.startsWith('二、'));
      assert.ok(
        section2?.children?.some((c) => c.name === '表二'),
        '表二 under section 二',
      );
      const section3 = title.children?.find((s) => s.name.startsWith('三、'));
      assert.ok(
        section3?.children?.some((c) => c.name === '表三'),
        '表三 under section 三',
      );
      const nested = (s: DocumentSymbol): boolean =>
        within(s.selectionRange, s.range) &&
        (s.children ?? []).every((c) => within(c.range, s.range) && nested(c));
      assert.ok(nested(title));
      await server.close(uri);
    },
  );

  test('parser: folding ranges for the sections and tables', TIMEOUT, async () => {
    const uri = uriOf('folding');
    await server.open(uri, SEED_002);
    const ranges = (await server.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri },
    })) as FoldingRange[];
    const lines = SEED_002.split('\n');
    const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    for (const heading of ['## 一、总体情况', '## 二、主动公开政府信息情况', '## 六、其他需要报告的事项']) {
      assert.ok(
        ranges.some((r) => r.startLine === lineOf(heading)),
        heading,
      );
    }
    assert.ok(
      ranges.some((r) => r.startLine === lineOf('第二十条第（一）项')),
      '表二 folds',
    );
    assert.ok(ranges.every((r) => r.endLine > r.startLine && lines[r.endLine]?.trim() !== ''));
    await server.close(uri);
  });

  test('parser: hover on a 表三 总计 cell shows the sum of its parts', TIMEOUT, async () => {
    const uri = uriOf('hover');
    await server.open(uri, SEED_002);
    const lines = SEED_002.split('\n');
    const line = lines.findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
    const character = (lines[line] as string).lastIndexOf('4');
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line, character },
    })) as Hover | null;
    assert.ok(hover, 'a hover');
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /合计 4/);
    assert.match(value, /自然人 4 \+ 商业企业 0/);
    assert.match(value, /与表中总计一致/);
    assert.deepEqual(hover.range, { start: { line, character }, end: { line, character: character + 1 } });
    const prose = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: lines.findIndex((l) => l.startsWith('## 一、')), character: 4 },
    })) as Hover | null;
    assert.equal(prose, null, 'no hover outside total cells');
    await server.close(uri);

    // Seed 000's （七）总计 row: its 总计 cell is both a row total and the result total.
    const seed000 = corpusReport('000').text;
    const uri000 = uriOf('hover-000');
    await server.open(uri000, seed000);
    const lines000 = seed000.split('\n');
    const totalLine = lines000.findIndex((l) => /^\(七\)\s*总计/.test(l));
    const both = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri000 },
      position: { line: totalLine, character: (lines000[totalLine] as string).lastIndexOf('2') },
    })) as Hover | null;
    const sums = (both?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(sums, /合计 2\*\*（6 项之和）/);
    assert.match(sums, /合计 2\*\*（19 项之和）/, '2019: （一）（二）, 8 + 3 + 5 sub-rows and （六）');
    await server.close(uri000);
  });

  test('closing a document clears its diagnostics', TIMEOUT, async () => {
    const uri = uriOf('close');
    await server.open(uri, SEED_002);
    await server.diagnosticsFor(uri, 1);
    const before = server.publishedFor(uri).length;
    await server.close(uri);
    const cleared = await server.until(() => server.publishedFor(uri)[before]);
    assert.deepEqual(cleared.diagnostics, []);
    assert.equal(cleared.version, undefined);
  });

  test('malformed and unknown requests get errors, and the server keeps serving', TIMEOUT, async () => {
    await assert.rejects(server.connection.sendRequest('textDocument/hover', {}), 'hover without a document');
    const nonsense = await server.connection.sendRequest('textDocument/codeAction', { textDocument: 42 });
    assert.equal(nonsense, null, 'a document that is no document has no actions');
    await assert.rejects(
      server.connection.sendRequest('govReport/noSuchMethod', {}),
      (err: { code?: number }) => {
        assert.equal(err.code, -32601);
        return true;
      },
    );
    // A message whose body is not JSON at all, written straight onto the wire.
    const garbage = '{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":{broken';
    server.child.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    const missing = await server.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: uriOf('never-opened') },
    });
    assert.equal(missing, null, 'an unknown document has no symbols');
    const uri = uriOf('after-errors');
    await server.open(uri, SEED_002);
    await server.diagnosticsFor(uri, 1);
    assert.ok(server.alive);
    await server.close(uri);
  });
});

test('rapid edits: only the latest version is published, never a stale one', TIMEOUT, async () => {
  // Configuration answers are held back until every edit is sent, so any lint started for an older
  // version is still awaiting its settings when the newest version arrives.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = await LspHarness.start({
    configuration: async (p) => {
      await released;
      return p.items.map(() => ({}));
    },
  });
  try {
    const uri = uriOf('rapid');
    await server.open(uri, SEED_002);
    await server.until(() =>
      server.configurationRequests.find((r) => r.items.some((i) => i.scopeUri === uri)),
    );
    let text = SEED_002;
    const line = SEED_002.split('\n').findIndex((l) => l.startsWith('## 一、总体情况'));
    for (let version = 2; version <= 31; version++) {
      const insert = version % 2 === 0 ? '（' : '）';
      const document = TextDocument.create(uri, 'govreport', version - 1, text);
      const range = { start: { line, character: 2 }, end: { line, character: 2 } };
      text = TextDocument.applyEdits(document, [{ range, newText: insert }]);
      await server.change(uri, version, [{ range, text: insert }]);
    }
    release();
    const last = await server.diagnosticsFor(uri, 31);
    assert.deepEqual(
      server.publishedFor(uri).map((p) => p.version),
      [31],
    );
    assert.deepEqual(
      last.diagnostics.map((d) => [d.code, d.range.start.line]),
      lint(text).findings.map((f) => [
        f.rule,
        TextDocument.create(uri, 'govreport', 31, text).positionAt(f.span.start).line,
      ]),
      'the diagnostics are those of the final text (incremental changes applied in order)',
    );
  } finally {
    await server.stop();
  }
});

describe('settings', () => {
  test('documents larger than maxFileSize get one info diagnostic and no features', TIMEOUT, async () => {
    const server = await LspHarness.start({
      configuration: (p) => p.items.map(() => ({ maxFileSize: 100 })),
    });
    try {
      const uri = uriOf('too-large');
      await server.open(uri, SEED_002);
      const { diagnostics } = await server.diagnosticsFor(uri, 1);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]?.severity, 3);
      assert.equal(diagnostics[0]?.source, 'gov-report-lint');
      assert.match(msg(diagnostics[0]), /maxFileSize（100 字节）/);
      const symbols = await server.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri },
      });
      assert.equal(symbols, null);
    } finally {
      await server.stop();
    }
  });

  test('messages follow the display language passed by the client; Chinese otherwise', TIMEOUT, async () => {
    const small = (p: { items: unknown[] }) => p.items.map(() => ({ maxFileSize: 100 }));
    const english = await LspHarness.start({ configuration: small, displayLanguage: 'en-US' });
    const chinese = await LspHarness.start({ configuration: small });
    const forced = await LspHarness.start({
      configuration: (p) => p.items.map(() => ({ maxFileSize: 100, locale: 'zh' })),
      displayLanguage: 'en',
    });
    try {
      const uri = uriOf('locale');
      const messages = await Promise.all(
        [english, chinese, forced].map(async (server) => {
          await server.open(uri, SEED_002);
          return msg((await server.diagnosticsFor(uri, 1)).diagnostics[0]);
        }),
      );
      assert.match(messages[0] ?? '', /^Not checked/);
      assert.match(messages[1] ?? '', /未进行检查/);
      assert.match(messages[2] ?? '', /未进行检查/, 'locale: zh wins over the display language');
    } finally {
      await Promise.all([english.stop(), chinese.stop(), forced.stop()]);
    }
  });

  test(
    'an invalid setting gives one warning naming the key; the other keys keep working',
    TIMEOUT,
    async () => {
      const server = await LspHarness.start({
        configuration: (p) => p.items.map(() => ({ run: 'sometimes', maxFileSize: 100 })),
      });
      try {
        for (const name of ['invalid-a', 'invalid-b']) {
          await server.open(uriOf(name), SEED_002);
          const { diagnostics } = await server.diagnosticsFor(uriOf(name), 1);
          assert.match(msg(diagnostics[0]), /maxFileSize/, 'maxFileSize: 100 still applies');
        }
        assert.equal(server.warnings.length, 1, 'one warning for both documents');
        assert.match(server.warnings[0] ?? '', /"run"/);
        assert.match(server.warnings[0] ?? '', /govReport/);
      } finally {
        await server.stop();
      }
    },
  );

  test(
    '.govreportrc.json in the workspace folder overrides the settings, and is watched',
    TIMEOUT,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gov-report-lint-rc-'));
      mkdirSync(join(dir, 'reports'));
      const rc = join(dir, '.govreportrc.json');
      writeFileSync(rc, JSON.stringify({ maxFileSize: 100 }));
      const folder = pathToFileURL(dir).href;
      const server = await LspHarness.start({
        workspaceFolders: [folder],
        configuration: (p) => p.items.map(() => ({ maxFileSize: 1_000_000 })),
      });
      try {
        const uri = pathToFileURL(join(dir, 'reports', 'a.report.txt')).href;
        await server.open(uri, SEED_002);
        const first = await server.diagnosticsFor(uri, 1);
        assert.match(msg(first.diagnostics[0]), /maxFileSize（100 字节）/, 'the file wins over the settings');

        writeFileSync(rc, JSON.stringify({ maxFileSize: 'big' }));
        await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: pathToFileURL(rc).href, type: 2 }],
        });
        const second = await server.until(() => server.publishedFor(uri)[1]);
        assert.deepEqual(
          second.diagnostics.map((d) => d.code),
          lint(SEED_002).findings.map((f) => f.rule),
          'with the invalid value ignored, the editor setting applies again',
        );
        assert.equal(server.warnings.length, 1);
        assert.match(server.warnings[0] ?? '', /"maxFileSize"/);
        assert.match(server.warnings[0] ?? '', /\.govreportrc\.json/);
      } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
