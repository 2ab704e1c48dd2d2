/**
 * A part of the year named before a zero claim (text-zero-claim) or a figure (text-table-mismatch): the same
 * phrases must read the same way in both.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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

/** Phrase → [reading before a zero claim, reading before a figure]. */
const READINGS: readonly [string, Reading, Reading][] = [
  ['上半年', 'part', 'part'],
  ['下半年', 'part', 'part'],
  ['第一季度', 'part', 'part'],
  ['前三季度', 'part', 'part'],
  ['1-6月', 'part', 'part'],
  ['1至11月', 'part', 'part'],
  ['1-12月', 'part', 'whole'],
  ['1月至12月', 'part', 'part'],
  ['2024年1月至12月', 'part', 'part'],
  ['12月', 'part', 'whole'],
  ['12月份', 'part', 'whole'],
  ['3月', 'part', 'part'],
  ['6月30日', 'part', 'part'],
  ['12月31日', 'whole', 'whole'],
  ['1月1日', 'whole', 'whole'],
  ['截至6月30日', 'part', 'part'],
  ['截至12月31日', 'whole', 'whole'],
  ['截至12月', 'part', 'whole'],
  ['全年', 'whole', 'whole'],
  ['2024年1月1日至12月31日', 'whole', 'whole'],
  ['2024年1月1日至6月30日', 'part', 'part'],
  ['今年以来', 'whole', 'whole'],
  ['三个月', 'part', 'whole'],
  ['一月至十二月', 'part', 'whole'],
  ['十二月', 'part', 'whole'],
];

describe('a part of the year before a zero claim and before a figure', () => {
  for (const [phrase, zero, figure] of READINGS) {
    test(phrase, () => {
      assert.equal(zeroReading(phrase), zero, 'zero claim');
      assert.equal(figureReading(phrase), figure, 'figure');
    });
  }
});
