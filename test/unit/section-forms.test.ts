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

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** The 2021 skeleton with each section heading's "一、" replaced by `ordinal(1)` (or by nothing). */
const renumbered = (ordinal: (n: number) => string) =>
  makeReport('2021', (l) => {
    for (const [i, numeral] of NUMERALS.entries()) {
      const at = l.findIndex((x) => x.startsWith(`${numeral}、`) && !x.includes('\t'));
      assert.ok(at >= 0, `section ${i + 1}`);
      l[at] = ordinal(i + 1) + (l[at] ?? '').slice(2);
    }
  });

describe('sections numbered otherwise or not at all', () => {
  test('sections numbered "1." "1、" "1. " "(1)" "（1）" or "## 1." are found, each to renumber "一、"', () => {
    const forms: ((n: number) => string)[] = [
      (n) => `${n}.`,
      (n) => `${n}、`,
      (n) => `${n}. `,
      (n) => `(${n})`,
      (n) => `（${n}）`,
      (n) => `## ${n}.`,
      (n) => `${n}．`,
    ];
    for (const form of forms) {
      const text = renumbered(form);
      assert.deepEqual(sectionsOf(text), [1, 2, 3, 4, 5, 6], form(1));
      const numbering = findingsOf(text, 'heading-numbering');
      assert.deepEqual(
        numbering.findings.map((f) => f.fixes[0]?.edits[0]?.newText),
        NUMERALS.map((n) => `${n}、`),
        form(1),
      );
      assert.equal(lint(text).findings.length, 6, form(1));
      const fixed = applyEdits(
        text,
        numbering.findings.flatMap((f) => f.fixes[0]?.edits ?? []),
      );
      assert.deepEqual(lint(fixed.replace(/^## /gm, '')).findings, [], form(1));
    }
  });

  test('section titles alone on their lines (plain, "## ", bold) are the sections, each to number', () => {
    for (const [form, unwrap] of [
      [(title: string) => title, (t: string) => t],
      [(title: string) => `## ${title}`, (t: string) => t.replace(/^## /gm, '')],
      [(title: string) => `**${title}**`, (t: string) => t.replace(/\*\*/g, '')],
    ] as const) {
      const text = makeReport('2021', (l) => {
        for (const numeral of NUMERALS) {
          const at = l.findIndex((x) => x.startsWith(`${numeral}、`) && !x.includes('\t'));
          l[at] = form((l[at] ?? '').slice(2));
        }
      });
      const document = parseReport(text, { template: 'auto' });
      assert.deepEqual(
        document.sections.map((s) => s.number),
        [1, 2, 3, 4, 5, 6],
      );
      assert.deepEqual(
        document.tables.map((t) => t.kind),
        ['table2', 'table3', 'table4'],
      );
      const numbering = findingsOf(text, 'heading-numbering');
      assert.deepEqual(
        numbering.where.map((w) => w.replace(/^\d+:\d+ /, '')),
        document.sections.map((s) => s.canonicalTitle),
      );
      assert.match(numbering.findings[0]?.message.zh ?? '', /部分标题「总体情况」缺少序号 "一、"/);
      assert.equal(lint(text).findings.length, 6);
      const fixed = applyEdits(
        text,
        numbering.findings.flatMap((f) => f.fixes[0]?.edits ?? []),
      );
      assert.deepEqual(lint(unwrap(fixed)).findings, []);
    }
  });

  test('a heading numbered as the sections that continues them ("7.结语") is no sub-heading', () => {
    const text = renumbered((n) => `${n}.`).replace(/\n?$/, '\n7.结语\n全文完。\n');
    assert.deepEqual(sectionsOf(text), [1, 2, 3, 4, 5, 6]);
    assert.equal(findingsOf(text, 'heading-numbering').findings.length, 6);
  });

  test('with "一、" sections, numbered headings and titles alone stay what they are', () => {
    const text = makeReport('2021', (l) => {
      replaceLine(
        l,
        '一、总体',
        '一、总体情况\n1.总体情况\n2.主动公开政府信息情况\n3.收到和处理政府信息公开申请情况',
      );
      replaceLine(
        l,
        '二、主动',
        '二、主动公开政府信息情况\n主动公开政府信息情况\n收到和处理政府信息公开申请情况',
      );
    });
    const document = parseReport(text, { template: 'auto' });
    assert.deepEqual(
      document.sections.map((s) => s.number),
      [1, 2, 3, 4, 5, 6],
    );
    assert.equal(document.sections[0]?.subHeadings.length, 3);
  });

  test('no sections from one numbered heading, a sentence, a row label, or titles out of order', () => {
    const cases: [string, (l: string[]) => void][] = [
      ['one "1."', (l) => replaceLine(l, '一、总体', '1.总体情况')],
      [
        'sentences',
        (l) => {
          replaceLine(l, '一、总体', '总体情况。2024年，本机关认真落实条例。');
          replaceLine(l, '二、主动', '主动公开政府信息情况详见附表。');
        },
      ],
      [
        'rows',
        (l) => {
          replaceLine(l, '一、总体', '总体情况\t0');
          replaceLine(l, '二、主动', '主动公开政府信息情况 3');
        },
      ],
      [
        'out of order',
        (l) => {
          replaceLine(l, '二、主动', '收到和处理政府信息公开申请情况');
          replaceLine(l, '三、收到', '主动公开政府信息情况');
        },
      ],
    ];
    for (const [name, edit] of cases) {
      const text = makeReport('2021', (l) => {
        for (const numeral of NUMERALS) {
          const at = l.findIndex((x) => x.startsWith(`${numeral}、`) && !x.includes('\t'));
          if (at >= 0 && !['一', '二', '三'].includes(numeral)) l.splice(at, 1);
        }
        edit(l);
        for (const prefix of ['一、总体', '二、主动', '三、收到']) {
          const at = l.findIndex((x) => x.startsWith(prefix));
          if (at >= 0) l.splice(at, 1);
        }
      });
      assert.deepEqual(sectionsOf(text), [], name);
    }
  });
});

describe('lists that are no headings', () => {
  test('the items of a list of attachments ("附件：1.…" "2.…") are no sub-headings', () => {
    for (const list of [
      '附件：1.主动公开政府信息情况\n      2.收到和处理政府信息公开申请情况\n      3.政府信息公开行政复议、行政诉讼情况',
      '附件：\n\n1.主动公开政府信息情况\n\n2.收到和处理政府信息公开申请情况',
      '附表:1、主动公开情况统计表\n2、依申请公开情况统计表',
    ]) {
      const text = makeReport('2021', (l) =>
        replaceLine(l, '六、其他', `六、其他需要报告的事项\n本年度未收取信息处理费。\n\n${list}`),
      );
      assert.deepEqual(lint(text).findings, [], list);
      assert.deepEqual(parseReport(text, { template: 'auto' }).sections[5]?.subHeadings, [], list);
    }
  });

  test('a list of attachments ends at a line that is no item of it, or at the next section', () => {
    const text = makeReport('2021', (l) => {
      replaceLine(l, '五、存在', '五、存在的主要问题及改进情况\n附表：见文末\n1.附表一\n正文。\n2.改进措施');
      replaceLine(l, '六、其他', '附件：见文末\n六、其他需要报告的事项\n2.信息处理费');
    });
    const { findings } = findingsOf(text, 'heading-numbering');
    assert.deepEqual(
      findings.filter((f) => f.severity === 'warning').map((f) => f.message.zh),
      ['这一级序号从 2. 开始，缺少 1.', '这一级序号从 2. 开始，缺少 1.'],
    );
  });
});
