/** Code lenses: one per table, the engine's summary as title, revealing the table's first problem. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex, lint, tableSummaries } from '../../server/src/core/index.js';
import { codeLenses } from '../../server/src/lsp/code-lens.js';
import { REVEAL_COMMAND } from '../../server/src/lsp/protocol.js';
import { corpusReport } from './support/corpus.js';

const URI = 'file:///w/report.txt';

function lensesOf(prefix: string, locale: 'zh' | 'en' = 'zh') {
  const { text } = corpusReport(prefix);
  const result = lint(text);
  const index = new LineIndex(text);
  return { text, result, index, lenses: codeLenses(result, index, URI, locale) };
}

test('one lens per table, at the start of its first line, titled with the summary in the locale', () => {
  for (const locale of ['zh', 'en'] as const) {
    const { result, index, lenses } = lensesOf('000', locale);
    const summaries = tableSummaries(result);
    assert.equal(lenses.length, 3);
    assert.deepEqual(
      lenses.map((l) => l.command?.title),
      summaries.map((s) => s.text[locale]),
    );
    for (const [i, lens] of lenses.entries()) {
      const start = index.positionAt((summaries[i] as { span: { start: number } }).span.start);
      assert.deepEqual(lens.range, { start, end: start });
    }
  }
  assert.equal(lensesOf('000').lenses[2]?.command?.title, '表四：5 个空白单元格');
});

test('a lens reveals the first problem of its table: a cell inside it', () => {
  const { text, lenses } = lensesOf('000');
  const table4 = lenses[2];
  assert.equal(table4?.command?.command, REVEAL_COMMAND);
  const [uri, range] = table4?.command?.arguments ?? [];
  assert.equal(uri, URI);
  const firstBlank = lint(text).findings.find((f) => f.rule === 'blank-cell');
  const index = new LineIndex(text);
  assert.ok(firstBlank);
  assert.deepEqual(range, {
    start: index.positionAt(firstBlank.span.start),
    end: index.positionAt(firstBlank.span.end),
  });
});

test('a lens reveals a sentence of the text that contradicts its table', () => {
  const { text, result, index, lenses } = lensesOf('001');
  assert.match(lenses[1]?.command?.title ?? '', /正文 1 处与本表不符/);
  const claim = result.findings.find((f) => f.rule === 'text-zero-claim' || f.rule === 'text-table-mismatch');
  assert.ok(claim);
  const range = lenses[1]?.command?.arguments?.[1] as { start: { line: number } };
  assert.deepEqual(range.start, index.positionAt(claim.span.start));
  assert.match(text.split('\n')[range.start.line] ?? '', /未收到/);
});

test('a table with nothing to show gets a label-only lens', () => {
  const { lenses } = lensesOf('004');
  assert.deepEqual(
    lenses.map((l) => [l.command?.title, l.command?.command, l.command?.arguments]),
    [
      ['表二：未发现问题', '', undefined],
      ['表三：勾稽关系成立', '', undefined],
      ['表四：未发现问题', '', undefined],
    ],
  );
});

test('a lens reveals only what its summary names: "未发现问题" is never clickable', () => {
  // Seed 002: the "missing section 四" finding stands on the line of the 表四 rescued from 表三's orphans.
  const { result, lenses } = lensesOf('002');
  const table4 = result.document.tables.find((t) => t.kind === 'table4');
  assert.ok(
    result.findings.some(
      (f) =>
        f.rule === 'required-section' &&
        table4 &&
        f.span.start >= table4.span.start &&
        f.span.start <= table4.span.end,
    ),
  );
  assert.deepEqual(
    lenses.map((l) => [l.command?.title, l.command?.command]),
    [
      ['表二：未发现问题', ''],
      ['表三：勾稽关系无法核对 · 缺行或缺列', REVEAL_COMMAND],
      ['表四：未发现问题', ''],
    ],
  );
});
