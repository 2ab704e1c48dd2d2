/**
 * The parser reads the same tables from a report whatever form it comes in: as written, run together on one
 * line (text copied from a web page), or as HTML table markup.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, lint, type ReportDocument } from '../../server/src/core/index.js';
import { continuedSection } from '../../server/src/core/parse/headings.js';
import { mapText, normalize, sourceOffset } from '../../server/src/core/parse/labels.js';
import { splitLines } from '../../server/src/core/parse/lines.js';
import { parseReport } from '../../server/src/core/parse/report.js';
import { corpusReports } from './support/corpus.js';
import { makeReport, replaceLine } from './support/reports.js';
import { proseReport } from './support/prose-report.js';

function shape(document: ReportDocument): unknown {
  return {
    sections: document.sections.map((s) => s.number),
    tables: document.tables.map((t) => ({
      kind: t.kind,
      rows: t.rows.map((r) => [r.id, ...r.cells.map((c) => (c?.state === 'number' ? c.value : c?.state))]),
    })),
  };
}

const parse = (text: string) => shape(parseReport(text, { template: 'auto' }));

/** The whole report on one line, white space collapsed (blank cells without a mark are lost, so skip those). */
const oneLine = (text: string) => text.replace(/[\t ]+/g, ' ').replace(/\r?\n/g, ' ');

/**
 * Paragraphs as <p>, tab-separated rows as <tr><td>, the whole document on one physical line. `cell`: a cell's
 * markup around its text.
 */
const html = (text: string, cell = (c: string) => c) =>
  '<html><body>' +
  text
    .split(/\r?\n/)
    .map((l) =>
      l.includes('\t')
        ? `<tr>${l
            .split('\t')
            .map((c) => `<td>${cell(c || '&nbsp;')}</td>`)
            .join('')}</tr>`
        : `<p>${l}</p>`,
    )
    .join('') +
  '</body></html>';

/** A Word table cell as Word saves it in a web page: its tags broken over lines, its text in a paragraph. */
const wordCell = (c: string) =>
  `  <td width=95 valign=top style='width:71.0pt;border:solid windowtext 1.0pt;\r\n  padding:0cm 5.4pt'>\r\n` +
  `  <p class=MsoNormal align=center style='text-align:center'><span\r\n  lang=EN-US style='font-size:10.5pt'>` +
  `${c || '<o:p>&nbsp;</o:p>'}</span></p>\r\n  </td>`;

/**
 * The report as Word saves it as a web page (CRLF): paragraphs in <p class=MsoNormal><span>, the line broken
 * inside the span tag; tab-separated rows as tables whose rows and cells spread over lines of their own.
 */
const wordHtml = (text: string) => {
  const out = ['<html>', '<body lang=ZH-CN>', '<div class=WordSection1>'];
  let inTable = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t') !== inTable)
      out.push(
        inTable ? '</table>' : '<table class=MsoNormalTable border=1\r\n cellspacing=0 cellpadding=0>',
      );
    inTable = line.includes('\t');
    if (inTable) out.push(" <tr style='height:20.0pt'>", ...line.split('\t').map(wordCell), ' </tr>');
    else
      out.push(
        `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span\r\n` +
          `style='font-size:16.0pt;font-family:仿宋_GB2312'>${line}</span></p>`,
      );
  }
  return [...out, ...(inTable ? ['</table>'] : []), '</div>', '</body>', '</html>'].join('\r\n');
};

/** Tab-separated rows as a Markdown pipe table, with a separator row under each table's first row. */
const markdown = (text: string) => {
  let inTable = false;
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) {
        inTable = false;
        return line;
      }
      const cells = line.split('\t').map((c) => c.trim());
      const row = `| ${cells.join(' | ')} |`;
      const first = !inTable;
      inTable = true;
      return first ? `${row}\n|${cells.map(() => '---').join('|')}|` : row;
    })
    .join('\n');
};

for (const report of corpusReports().filter((r) => r.text.includes('\t'))) {
  test(`${report.name}: the same sections and tables from Markdown pipe tables`, () => {
    assert.deepEqual(parse(markdown(report.text)), parse(report.text));
  });
}

/** PDF text with one value per line: each run of numbers ending a line goes onto lines of its own. */
const valuePerLine = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/((?:[ \t]+-?[\d,.]+)+)[ \t]*$/, (m) => '\n' + m.trim().split(/\s+/).join('\n')))
    .join('\n');

for (const report of corpusReports().filter((r) => r.name.includes('pdftext'))) {
  test(`${report.name}: the same sections and tables from one value per line`, () => {
    assert.deepEqual(parse(valuePerLine(report.text)), parse(report.text));
  });
}

// Seeds 000 and 002 hold unmarked blank cells and an orphaned row whose position only line breaks keep.
for (const report of corpusReports().filter((r) => !/^00[02]/.test(r.name))) {
  test(`${report.name}: the same sections and tables from one run-together line`, () => {
    assert.deepEqual(parse(oneLine(report.text)), parse(report.text));
  });
  test(`${report.name}: the same sections and tables from HTML markup`, () => {
    assert.deepEqual(parse(html(report.text)), parse(report.text));
  });
}

/** The source text of each cell read in `text`'s tables. */
const cellTexts = (text: string) =>
  parseReport(text, { template: 'auto' }).tables.flatMap((t) =>
    t.rows.flatMap((r) => r.cells.map((c) => c && text.slice(c.span.start, c.span.end))),
  );

// Word's web pages and web editors' HTML: cells holding paragraphs, tags and rows broken over lines (audit S5 P1, P2).
for (const report of corpusReports().filter((r) => r.text.includes('\t') && !/^00[02]/.test(r.name))) {
  test(`${report.name}: the same sections and tables from HTML whose cells hold <p>, <div> or <br>`, () => {
    const expected = parse(report.text);
    for (const cell of [
      (c: string) => `<p class="MsoNormal" align="center"><span lang="EN-US">${c}</span></p>`,
      (c: string) => `<div>${c}</div>`,
      (c: string) => `${c}<br>`,
      (c: string) => `<p>${c}</p><p>&nbsp;</p>`,
    ]) {
      assert.deepEqual(parse(html(report.text, cell)), expected, cell('…'));
    }
  });
  test(`${report.name}: the same sections and tables from Word's web page (tags and rows over lines)`, () => {
    const text = wordHtml(report.text);
    assert.deepEqual(parse(text), parse(report.text));
    // Offsets stay the source's: each line is a slice of it, each cell's span holds the cell as written.
    assert.ok(splitLines(text).every((l) => text.slice(l.start, l.end) === l.text));
    assert.deepEqual(cellTexts(text), cellTexts(report.text));
  });
}

