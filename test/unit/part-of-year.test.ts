/**
 * A part of the year named before a zero claim (text-zero-claim) or a figure (text-table-mismatch): the same
 * phrases must read the same way in both.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { partOfYearEnds } from '../../server/src/core/prose/part-of-year.js';
import { ROW, natural, proseReport, ruleFindings } from './support/prose-report.js';

/** 表三 一 = 20: a zero claim and a figure of 5 both disagree with it, unless a part of the year narrows them. */
const TABLES = { rows: { [ROW.new]: natural(20), [ROW.total]: natural(20) } };

type Reading = 'part' | 'whole';

/** How a phrase opening the sentence is read: 'part' when the claim after it is not checked. */
function readingOf(sentence: string, rule: string): Reading {
  return ruleFindings(proseReport([sentence], TABLES), rule).where.length === 0 ? 'part' : 'whole';
}

const zeroReading = (phrase: string) =>
  readingOf(`${phrase}，本机关未收到政府信息公开申请。`, 'text-zero-claim');
const figureReading = (phrase: string) =>
  readingOf(`${phrase}，本机关共收到政府信息公开申请5件。`, 'text-table-mismatch');

/**
 * Phrase → how it reads before a zero claim and before a figure alike (prose/part-of-year.ts): a span that is the
 * whole year, or a day that opens or closes it, is no part; one month, a few months, a range short of the year
 * and any other day are.
 */
const READINGS: readonly [string, Reading][] = [
  ['上半年', 'part'],
  ['下半年', 'part'],
  ['第一季度', 'part'],
  ['前三季度', 'part'],
  ['1-6月', 'part'],
  ['1-6月份', 'part'],
  ['1至11月', 'part'],
  ['1月至6月', 'part'],
  ['1-12月', 'whole'],
  ['1月至12月', 'whole'],
  ['1月份至12月份', 'whole'],
  ['2024年1月至12月', 'whole'],
  ['2024年1月至2024年12月', 'whole'],
  ['12月', 'part'],
  ['12月份', 'part'],
  ['3月', 'part'],
  ['6月30日', 'part'],
  ['6月底', 'part'],
  ['12月31日', 'whole'],
  ['12月底', 'whole'],
  ['1月1日', 'whole'],
  ['截至6月30日', 'part'],
  ['截至6月', 'part'],
  ['截至12月31日', 'whole'],
  ['截至2024年12月31日', 'whole'],
  ['截至12月', 'whole'],
  ['截至12月底', 'whole'],
  ['全年', 'whole'],
  ['2024年1月1日至12月31日', 'whole'],
  ['2024年1月1日起至12月31日', 'whole'],
  ['2024年1月1日至6月30日', 'part'],
  ['2月1日至12月31日', 'part'],
  ['今年以来', 'whole'],
  ['三个月', 'part'],
  ['3个月', 'part'],
  ['一月至十二月', 'whole'],
  ['一至六月', 'part'],
  ['十二月', 'part'],
  ['2024年', 'whole'],
];

describe('a part of the year reads the same before a zero claim and before a figure', () => {
  for (const [phrase, reading] of READINGS) {
    test(phrase, () => {
      assert.equal(zeroReading(phrase), reading, 'zero claim');
      assert.equal(figureReading(phrase), reading, 'figure');
    });
  }

  test("in the claim's own clause too: 今年以来 is the report year so far, 条例实施以来 another time", () => {
    assert.equal(readingOf('今年以来未收到政府信息公开申请。', 'text-zero-claim'), 'whole');
    assert.equal(readingOf('今年以来共收到政府信息公开申请5件。', 'text-table-mismatch'), 'whole');
    assert.equal(readingOf('1-6月共收到政府信息公开申请5件。', 'text-table-mismatch'), 'part');
    assert.equal(readingOf('条例实施以来共收到政府信息公开申请5件。', 'text-table-mismatch'), 'part');
  });

  test('a later 全年 widens a part again', () => {
    assert.equal(zeroReading('3月开展了培训，全年'), 'whole');
    assert.equal(figureReading('3月开展了培训，全年'), 'whole');
  });
});

describe('partOfYearEnds', () => {
  test('where each part ends; whole spans and boundary days are none', () => {
    const text = '上半年收到3件，1月1日至12月31日共收到5件，12月收到1件，1-12月';
    assert.deepEqual(partOfYearEnds(text), ['上半年'.length, text.indexOf('12月收到') + '12月'.length]);
  });

  test('no month numeral out of range, no digits of a longer number', () => {
    assert.deepEqual(partOfYearEnds('第13月'), []);
    assert.deepEqual(partOfYearEnds('2024.12月'), []);
    assert.deepEqual(partOfYearEnds('12月 5'), []);
    assert.deepEqual(partOfYearEnds('没有提到月份'), []);
  });
});
