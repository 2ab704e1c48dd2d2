/** Editor settings + .govreportrc.json: merging, validation messages, lookup, caching and warnings. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { defaultConfig } from '../../server/src/core/index.js';
import { findRcFile, resolveSettings, SettingsStore, type RcFile } from '../../server/src/lsp/settings.js';

const rc = (value: unknown): RcFile => ({ path: '/w/.govreportrc.json', text: JSON.stringify(value) });

test('defaults with no sources; the locale follows the display language only for auto', () => {
  assert.deepEqual(resolveSettings(undefined, undefined, 'zh'), {
    settings: { config: defaultConfig(), locale: 'zh' },
    warnings: [],
  });
  assert.equal(resolveSettings({ locale: 'auto' }, undefined, 'en').settings.locale, 'en');
  assert.equal(resolveSettings({ locale: 'zh' }, undefined, 'en').settings.locale, 'zh');
  assert.equal(resolveSettings({}, rc({ locale: 'en' }), 'zh').settings.locale, 'en');
});

test('keys the file sets override the editor settings; per-rule severities merge', () => {
  const { settings, warnings } = resolveSettings(
    { run: 'onSave', template: '2019', rules: { 'blank-cell': 'off', 'table-label': 'info' } },
    rc({ template: '2021', rules: { 'table-label': 'error' } }),
    'zh',
  );
  assert.deepEqual(warnings, []);
  assert.equal(settings.config.run, 'onSave', 'kept from the editor');
  assert.equal(settings.config.template, '2021', 'the file wins');
  assert.deepEqual(settings.config.rules, { 'blank-cell': 'off', 'table-label': 'error' });
});

test('an invalid key falls back and is named in one warning per source; the rest keeps working', () => {
  const { settings, warnings } = resolveSettings(
    { run: 'sometimes', maxFileSize: -1, detect: false },
    rc({ template: 2021, locale: 'en' }),
    'zh',
  );
  assert.equal(settings.config.run, 'onType');
  assert.equal(settings.config.maxFileSize, defaultConfig().maxFileSize);
  assert.equal(settings.config.detect, false);
  assert.equal(settings.config.template, 'auto', 'an invalid file value does not hide the editor value');
  assert.equal(warnings.length, 2);
  assert.match(warnings[0]?.text ?? '', /govReport\.\*.*"run".*"maxFileSize"/s);
  assert.match(warnings[1]?.text ?? '', /\/w\/\.govreportrc\.json.*"template"/);
  assert.match(
    warnings[1]?.text ?? '',
    /^gov-report-lint options file/,
    'in the resolved locale (en, from the file)',
  );
});

test('an options file that is not JSON is ignored as a whole, with a warning', () => {
  const { settings, warnings } = resolveSettings(
    { run: 'onSave' },
    { path: '/w/.govreportrc.json', text: '{ run: ' },
    'zh',
  );
  assert.equal(settings.config.run, 'onSave');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]?.text ?? '', /不是有效的 JSON/);
});

test('the nearest options file between the document and its workspace folder is found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-lint-settings-'));
  try {
    mkdirSync(join(dir, 'ws', 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, '.govreportrc.json'), '{"run":"onSave"}'); // above the folder: never read
    const folder = pathToFileURL(join(dir, 'ws')).href;
    const doc = pathToFileURL(join(dir, 'ws', 'a', 'b', 'r.txt')).href;
    assert.equal(await findRcFile(doc, [folder]), undefined);
    writeFileSync(join(dir, 'ws', '.govreportrc.json'), '{"template":"2019"}');
    assert.deepEqual(await findRcFile(doc, [folder]), {
      path: join(dir, 'ws', '.govreportrc.json'),
      text: '{"template":"2019"}',
    });
    writeFileSync(join(dir, 'ws', 'a', '.govreportrc.json'), '{}');
    assert.equal((await findRcFile(doc, [folder]))?.path, join(dir, 'ws', 'a', '.govreportrc.json'));
    assert.equal(await findRcFile('untitled:Untitled-1', [folder]), undefined);
    assert.equal(await findRcFile(pathToFileURL(join(dir, 'elsewhere.txt')).href, [folder]), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the store caches per document, warns once per distinct problem, and re-reads on reload', async () => {
  let editor: unknown = { run: 'sometimes' };
  let reads = 0;
  const warned: string[] = [];
  const store = new SettingsStore(
    {
      editorSettings: async () => {
        reads++;
        return editor;
      },
      rcFile: async () => undefined,
      warn: (text) => warned.push(text),
    },
    'zh',
  );
  await store.get('file:///a');
  await store.get('file:///a');
  await store.get('file:///b');
  assert.equal(reads, 2, 'once per document');
  assert.equal(warned.length, 1, 'the same problem is shown once');
  await store.reload();
  assert.equal(reads, 4, 'each cached document read again');
  assert.equal(warned.length, 1, 'still the same problem: not repeated');
  editor = {};
  await store.reload();
  editor = { run: 'sometimes' };
  await store.reload();
  assert.equal(warned.length, 2, 'fixed, then broken again: shown again');
  const failing = new SettingsStore(
    {
      editorSettings: () => Promise.reject(new Error('gone')),
      rcFile: async () => undefined,
      warn: () => {},
    },
    'en',
  );
  assert.deepEqual(await failing.get('file:///a'), { config: defaultConfig(), locale: 'en' });
});

test('reload: only the selected documents are read again; equal settings keep their identity', async () => {
  const editor: Record<string, unknown> = { 'file:///w/a/1.txt': {}, 'file:///w/b/2.txt': {} };
  const reads: string[] = [];
  const store = new SettingsStore(
    {
      editorSettings: async (uri) => (reads.push(uri), editor[uri]),
      rcFile: async () => undefined,
      warn: () => {},
    },
    'zh',
  );
  const [a, b] = ['file:///w/a/1.txt', 'file:///w/b/2.txt'];
  const [first, second] = await Promise.all([store.get(a), store.get(b)]);
  reads.length = 0;

  editor[a] = { run: 'onType', rules: {} }; // the defaults, spelt out: the same effective settings
  assert.deepEqual(await store.reload(), []);
  assert.equal(await store.get(a), first, 'the very same object');
  assert.deepEqual(reads.sort(), [a, b]);

  reads.length = 0;
  editor[a] = { rules: { 'blank-cell': 'off' } };
  editor[b] = { rules: { 'blank-cell': 'off' } };
  assert.deepEqual(await store.reload((uri) => uri.startsWith('file:///w/a/')), [a]);
  assert.deepEqual(reads, [a], 'b is not read');
  assert.equal(await store.get(b), second, 'b keeps its settings until its sources are said to change');
  assert.deepEqual((await store.get(a)).config.rules, { 'blank-cell': 'off' });
});
