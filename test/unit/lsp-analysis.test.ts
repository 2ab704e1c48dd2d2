/**
 * Analyses: last year's report joins the lint, a version is parsed once, and an analysis is reused only while
 * it still holds. The engine is counted, so each test says how much work an event costs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  defaultConfig,
  lint,
  lintDocument,
  parseReport,
  type ReportDocument,
} from '../../server/src/core/index.js';
import { Analyses } from '../../server/src/lsp/analysis.js';
import { PreviousReports } from '../../server/src/lsp/previous-reports.js';
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
const LAST = 'file:///w/2023.txt';
const THIS = 'file:///w/2024.txt';
const crossYear = (analysis: { result: { findings: readonly { rule: string }[] } | null }) =>
  analysis.result?.findings.filter((f) => f.rule === 'cross-year').length;
const open = (uri: string, text: string, version = 1) => TextDocument.create(uri, 'govreport', version, text);

/** Analyses over `previous`, with the engine's calls counted. */
function counted(previous = new PreviousReports()) {
  const calls = { parse: 0, lint: 0 };
  const analyses = new Analyses(previous, {
    parseReport: (...args) => (calls.parse++, parseReport(...args)),
    lintDocument: (...args) => (calls.lint++, lintDocument(...args)),
  });
  return { analyses, calls, previous };
}

/** A workspace whose saved file of 2023 holds `text`. */
function savedLastYear(text: string): PreviousReports {
  const previous = new PreviousReports();
  previous.setSaved(LAST, lint(text).document);
  return previous;
}

test('last year’s report joins the lint: one parse, one run of the rules, the engine’s findings', () => {
  const { analyses, calls, previous } = counted(savedLastYear(Y2023_CARRIED));
  const analysis = analyses.of(open(THIS, Y2024), SETTINGS);
  assert.deepEqual(calls, { parse: 1, lint: 1 }, 'lint() would have been called twice before');
  const last = analysis.previous;
  assert.ok(last);
  assert.equal(last, previous.find(THIS, analysis.result?.document as ReportDocument));
  assert.deepEqual(analysis.result?.findings, lint(Y2024, { previous: last }).findings);
  assert.equal(crossYear(analysis), 2);
  assert.equal(
    crossYear(new Analyses().of(open(THIS, Y2024), SETTINGS)),
    0,
    'no previous report, no finding',
  );
});

test('an analysis is reused while nothing changed; last year’s report or the rules change: no new parse', () => {
  const { analyses, calls, previous } = counted(savedLastYear(Y2023));
  const doc = open(THIS, Y2024);
  const first = analyses.of(doc, SETTINGS);
  assert.equal(crossYear(first), 0);
  assert.equal(analyses.of(doc, SETTINGS), first);
  assert.deepEqual(calls, { parse: 1, lint: 1 });
  assert.deepEqual(previous.stale(), []);

  previous.setSaved(LAST, lint(Y2023_CARRIED).document);
  assert.deepEqual(previous.stale(), [THIS]);
  const second = analyses.of(doc, SETTINGS);
  assert.equal(crossYear(second), 2);
  assert.equal(second.result?.document, first.result?.document, 'the parse keeps its identity');
  assert.deepEqual(calls, { parse: 1, lint: 2 });
  assert.deepEqual(previous.stale(), []);

  const quiet: Settings = { ...SETTINGS, config: { ...SETTINGS.config, rules: { 'cross-year': 'off' } } };
  assert.equal(crossYear(analyses.of(doc, quiet)), 0);
  assert.deepEqual(calls, { parse: 1, lint: 3 }, 'other rule settings: the rules run on the same parse');

  const forced: Settings = { ...SETTINGS, config: { ...SETTINGS.config, template: '2019' } };
  analyses.of(doc, forced);
  assert.deepEqual(calls, { parse: 2, lint: 4 }, 'another template: parsed again');

  previous.setSaved(LAST, undefined);
  assert.equal(crossYear(analyses.of(doc, SETTINGS)), 0, 'last year’s report is gone');
});

test('too large: neither parsed nor checked, until a limit lets it through', () => {
  const { analyses, calls } = counted();
  const doc = open(THIS, Y2024);
  const tiny: Settings = { ...SETTINGS, config: { ...SETTINGS.config, maxFileSize: 10 } };
  const skipped = analyses.of(doc, tiny);
  assert.equal(skipped.result, null);
  assert.equal(analyses.of(doc, tiny), skipped);
  assert.deepEqual(calls, { parse: 0, lint: 0 });
  assert.notEqual(analyses.of(doc, SETTINGS).result, null);
  assert.equal(analyses.of(doc, tiny).result, null, 'a lower limit applies to a parsed version too');
  assert.deepEqual(calls, { parse: 1, lint: 1 });
});

test('with 100 reports open, an edit parses and checks one document and makes none stale', () => {
  const { analyses, calls, previous } = counted();
  const bodies = Array.from(
    { length: 50 },
    (_, i) => `${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰'[Math.floor(i / 10)]}区`,
  );
  for (const [i, body] of bodies.entries()) {
    analyses.of(open(`file:///w/${i}-2023.txt`, Y2023.replaceAll('洪泽区', body)), SETTINGS);
    analyses.of(open(`file:///w/${i}-2024.txt`, Y2024.replaceAll('洪泽区', body)), SETTINGS);
  }
  const BODY_7 = bodies[7] as string;
  assert.deepEqual(previous.stale(), [], 'each 2024 report was checked against its 2023 report already');
  const before = { ...calls };
  analyses.of(open('file:///w/7-2024.txt', `${Y2024.replaceAll('洪泽区', BODY_7)} `, 2), SETTINGS);
  assert.deepEqual(calls, { parse: before.parse + 1, lint: before.lint + 1 });
  assert.deepEqual(previous.stale(), [], 'nobody compares with a 2024 report');
  analyses.of(open('file:///w/7-2023.txt', `${Y2023.replaceAll('洪泽区', BODY_7)} `, 2), SETTINGS);
  assert.deepEqual(previous.stale(), ['file:///w/7-2024.txt'], 'only the same body’s next report');
});

test('a closed document is forgotten: no one’s last year’s report any more', () => {
  const { analyses, previous } = counted();
  analyses.of(open(LAST, Y2023_CARRIED), SETTINGS);
  assert.equal(crossYear(analyses.of(open(THIS, Y2024), SETTINGS)), 2);
  analyses.forget(LAST);
  assert.deepEqual(previous.stale(), [THIS]);
  assert.equal(crossYear(analyses.of(open(THIS, Y2024), SETTINGS)), 0);
});
