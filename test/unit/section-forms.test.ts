/**
 * Section headings in the forms real reports write them: extra words around the title (a note in brackets, a
 * year before it), sections numbered "1." "1、" "（1）" or not at all, and lists that are no headings.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, lint, parseReport } from '../../server/src/core/index.js';
import { findingsOf, makeReport, replaceLine } from './support/reports.js';

const sectionsOf = (text: string) => parseReport(text, { template: 'auto' }).sections.map((s) => s.number);

describe('section titles with extra words', () => {
  test('a note in brackets after the title is part of the heading, not a difference', () => {
    const headings: [string, string][] = [
      ['一、总体', '一、总体情况（2023年）'],
      ['二、主动', '二、主动公开政府信息情况（附表）'],
      ['二、主动', '二、主动公开政府信息情况（见附表1）'],
      ['三、收到', '三、收到和处理政府信息公开申请情况（单位：件）'],
      ['三、收到', '三、收到和处理政府信息公开申请情况(单位:件)'],
      ['四、政府', '四、政府信息公开行政复议、行政诉讼情况（单位：件）'],
    ];
    for (const [prefix, heading] of headings) {
      const text = makeReport('2021', (l) => replaceLine(l, prefix, heading));
      assert.deepEqual(sectionsOf(text), [1, 2, 3, 4, 5, 6], heading);
      assert.deepEqual(lint(text).findings, [], heading);
    }
  });

  test('a year before the title is a variant: a warning whose rename drops the year', () => {
    const headings: [string, string, string][] = [
      ['一、总体', '一、2023年总体情况', '2023年总体情况'],
      ['一、总体', '一、2023年度政府信息公开工作总体情况', '2023年度政府信息公开工作总体情况'],
      ['五、存在', '五、2023年度存在的主要问题及改进情况', '2023年度存在的主要问题及改进情况'],
      ['五、存在', '五、二〇二三年存在的主要问题及改进情况', '二〇二三年存在的主要问题及改进情况'],
    ];
    for (const [prefix, heading, title] of headings) {
      const text = makeReport('2021', (l) => replaceLine(l, prefix, heading));
      assert.deepEqual(findingsOf(text, 'required-section').where, [], heading);
      const { where, findings } = findingsOf(text, 'section-title');
      assert.deepEqual(
        where.map((w) => w.replace(/^\d+:\d+ /, '')),
        [title],
        heading,
      );
      assert.equal(findings[0]?.fixes[0]?.safe, true);
      assert.deepEqual(lint(applyEdits(text, findings[0]?.fixes[0]?.edits ?? [])).findings, [], heading);
    }
  });

  test('the rename of a variant keeps the note or paragraph after the title', () => {
    const text = makeReport('2021', (l) => {
      replaceLine(l, '二、主动', '二、2023年主动公开政府信息（单位：件）');
      replaceLine(l, '六、其他', '六、其他需要说明的事项：本年度未收取信息处理费。');
    });
    const { where, findings } = findingsOf(text, 'section-title');
    assert.deepEqual(
      where.map((w) => w.replace(/^\d+:\d+ /, '')),
      ['2023年主动公开政府信息', '其他需要说明的事项'],
    );
    const fixed = applyEdits(
      text,
      findings.flatMap((f) => f.fixes[0]?.edits ?? []),
    );
    assert.ok(fixed.includes('\n二、主动公开政府信息情况（单位：件）\n'));
    assert.ok(fixed.includes('\n六、其他需要报告的事项：本年度未收取信息处理费。\n'));
    assert.deepEqual(lint(fixed).findings, []);
  });

  test('a year or a bracket alone is no title, and a year does not make another title a section', () => {
    const text = makeReport('2021', (l) =>
      replaceLine(l, '一、总体', '一、2023年\n二、（单位：件）\n三、2023年工作要点'),
    );
    assert.deepEqual(sectionsOf(text), [2, 3, 4, 5, 6]);
  });
});
