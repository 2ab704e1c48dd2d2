/** The committed snippets are the renderer's output, and they compose into a clean report. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lint } from '../../server/src/core/index.js';
import { renderSnippets, SNIPPETS_PATH, snippetsFileText } from '../../scripts/snippets.js';

const manifest = JSON.parse(readFileSync(`${__dirname}/../../package.json`, 'utf8')) as {
  contributes: { snippets: { language: string; path: string }[] };
};

test('syntaxes/govreport.snippets.json is what `npm run snippets` writes', async () => {
  assert.equal(readFileSync(SNIPPETS_PATH, 'utf8'), await snippetsFileText(), 'run `npm run snippets`');
  assert.deepEqual(manifest.contributes.snippets, [
    { language: 'govreport', path: './syntaxes/govreport.snippets.json' },
  ]);
});

test('the six headings and three tables, typed in order under a title, make a report with no finding', () => {
  const snippets = renderSnippets();
  const names = Object.keys(snippets);
  assert.equal(names.length, 9);
  const expand = (name: string) => (snippets[name]?.body ?? []).join('\n').replace('$0', '');
  const tableOf: Record<string, string> = { 二: '表二（2021）', 三: '表三（2021）', 四: '表四（2021）' };
  const parts = ['某某市人民政府2024年政府信息公开工作年度报告\n'];
  for (const heading of names.slice(0, 6)) {
    parts.push(expand(heading));
    const table = tableOf[heading.charAt(0)];
    if (table) parts.push(expand(table));
  }
  const result = lint(parts.join('\n'));
  assert.deepEqual(result.findings, []);
  assert.equal(result.document.template, '2021');
  assert.deepEqual(
    result.document.tables.map((t) => t.kind),
    ['table2', 'table3', 'table4'],
  );
});