test('markup is joined over lines only for a tag or a table row that ends within reach', () => {
  const texts = (source: string) => splitLines(source).map((l) => l.text);
  assert.deepEqual(texts('<p><span\n lang=EN-US>一、总体情况</span></p>'), [
    '<span\n lang=EN-US>一、总体情况</span>',
  ]);
  // A "<" that opens no tag, a tag whose ">" is too far, a row that is never closed: physical lines.
  assert.deepEqual(texts('增幅<5%，\n一、总体情况'), ['增幅<5%，', '一、总体情况']);
  const far = 'x'.repeat(3000);
  assert.deepEqual(texts(`甲<b\n${far}>`), ['甲<b', `${far}>`]);
  assert.deepEqual(texts('<table><tr><td>1\n一、总体情况\n二、主动公开政府信息情况'), [
    '<td>1',
    '一、总体情况',
    '二、主动公开政府信息情况',
  ]);
  assert.deepEqual(texts(`<tr><td>1\n一、总体情况\n${'x'.repeat(30_000)}</tr>`).slice(1, 2), [
    '一、总体情况',
  ]);
});

test('a report as HTML with colspan, <br /> and &nbsp; keeps blank cells blank', () => {
  const text =
    '<p>某区2024年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>' +
    '<tr><td colspan="4">第二十条第（一）项</td></tr>' +
    '<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>' +
    '<tr><td>规章</td><td>1</td><td>&nbsp;</td><td>3<br /></td></tr></table>';
  const table = parseReport(text, { template: 'auto' }).tables[0];
  assert.deepEqual(
    table?.rows[0]?.cells.map((c) => c?.state),
    ['number', 'blank', 'number'],
  );
  const cell = table?.rows[0]?.cells[2];
  assert.equal(text.slice(cell?.span.start, cell?.span.end), '3');
});

test('a PDF header whose labels are broken by spaces is not a label mismatch; a truncated one is', async () => {
  const { lint } = await import('../../server/src/core/index.js');
  const base = corpusReports().find((r) => r.name.startsWith('15-'));
  if (!base) throw new Error('real report 15 missing');
  const header = '信息内容 本年制发件数 本年废止件数 现行有效件数';
  const labels = (text: string) =>
    lint(text)
      .findings.filter((f) => f.rule === 'table-label')
      .map((f) => text.slice(f.span.start, f.span.end));
  assert.deepEqual(labels(base.text.replace(header, '信息内容 本年制发 件数 本年废止 件数 现行有效 件数')), [
    '2.其他法律行政止公开',
  ]);
  assert.deepEqual(labels(base.text.replace(header, '信息内容 本年制发 本年废止件数 现行有效件数')), [
    '本年制发',
    '2.其他法律行政止公开',
  ]);
});

/** 表三's result row labelled "总计" alone, without its ordinal "（七）". */
const totalWithoutOrdinal = (text: string) => text.replace(/[（(]\s*七\s*[）)]\s*(?=总\s*计)/g, '');

for (const report of corpusReports().filter((r) => /[（(]\s*七\s*[）)]\s*总/.test(r.text))) {
  test(`${report.name}: 表三's row "总计" without "（七）" is its （七）总计 row, in every form`, () => {
    const expected = parse(report.text);
    const text = totalWithoutOrdinal(report.text);
    assert.notEqual(text, report.text);
    assert.deepEqual(parse(text), expected);
    assert.deepEqual(
      parseReport(text, { template: 'auto' }).issues,
      parseReport(report.text, { template: 'auto' }).issues,
    );
    if (text.includes('\t')) assert.deepEqual(parse(markdown(text)), expected);
    if (report.name.includes('pdftext')) assert.deepEqual(parse(valuePerLine(text)), expected);
    if (!/^00[02]/.test(report.name)) {
      assert.deepEqual(parse(oneLine(text)), expected);
      assert.deepEqual(parse(html(text)), expected);
    }
  });
}

test('"总计" alone is 表三\'s total row only where （七） is expected: not a header word, nor a row before （六）', () => {
  const base = corpusReports().find((r) => r.name.startsWith('15-'));
  if (!base) throw new Error('real report 15 missing');
  const document = (text: string) => parseReport(text, { template: 'auto' });
  const expected = parse(base.text);
  // The header repeated on a new page right before the total row: its "总计" is a header word, no empty row.
  const repeated = base.text.replace(
    '\n（七）总计',
    '\n申请人情况\n自然人\n法人或其他组织\n其他\n总计\n（七）总计',
  );
  assert.deepEqual(parse(repeated), expected);
  assert.deepEqual(document(repeated).issues, document(base.text).issues);
  // Among the rows of （三）, a row "总计" is not （七）总计: its values belong to no row.
  const early = document(base.text.replace('\n3.危及', '\n总计 2 0 0 0 0 0 2\n3.危及'));
  const totals = early.tables.flatMap((t) => t.rows).filter((r) => r.id === 'total');
  assert.deepEqual(
    totals.map((r) => r.cells[6]?.value),
    [95],
  );
  assert.deepEqual(
    early.issues.map((i) => i.code),
    ['orphan-row'],
  );
});

