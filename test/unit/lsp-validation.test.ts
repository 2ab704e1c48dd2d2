/**
 * The validator without a connection: a run scheduled without delay (opening, saving) or after the debounce is
 * cancelled by a newer one or by closing, so each burst publishes once, for the current version; a document's
 * status is sent when it changes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig } from '../../server/src/core/index.js';
import { Analyses } from '../../server/src/lsp/analysis.js';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import type { Settings } from '../../server/src/lsp/settings.js';
import { Validator } from '../../server/src/lsp/validation.js';
import { corpusReport } from './support/corpus.js';

const URI = 'file:///w/report.txt';
const SEED = corpusReport('000').text;

/** A validator over one document (replaced by `edit`), recording what it publishes. */
function setup(run: 'onType' | 'onSave', debounceMs = 20) {
  const settings: Settings = { config: { ...defaultConfig(), run }, locale: 'zh' };
  const analyses = new Analyses();
  const published: PublishDiagnosticsParams[] = [];
  const statuses: StatusParams[] = [];
  const errors: string[] = [];
  let document: TextDocument | undefined = TextDocument.create(URI, 'govreport', 1, SEED);
  const validator = new Validator(
    {
      document: (uri) => (uri === URI ? document : undefined),
      settings: () => Promise.resolve(settings),
      analyze: (d, s) => analyses.of(d, s),
      stale: () => [],
      publish: (params) => published.push(params),
      status: (params) => statuses.push(params),
      error: (message) => errors.push(message),
      refreshViews: () => undefined,
    },
    debounceMs,
  );
  const edit = (text: string) => {
    if (!document) throw new Error('closed');
    document = TextDocument.update(document, [{ text }], document.version + 1);
    validator.changed(URI);
  };
  const close = () => {
    document = undefined;
    validator.closed(URI);
  };
  const reopen = (text: string) => {
    document = TextDocument.create(URI, 'govreport', 1, text);
    validator.changed(URI);
  };
  return { validator, published, statuses, errors, edit, close, reopen };
}

/** Waits longer than any scheduled run (the debounce is 20 ms in these tests). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

test('opening publishes once without waiting for the debounce; the next edit waits for it', async () => {
  const { validator, published, errors, edit } = setup('onType', 10_000);
  validator.changed(URI);
  await settle();
  assert.deepEqual(
    published.map((p) => p.version),
    [1],
  );
  edit(`${SEED} `);
  await settle();
  assert.equal(published.length, 1, 'the edit waits for the debounce');
  assert.deepEqual(errors, []);
});

test('a run scheduled without delay is replaced by a newer one: one publication, of the last version', async () => {
  const { validator, published, errors, edit } = setup('onSave');
  validator.changed(URI);
  edit(`${SEED} `);
  validator.saved(URI);
  validator.saved(URI);
  await settle();
  assert.deepEqual(
    published.map((p) => p.version),
    [2],
  );
  assert.deepEqual(errors, []);
});

test('closing cancels a pending run, whether without delay or debounced', async () => {
  for (const pending of ['open', 'debounced'] as const) {
    const { validator, published, errors, edit, close } = setup('onType');
    validator.changed(URI);
    if (pending === 'debounced') {
      await settle();
      edit(`${SEED} `);
    }
    close();
    await settle();
    assert.deepEqual(
      published.map((p) => [p.version, p.diagnostics.length]),
      [...(pending === 'debounced' ? [[1, published[0]?.diagnostics.length]] : []), [undefined, 0]],
      pending,
    );
    assert.deepEqual(errors, []);
  }
});

test('a debounced run is replaced by a save: one publication', async () => {
  const { validator, published, edit } = setup('onType');
  validator.changed(URI);
  await settle();
  edit(`${SEED} `);
  validator.saved(URI);
  await settle();
  assert.deepEqual(
    published.map((p) => p.version),
    [1, 2],
  );
});

test('the status is sent after the first run, then only when the template or the year changes', async () => {
  const { validator, published, statuses, errors, edit, close, reopen } = setup('onSave');
  const seen = () => statuses.map((s) => [s.template, s.year]);
  validator.changed(URI);
  await settle();
  assert.deepEqual(seen(), [['2019', 2020]]);
  for (const text of [`${SEED} `, SEED]) {
    edit(text);
    validator.saved(URI);
    await settle();
  }
  assert.equal(published.length, 3);
  assert.deepEqual(seen(), [['2019', 2020]], 'same template and year: not sent again');
  edit(SEED.replace(' 2020 年政府', ' 2021 年政府'));
  validator.saved(URI);
  await settle();
  edit('');
  validator.saved(URI);
  await settle();
  assert.deepEqual(seen(), [
    ['2019', 2020],
    ['2019', 2021],
    ['unknown', null],
  ]);
  close();
  reopen('');
  await settle();
  assert.deepEqual(seen().at(-1), ['unknown', null], 'sent again after reopening');
  assert.equal(statuses.length, 4);
  assert.deepEqual(errors, []);
});
