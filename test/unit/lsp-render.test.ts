/** The insert command's text: blank tables and report skeletons from the engine's renderer. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, TEMPLATES } from '../../server/src/core/index.js';
import { renderReport, renderTable } from '../../server/src/core/templates/skeleton.js';
import { AGENCY_PLACEHOLDER, parseRenderParams, renderTemplate } from '../../server/src/lsp/render.js';
import { corpusReport } from './support/corpus.js';

test('request parameters are validated', () => {
  assert.deepEqual(parseRenderParams({ kind: 'table3', template: '2019', eol: '\r\n' }), {
    kind: 'table3',
    template: '2019',
    eol: '\r\n',
  });
  assert.deepEqual(parseRenderParams({ kind: 'report', template: '2021', eol: '\n', uri: 'file:///a' }), {
    kind: 'report',
    template: '2021',
    eol: '\n',
    uri: 'file:///a',
  });
  for (const bad of [
    null,
    {},
    { kind: 'table5', template: '2021', eol: '\n' },
    { kind: 'table2', template: 'auto', eol: '\n' },
    { kind: 'table2', template: '2021', eol: '\r' },
  ]) {
    assert.equal(parseRenderParams(bad), null, JSON.stringify(bad));
  }
});

test('a table is the renderer’s, every value 0, with the requested line breaks', () => {
  for (const template of ['2019', '2021'] as const) {
    for (const kind of ['table2', 'table3', 'table4'] as const) {
      const text = renderTemplate({ kind, template, eol: '\r\n' }, undefined, 2024);
      assert.equal(text, renderTable(TEMPLATES[template], kind, '0', '\r\n'));
    }
  }
});

test('a skeleton takes the year and body of the report it goes into, within the template’s years', () => {
  const report = lint(corpusReport('15-').text).document;
  const render = (template: '2019' | '2021', document = report) =>
    renderTemplate({ kind: 'report', template, eol: '\n' }, document, 2030);
  assert.equal(render('2021'), renderReport(TEMPLATES['2021'], 2024, '淮安市洪泽区人民政府'));
  assert.equal(render('2019'), renderReport(TEMPLATES['2019'], 2020, '淮安市洪泽区人民政府'));
  const blank = renderTemplate({ kind: 'report', template: '2021', eol: '\n' }, undefined, 2030);
  assert.equal(blank, renderReport(TEMPLATES['2021'], 2030, AGENCY_PLACEHOLDER));
  const checked = lint(blank);
  assert.equal(checked.document.year, 2030);
  assert.deepEqual(checked.findings, [], 'a skeleton is a clean report');
});
