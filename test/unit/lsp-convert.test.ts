/** Offsets ↔ LSP positions, diagnostics and the minimal fix-all edit. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Finding } from '../../server/src/core/index.js';
import { minimalEdit } from '../../server/src/lsp/code-actions.js';
import { toOffset, toRange, toSpan } from '../../server/src/lsp/convert.js';
import { toDiagnostic, tooLargeDiagnostic } from '../../server/src/lsp/diagnostics.js';

// 𠀀 (U+20000) and 𪚥 are surrogate pairs; lines end in \n, \r\n and a lone \r.
const TEXT = '一、总体情况\r\n由𠀀局负责𪚥。\n表三\r\t4\t0';

test('positions agree with TextDocument for every offset, across surrogate pairs and all line breaks', () => {
  const index = new LineIndex(TEXT);
  const document = TextDocument.create('file:///a', 'govreport', 1, TEXT);
  for (let offset = 0; offset <= TEXT.length; offset++) {
    // Between \r and \n is no position at all (TextDocument clamps it, LineIndex does not); spans never end there.
    if (TEXT[offset - 1] === '\r' && TEXT[offset] === '\n') continue;
    const range = toRange(index, { start: offset, end: offset });
    assert.deepEqual(range.start, document.positionAt(offset), `offset ${offset}`);
    assert.equal(toOffset(index, range.start), document.offsetAt(range.start));
  }
  const pair = TEXT.indexOf('𠀀');
  assert.deepEqual(toRange(index, { start: pair, end: pair + 2 }), {
    start: { line: 1, character: 1 },
    end: { line: 1, character: 3 },
  });
  assert.deepEqual(toSpan(index, toRange(index, { start: pair, end: pair + 2 })), {
    start: pair,
    end: pair + 2,
  });
});

const finding: Finding = {
  rule: 'table3-row-total',
  severity: 'warning',
  span: { start: 17, end: 19 },
  message: { zh: '总计为 4，应为 5', en: 'total is 4, expected 5' },
  related: [{ span: { start: 0, end: 2 }, message: { zh: '自然人', en: 'natural persons' } }],
  fixes: [],
};

test('a finding becomes a diagnostic with source, code, doc link, severity and related information', () => {
  const index = new LineIndex(TEXT);
  const diagnostic = toDiagnostic(finding, index, 'file:///a', 'zh');
  assert.deepEqual(diagnostic, {
    range: toRange(index, finding.span),
    severity: 2,
    source: 'gov-report-lint',
    code: 'table3-row-total',
    codeDescription: { href: 'https://github.com/gov-report-lint/gov-report-lint#table3-row-total' },
    message: '总计为 4，应为 5',
    relatedInformation: [
      { location: { uri: 'file:///a', range: toRange(index, { start: 0, end: 2 }) }, message: '自然人' },
    ],
  });
  assert.equal(toDiagnostic(finding, index, 'file:///a', 'en').message, 'total is 4, expected 5');
  assert.equal(toDiagnostic({ ...finding, severity: 'error', related: [] }, index, 'u', 'zh').severity, 1);
  assert.equal(toDiagnostic({ ...finding, severity: 'info' }, index, 'u', 'zh').severity, 3);
  assert.equal('relatedInformation' in toDiagnostic({ ...finding, related: [] }, index, 'u', 'zh'), false);
});

test('the size-guard diagnostic is informational and says both sizes', () => {
  const d = tooLargeDiagnostic(2048, 1024, 'en');
  assert.equal(d.severity, 3);
  assert.equal(d.source, 'gov-report-lint');
  assert.match(d.message as string, /2048 bytes.*1024 bytes/);
  assert.match(tooLargeDiagnostic(2048, 1024, 'zh').message as string, /2048 字节.*1024 字节/);
});

test('minimalEdit keeps the common prefix and suffix and never splits a surrogate pair', () => {
  assert.equal(minimalEdit('abc', 'abc'), undefined);
  assert.deepEqual(minimalEdit('总计\t4\t0', '总计\t5\t0'), { start: 3, end: 4, newText: '5' });
  assert.deepEqual(minimalEdit('ab', 'aXb'), { start: 1, end: 1, newText: 'X' });
  assert.deepEqual(minimalEdit('aXXb', 'ab'), { start: 1, end: 3, newText: '' });
  // 𠀀 = D840 DC00 and 𠀁 = D840 DC01 share their high surrogate: the edit must still cover both halves.
  assert.deepEqual(minimalEdit('a𠀀b', 'a𠀁b'), { start: 1, end: 3, newText: '𠀁' });
  // 𠀀 and 𡀀 (D844 DC00) share the low surrogate.
  assert.deepEqual(minimalEdit('a𠀀b', 'a𡀀b'), { start: 1, end: 3, newText: '𡀀' });
  for (const [before, after] of [
    ['x𠀀𠀀y', 'x𠀀y'],
    ['', '新'],
    ['新', ''],
    ['aaa', 'aa'],
  ] as const) {
    const edit = minimalEdit(before, after);
    assert.ok(edit);
    assert.equal(
      before.slice(0, edit.start) + edit.newText + before.slice(edit.end),
      after,
      `${before} → ${after}`,
    );
  }
});
