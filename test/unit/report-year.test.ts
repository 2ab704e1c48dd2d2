/** report-year: the year from the title, the statistics period and the signature date must agree, and exist. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReport } from '../../server/src/core/index.js';
import { proseReport, ruleFindings } from './support/prose-report.js';

const RULE = 'report-year';
const PERIOD = (from: number, to = from) =>
  `本报告中所列数据的统计期限自${from}年1月1日起至${to}年12月31日止。`;

test('title, period and signature of one year: nothing to report', () => {
  assert.deepEqual(
    ruleFindings(proseReport([PERIOD(2024)], { tail: ['', '2025年1月20日'] }), RULE).where,
    [],
  );
});

test('a period or a signature of another year is a warning on it, related to the title year', () => {
  const text = proseReport([PERIOD(2023)], { tail: ['', '2024年1月20日'] });
  const { where, findings } = ruleFindings(text, RULE);
  assert.equal(where.length, 2);
  assert.match(where[0] ?? '', /^5:15 2023年1月1日起至2023年12月31日$/);
  assert.match(findings[0]?.message.zh ?? '', /统计期限表明是 2023 年度的报告，与标题的 2024 年不一致/);
  assert.match(findings[1]?.message.zh ?? '', /落款日期表明是 2023 年度的报告/);
  assert.equal(findings[0]?.severity, 'warning');
  assert.equal(text.slice(findings[0]?.related[0]?.span.start, findings[0]?.related[0]?.span.end), '2024');
});

test('a period running into the next year is reported', () => {
  const { findings } = ruleFindings(proseReport([PERIOD(2024, 2025)]), RULE);
  assert.deepEqual(
    findings.map((f) => f.message.zh),
    ['统计期限从 2024 年跨到 2025 年，应为同一年的 1 月 1 日至 12 月 31 日'],
  );
});

test('no year anywhere in a report: one warning on the title; a text that is no report: nothing', () => {
  const text = proseReport(['本机关认真落实政府信息公开条例。'], {
    title: '某某区人民政府政府信息公开工作年度报告',
  });
  assert.deepEqual(ruleFindings(text, RULE).where, ['1:1 某某区人民政府政府信息公开工作年度报告']);
  assert.deepEqual(ruleFindings('一段与年报无关的文字。', RULE).where, []);
});

test('full-width digits and CRLF line ends are read', () => {
  const text = proseReport(['统计期限自２０２３年１月１日至２０２３年１２月３１日。'], { eol: '\r\n' });
  assert.equal(ruleFindings(text, RULE).findings.length, 1);
});

test('the signature is looked for among the last eight non-blank lines, however long they are', () => {
  const long = '本机关将继续做好政府信息公开工作。'.repeat(150); // ≈2,500 characters a line
  const signed = (after: number, eol: string) =>
    proseReport([PERIOD(2024)], { tail: ['', '2025年1月20日', ...Array<string>(after).fill(long)] }).replace(
      /\n/g,
      eol,
    );
  for (const eol of ['\n', '\r\n', '\r']) {
    const sources = (text: string) =>
      parseReport(text, { template: 'auto' }).yearEvidence.map((e) => e.source);
    assert.deepEqual(sources(signed(7, eol)), ['title', 'period', 'signature'], JSON.stringify(eol));
    assert.deepEqual(sources(signed(8, eol)), ['title', 'period'], JSON.stringify(eol));
  }
});

/** The year evidence of `text` as `source year text-under-range`. */
function evidenceOf(text: string): string[] {
  return parseReport(text, { template: 'auto' }).yearEvidence.map(
    (e) => `${e.source} ${e.year} ${text.slice(e.span.start, e.span.end)}`,
  );
}

test('a title "…2022年度政府信息公开工作报告" names the year, and the template check runs on it', () => {
  const title = '某某镇人民政府2022年度政府信息公开工作报告';
  const text = proseReport([], { title, version: '2019' });
  assert.deepEqual(evidenceOf(text), ['title 2022 2022']);
  assert.equal(parseReport(text, { template: 'auto' }).title?.agency, '某某镇人民政府');
  assert.equal(ruleFindings(text, 'template-version').findings.length, 1);
  assert.deepEqual(evidenceOf(proseReport([], { title: '2022年政府信息公开工作报告' })), ['title 2022 2022']);
});

test('a title wrapped over two lines is read whole, wherever it is broken', () => {
  for (const [first, second] of [
    ['某某县人民政府2022年政府信息公开工作', '年度报告'],
    ['某某县人民政府2022年', '政府信息公开工作年度报告'],
    ['# 某某县人民政府2022年度', '# 政府信息公开工作报告'],
  ] as const) {
    const text = proseReport([], { title: `${first}\n${second}` });
    const { title } = parseReport(text, { template: 'auto' });
    assert.equal(text.slice(title?.span.start, title?.span.end), `${first}\n${second}`);
    assert.equal(title?.agency, '某某县人民政府');
    assert.deepEqual(evidenceOf(text), ['title 2022 2022'], first);
  }
});

test('a period that names its year once ("自2022年1月1日至12月31日") gives the year', () => {
  for (const period of [
    '本报告统计期限自2022年1月1日至12月31日。',
    '统计期限为２０２２年１月１日至１２月３１日。',
  ]) {
    const text = proseReport([period], { title: '某某县人民政府政府信息公开工作年度报告' });
    const found = period.slice(period.search(/[2２]/), period.lastIndexOf('日') + 1);
    assert.deepEqual(evidenceOf(text), [`period 2022 ${found}`]);
    assert.deepEqual(ruleFindings(text, RULE).where, []);
  }
});