test('a page footer centred by pdftotext -layout (long indentation) is skipped, not read as values', () => {
  const table4 = [3, 1, 0, 0, 4, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
  const tab = proseReport([], { table4 });
  const data = table4.join('\t');
  const pdf = (footer: string) =>
    tab.replace(data, `${footer}\n\n${table4.join('     ')}`).replace(/\t/g, '  ');
  const cells = (text: string) =>
    parseReport(text, { template: 'auto' })
      .tables.find((t) => t.kind === 'table4')
      ?.rows[0]?.cells.map((c) => c?.value);
  for (const footer of ['- 4 -', `${' '.repeat(44)}- 4 -`, `${' '.repeat(60)}第 4 页`]) {
    assert.deepEqual(cells(pdf(footer)), table4, JSON.stringify(footer));
  }
});

test('a section ordinal followed by &nbsp; (or U+00A0, &#160;, &emsp;) in HTML text is a section heading', () => {
  for (const blank of ['&nbsp;', '&nbsp;&nbsp;', '\u00a0', '&#160;', '&emsp;']) {
    for (const ordinal of ['二、', '二．', '二.', '二，', '二', '第二部分']) {
      for (const wrap of [(h: string) => h, (h: string) => `<p>${h}</p>`]) {
        const heading = wrap(`${ordinal}${blank}主动公开政府信息情况`);
        const text = makeReport('2021', (l) => replaceLine(l, '二、主动', heading));
        const { findings } = lint(text);
        const where = `${JSON.stringify(heading)}: ${findings.map((f) => f.rule).join(' ')}`;
        assert.deepEqual(
          parseReport(text, { template: 'auto' }).sections.map((s) => s.number),
          [1, 2, 3, 4, 5, 6],
          where,
        );
        // Written "二、" it is clean; otherwise its one finding renumbers it so.
        const renumber = findings.filter((f) => f.rule === 'heading-numbering');
        assert.equal(findings.length, renumber.length, where);
        const fixed = applyEdits(text, renumber[0]?.fixes[0]?.edits ?? []);
        assert.deepEqual(lint(fixed).findings, [], where);
      }
    }
  }
});

test('表二 whose columns PDF text lists one after another (labels, then values) is unreadable, not missing', () => {
  const columnFirst = [
    '二、主动公开政府信息情况',
    ...['信息内容', '规章', '行政规范性文件', '信息内容', '行政许可', '信息内容', '行政处罚', '行政强制'],
    ...[
      '信息内容',
      '行政事业性收费',
      '第二十条第（一）项',
      '本年制发件数',
      '本年废止件数',
      '0',
      '0',
      '1',
      '0',
    ],
    ...[
      '第二十条第（五）项',
      '本年处理决定数量',
      '1207',
      '第二十条第（六）项',
      '本年处理决定数量',
      '88',
      '0',
    ],
    ...['第二十条第（八）项', '本年收费金额（单位：万元）', '0', '现行有效件数', '0', '6'],
  ].join('\n');
  const text = makeReport('2021', (lines) => {
    const from = lines.indexOf('二、主动公开政府信息情况');
    const to = lines.findIndex((l) => l.startsWith('三、收到'));
    lines.splice(from, to - from, columnFirst, '');
  });
  const rules = lint(text).findings.map((f) => `${f.rule} ${f.severity}`);
  assert.ok(!rules.includes('table-missing error'), rules.join('\n'));
  assert.ok(rules.includes('table-incomplete error'), rules.join('\n'));
  // Its rows are read from the labels before the block labels, none with a value (see the describe block below).
  const table2 = parseReport(text, { template: 'auto' }).tables.filter((t) => t.kind === 'table2');
  assert.deepEqual(
    table2.map((t) => [t.rows.length, t.rows.flatMap((r) => r.cells).filter((c) => c !== undefined).length]),
    [[6, 0]],
  );
  // A sentence that names a block label reads no values: no table, and 表二 is missing as before.
  const prose = makeReport('2021', (lines) => {
    const from = lines.indexOf('二、主动公开政府信息情况');
    const to = lines.findIndex((l) => l.startsWith('三、收到'));
    lines.splice(from + 1, to - from - 1, '依据第二十条第（一）项主动公开规章和规范性文件。', '');
  });
  assert.ok(
    lint(prose).findings.some((f) => f.rule === 'table-missing'),
    'a block label in prose is no table',
  );
});

/** 2019 表二 with its values, as tab-separated rows. */
const TABLE2_2019 = [
  ['第二十条第（一）项'],
  ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
  ['规章', '0', '0', '4'],
  ['规范性文件', '4', '4', '36'],
  ['第二十条第（五）项'],
  ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
  ['行政许可', '212', '5', '1873'],
  ['其他对外管理服务事项', '64', '0', '903'],
  ['第二十条第（六）项'],
  ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
  ['行政处罚', '35', '0', '642'],
  ['行政强制', '12', '0', '27'],
  ['第二十条第（八）项'],
  ['信息内容', '上一年项目数量', '本年增/减'],
  ['行政事业性收费', '9', '-2'],
  ['第二十条第（九）项'],
  ['信息内容', '采购项目数量', '采购总金额'],
  ['政府集中采购', '118', '2345'],
];

/**
 * The same 表二 as PDF text gives it when the 2019 headers wrap in their cells: a cell per line, the header's
 * pieces in the order pdftotext puts them (the first line of a wrapped cell even before 信息内容).
 */
const TABLE2_2019_WRAPPED = [
  '第二十条第（一）项',
  ...['信息内容', '本年新制', '作数量', '本年新公', '开数量', '对外公开', '总数量'],
  ...['规章', '0', '0', '4', '规范性文件', '4', '4', '36'],
  ...['第二十条第（五）项', '上一年项', '信息内容', '目数量', '处理决定', '本年增/减', '数量'],
  ...['行政许可', '212', '5', '1873', '其他对外管理服务事项', '64', '0', '903'],
  ...['第二十条第（六）项', '信息内容', '上一年项', '目数量', '本年增/减', '处理决定', '数量'],
  ...['行政处罚', '35', '0', '642', '行政强制', '12', '0', '27'],
  ...['第二十条第（八）项', '上一年项', '信息内容', '本年增/减', '目数量', '行政事业性收费', '9', '-2'],
  ...['第二十条第（九）项', '信息内容', '采购项目', '采购总金额', '数量', '政府集中采购', '118', '2345'],
];

function with2019Table2(table2: string[]): string {
  return makeReport('2019', (lines) => {
    const from = lines.indexOf('二、主动公开政府信息情况');
    const to = lines.findIndex((l) => l.startsWith('三、收到'));
    lines.splice(from + 1, to - from - 1, '', ...table2, '');
  });
}

test('2019 表二 headers wrapped in their cells (PDF text) are no label mismatch, and the values are read', () => {
  const tabs = with2019Table2(TABLE2_2019.map((row) => row.join('\t')));
  const labelFindings = (text: string) =>
    lint(text)
      .findings.filter((f) => f.rule === 'table-label')
      .map((f) => text.slice(f.span.start, f.span.end));
  const table2 = (text: string) => shape(parseReport(text, { template: 'auto' })) as { tables: unknown[] };
  assert.deepEqual(labelFindings(tabs), []);
  for (const [form, lines] of [
    ['a cell per line', TABLE2_2019_WRAPPED],
    ['a cell per line, blank lines between', TABLE2_2019_WRAPPED.flatMap((l) => [l, ''])],
    [
      '-layout, the wrapped pieces on the line below',
      TABLE2_2019.map((row) => row.join('      ')).flatMap((line) =>
        line.startsWith('信息内容 ') && line.includes('上一年项目数量')
          ? [
              '信息内容      上一年项      本年增/减      处理决定',
              '              目数量                     数量',
            ]
          : [line],
      ),
    ],
  ] as const) {
    const text = with2019Table2([...lines]);
    assert.deepEqual(labelFindings(text), [], form);
    assert.deepEqual(table2(text).tables[0], table2(tabs).tables[0], form);
  }
  // A piece that is no piece of the template's labels is still one.
  const typo = with2019Table2(
    TABLE2_2019_WRAPPED.map((l) => (l === '目数量' ? '目数' : l === '上一年项' ? '上年项' : l)),
  );
  assert.ok(labelFindings(typo).includes('上年项'), labelFindings(typo).join('\n'));
});

test('a line of prose that starts with 行政复议 is no 表四 header: 表四 is the table, its prose is checked', () => {
  const table4 = [1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
  for (const prose of [
    ['行政复议案件均获维持。'],
    ['行政复议结果均为维持'],
    ['2024年，本机关未发生因政府信息公开被申请', '行政复议、行政诉讼的情况，政府信息公开工作总体平稳有序。'],
  ]) {
    const text = proseReport(prose, { table4 });
    const tables = parseReport(text, { template: 'auto' }).tables.filter((t) => t.kind === 'table4');
    assert.deepEqual(
      tables.map((t) => t.rows[0]?.cells.map((c) => c?.value)),
      [table4],
      prose.join(''),
    );
    const rules = lint(text).findings.map((f) => f.rule);
    assert.ok(!rules.includes('table-incomplete'), `${prose.join('')}: ${rules.join(' ')}`);
    // Each sentence contradicts 表四 (a 纠正 result; reviews and suits): the prose is read, not cut out as a table.
    assert.ok(rules.includes('text-zero-claim'), `${prose.join('')}: ${rules.join(' ')}`);
  }
  // 表四's header words alone on their line still open it.
  const header = proseReport([], { table4 });
  assert.equal(parseReport(header, { template: 'auto' }).tables.filter((t) => t.kind === 'table4').length, 1);
});

test('a sentence that names 表三\'s first row ("本年新收政府信息公开申请数量为…") is prose, not a 表三 of one row', () => {
  for (const sentence of [
    '本年新收政府信息公开申请数量为0件，上年结转0件。',
    '本年新收政府信息公开申请数量0件，与上年持平。',
    '本年新收政府信息公开申请数量为0件',
  ]) {
    const text = proseReport([sentence]);
    const tables = parseReport(text, { template: 'auto' }).tables.filter((t) => t.kind === 'table3');
    assert.deepEqual(
      tables.map((t) => t.rows.length),
      [25],
      sentence,
    );
    assert.deepEqual(
      lint(text).findings.map((f) => f.rule),
      [],
      sentence,
    );
  }
});

test("a bare page number among 表四's header lines or before its values (PDF text) is no value of it", () => {
  const table4 = [9, 3, 6, 2, 20, 2, 1, 1, 1, 5, 1, 0, 1, 0, 2];
  const header = [
    '行政复议 行政诉讼',
    '结果',
    '维持',
    '结果',
    '纠正',
    '其他',
    '结果',
    '尚未',
    '审结',
    '总计',
  ];
  const groups = ['未经复议直接起诉 复议后起诉', '结果', '维持', '结果', '纠正', '其他', '结果', '总计'];
  const pdf = (lines: readonly string[]) =>
    makeReport('2021', (all) => {
      const from = all.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
      const to = all.findIndex((l) => l.startsWith('五、'));
      all.splice(from + 1, to - from - 1, ...lines, '');
    });
  const values = table4.join(' ');
  for (const lines of [
    [...header, ...groups.slice(0, 4), '5', ...groups.slice(4), values],
    [...header, ...groups.slice(0, 4), '\f5', ...groups.slice(4), values],
    [...header, ...groups, '5', values],
  ]) {
    const text = pdf(lines);
    const cells = parseReport(text, { template: 'auto' })
      .tables.find((t) => t.kind === 'table4')
      ?.rows[0]?.cells.map((c) => c?.value);
    assert.deepEqual(cells, table4, JSON.stringify(lines));
    assert.deepEqual(
      lint(text)
        .findings.filter((f) => f.rule === 'table4-total')
        .map((f) => f.message.zh),
      [],
    );
  }
});

test('a section heading wrapped over two lines of PDF text is one heading: no title finding, nothing left behind', () => {
  for (const [line, rest] of [
    ['四、政府信息公开行政复议、行政诉讼情', '况'],
    ['三、收到和处理政府信息公开申请', '情况'],
  ] as const) {
    const text = makeReport('2021', (lines) => replaceLine(lines, line.slice(0, 4), `${line}\n${rest}`));
    const document = parseReport(text, { template: 'auto' });
    const section = document.sections.find((s) => s.heading.title.startsWith(line.slice(2)));
    assert.equal(section?.heading.title, line.slice(2) + rest);
    assert.equal(section?.titleDiffers, false);
    assert.deepEqual(
      lint(text).findings.map((f) => f.rule),
      [],
      line,
    );
  }
  // A title cut short with nothing after it is still reported, with its fix.
  const cut = makeReport('2021', (lines) =>
    replaceLine(lines, '四、政府', '四、政府信息公开行政复议、行政诉讼情'),
  );
  assert.deepEqual(
    lint(cut).findings.map((f) => f.rule),
    ['section-title'],
  );
});

describe('a table cut in two by a page break is one table', () => {
  /** The skeleton report with every value distinct (a value given to another row shows in the shape). */
  const distinct = (): string => {
    let next = 1;
    return makeReport('2021').replace(/\t0(?=\t|$)/gm, () => `\t${next++}`);
  };
  const forms: readonly (readonly [string, (text: string) => string])[] = [
    ['tab', (t) => t],
    ['pipes', markdown],
    ['-layout', (t) => t.replace(/\t/g, '     ')],
    ['raw', (t) => t.replace(/\t+/g, ' ')],
  ];
  /** Lines that may stand where a page breaks a table, besides the table's own. */
  const furniture = [
    ['续表'],
    ['（续上表）'],
    ['（接上表）'],
    ['第 5 页 共 9 页'],
    ['', '- 5 -'],
    ['某某区人民政府2024年政府信息公开工作年度报告'],
  ];
  const cuts: readonly { table: string; before: RegExp; lines: readonly (readonly string[])[] }[] = [
    {
      table: '表二',
      before: /^第二十条第（六）项/,
      lines: [
        ['二、主动公开政府信息情况（续）'],
        ['二、主动公开政府信息情况（续表）'],
        ['表二（续）'],
        ...furniture,
      ],
    },
    { table: '表二', before: /^行政强制/, lines: [['二、主动公开政府信息情况（续）'], ...furniture] },
    {
      table: '表三',
      before: /^（五）不予处理/,
      lines: [
        ['三、收到和处理政府信息公开申请情况（续）'],
        ['三、收到和处理政府信息公开申请情况（续表）（单位：件）'],
        ['表三（续）'],
        [
          '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
          '\t自然人\t商业企业',
        ],
        ['三、收到和处理政府信息公开申请情况（续）', '申请人情况', '自然人', '法人或其他组织'],
        ...furniture,
      ],
    },
    {
      table: '表四',
      before: /^\d+(\t\d+){14}$/,
      lines: [['四、政府信息公开行政复议、行政诉讼情况（续）'], ['行政复议\t\t\t\t\t行政诉讼'], ...furniture],
    },
  ];
  const outline = (text: string) => {
    const document = parseReport(text, { template: 'auto' });
    return { shape: shape(document), stray: document.strayHeadings.length };
  };
  /** The tables read, sections aside. */
  const tables = (text: string) => shape({ ...parseReport(text, { template: 'auto' }), sections: [] });
  const messages = (text: string) => lint(text).findings.map((f) => `${f.rule} ${f.message.zh}`);
  /** `text` with `lines` inserted before its first line that `before` matches. */
  const insertBefore = (text: string, before: RegExp, lines: readonly string[]) => {
    const all = text.split('\n');
    all.splice(
      all.findIndex((l) => before.test(l)),
      0,
      ...lines,
    );
    return all.join('\n');
  };

  for (const { table, before, lines } of cuts) {
    test(`${table}, cut before ${before.source}: the same rows, sections and findings, in every form`, () => {
      const whole = distinct();
      for (const cut of lines) {
        const text = insertBefore(whole, before, cut);
        for (const [form, render] of forms) {
          const name = `${form}: ${cut.join(' / ')}`;
          assert.deepEqual(outline(render(text)), outline(render(whole)), name);
          assert.deepEqual(messages(render(text)), messages(render(whole)), name);
        }
      }
    });
  }

  test('two parts of 表二 or 表三 (a line of prose between them) are joined: every rule checks all rows', () => {
    const whole = distinct();
    const note =
      '注：本表数据统计时间为2024年1月1日至2024年12月31日，数据来源于本区各级行政机关政府信息公开工作统计系统。';
    const header = whole.split('\n').filter((l) => l.includes('勾稽关系') || l.startsWith('\t自然人'));
    for (const [before, cut] of [
      [/^第二十条第（六）项/, [note]],
      [/^（五）不予处理/, [note, ...header]],
      [/^（五）不予处理/, ['三、收到和处理政府信息公开申请情况', ...header]],
    ] as const) {
      const text = insertBefore(whole, before, cut);
      for (const [form, render] of forms) {
        const name = `${form}: ${before.source}`;
        assert.deepEqual(tables(render(text)), tables(render(whole)), name);
        // Sums over rows of both parts are checked (a plain repeated heading is still a second heading).
        const rules = (t: string) => messages(t).filter((m) => !m.startsWith('section-order'));
        assert.deepEqual(rules(render(text)), messages(render(whole)), name);
      }
    }
  });

  test('a continuation note ends a title: 续, 续表, 续上表, 接上表, a unit note after it; not 续 of a word', () => {
    for (const [title, section] of [
      ['收到和处理政府信息公开申请情况（续）', 3],
      ['收到和处理政府信息公开申请情况续表', 3],
      ['收到和处理政府信息公开申请情况（续上表）（单位：件）', 3],
      ['主动公开政府信息情况 (接上表)', 2],
      ['存在的主要问题及改进情况（持续）', null],
      ['收到和处理政府信息公开申请情况', null],
      ['工作持续（续）', null],
    ] as const) {
      assert.equal(continuedSection(title), section, title);
    }
    // A section named again with no note is a second heading, as before.
    const twice = makeReport('2021', (lines) =>
      lines.splice(lines.indexOf('六、其他需要报告的事项'), 0, '五、存在的主要问题及改进情况（持续）'),
    );
    assert.deepEqual(
      lint(twice).findings.map((f) => f.rule),
      ['section-order'],
    );
  });

  test('two tables of one kind that both hold a row stay two: a report pasted twice, a row repeated', () => {
    const whole = distinct();
    const kinds = (text: string) => parseReport(text, { template: 'auto' }).tables.map((t) => t.kind);
    assert.deepEqual(kinds(`${whole}\n${whole}`), [...kinds(whole), ...kinds(whole)]);
    // 表三 cut where the second part starts again at a row the first holds: nothing is joined.
    const all = whole.split('\n');
    const at = all.findIndex((l) => l.startsWith('（五）不予处理'));
    const note =
      '注：本表数据统计时间为2024年1月1日至2024年12月31日，数据来源于本区各级行政机关政府信息公开工作统计系统。';
    const header = all.filter((l) => l.includes('勾稽关系') || l.startsWith('\t自然人'));
    all.splice(at, 0, note, ...header, ...all.slice(at - 2, at));
    assert.deepEqual(kinds(all.join('\n')), ['table2', 'table3', 'table3', 'table4']);
  });
});

describe('a repeated header row, blank lines as blank cells, a page number by a form feed', () => {
  /** 表三's header rows as a table with a merged label column writes them again after a page break. */
  const repeatedHeader = [
    '\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
  ];
  /** The report with 表三's header repeated before `before`, that row's label cell after a merged blank one. */
  const headerBefore = (before: string, edit: (lines: string[]) => void = () => {}) =>
    makeReport('2021', (lines) => {
      edit(lines);
      const at = lines.findIndex((l) => l.startsWith(before));
      lines[at] = `\t${lines[at] ?? ''}`;
      lines.splice(at, 0, ...repeatedHeader);
    });
  const table3 = (text: string) =>
    parseReport(text, { template: 'auto' })
      .tables.filter((t) => t.kind === 'table3')
      .flatMap((t) => t.rows.map((r) => [r.id, ...r.cells.map((c) => c?.raw)].join(' ')));

  test('a header row of column names only, before （七）总计, is no 总计 row: tab and pipe tables', () => {
    const clean = makeReport('2021');
    for (const [form, render] of [
      ['tab', (t: string) => t],
      ['pipes', markdown],
    ] as const) {
      const text = render(headerBefore('（七）总计'));
      assert.deepEqual(table3(text), table3(render(clean)), form);
      assert.deepEqual(
        lint(text).findings.map((f) => f.rule),
        [],
        form,
      );
      // A defect in the 总计 row is found, not masked by an empty row of the same name.
      const wrong = render(
        headerBefore('（七）总计', (l) => replaceLine(l, '（七）总计', `（七）总计${'\t0'.repeat(6)}\t1`)),
      );
      assert.ok(
        lint(wrong).findings.some((f) => f.rule === 'table3-row-total'),
        form,
      );
    }
  });

  test('an empty row of a name never hides the row of that name with values', () => {
    const total = `（七）总计${'\t0'.repeat(6)}\t1`;
    const expected = ['table3-balance', 'table3-result-total', 'table3-row-total'];
    // The label alone, or with blank cells, on a line before its row (a label cell repeated after a page break).
    for (const empty of ['（七）总计', '\t（七）总计\t\t\t\t\t\t\t', '| | （七）总计 | | |']) {
      const text = makeReport('2021', (lines) => {
        replaceLine(lines, '（七）总计', total);
        lines.splice(lines.indexOf(total), 0, empty);
      });
      assert.deepEqual(
        table3(text).filter((r) => r.startsWith('total')),
        ['total 0 0 0 0 0 0 1'],
        empty,
      );
      assert.deepEqual(
        lint(text)
          .findings.map((f) => f.rule)
          .sort(),
        expected,
        empty,
      );
    }
  });

  /** The skeleton report, every value distinct, 表三's columns `blank` (0-based, among the seven) left empty. */
  const withBlankColumns = (blank: readonly number[]): string => {
    let next = 1;
    return makeReport('2021')
      .replace(/\t0(?=\t|$)/gm, () => `\t${next++}`)
      .split('\n')
      .map((line) => {
        const cells = line.split('\t');
        if (cells.length !== 8 || !/^[一二三四（\d]/.test(line)) return line;
        return cells.map((c, i) => (blank.includes(i - 1) ? '' : c)).join('\t');
      })
      .join('\n');
  };
  /** As WPS saves a table as text: one cell per line, an empty line for a blank cell. */
  const wps = (text: string) =>
    text
      .split('\n')
      .flatMap((l) => l.split('\t'))
      .join('\n');
  /** As pdftotext (raw) puts a table: one cell per line, blank cells lost, an empty line between all lines. */
  const pdfRaw = (text: string) =>
    text
      .split('\n')
      .flatMap((l) => (l.includes('\t') ? l.split('\t').filter((c) => c !== '') : [l]))
      .join('\n\n');
  const rules = (text: string) => lint(text).findings.map((f) => f.rule);

  test("one cell per line (WPS): an empty line among a row's values, or before the next label, is a blank cell", () => {
    for (const blank of [[2], [0], [1, 2, 3, 4]]) {
      const text = withBlankColumns(blank);
      assert.deepEqual(parse(wps(text)), parse(text), `blank ${blank.join()}`);
      assert.deepEqual(rules(wps(text)), rules(text), `blank ${blank.join()}`);
    }
    // Empty lines after the table's last row may end the table as well: that row's last blank cells are unknown.
    for (const blank of [[6], [0, 1, 2, 3, 4, 5, 6]]) {
      const text = withBlankColumns(blank);
      const rows = (t: string) => table3(t).filter((r) => !r.startsWith('carryover'));
      assert.deepEqual(rows(wps(text)), rows(text), `blank ${blank.join()}`);
    }
    // The blank-cell fix writes 0 on the empty line: the table is then whole.
    const text = wps(withBlankColumns([2]));
    const blankCells = lint(text).findings.filter((f) => f.rule === 'blank-cell');
    assert.equal(blankCells.filter((f) => f.message.zh.startsWith('表三')).length, 25);
    const edits = blankCells.flatMap((f) => f.fixes?.[0]?.edits ?? []);
    const fixed = rules(applyEdits(text, edits));
    assert.ok(!fixed.includes('blank-cell') && !fixed.includes('table-incomplete'), fixed.join());
  });

  test('an empty line between all lines (pdftotext) is no blank cell, nor one next to a page break', () => {
    for (const blank of [[2], [1, 2, 3, 4]]) {
      const text = pdfRaw(withBlankColumns(blank));
      const cells = parseReport(text, { template: 'auto' })
        .tables.filter((t) => t.kind === 'table3')
        .flatMap((t) => t.rows.flatMap((r) => r.cells));
      assert.ok(cells.length > 0);
      // Which column each value belongs to is unknown: none is placed, no empty line is a cell.
      assert.ok(
        cells.every((c) => c === undefined || c.state === 'ambiguous'),
        `blank ${blank.join()}`,
      );
    }
    // Empty lines around a page break among a row's values (one per line) are no cells.
    const whole = wps(withBlankColumns([]));
    for (const page of ['\f', '- 3 -', '第 3 页 共 9 页', '某某区人民政府2024年政府信息公开工作年度报告']) {
      const cut = whole.replace(/^(（一）予以公开\n(?:\d+\n){3})/m, `$1\n${page}\n\n`);
      assert.notEqual(cut, whole);
      assert.deepEqual(parse(cut), parse(whole), page);
    }
  });

  test('a number alone next to a form feed in 表四 is a page number; values alone on their lines stay', () => {
    const base = makeReport('2021', (lines) =>
      replaceLine(lines, '0\t0\t0\t0\t0\t0', Array.from({ length: 15 }, (_, i) => i + 1).join('\t')),
    );
    const values = /^1\t2\t3(\t\d+)+$/m;
    for (const page of ['3\n\f', '3\n\f某某区人民政府2024年政府信息公开工作年度报告', '\f3']) {
      const text = base.replace(values, (row) => `${page}\n${row}`);
      assert.deepEqual(parse(text), parse(base), JSON.stringify(page));
      assert.deepEqual(rules(text), rules(base), JSON.stringify(page));
    }
    // One value per line, a page break among them: no value is taken for a page number.
    const perLine = base.replace(values, (row) => row.replace(/\t/g, '\n'));
    for (const page of ['\f', '\f- 3 -', '- 3 -\n\f']) {
      const text = perLine.replace('\n8\n', `\n8\n${page}\n`);
      assert.notEqual(text, perLine);
      assert.deepEqual(parse(text), parse(base), JSON.stringify(page));
    }
  });
});

describe('表二 in column order (raw pdftotext): its first column before its block labels, then the values', () => {
  /** 表二's first column as raw pdftotext gives it (LibreOffice PDF), before the block labels and values. */
  const LABELS_2021 = [
    ...['信息内容', '规章', '行政规范性文件', '信息内容', '行政许可', '信息内容', '行政处罚', '行政强制'],
    ...['信息内容', '行政事业性收费', ''],
  ];
  const VALUES_2021 = [
    ...['第二十条第（一）项', '本年制发件数', '本年废止件数', '现行有效件数', '0', '0', '0', '2', '0', '9'],
    ...[
      '第二十条第（五）项',
      '本年处理决定数量',
      '1286',
      '第二十条第（六）项',
      '本年处理决定数量',
      '57',
      '3',
    ],
    ...['第二十条第（八）项', '本年收费金额（单位：万元）', '0', ''],
  ];
  /** A report whose section 二 holds `lines` in place of 表二. */
  const withTable2 = (version: '2019' | '2021', lines: readonly string[]) =>
    makeReport(version, (all) => {
      const from = all.findIndex((l) => l.startsWith('第二十条第（一）项'));
      const to = all.findIndex((l) => l.startsWith('三、收到'));
      all.splice(from, to - from, ...lines);
    });
  const table2Of = (text: string) =>
    parseReport(text, { template: 'auto' }).tables.find((t) => t.kind === 'table2');
  const incomplete = (text: string) =>
    lint(text)
      .findings.filter((f) => f.rule === 'table-incomplete')
      .map((f) => `${f.severity} ${f.message.zh}`);

  test('its rows are there, none takes a value, and it is reported once as unreadable (not "缺少 6 行")', () => {
    const text = withTable2('2021', [...LABELS_2021, ...VALUES_2021]);
    const table = table2Of(text);
    assert.deepEqual(
      table?.rows.map((r) => r.id),
      ['rules', 'normative', 'licensing', 'penalty', 'enforcement', 'fees'],
    );
    // Which row each value belongs to is unknown (1286 is 行政许可's by its block, but no value is paired by guess).
    assert.deepEqual(
      table?.rows.flatMap((r) => r.cells).filter((c) => c !== undefined),
      [],
    );
    assert.deepEqual(incomplete(text), [
      'error 表二的 6 行读不出数值（如「规章」应有 3 个数值，只读到 0 个）：文本中行名与数值是分开的（如 PDF 转出的文本按列排列），无法确定表中各数值属于哪一行',
    ]);
    const finding = lint(text).findings.find((f) => f.rule === 'table-incomplete');
    const related = finding?.related.map(
      (r) => `${text.slice(r.span.start, r.span.end).split('\n')[0]} ${r.message.zh}`,
    );
    assert.deepEqual(related, [
      '规章 「规章」应有 3 个数值，只读到 0 个',
      '行政规范性文件 「行政规范性文件」应有 3 个数值，只读到 0 个',
      '行政许可 「行政许可」应有 1 个数值，只读到 0 个',
      '行政处罚 「行政处罚」应有 1 个数值，只读到 0 个',
      '行政强制 「行政强制」应有 1 个数值，只读到 0 个',
      '行政事业性收费 「行政事业性收费」应有 1 个数值，只读到 0 个',
      '0 这些数值无法确定属于哪一行',
    ]);
    assert.ok(!lint(text).findings.some((f) => f.rule === 'table-missing'));
  });

  test('the 2019 form, and a page in Windows line ends, read the same', () => {
    const labels2019 = ['信息内容', '规章', '规范性文件', '信息内容', '行政许可', '其他对外管理服务事项'];
    const text = withTable2('2019', [
      ...labels2019,
      ...['信息内容', '行政处罚', '行政强制', '信息内容', '行政事业性收费', '信息内容', '政府集中采购', ''],
      ...['第二十条第（一）项', '本年新制作数量', '本年新公开数量', '对外公开总数量', '1', '2', '3', '4'],
      ...['5', '6', '第二十条第（五）项', '上一年项目数量', '本年增/减', '处理决定数量', '7', '8', '9'],
    ]);
    const table = table2Of(text);
    assert.equal(table?.rows.length, 8);
    assert.deepEqual(
      table?.rows.flatMap((r) => r.cells).filter((c) => c !== undefined),
      [],
    );
    assert.match(incomplete(text).join('\n'), /^error 表二的 8 行读不出数值/);
    const crlf = withTable2('2021', [...LABELS_2021, ...VALUES_2021]).replace(/\n/g, '\r\n');
    assert.equal(table2Of(crlf)?.rows.length, 6);
    assert.equal(incomplete(crlf).length, 1);
  });

  test('rows whose labels are absent are still missing; labels in prose or after other text open no row', () => {
    // Without its first column: no row is there.
    const bare = withTable2('2021', VALUES_2021);
    assert.deepEqual(incomplete(bare), [
      'error 表二缺少 6 行：规章、行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费',
      'warning 这 10 个数值不属于表二的任何一行（表头或行名缺失？）',
    ]);
    // Only the last labels right before the block label: the others are missing.
    const some = withTable2('2021', ['本节说明。', '行政处罚', '行政强制', '', ...VALUES_2021]);
    assert.deepEqual(
      table2Of(some)?.rows.map((r) => r.id),
      ['penalty', 'enforcement'],
    );
    const found = incomplete(some).join('\n');
    assert.match(found, /^error 表二缺少 4 行：规章、行政规范性文件、行政许可、行政事业性收费$/m);
    assert.match(found, /^error 表二的 2 行读不出数值（如「行政处罚」/m);
    // Section 二's heading or its prose before the block label is no label.
    const prose = withTable2('2021', ['本年度主动公开规章和行政规范性文件。', '', ...VALUES_2021]);
    assert.equal(table2Of(prose)?.rows.length ?? 0, 0);
  });
});

describe('cells of &nbsp; or U+00A0 only are empty fields; HTML entities in labels (audit S8 P1, P4)', () => {
  /** 表三's label column split in three, as a table with merged label cells gives it: a row's label, then empties. */
  const mergedLabelCells = (line: string): string => {
    const [label = '', ...cells] = line.split('\t');
    if (cells.length !== 7) return line;
    const values = cells.map((_, j) => String(j + 1)).join('\t');
    if (/^[一二四]、/.test(label)) return `${label}\t\t\t${values}`;
    return /^[（(]/.test(label) ? `\t${label}\t\t${values}` : `\t\t${label}\t${values}`;
  };
  /** 表四's header as a web or Word table gives it: merged cells as empty ones, the second header row indented. */
  const TABLE4_HEADER = [
    `行政复议${'\t'.repeat(5)}行政诉讼${'\t'.repeat(9)}`,
    `结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉${'\t'.repeat(5)}复议后起诉${'\t'.repeat(4)}`,
    `${'\t'.repeat(5)}${Array(2).fill('结果维持\t结果纠正\t其他结果\t尚未审结\t总计').join('\t')}`,
  ];
  /** A 2021 report with distinct values in each row, written with merged (empty) label and header cells. */
  const merged = makeReport('2021', (lines) => {
    const t3 = lines.findIndex((l) => l.startsWith('一、本年新收'));
    const t4 = lines.findIndex((l) => l.startsWith('行政复议\t'));
    for (let i = t3; i < t4; i++) lines[i] = mergedLabelCells(lines[i] ?? '');
    lines.splice(t4, 3, ...TABLE4_HEADER);
    lines[t4 + 3] = Array.from({ length: 15 }, (_, j) => String(j + 1)).join('\t');
  });
  /** Tab rows with each empty field written `fill`. */
  const filledTabs = (text: string, fill: string) =>
    text
      .split('\n')
      .map((l) => (l.includes('\t') ? l.replace(/(?<=^|\t)(?=\t|$)/g, fill) : l))
      .join('\n');
  /** Pipe rows with each empty cell written `fill`. */
  const filledPipes = (text: string, fill: string) => text.replace(/\| {2}(?=\|)/g, `| ${fill} `);
  const FILLS = ['&nbsp;', '\u00a0', '&nbsp;&nbsp;', ' \u00a0 ', '&nbsp', '&#160;', '\u200b', '\u3000'];

  test('the empty-cell form reads every value in its column (the reference for the forms below)', () => {
    const document = parseReport(merged, { template: 'auto' });
    const values = (kind: string) =>
      document.tables
        .filter((t) => t.kind === kind)
        .flatMap((t) => t.rows.map((r) => r.cells.map((c) => c?.value ?? c?.state).join(' ')));
    assert.equal(values('table3').length, 25);
    assert.ok(values('table3').every((row) => row === '1 2 3 4 5 6 7'));
    assert.deepEqual(values('table4'), [Array.from({ length: 15 }, (_, j) => j + 1).join(' ')]);
  });

  test('tab rows: a cell of white-space entities or invisible spaces reads as an empty one', () => {
    const expected = parse(merged);
    for (const fill of FILLS)
      assert.deepEqual(parse(filledTabs(merged, fill)), expected, JSON.stringify(fill));
  });

  test('pipe rows (CMS Markdown) and HTML: the same', () => {
    const expected = parse(merged);
    const pipes = markdown(merged);
    assert.deepEqual(parse(pipes), expected);
    for (const fill of FILLS)
      assert.deepEqual(parse(filledPipes(pipes, fill)), expected, JSON.stringify(fill));
    assert.deepEqual(parse(html(merged, (c) => (c === '&nbsp;' ? '\u00a0' : c))), expected);
  });

  test("表四's header rows with blank marks in their merged cells are no data row", () => {
    const expected = parse(merged);
    const header = (text: string, fill: string) =>
      text.replace(/^行政复议\t[^\n]*\n[^\n]*\n[^\n]*/m, (rows) => filledTabs(rows, fill));
    for (const fill of ['/', '—', '-']) {
      assert.deepEqual(parse(header(merged, fill)), expected, fill);
      assert.deepEqual(parse(markdown(header(merged, fill))), expected, fill);
    }
  });

  test('HTML entities in a row label are the characters they stand for: the row is read, no finding', () => {
    const report = makeReport('2021', (lines) =>
      replaceLine(lines, '3.危及', `3.危及“三安全一稳定”${'\t1'.repeat(6)}\t6`),
    );
    const expected = parse(report);
    for (const [open, close] of [
      ['&ldquo;', '&rdquo;'],
      ['&#8220;', '&#8221;'],
      ['&#x201C;', '&#x201D;'],
      ['&quot;', '&quot;'],
    ]) {
      const text = report.replace('“三安全一稳定”', `${open}三安全一稳定${close}`);
      assert.deepEqual(parse(text), expected, open);
      assert.deepEqual(parse(markdown(text)), expected, open);
      assert.deepEqual(
        lint(text).findings.map((f) => f.rule),
        lint(report).findings.map((f) => f.rule),
        open,
      );
    }
    // Entities of CJK text and white space too: "&#65288;一&#65289;予以公开", "行政&nbsp;许可".
    const coded = report
      .replace('（一）予以公开', '&#65288;一&#65289;予以公开')
      .replace(/^行政许可/m, '行政&nbsp;许可');
    assert.deepEqual(parse(coded), expected);
  });

  test('label normalisation decodes entities and maps each decoded character to its "&"', () => {
    assert.equal(normalize('3.危及&ldquo;三安全一稳定&rdquo;'), normalize('3.危及“三安全一稳定”'));
    assert.equal(normalize('A&mdash;B&amp;C&lt;&gt;'), 'A—B&C<>');
    // Not an entity: a "&" of text, an unknown name, a name run into letters, a code point out of range.
    assert.equal(normalize('A&B &foo; &ampx &#1114112;'), 'A&B&foo;&ampx&#1114112;');
    assert.equal(normalize('A&amp B&nbsp'), 'A&B');
    const mapped = mapText([{ start: 10, text: 'a&amp;b&#8220;c' }]);
    assert.equal(mapped.norm, 'a&bc');
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => sourceOffset(mapped, i)),
      [10, 11, 16, 24],
    );
  });

  test('a blank value cell written &nbsp; is still a blank cell of its row', () => {
    const text = merged.replace(/^(一、本年新收[^\t]*\t\t\t1)\t2\t/m, '$1\t&nbsp;\t');
    const row = parseReport(text, { template: 'auto' })
      .tables.find((t) => t.kind === 'table3')
      ?.rows.find((r) => r.id === 'new');
    assert.deepEqual(
      row?.cells.map((c) => c?.value ?? c?.state),
      [1, 'blank', 3, 4, 5, 6, 7],
    );
  });
});

describe('a 2019 表二 with a 2021 表三: 表三 read by its own labels (audit S8 P2)', () => {
  const zeros = '\t0'.repeat(5);
  /** A 2024 report whose 表二 is the 2019 form's and whose 表三 has a case in （六）3.其他, its totals consistent. */
  const mixed = makeReport('2021', (lines) => {
    const from = lines.indexOf('二、主动公开政府信息情况');
    const to = lines.findIndex((l) => l.startsWith('三、收到'));
    lines.splice(from + 1, to - from - 1, '', ...TABLE2_2019.map((row) => row.join('\t')), '');
    replaceLine(lines, '一、本年新收', `一、本年新收政府信息公开申请数量\t1${zeros}\t1`);
    replaceLine(lines, '3.其他', `3.其他\t1${zeros}\t1`);
    replaceLine(lines, '（七）总计', `（七）总计\t1${zeros}\t1`);
  });
  const table3 = (text: string) =>
    parseReport(text, { template: 'auto' })
      .tables.filter((t) => t.kind === 'table3')
      .flatMap((t) => t.rows.map((r) => [r.id, ...r.cells.map((c) => c?.value ?? c?.state)].join(' ')));
  const findings = (text: string) => lint(text).findings.map((f) => `${f.rule} ${f.message.zh}`);

  test('its three （六） rows are read, not given to the 2019 single row nor left orphaned', () => {
    assert.equal(parseReport(mixed, { template: 'auto' }).template, '2019'); // 表二's many 2019 labels
    const rows = table3(mixed);
    assert.ok(rows.includes(`r6.3 1${' 0'.repeat(5)} 1`), rows.join('\n'));
    assert.ok(rows.includes(`r6.1${' 0'.repeat(7)}`));
    assert.ok(rows.includes(`r6${' '.repeat(7)}`)); // no cell: the 2021 form's group label carries no value
  });

  test('no false relation error: the mixing is template-version, the single row one incomplete row', () => {
    const found = findings(mixed);
    assert.ok(!found.some((f) => /^table3-(result-total|balance|row-total)/.test(f)), found.join('\n'));
    assert.ok(!found.some((f) => f.includes('不属于表三')), found.join('\n'));
    assert.ok(found.some((f) => f.startsWith('template-version 2024 年度报告应使用 2021 版格式')));
    assert.deepEqual(
      found.filter((f) => f.startsWith('table-incomplete')),
      ['table-incomplete 「（六）其他处理」行应有 7 个数值，只读到 0 个'],
    );
  });

  test('a report in one form throughout reads as before: the 2019 single （六） row keeps its values', () => {
    const report2019 = makeReport('2019', (lines) => {
      replaceLine(lines, '一、本年新收', `一、本年新收政府信息公开申请数量\t1${zeros}\t1`);
      replaceLine(lines, '（六）其他处理', `（六）其他处理\t1${zeros}\t1`);
      replaceLine(lines, '（七）总计', `（七）总计\t1${zeros}\t1`);
    });
    const rows = table3(report2019);
    assert.ok(rows.includes(`r6 1${' 0'.repeat(5)} 1`));
    assert.ok(!rows.some((r) => r.startsWith('r6.')));
    assert.deepEqual(findings(report2019), []);
    const report2021 = makeReport('2021', (lines) => {
      replaceLine(lines, '一、本年新收', `一、本年新收政府信息公开申请数量\t1${zeros}\t1`);
      replaceLine(lines, '3.其他', `3.其他\t1${zeros}\t1`);
      replaceLine(lines, '（七）总计', `（七）总计\t1${zeros}\t1`);
    });
    assert.deepEqual(findings(report2021), []);
  });
});
