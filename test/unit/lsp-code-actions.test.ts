/** Code actions from hand-made findings: one quick fix per fix, fix-all of a rule, and the kinds asked for. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Finding } from '../../server/src/core/index.js';
import { codeActions, type CodeActionInput } from '../../server/src/lsp/code-actions.js';

const TEXT = '一、本年新收\t2\t0\t3\n（七）总计\t2\t0\t3\n四、结转\t/\t0\t0\n';
const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length };
};

function total(line: string, found: string, expected: string, safe: boolean): Finding {
  const span = at(`\t${found}\n`, TEXT.indexOf(line));
  const cell = { start: span.start + 1, end: span.start + 1 + found.length };
  return {
    rule: 'table3-row-total',
    severity: 'error',
    span: cell,
    message: { zh: `总计应为 ${expected}`, en: `total should be ${expected}` },
    related: [],
    fixes: [
      {
        title: { zh: `将总计改为 ${expected}`, en: `Set the total to ${expected}` },
        edits: [{ ...cell, newText: expected }],
        safe,
      },
    ],
  };
}

const blank: Finding = {
  rule: 'blank-cell',
  severity: 'warning',
  span: at('/'),
  message: { zh: '空白单元格', en: 'blank cell' },
  related: [],
  fixes: [
    { title: { zh: '填入 0', en: 'Fill in 0' }, edits: [{ ...at('/'), newText: '0' }], safe: false },
    { title: { zh: '删除', en: 'Delete' }, edits: [{ ...at('/'), newText: '' }], safe: false },
  ],
};

const FINDINGS = [total('一、', '3', '2', true), total('（七）', '3', '2', true), blank];

function input(
  range: { start: number; end: number },
  only?: string[],
  locale: 'zh' | 'en' = 'zh',
): CodeActionInput {
  return {
    uri: 'file:///r.report.txt',
    version: 7,
    text: TEXT,
    index: new LineIndex(TEXT),
    findings: FINDINGS,
    lintOptions: {},
    locale,
    range,
    only,
    versionedEdits: true,
  };
}

function apply(action: CodeAction): string {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri: 'file:///r.report.txt', version: 7 });
  return TextDocument.applyEdits(TextDocument.create('u', 'govreport', 7, TEXT), change.edits as TextEdit[]);
}

test('each fix of each finding in range is one quick fix, titled in the locale, tied to its diagnostic', () => {
  const actions = codeActions(input(at('/')));
  assert.deepEqual(
    actions.map((a) => a.title),
    ['填入 0', '删除'],
  );
  assert.ok(actions.every((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'blank-cell'));
  assert.ok(
    actions.every((a) => a.isPreferred === false),
    'a fix that picks a side is never preferred',
  );
  assert.equal(apply(actions[0] as CodeAction), TEXT.replace('/', '0'));
  assert.deepEqual(
    codeActions(input(at('/'), undefined, 'en')).map((a) => a.title),
    ['Fill in 0', 'Delete'],
  );
});

test('a lone safe fix is preferred, and "fix all of this rule" applies every safe fix of that rule', () => {
  const first = FINDINGS[0] as Finding;
  const actions = codeActions(input(first.span));
  assert.equal(actions[0]?.title, '将总计改为 2');
  assert.equal(actions[0]?.isPreferred, true);
  const all = actions.find((a) => a.title.includes('table3-row-total'));
  assert.ok(all, 'a fix-all-of-rule action');
  assert.match(all.title, /2 处/);
  assert.equal(apply(all), '一、本年新收\t2\t0\t2\n（七）总计\t2\t0\t2\n四、结转\t/\t0\t0\n');
  assert.ok(
    !codeActions(input(at('/'))).some((a) => a.title.includes('blank-cell')),
    'no fix-all for unsafe fixes',
  );
});

test('nothing outside the range; no source action unless asked for by kind; none when nothing is fixable', () => {
  assert.deepEqual(codeActions(input(at('四、结转'))), []);
  assert.deepEqual(
    codeActions(input({ start: 0, end: TEXT.length }, ['source.fixAll'])),
    [],
    'the engine fixes nothing here',
  );
  assert.ok(
    codeActions(input({ start: 0, end: TEXT.length }, ['source'])).every((a) => a.kind?.startsWith('source')),
  );
  assert.deepEqual(codeActions(input({ start: 0, end: TEXT.length }, ['refactor'])), []);
});

test('clients without versioned edits get plain changes', () => {
  const [action] = codeActions({ ...input(at('/')), versionedEdits: false });
  assert.deepEqual(Object.keys(action?.edit?.changes ?? {}), ['file:///r.report.txt']);
  assert.equal(action?.edit?.documentChanges, undefined);
});
