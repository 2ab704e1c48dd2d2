/**
 * The language server under 1,000 rapid edits (issue 5 §4): it keeps up, publishes versions in order only,
 * and ends with the diagnostics of the last version, which are the engine's for the final text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/core/index.js';
import { corpusReport } from './support/corpus.js';
import { LspHarness } from './support/lsp-harness.js';

const EDITS = 1000;

test(
  '1,000 rapid edits: versions published in order, the last one last, with the final text’s findings',
  { timeout: 60_000 },
  async () => {
    const server = await LspHarness.start();
    try {
      const uri = 'file:///rapid/report.txt';
      const seed = corpusReport('000').text;
      await server.open(uri, seed);
      await server.diagnosticsFor(uri, 1);
      let document = TextDocument.create(uri, 'govreport', 1, seed);
      // Typing and deleting in the title line, and rewriting a table value, without waiting.
      const sends: Promise<void>[] = [];
      for (let version = 2; version <= EDITS + 1; version++) {
        const kind = version % 3;
        const line = kind === 2 ? 5 : 2;
        const change =
          kind === 0
            ? { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }
            : {
                range: { start: { line, character: 0 }, end: { line, character: 0 } },
                text: kind === 1 ? '某' : '9',
              };
        document = TextDocument.update(document, [change], version);
        sends.push(server.change(uri, version, [change]));
      }
      await Promise.all(sends);
      const last = await server.diagnosticsFor(uri, EDITS + 1);
      await new Promise((resolve) => setTimeout(resolve, 500)); // nothing may follow it
      const versions = server.publishedFor(uri).map((p) => p.version ?? 0);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        'versions in order',
      );
      assert.equal(new Set(versions).size, versions.length, 'each version at most once');
      assert.equal(versions[versions.length - 1], EDITS + 1);
      const text = document.getText();
      assert.deepEqual(
        last.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
        lint(text).findings.map((f) => {
          const at = document.positionAt(f.span.start);
          return [f.rule, at.line, at.character];
        }),
      );
      assert.ok(server.alive);
    } finally {
      await server.stop();
    }
  },
);