test('years in Chinese numerals: 二〇二二年 in the title, 二〇二三年一月二十日 as the signature', () => {
  const text = proseReport([], {
    title: '某某县人民政府二〇二二年政府信息公开工作年度报告',
    tail: ['', '二○二三年一月二十日'],
  });
  assert.deepEqual(evidenceOf(text), ['title 2022 二〇二二', 'signature 2022 二○二三年一月二十日']);
  assert.equal(parseReport(text, { template: 'auto' }).title?.agency, '某某县人民政府');
  assert.deepEqual(ruleFindings(text, RULE).where, []);
  // A date later in the year is no signature of the annual report; 二〇二 alone is no year.
  const later = proseReport([], { title: '二〇二年政府信息公开工作年度报告', tail: ['二〇二三年六月一日'] });
  assert.deepEqual(evidenceOf(later), []);
});

test('a title running on into the first sentence (a report on one line) ends after the words naming the report', () => {
  const title = '某某县人民政府办公室2024年政府信息公开工作年度报告';
  const oneLine = proseReport([])
    .replace(/^.*\n/, `${title} 本报告统计期限自2024年1月1日至2024年12月31日。\n`)
    .replace(/\n/g, ' ');
  const document = parseReport(oneLine, { template: 'auto' });
  assert.equal(oneLine.slice(document.title?.span.start, document.title?.span.end), title);
  assert.equal(document.title?.text, title);
  assert.deepEqual(ruleFindings(oneLine, 'section-title').where, []);
  // A short addition after the title words is part of the title; a stray space inside it is still found.
  const revised = proseReport([], { title: '某某县人民政府2024年政府信息公开工作年度报告（修订 版）' });
  assert.deepEqual(ruleFindings(revised, 'section-title').where, ['1:28  ']);
});

test('a year on the line under a title without one ("（2023年度）") is the title year', () => {
  for (const under of ['（2023年度）', '(2023年)', '2023年度', '（二〇二三年度）']) {
    const text = proseReport([], { title: `某某县人民政府政府信息公开工作年度报告\n${under}` });
    const { title } = parseReport(text, { template: 'auto' });
    assert.equal(
      text.slice(title?.span.start, title?.span.end),
      `某某县人民政府政府信息公开工作年度报告\n${under}`,
    );
    assert.equal(title?.agency, null);
    assert.equal(evidenceOf(text)[0]?.split(' ').slice(0, 2).join(' '), 'title 2023', under);
  }
  // A sentence with a year under the title is no part of it.
  const sentence = proseReport([], {
    title: '某某县人民政府政府信息公开工作年度报告\n2023年，我县认真贯彻落实条例。',
  });
  assert.deepEqual(
    evidenceOf(sentence).filter((e) => e.startsWith('title')),
    [],
  );
});

test('a period of months ("2023年1月至12月") gives the year', () => {
  const text = proseReport(['本报告所列数据统计期限为2023年1月至12月。'], {
    title: '某某县人民政府政府信息公开工作年度报告',
  });
  assert.deepEqual(evidenceOf(text), ['period 2023 2023年1月至12月']);
});

test('an HTML title is read without its markup, its span from its first to its last character', () => {
  const plain = '某某县人民政府2022年政府信息公开工作年度报告';
  for (const title of [
    `<html><head>\n<meta charset=utf-8>\n<title>${plain}</title>\n</head><body>`,
    `<p class=MsoNormal align=center><span style='font-size:22.0pt;font-family:方正小标宋简体'>${plain}</span></p>`,
    // Word wraps a tag at a space and writes digits in spans of their own.
    `<p class=MsoNormal align=center\nstyle='text-align:center'><b><span\nstyle='font-size:22.0pt'>某某县人民政府</span></b><b><span\nlang=EN-US style='font-size:22.0pt'>2022</span></b><b><span style='font-size:22.0pt'>年政府信息公开工作年度报告</span></b></p>`,
  ]) {
    const text = proseReport([], { title });
    const document = parseReport(text, { template: 'auto' });
    assert.equal(document.title?.text, plain, title);
    assert.equal(document.title?.agency, '某某县人民政府', title);
    const span = text.slice(document.title?.span.start, document.title?.span.end);
    assert.equal(span.replace(/<[^<>]*>/g, ''), plain, title);
    assert.ok(span.startsWith('某') && span.endsWith('告'), span);
    assert.deepEqual(evidenceOf(text), ['title 2022 2022'], title);
    assert.deepEqual(ruleFindings(text, 'section-title').where, [], title);
  }
  // Agency and title in paragraphs of their own; a stray space in a span is still found, and only it.
  const two = proseReport([], {
    title: `<p align=center><span style='font-size:22pt'>某某县 人民政府</span></p>\n<p align=center><span style='font-size:22pt'>2022年政府信息公开工作年度报告</span></p>`,
  });
  const { title } = parseReport(two, { template: 'auto' });
  assert.equal(title?.agency, '某某县 人民政府');
  assert.equal(title?.text, '2022年政府信息公开工作年度报告');
  assert.equal(two.slice(title?.span.start, (title?.span.start ?? 0) + 3), '某某县');
  assert.deepEqual(ruleFindings(two, 'section-title').where, ['1:49  ']);
});
