/** The TextMate grammar, tokenized with VS Code's own engine (vscode-textmate + Oniguruma). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { SECTIONS } from '../../server/src/core/templates/sections.ts';

const ROOT = join(__dirname, '../..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes/govreport.tmLanguage.json');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (s: string) => new OnigString(s),
    }),
    loadGrammar: async () => parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH),
  });
  const grammar = await registry.loadGrammar('text.govreport');
  assert.ok(grammar, 'the grammar loads');
  return grammar;
}

const grammarPromise = loadGrammar();

/** The scopes of each token of one line, as "text: scope scope …" (the root scope left out). */
async function tokens(line: string): Promise<Map<string, string[]>> {
  const grammar = await grammarPromise;
  const result = grammar.tokenizeLine(line, INITIAL);
  const out = new Map<string, string[]>();
  for (const token of result.tokens) {
    const text = line.slice(token.startIndex, token.endIndex);
    out.set(text, [...(out.get(text) ?? []), ...token.scopes.filter((s) => s !== 'text.govreport')]);
  }
  return out;
}

async function scopesOf(line: string, text: string): Promise<string[]> {
  const found = (await tokens(line)).get(text);
  assert.ok(
    found,
    `"${text}" is one token of "${line}"; tokens: ${[...(await tokens(line)).keys()].join(' | ')}`,
  );
  return found;
}

test('the manifest points at this grammar by its scope name', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
  assert.equal(grammar.scopeName, 'text.govreport');
  assert.deepEqual(manifest.contributes.grammars, [
    { language: 'govreport', scopeName: 'text.govreport', path: './syntaxes/govreport.tmLanguage.json' },
  ]);
});

test('section headings with every known title and variant, plain or Markdown, bold or not', async () => {
  for (const section of SECTIONS) {
    for (const title of [section.title, ...section.variants]) {
      const numeral = '一二三四五六'[section.number - 1];
      for (const line of [`${numeral}、${title}`, `## ${numeral}、${title}`, `## **${numeral}、${title}**`]) {
        assert.ok((await scopesOf(line, title)).includes('entity.name.section.govreport'), line);
        assert.ok(
          (await scopesOf(line, `${numeral}、`)).includes('keyword.other.ordinal.section.govreport'),
          line,
        );
      }
    }
  }
  assert.ok(
    (await scopesOf('## **六、其他需要报告的事项**', '##')).includes(
      'punctuation.definition.heading.govreport',
    ),
  );
  assert.ok(
    (await scopesOf('## **六、其他需要报告的事项**', '**')).includes('punctuation.definition.bold.govreport'),
  );
});

test('a 表三 row label that starts like a heading is a table row, not a section', async () => {
  const line = '一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t0\t4';
  const all = [...(await tokens(line)).values()].flat();
  assert.ok(!all.includes('entity.name.section.govreport'));
  assert.ok((await scopesOf(line, '一、')).includes('keyword.other.ordinal.row.govreport'));
  assert.ok((await scopesOf(line, '\t')).includes('punctuation.separator.table.cell.govreport'));
  assert.ok(all.includes('meta.table.row.govreport'));
});

test('sub-heading ordinals in every style', async () => {
  for (const ordinal of ['（一）', '(一)', '1、', '1.', '（1）', '(12)']) {
    const line = `${ordinal}主动公开情况。通过扎实推进`;
    assert.ok((await scopesOf(line, ordinal)).includes('keyword.other.ordinal.govreport'), line);
  }
  const markdown = '### （五）政府信息公开监督保障及教育培训情况';
  assert.ok((await scopesOf(markdown, '（五）')).includes('keyword.other.ordinal.govreport'));
  assert.ok((await scopesOf(markdown, '###')).includes('punctuation.definition.heading.govreport'));
});

test('numbers with thousands separators, signs, decimals and percentages', async () => {
  const line = '其他对外管理服务事项\t191\t-62\t1,198\t18,759.694';
  for (const n of ['191', '-62', '1,198', '18,759.694']) {
    assert.ok((await scopesOf(line, n)).includes('constant.numeric.govreport'), n);
  }
  assert.ok((await scopesOf('占比 26.5% 左右', '26.5%')).includes('constant.numeric.govreport'));
  assert.ok((await scopesOf('2020 年共办理', '2020')).includes('constant.numeric.govreport'));
});

test('pipe rows, separator rows and the 表三 corner note', async () => {
  const pipe = '| 行政许可 | 66 | 4 |';
  assert.ok((await scopesOf(pipe, '|')).includes('punctuation.separator.table.cell.govreport'));
  assert.ok((await scopesOf(pipe, '66')).includes('constant.numeric.govreport'));
  for (const separator of ['|---|---|---|', '---\t---\t---', '| :--- | ---: |']) {
    assert.ok(
      (await scopesOf(separator, separator)).includes('punctuation.separator.table.line.govreport'),
      separator,
    );
  }
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  assert.ok((await scopesOf(`${note}\t申请人情况`, note)).includes('comment.block.note.govreport'));
  assert.ok(
    (
      await scopesOf(note.replace('（', '(').replace('）', ')'), note.replace('（', '(').replace('）', ')'))
    ).includes('comment.block.note.govreport'),
  );
});

test('the title line, and prose that merely mentions the report, told apart', async () => {
  const title = '# 洛阳市瀍河区人民政府 2020 年政府信息公开工作年度报告';
  assert.ok(
    (await scopesOf(title, '洛阳市瀍河区人民政府 2020 年政府信息公开工作年度报告')).includes(
      'entity.name.title.govreport',
    ),
  );
  const prose =
    '根据《中华人民共和国政府信息公开条例》规定，现公布本机关 2020 年政府信息公开工作年度报告，本报告由总体情况等部分组成，请查阅。';
  assert.ok(![...(await tokens(prose)).values()].flat().includes('entity.name.title.govreport'));
});

test('a seed report tokenizes line by line without errors and marks all its section headings', async () => {
  const grammar = await grammarPromise;
  const text = readFileSync(join(ROOT, 'test/fixtures/reports/000_8657728a9e804489.txt'), 'utf8');
  let state = INITIAL;
  const sections: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    for (const token of result.tokens) {
      if (token.scopes.includes('entity.name.section.govreport'))
        sections.push(line.slice(token.startIndex, token.endIndex));
    }
  }
  assert.deepEqual(
    sections,
    SECTIONS.map((s) => s.title),
  );
});
