/** Rule tests: valid and invalid cases for every rule, on small reports made from the template skeleton. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, lint, parseReport, RULES } from '../../server/src/core/index.js';
import { findingsOf, lineNo, makeReport, replaceLine } from './support/reports.js';

const ROW1 = '一、本年新收政府信息公开申请数量';

describe('clean skeletons', () => {
  for (const version of ['2019', '2021'] as const) {
    test(`a clean ${version} report has no findings`, () => {
      assert.deepEqual(lint(makeReport(version)).findings, []);
    });
  }
});

describe('table3-row-total', () => {
  test('reports the 总计 cell with expected and found, offers (never auto-applies) the sum', () => {
    const text = makeReport('2021', (l) => replaceLine(l, ROW1, `${ROW1}\t3\t1\t0\t0\t0\t0\t5`));
    const { where, findings } = findingsOf(text, 'table3-row-total');
    assert.deepEqual(where, [`${lineNo(text, ROW1)}:${ROW1.length + 14} 5`]);
    assert.match(findings[0]?.message.zh ?? '', /总计为 5，但六类申请人之和为 4/);
    assert.equal(findings[0]?.fixes[0]?.safe, false);
    assert.equal(findings[0]?.related.length, 6);
    const fixed = applyEdits(text, findings[0]?.fixes[0]?.edits ?? []);
    assert.deepEqual(findingsOf(fixed, 'table3-row-total').where, []);
  });
});

describe('table3-balance and table3-result-total', () => {
  test('一 + 二 ≠ 三（七） + 四 is reported per column, and a wrong 三（七） against the results', () => {
    const text = makeReport('2021', (l) => {
      replaceLine(l, ROW1, `${ROW1}\t2\t0\t0\t0\t0\t0\t2`);
      replaceLine(l, '（一）予以公开', '（一）予以公开\t2\t0\t0\t0\t0\t0\t2');
    });
    const balance = findingsOf(text, 'table3-balance');
    assert.equal(balance.findings.length, 2);
    assert.match(balance.findings[0]?.message.zh ?? '', /一 \+ 二 = 2，三（七）\+ 四 = 0/);
    const results = findingsOf(text, 'table3-result-total');
    assert.equal(results.findings.length, 2);
    assert.match(results.findings[0]?.message.zh ?? '', /为 0，但各项办理结果之和为 2/);
  });

  test('a single （六） row with values stands in for the three 2021 rows in the result total', () => {
    const text = makeReport('2021', (l) => {
      const at = l.findIndex((x) => x.startsWith('（六）其他处理'));
      l.splice(at, 4, '（六）其他处理\t1\t0\t0\t0\t0\t0\t1');
      replaceLine(l, ROW1, `${ROW1}\t1\t0\t0\t0\t0\t0\t1`);
      replaceLine(l, '（七）总计', '（七）总计\t1\t0\t0\t0\t0\t0\t1');
    });
    assert.deepEqual(findingsOf(text, 'table3-result-total').where, []);
    assert.deepEqual(findingsOf(text, 'table-incomplete').where, []);
    assert.equal(findingsOf(text, 'template-version').findings.length, 1);
  });
});

describe('table4-total', () => {
  test('each group: 维持 + 纠正 + 其他 + 尚未审结 = 总计', () => {
    const text = makeReport('2021', (l) => {
      const at =
        l.length -
        l
          .slice()
          .reverse()
          .findIndex((x) => /^0\t0\t0/.test(x)) -
        1;
      l[at] = ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '5'].join('\t');
    });
    const { findings } = findingsOf(text, 'table4-total');
    assert.equal(findings.length, 1);
    assert.match(findings[0]?.message.zh ?? '', /行政复议.*总计为 0.*之和为 11/);
  });
});

describe('blank-cell and cell-value', () => {
  test('"/", "-" and empty cells are blanks, never zeros; the fix "填 0" is offered only', () => {
    const text = makeReport('2019', (l) => replaceLine(l, '规章', '规章\t/\t-\t0'));
    const { where, findings } = findingsOf(text, 'blank-cell');
    assert.deepEqual(
      where.map((w) => w.split(' ')[1]),
      ['/', '-'],
    );
    assert.ok(findings.every((f) => f.fixes[0]?.safe === false && f.fixes[0]?.edits[0]?.newText === '0'));
  });

  test('negative or fractional counts, text and units in cells', () => {
    const text = makeReport('2019', (l) => {
      replaceLine(l, '规章', '规章\t-3\t2.5\t12件');
      replaceLine(l, '行政许可', '行政许可\t2\t-6\t约八');
    });
    const messages = findingsOf(text, 'cell-value').findings.map((f) => `${f.severity} ${f.message.zh}`);
    assert.equal(messages.length, 4);
    assert.match(messages[0] ?? '', /^error .*不能为负数：-3/);
    assert.match(messages[1] ?? '', /^error .*应为整数：2.5/);
    assert.match(messages[2] ?? '', /^warning .*单位或说明文字/);
    assert.match(messages[3] ?? '', /^error .*不是数字：“?"?约八/);
  });

  test('thousands separators, negatives in 本年增/减 and decimals in amounts are valid', () => {
    const text = makeReport('2019', (l) => {
      replaceLine(l, '行政许可', '行政许可\t1,443\t-205\t1,238');
      replaceLine(l, '政府集中采购', '政府集中采购\t157\t18,759.694');
    });
    assert.deepEqual(findingsOf(text, 'cell-value').where, []);
    const row = lint(text).document.tables[0]?.rows.find((r) => r.id === 'licensing');
    assert.deepEqual(
      row?.cells.map((c) => c?.value),
      [1443, -205, 1238],
    );
  });
});

describe('table-label, table-missing, table-incomplete', () => {
  test('a typo in a row label gets the canonical label as a safe fix', () => {
    const text = makeReport('2021', (l) =>
      replaceLine(l, '2.其他法律', '2.其他法律行政止公开\t0\t0\t0\t0\t0\t0\t0'),
    );
    const { findings } = findingsOf(text, 'table-label');
    assert.equal(findings.length, 1);
    assert.deepEqual(
      findings[0]?.fixes[0]?.edits.map((e) => e.newText),
      ['2.其他法律行政法规禁止公开'],
    );
    assert.equal(findings[0]?.fixes[0]?.safe, true);
  });

  test('a 表二 block label written another way opens its block, with the canonical label as a safe fix', () => {
    const variants = [
      '第二十条（一）项',
      '第二十条第一项',
      '第二十条（一）',
      '第二十条一项',
      '第二十条(一)项',
    ];
    for (const variant of variants) {
      for (const block of ['一', '五', '八']) {
        const label = `第二十条第（${block}）项`;
        const found = variant.replace('一', block);
        const text = makeReport('2021', (l) => replaceLine(l, label, `${found}\t\t\t`));
        assert.deepEqual(findingsOf(text, 'table-incomplete').where, [], found);
        const { findings } = findingsOf(text, 'table-label');
        assert.deepEqual(
          findings.map((f) => f.message.zh),
          [`表二的标签「${found}」与模板「${label}」不一致`],
          found,
        );
        assert.equal(findings[0]?.fixes[0]?.safe, true);
        assert.deepEqual(lint(applyEdits(text, findings[0]?.fixes[0]?.edits ?? [])).findings, [], found);
      }
    }
    // Spellings the normalisation makes equal (ASCII brackets, spaces) are the label itself, as before.
    for (const same of ['第二十条第(一)项', '第二十条 第（一）项']) {
      const text = makeReport('2021', (l) => replaceLine(l, '第二十条第（一）项', same));
      assert.deepEqual(lint(text).findings, [], same);
    }
  });

  test('a missing 表四 is reported at section 四 with an offered empty table', () => {
    const text = makeReport('2021', (l) =>
      l.splice(
        l.findIndex((x) => x.startsWith('行政复议')),
        4,
      ),
    );
    const { findings } = findingsOf(text, 'table-missing');
    assert.equal(findings.length, 1);
    const fixed = applyEdits(text, findings[0]?.fixes[0]?.edits ?? []);
    assert.deepEqual(lint(fixed).findings, []);
  });

  test('表四 whose header is lost (its 15 values alone in section 四) is read and checked, not missing', () => {
    const text = makeReport('2021', (l) => {
      l.splice(
        l.findIndex((x) => x.startsWith('行政复议')),
        3,
      );
      replaceLine(l, '0\t0\t0\t0\t0\t0', '1 0 0 0 2 0 0 0 0 0 0 0 0 0 0');
    });
    assert.deepEqual(findingsOf(text, 'table-missing').where, []);
    assert.deepEqual(
      findingsOf(text, 'table4-total').findings.map((f) => f.message.zh),
      ['表四「行政复议」：总计为 2，但维持、纠正、其他结果、尚未审结之和为 1'],
    );
    // Values mixed with words (a sentence) are no table.
    const prose = makeReport('2021', (l) => {
      l.splice(
        l.findIndex((x) => x.startsWith('行政复议')),
        4,
        '本年度行政复议 0 件，行政诉讼 0 件。',
      );
    });
    assert.equal(findingsOf(prose, 'table-missing').findings.length, 1);
  });

  test('a table whose every row lost its values to column order is one finding; its values no warnings', () => {
    // 表三's labels, then its 175 values (raw pdftotext of a LibreOffice PDF): which row each belongs to is unknown.
    const text = makeReport('2021', (l) => {
      const from = l.findIndex((x) => x.startsWith(ROW1));
      const to = l.findIndex((x) => x.startsWith('四、结转下年度继续办理')) + 1;
      const rows = l.slice(from, to).map((x) => x.split('\t'));
      const values = rows.flatMap((cells) => cells.slice(1)).map((_, i) => String((i % 9) + 1));
      l.splice(from, to - from, ...rows.map((cells) => cells[0] ?? ''), '', ...values);
    });
    const { where, findings } = findingsOf(text, 'table-incomplete');
    assert.deepEqual(where, [`${lineNo(text, ROW1)}:1 ${ROW1}`]);
    assert.equal(findings[0]?.severity, 'error');
    assert.match(
      findings[0]?.message.zh ?? '',
      /^表三的 25 行读不出数值（如「一、本年新收政府信息公开申请数量」应有 7 个数值，只读到 0 个）：文本中行名与数值是分开的/,
    );
    assert.match(findings[0]?.message.en ?? '', /^the values of 25 rows of table 3 cannot be read/);
    // Each row and the run of values are its related places.
    const related = findings[0]?.related ?? [];
    assert.equal(related.length, 26);
    assert.equal(text.slice(related[25]?.span.start, related[25]?.span.end).split('\n').length, 175);
    assert.equal(related[25]?.message.zh, '这些数值无法确定属于哪一行');
    // Some rows read, others short: each short row and the values apart are reported as before.
    const partly = makeReport('2021', (l) => {
      const at = l.findIndex((x) => x.startsWith(ROW1));
      l.splice(
        at,
        2,
        ROW1,
        '二、上年结转政府信息公开申请数量',
        ...'31 4 0 0 1 2 30 2 0 0 0 0 0 5'.split(' '),
      );
    });
    assert.deepEqual(
      findingsOf(partly, 'table-incomplete').findings.map((f) => `${f.severity} ${f.message.zh}`),
      [
        'error 「一、本年新收政府信息公开申请数量」行应有 7 个数值，只读到 0 个',
        'error 「二、上年结转政府信息公开申请数量」行应有 7 个数值，只读到 0 个',
        'warning 这 14 个数值不属于表三的任何一行（表头或行名缺失？）',
      ],
    );
  });

  test('a missing row of 表三 is named', () => {
    const text = makeReport('2021', (l) => replaceLine(l, '2.重复申请', null));
    const { findings } = findingsOf(text, 'table-incomplete');
    assert.match(findings[0]?.message.zh ?? '', /缺少 1 行：2.重复申请/);
  });
});

describe('sections and headings', () => {
  test('required-section: the missing heading is offered at its place', () => {
    const text = makeReport('2021', (l) => replaceLine(l, '五、', null));
    const { findings } = findingsOf(text, 'required-section');
    assert.match(findings[0]?.message.zh ?? '', /缺少第五部分「五、存在的主要问题及改进情况」/);
    assert.deepEqual(lint(applyEdits(text, findings[0]?.fixes[0]?.edits ?? [])).findings, []);
  });

  test('required-section: a 五 heading lost between 表四 and its paragraphs is offered right after 表四', () => {
    const text = makeReport('2021', (l) => replaceLine(l, '五、', '本年度政府信息公开工作仍存在一些不足。'));
    const { findings } = findingsOf(text, 'required-section');
    const fixed = applyEdits(text, findings[0]?.fixes[0]?.edits ?? []);
    const heading = fixed.indexOf('五、存在的主要问题及改进情况');
    assert.ok(heading > fixed.lastIndexOf('0\t0\t0'), 'after 表四');
    assert.ok(heading < fixed.indexOf('本年度政府信息公开工作仍存在'), 'before the paragraphs it heads');
    assert.deepEqual(lint(fixed).findings, []);
  });

  test('section-order: a section numbered wrong gets a renumber fix', () => {
    const text = makeReport('2021', (l) => replaceLine(l, '六、', '五、其他需要报告的事项'));
    const { findings } = findingsOf(text, 'section-order');
    assert.equal(findings.length, 1);
    assert.match(findings[0]?.message.zh ?? '', /是第六部分，序号却是"五"/);
  });

  test('section-title: a typo of a title is a warning with the canonical title (safe)', () => {
    const text = makeReport('2021', (l) =>
      replaceLine(l, '四、政府', '四、政府信息公开行政法复议、行政诉讼情况'),
    );
    const { findings } = findingsOf(text, 'section-title');
    assert.equal(findings[0]?.fixes[0]?.edits[0]?.newText, '政府信息公开行政复议、行政诉讼情况');
    assert.equal(findings[0]?.fixes[0]?.safe, true);
    assert.deepEqual(findingsOf(text, 'required-section').where, []);
  });

  test('section-title: an invisible character in a title is written out in the message', () => {
    const text = makeReport('2021', (l) => replaceLine(l, '一、', '一、\u200b总体情况'));
    const { findings } = findingsOf(text, 'section-title');
    assert.equal(findings[0]?.message.zh, '标题「‹U+200B›总体情况」应为「总体情况」');
    assert.equal(findings[0]?.fixes[0]?.edits[0]?.newText, '总体情况');
  });

  test('section-title: the variants 工作中存在的主要问题及改进情况 and 其他需要说明的事项 are their sections', () => {
    const text = makeReport('2021', (l) => {
      replaceLine(l, '五、存在', '五、工作中存在的主要问题及改进情况');
      replaceLine(l, '六、其他', '六、其他需要说明的事项');
    });
    assert.deepEqual(findingsOf(text, 'required-section').where, []);
    assert.deepEqual(
      findingsOf(text, 'section-title').findings.map((f) => f.fixes[0]?.edits[0]?.newText),
      ['存在的主要问题及改进情况', '其他需要报告的事项'],
    );
  });

  test('heading-level: sibling sections at different Markdown levels, bold inside a heading', () => {
    const text = makeReport('2021', (l) => {
      for (const title of ['一、总体', '二、主动', '三、收到', '四、政府', '五、存在']) {
        replaceLine(l, title, `## ${l.find((x) => x.startsWith(title))}`);
      }
      replaceLine(l, '六、', '#### **六、其他需要报告的事项**');
    });
    const { where } = findingsOf(text, 'heading-level');
    assert.equal(where.length, 2);
    const fixed = lint(text).findings.flatMap((f) => (f.rule === 'heading-level' ? f.fixes : []));
    assert.ok(fixed.every((f) => f.safe));
  });

  test('headings wrapped in inline HTML or indented with &nbsp; / U+00A0 are found, their titles in place', () => {
    const wrap: Record<string, (h: string) => string> = {
      '一、总体': (h) => `<p><strong>${h}</strong></p>`,
      '二、主动': (h) => `<b>${h}</b>`,
      '三、收到': (h) => `<p><span style="font-family: 宋体; font-size: 16pt">${h}</span></p>`,
      '四、政府': (h) => `<strong>${h}</strong>&nbsp;`,
      '五、存在': (h) => `<p>&nbsp;&nbsp;${h}</p>`,
      '六、其他': (h) => `\u00a0\u00a0${h}\u00a0`,
    };
    const text = makeReport('2021', (l) => {
      for (const [prefix, f] of Object.entries(wrap)) {
        replaceLine(l, prefix, f(l.find((x) => x.startsWith(prefix)) ?? ''));
      }
    });
    assert.deepEqual(lint(text).findings, []);
    const { sections } = parseReport(text, { template: 'auto' });
    assert.deepEqual(
      sections.map((s) => text.slice(s.heading.titleSpan.start, s.heading.titleSpan.end)),
      sections.map((s) => s.canonicalTitle),
    );
    assert.deepEqual(
      sections.map((s) => text.slice(s.heading.ordinal.span.start, s.heading.ordinal.span.end)),
      ['一、', '二、', '三、', '四、', '五、', '六、'],
    );
  });

  test('a table cell is no heading, whatever wraps its label (here the label opens 表三)', () => {
    const text = makeReport('2021', (l) => {
      replaceLine(l, '（本列数据', null);
      replaceLine(l, ROW1, `<td>\n<strong>${ROW1}</strong></td>\n<td>0</td><td>0</td>`);
    });
    const document = parseReport(text, { template: 'auto' });
    assert.deepEqual(document.strayHeadings, []);
    assert.ok(document.tables.some((t) => t.kind === 'table3'));
  });

  test('sections numbered "二." "二，" "二 " or "第二部分" are found; the numbering gets a renumber fix', () => {
    const ordinals: Record<string, string> = {
      '一、': '一.',
      '二、': '二. ',
      '三、': '三，',
      '四、': '四 ',
      '五、': '第五部分\u3000',
      '六、': '第六部分：',
    };
    const text = makeReport('2021', (l) => {
      for (const [from, to] of Object.entries(ordinals)) {
        const at = l.findIndex((x) => x.startsWith(from) && !x.includes('\t'));
        l[at] = to + (l[at] ?? '').slice(from.length);
      }
      // Neither prose starting with "二." nor a row whose label starts like a section heading opens a section.
      replaceLine(l, '二.', `二.五倍于上年。\n${l.find((x) => x.startsWith('二.'))}`);
    });
    assert.deepEqual(findingsOf(text, 'required-section').where, []);
    const numbering = findingsOf(text, 'heading-numbering');
    assert.deepEqual(
      numbering.findings.map((f) => f.fixes[0]?.edits[0]?.newText),
      ['一、', '二、', '三、', '四、', '五、', '六、'],
    );
    assert.match(numbering.findings[4]?.message.zh ?? '', /应写作 "五、"，这里写作 "第五部分"/);
    const fixed = applyEdits(
      text,
      numbering.findings.flatMap((f) => f.fixes[0]?.edits ?? []),
    ).replace('二.五倍于上年。\n', '');
    assert.deepEqual(lint(fixed).findings, []);
  });

  test('a report that numbers all its sections "（一）"…"（六）" has its six sections, each to renumber', () => {
    const text = makeReport('2021', (l) => {
      for (const [i, numeral] of ['一', '二', '三', '四', '五', '六'].entries()) {
        const at = l.findIndex((x) => x.startsWith(`${numeral}、`) && !x.includes('\t'));
        l[at] = `（${numeral}）${(l[at] ?? '').slice(2)}`;
        assert.ok(at >= 0, `section ${i + 1}`);
      }
    });
    assert.deepEqual(findingsOf(text, 'required-section').where, []);
    const numbering = findingsOf(text, 'heading-numbering');
    assert.deepEqual(
      numbering.findings.map((f) => f.fixes[0]?.edits[0]?.newText),
      ['一、', '二、', '三、', '四、', '五、', '六、'],
    );
    const fixed = applyEdits(
      text,
      numbering.findings.flatMap((f) => f.fixes[0]?.edits ?? []),
    );
    assert.deepEqual(lint(fixed).findings, []);
  });

  test('a line such as "二.五倍" or "二 本年…" with values is no section heading', () => {
    const text = makeReport('2021', (l) => {
      replaceLine(l, '一、总体', '一、总体情况\n二.五倍\n三 收到和处理政府信息公开申请情况 3 4');
    });
    assert.deepEqual(
      parseReport(text, { template: 'auto' }).sections.map((s) => s.number),
      [1, 2, 3, 4, 5, 6],
    );
  });

  test('heading-level: bold as the only markup of headings (no #) is no finding', () => {
    const text = makeReport('2021', (l) => {
      for (const title of ['一、总体', '二、主动', '三、收到', '四、政府', '五、存在', '六、其他']) {
        replaceLine(l, title, `**${l.find((x) => x.startsWith(title))}**`);
      }
      replaceLine(l, '**一、总体', '**一、总体情况**\n**（一）主动公开**');
    });
    assert.deepEqual(lint(text).findings, []);
  });

  test('heading-numbering: a skipped ordinal and a list starting at 2', () => {
    const text = makeReport('2021', (l) => {
      replaceLine(l, '一、总体', '一、总体情况\n（一）主动公开\n（三）依申请公开');
      replaceLine(l, '五、存在', '五、存在的主要问题及改进情况\n（一）存在的问题\n2、改进措施');
    });
    const messages = findingsOf(text, 'heading-numbering').findings.map((f) => f.message.zh);
    assert.equal(messages.length, 2);
    assert.match(messages[0] ?? '', /缺少 （二）/);
    assert.match(messages[1] ?? '', /从 2、 开始，缺少 1、/);
  });
});

describe('template-version', () => {
  test('a 2021+ report on the 2019 form is an error', () => {
    const text = makeReport('2019').replace('2020年政府信息公开', '2023年政府信息公开');
    assert.equal(findingsOf(text, 'template-version').findings[0]?.severity, 'error');
  });

  test('a 2019 label in a 2021 report is mixed; 规范性文件 → 行政规范性文件 is a safe rename', () => {
    const text = makeReport('2021', (l) => replaceLine(l, '行政规范性文件', '规范性文件\t0\t0\t0'));
    const { findings } = findingsOf(text, 'template-version');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.fixes[0]?.safe, true);
    assert.equal(findings[0]?.fixes[0]?.edits[0]?.newText, '行政规范性文件');
  });

  test('a pre-2019 report gets one finding and no table noise', () => {
    const text =
      '某县2015年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息的情况\n三、收费及减免情况\n';
    const findings = lint(text).findings;
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['template-version'],
    );
  });
});

describe('input hazards', () => {
  test('surrogate pairs before a cell keep its range exact (UTF-16 offsets)', () => {
    const text = makeReport(
      '2021',
      (l) => replaceLine(l, ROW1, `${ROW1}\t3\t1\t0\t0\t0\t0\t5`),
      '𠀀𠮷区人民政府',
    );
    const [finding] = findingsOf(text, 'table3-row-total').findings;
    assert.equal(text.slice(finding?.span.start, finding?.span.end), '5');
  });

  test('CRLF and a BOM change nothing but offsets', () => {
    const base = makeReport('2021', (l) => replaceLine(l, ROW1, `${ROW1}\t3\t1\t0\t0\t0\t0\t5`));
    const crlf = '\ufeff' + base.replace(/\n/g, '\r\n');
    const a = lint(base).findings.map((f) => `${f.rule} ${base.slice(f.span.start, f.span.end)}`);
    const b = lint(crlf).findings.map((f) => `${f.rule} ${crlf.slice(f.span.start, f.span.end)}`);
    assert.deepEqual(b, a);
    assert.equal(lint(crlf).document.sections.length, 6);
  });

  test('binary junk and huge lines never throw', () => {
    const junk = '\u0000\u0001\uffff\ud800' + '|'.repeat(10000) + '\t1'.repeat(5000);
    assert.doesNotThrow(() => lint(junk));
  });
});

describe('registry', () => {
  test('unique ids, both languages, no unfilled placeholder in the catalogue text', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of RULES) {
      assert.ok(rule.meta.description.zh && rule.meta.description.en, rule.meta.id);
      for (const [id, message] of Object.entries(rule.messages)) {
        assert.ok(message.zh && message.en, `${rule.meta.id}.${id}`);
        const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        assert.ok(
          /[\u4e00-\u9fff]/.test(message.zh) || message.zh === '{{message}}',
          `${rule.meta.id}.${id} zh`,
        );
        assert.ok(
          names(message.zh).length > 0 ||
            names(message.en).length === 0 ||
            id === 'unreadable' ||
            id === 'parse',
        );
      }
    }
  });

  test('every rule is documented in the README (the diagnostics link to its anchor)', async () => {
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('./support/corpus.js');
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    for (const rule of RULES) assert.match(readme, new RegExp(`^### ${rule.meta.id}$`, 'm'), rule.meta.id);
  });

  test('no finding on the corpus carries an unfilled placeholder', async () => {
    const { corpusReports } = await import('./support/corpus.js');
    for (const report of corpusReports()) {
      for (const f of lint(report.text).findings) {
        assert.doesNotMatch(f.message.zh + f.message.en, /\{\{/, `${report.name} ${f.rule}`);
      }
    }
  });
});
