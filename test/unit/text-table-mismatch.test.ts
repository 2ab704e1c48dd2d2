/** text-table-mismatch: prose figures against their cells, every accepted reading, and figures of other things. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIRST_PROSE_LINE as L, ROW, natural, proseReport, ruleFindings } from './support/prose-report.js';

const RULE = 'text-table-mismatch';
const where = (prose: string[], options: Parameters<typeof proseReport>[1] = {}) =>
  ruleFindings(proseReport(prose, options), RULE).where;

describe('applications received (表三 一, or 一 + 二)', () => {
  const tables = { rows: { [ROW.new]: natural(20), [ROW.carried]: natural(1), [ROW.total]: natural(21) } };

  test('a figure that equals 一 or 一 + 二 is fine; anything else is a warning on the number and unit', () => {
    assert.deepEqual(where(['2024年，本机关共受理政府信息公开申请20件。'], tables), []);
    assert.deepEqual(where(['2024年，本机关共收到政府信息公开申请21件。'], tables), []);
    assert.deepEqual(where(['2024年，本机关共受理政府信息公开申请 17 件。'], tables), [`${L}:22 17 件`]);
  });

  test('the message names the phrase and both readings; related information points at the cells', () => {
    const text = proseReport(['本机关受理政府信息公开申请17件。'], tables);
    const [finding] = ruleFindings(text, RULE).findings;
    assert.equal(finding?.severity, 'warning');
    assert.equal(
      finding?.message.zh,
      '正文「受理政府信息公开申请 17 件」与表格不符：表三「一、本年新收政府信息公开申请数量」总计为 20；表三 一 + 二 总计为 21',
    );
    assert.match(
      finding?.message.en ?? '',
      /the text says "受理政府信息公开申请 17 件", but .* is 20; .* is 21/,
    );
    assert.deepEqual(
      finding?.related.map((r) => text.slice(r.span.start, r.span.end)),
      ['20', '1'],
    );
  });

  test('the number may come before the noun ("受理 21 件申请")', () => {
    assert.deepEqual(where(['全年共受理21件政府信息公开申请。'], tables), []);
    assert.deepEqual(where(['全年共受理17件政府信息公开申请。'], tables), [`${L}:6 17件`]);
  });

  test('full-width digits and Chinese numerals are read', () => {
    assert.deepEqual(where(['本机关受理政府信息公开申请２０件。'], tables), []);
    assert.deepEqual(where(['本机关受理政府信息公开申请二十一件。'], tables), []);
    assert.deepEqual(where(['本机关受理政府信息公开申请二十二件。'], tables), [`${L}:14 二十二件`]);
  });

  test('a figure wrapped onto the next line (PDF text), with CRLF line ends, keeps its exact range', () => {
    const prose = ['2024年，本机关共受理政府信息公开', '申请 17 件，均已答复。'];
    assert.deepEqual(where(prose, tables), [`${L + 1}:4 17 件`]);
    assert.deepEqual(where(prose, { ...tables, eol: '\r\n' }), [`${L + 1}:4 17 件`]);
  });

  test('surrogate pairs before the figure do not shift the range', () => {
    const text = proseReport(['𠀾𠀾街道办事处受理政府信息公开申请17件。'], tables);
    const [finding] = ruleFindings(text, RULE).findings;
    assert.equal(text.slice(finding?.span.start, finding?.span.end), '17件');
  });
});

describe('other 表三 figures', () => {
  const tables = {
    rows: {
      [ROW.new]: natural(20),
      [ROW.carried]: natural(2),
      [ROW.r1]: natural(10),
      [ROW.r2]: natural(5),
      [ROW.r3_1]: natural(2),
      [ROW.r4_1]: natural(2),
      [ROW.total]: natural(19),
      [ROW.carryover]: natural(3),
    },
  };

  test('上年结转, 办结, 结转下年度 (before or after the figure) and the result rows', () => {
    const prose = [
      '本年新收政府信息公开申请20件，上年结转申请2件，办结19件，另有3件结转下年度继续办理。',
      '申请办理结果中，予以公开10件，部分公开5件，不予公开2件，无法提供2件，予以公开和部分公开合计15件。',
    ];
    assert.deepEqual(where(prose, tables), []);
    const wrong = [
      '本年新收政府信息公开申请21件，上年结转申请3件，办结18件，另有4件结转下年度继续办理。',
      '申请办理结果中，予以公开11件，部分公开4件，不予公开3件，无法提供1件。',
    ];
    assert.deepEqual(
      where(wrong, tables).map((w) => w.split(' ')[1]),
      ['21件', '3件', '18件', '4件', '11件', '4件', '3件', '1件'],
    );
  });

  test('a terse sentence takes its topic from its paragraph', () => {
    const prose = ['本年度共收到政府信息公开申请20件。', '办理结果：予以公开11件。'];
    assert.deepEqual(where(prose, tables), [`${L + 1}:10 11件`]);
    assert.deepEqual(where(['本年度主动公开信息368条。', '办理结果：予以公开11件。'], tables), []);
  });

  test('占 x% is the share of 三（七）, to the precision written', () => {
    assert.deepEqual(where(['申请中予以公开10件，占52.63%。'], tables), []);
    assert.deepEqual(where(['申请中予以公开10件，占53%。'], tables), []);
    assert.deepEqual(where(['申请中予以公开10件，占60.00%。'], tables), [`${L}:13 60.00%`]);
    assert.deepEqual(where(['本年新收政府信息公开申请20件，占60.00%。'], tables), [], 'only result rows');
  });
});

describe('表四 and 表二 figures', () => {
  const table4 = [1, 1, 0, 0, 2, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1];

  test('行政复议 and its parts, 行政诉讼 = both lawsuit groups', () => {
    const prose = [
      '因政府信息公开被申请行政复议2件，其中结果维持1件，结果纠正1件；因政府信息公开提起行政诉讼2件，其中结果维持1件。',
    ];
    assert.deepEqual(where(prose, { table4 }), []);
    const wrong = [
      '因政府信息公开被申请行政复议3件，其中结果维持2件；政府信息公开行政诉讼1件，其中其他结果0件。',
    ];
    assert.deepEqual(
      where(wrong, { table4 }).map((w) => w.split(' ')[1]),
      ['3件', '2件', '1件', '0件'],
    );
  });

  test('制发 / 废止 / 现行有效 行政规范性文件 (2021 form)', () => {
    const rows = { 行政规范性文件: [3, 1, 12] };
    assert.deepEqual(
      where(['全年制发行政规范性文件3件，废止规范性文件1件，现行有效行政规范性文件12件。'], { rows }),
      [],
    );
    assert.deepEqual(where(['全年制发行政规范性文件4件。'], { rows }), [`${L}:12 4件`]);
  });
});

describe('figures of other things do not fire', () => {
  const tables = { rows: { [ROW.new]: natural(20), [ROW.total]: natural(20) }, table4: Array(15).fill(1) };
  const negatives = [
    '2024年，主动公开政府信息368条，其中政策解读21条，召开新闻发布会12场。',
    '办结率和满意率均达100%，主动公开信息占全市公开总量的12.5%。',
    '根据豫政办〔2020〕5号文件，统计期限自2024年1月1日至2024年12月31日。',
    '2023年受理政府信息公开申请15件，今年较上年增加5件。',
    '其中区政府办受理政府信息公开申请5件。',
    '受理政府信息公开申请事项20件(信函申请2件)，按时办结数20件，延时办结数0件。',
    '确保受理一件、书面答复一件，避免出现申请件遗失。',
    '全年共受理政府信息公开申请20余件。',
    '共办理市长信箱交办件23件、区长信箱86件。',
    '全年办理行政复议案件120件。',
    '收取政府信息公开信息处理费0元，汽车零件5件。',
  ];
  for (const sentence of negatives) {
    test(sentence, () => assert.deepEqual(where([sentence], tables), []));
  }
});
