/** Analyses: last year's report joins the lint, and an analysis is reused only while it still holds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig, lint, type ReportDocument } from '../../server/src/core/index.js';
import { Analyses } from '../../server/src/lsp/analysis.js';
import type { Settings } from '../../server/src/lsp/settings.js';
import { corpusReport } from './support/corpus.js';

const Y2023 = corpusReport('14-').text;
const Y2024 = corpusReport('15-').text;
/** 2023 carried 2 applications over (自然人 and 总计), which 2024's 上年结转 (0) contradicts. */
const Y2023_CARRIED = Y2023.replace(
  '四、结转下年度继续办理 0 0 0 0 0 0 0',
  '四、结转下年度继续办理 2 0 0 0 0 0 2',
);
const SETTINGS: Settings = { config: defaultConfig(), locale: 'zh' };
const crossYear = (analysis: { result: { findings: readonly { rule: string }[] } | null }) =>
  analysis.result?.findings.filter((f) => f.rule === 'cross-year').length;

/** Analyses whose workspace holds `previous` (changed by the test through the returned setter). */
function withPrevious(initial: ReportDocument | undefined) {
  let previous = initial;
  const asked: string[] = [];
  const analyses = new Analyses((uri) => {
    asked.push(uri);
    return previous;
  });
  return { analyses, asked, set: (p: ReportDocument | undefined) => (previous = p) };
}

test('last year’s report joins the lint: its cross-year findings are the diagnostics’ too', () => {
  const doc = TextDocument.create('file:///w/2024.txt', 'govreport', 1, Y2024);
  const previous = lint(Y2023_CARRIED).document;
  const { analyses, asked } = withPrevious(previous);
  const analysis = analyses.of(doc, SETTINGS);
  assert.deepEqual(asked, ['file:///w/2024.txt']);
  assert.equal(analysis.previous, previous);
  assert.deepEqual(analysis.result?.findings, lint(Y2024, { previous }).findings);
  assert.equal(crossYear(analysis), 2);
  assert.equal(crossYear(new Analyses().of(doc, SETTINGS)), 0, 'no previous report, no cross-year finding');
});

test('an analysis is reused while last year’s report is the same; recomputed, same parse, when it changes', () => {
  const doc = TextDocument.create('file:///w/2024.txt', 'govreport', 1, Y2024);
  const { analyses, set } = withPrevious(lint(Y2023).document);
  const first = analyses.of(doc, SETTINGS);
  assert.equal(crossYear(first), 0);
  assert.equal(analyses.of(doc, SETTINGS), first);
  assert.deepEqual(analyses.stale(), []);

  set(lint(Y2023_CARRIED).document);
  assert.deepEqual(analyses.stale(), ['file:///w/2024.txt']);
  const second = analyses.of(doc, SETTINGS);
  assert.notEqual(second, first);
  assert.equal(crossYear(second), 2);
  assert.equal(second.result?.document, first.result?.document, 'the parse keeps its identity');
  assert.deepEqual(analyses.stale(), []);

  set(undefined);
  assert.equal(crossYear(analyses.of(doc, SETTINGS)), 0, 'last year’s report is gone');
});

test('the open reports are those last analysed; a closed one is forgotten', () => {
  const analyses = new Analyses();
  const a = analyses.of(TextDocument.create('file:///w/a.txt', 'govreport', 1, Y2023), SETTINGS);
  const tooLarge = { config: { ...defaultConfig(), maxFileSize: 10 }, locale: 'zh' } as const;
  analyses.of(TextDocument.create('file:///w/b.txt', 'govreport', 1, Y2024), tooLarge);
  assert.deepEqual(analyses.reports(), new Map([['file:///w/a.txt', a.result?.document]]));
  analyses.forget('file:///w/a.txt');
  assert.equal(analyses.reports().size, 0);
});
