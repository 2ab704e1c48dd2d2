/** The prose reader: numerals, sentences (wrapped lines, page markers, headings, tables) and figures. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/core/index.js';
import { findFigures } from '../../server/src/core/prose/figures.js';
import { arabicNumber, chineseNumber } from '../../server/src/core/text/numerals.js';
import { proseSentences, sourceSpan, type Sentence } from '../../server/src/core/prose/sentences.js';
import { proseReport } from './support/prose-report.js';

const sentences = (text: string) => proseSentences(lint(text).document);

describe('numerals', () => {
  test('Chinese numerals', () => {
    const cases: [string, number | null][] = [
      ['二十一', 21],
      ['十五', 15],
      ['一百零五', 105],
      ['两千三百', 2300],
      ['三万二千', 32000],
      ['二〇二一', 2021],
      ['零', 0],
      ['百', null],
      ['二百十', null],
      ['万', null],
    ];
    for (const [s, n] of cases) assert.equal(chineseNumber(s), n, s);
  });

  test('Arabic numbers with thousands separators and decimals', () => {
    assert.equal(arabicNumber('3,119'), 3119);
    assert.equal(arabicNumber('52.63'), 52.63);
    assert.equal(arabicNumber('3,11'), null);
  });
});

describe('sentences', () => {
  test('wrapped lines are joined, page markers skipped, 。；split, headings and tables cut', () => {
    const text = proseReport([
      '2024年，全区共受理政府信',
      '- 2 -',
      '息公开申请 17 件；办结 17',
      '件。',
      '（二）依申请公开',
      '第二段。',
    ]);
    const found = sentences(text).map((s) => s.text);
    assert.deepEqual(found.slice(0, 5), [
      '一、总体情况',
      '2024年，全区共受理政府信息公开申请17件；',
      '办结17件。',
      '（二）依申请公开',
      '第二段。',
    ]);
    assert.ok(
      found.every((s) => !s.includes('本年新收政府信息公开申请数量')),
      'table rows are not prose',
    );
  });

  test('digits on both sides of a line break stay two numbers; CRLF and surrogate pairs keep offsets', () => {
    const text = proseReport(['𠀾𠀾共发布 12', '3 条信息。'], { eol: '\r\n' });
    const first = sentences(text)[1];
    assert.equal(first?.text, '𠀾𠀾共发布12 3条信息。');
    const figure = findFigures(first!).find((f) => f.value === 3);
    assert.ok(figure);
    const span = sourceSpan(first!, figure.start, figure.end);
    assert.equal(text.slice(span.start, span.end), '3 条');
  });
});

describe('figures', () => {
  const sentence = (s: string): Sentence => ({
    text: s,
    offsets: [...s].map((_, i) => i),
    section: 1,
    before: '',
  });
  const figures = (s: string) =>
    findFigures(sentence(s)).map((f) => [f.value, f.percent, f.approximate, f.lead, f.tail].join('|'));

  test('number + unit, percentages, approximations, ordinals, lone 零; lone 一 marked', () => {
    assert.deepEqual(figures('受理申请二十一件，占52.63%'), [
      '21|false|false|受理申请|',
      '52.63|true|false|占|',
    ]);
    assert.deepEqual(figures('发布信息5500余条，约30件'), ['5500|false|true|发布信息|', '30|false|true|约|']);
    assert.deepEqual(figures('第3件、汽车零件'), []);
    // A lone 一 is a figure marked so: claims read it only right after their words ("纠正一件").
    assert.deepEqual(
      findFigures(sentence('受理一件、一件事')).map((f) => `${f.lone}|${f.lead}|${f.tail}`),
      ['true|受理|', 'true||事'],
    );
    assert.deepEqual(figures('另有103件顺延到下年度'), ['103|false|false|另有|顺延到下年度']);
  });
});
