/** The manifest, its translations, and the client's report detection, checked against the code. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { looksLikeReport } from '../../server/src/lsp/detect.js';
import { defaultConfig, RULES } from '../../server/src/core/index.js';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
const manifest = json('package.json') as {
  contributes: {
    configuration: { properties: Record<string, { default: unknown; properties?: Record<string, unknown> }> };
    commands: { command: string; title: string }[];
    languages: { id: string; extensions: string[] }[];
  };
  activationEvents: string[];
  capabilities: unknown;
  l10n: string;
  main: string;
};

test('every setting is declared under govReport.* with the engine default', () => {
  const properties = manifest.contributes.configuration.properties;
  const declared = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key.replace(/^govReport\./, ''), value.default]),
  );
  assert.deepEqual(declared, defaultConfig());
});

test('the rules setting names every engine rule', () => {
  const declared = Object.keys(
    manifest.contributes.configuration.properties['govReport.rules']?.properties ?? {},
  );
  for (const rule of RULES)
    assert.ok(declared.includes(rule.meta.id), `${rule.meta.id} is declared in package.json`);
});

test('language, activation and workspace capabilities', () => {
  assert.deepEqual(manifest.contributes.languages[0]?.extensions, ['.report.txt', '.report.md']);
  assert.deepEqual(manifest.activationEvents, [
    'onLanguage:govreport',
    'onLanguage:plaintext',
    'onLanguage:markdown',
  ]);
  assert.deepEqual(manifest.capabilities, {
    untrustedWorkspaces: { supported: true },
    virtualWorkspaces: true,
  });
  assert.equal(manifest.main, './dist/client.js');
  assert.deepEqual(
    manifest.contributes.commands.map((c) => c.command),
    ['govReport.fixAll', 'govReport.insertTable', 'govReport.restartServer'],
  );
});

test('every %key% of the manifest is translated in English and Chinese, and nothing else is', () => {
  const used = [...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]).sort();
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    assert.deepEqual(Object.keys(json(file)).sort(), [...new Set(used)], file);
  }
  const zh = json('package.nls.zh-cn.json');
  assert.equal(zh['command.fixAll'], '修复所有可自动修复的问题');
  assert.equal(zh['command.restartServer'], '重启检查服务');
  assert.equal(zh['command.insertTable'], '插入空白表格');
});

test('every runtime string of the client has a Chinese translation in the l10n bundle, and nothing else', () => {
  const sources = readdirSync(join(ROOT, 'client/src')).map((f) => read(join('client/src', f)));
  const used = sources.flatMap((s) => [...s.matchAll(/l10n\.t\(\s*'([^']+)'/g)].map((m) => m[1] as string));
  const bundle = json(join(manifest.l10n, 'bundle.l10n.zh-cn.json'));
  assert.ok(used.length > 5);
  assert.deepEqual(Object.keys(bundle).sort(), [...new Set(used)].sort());
  for (const [english, chinese] of Object.entries(bundle)) {
    const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
    assert.deepEqual(placeholders(chinese as string), placeholders(english), english);
  }
});

test('report detection: a title in the first ten lines, nowhere else', () => {
  assert.ok(looksLikeReport('\n\n# 洛阳市瀍河区人民政府 2020 年政府信息公开工作年度报告\n\n## 一、总体情况'));
  assert.ok(looksLikeReport('某局2021年度政府信息公开工作年度报告'));
  assert.ok(looksLikeReport('\r\n'.repeat(9) + '政府信息公开工作年度报告'));
  assert.ok(!looksLikeReport('\n'.repeat(10) + '政府信息公开工作年度报告'), 'line 11 is too far down');
  assert.ok(
    !looksLikeReport('# 会议纪要\n\n讨论了政府信息公开工作。\n年度报告下周提交。'),
    'the words on different lines',
  );
  assert.ok(!looksLikeReport('# README\n\nSome notes.'));
  assert.ok(
    looksLikeReport(`2020年政府信息公开工作年度报告 ${'一、总体情况……'.repeat(20_000)}`),
    'a one-line web page',
  );
});
