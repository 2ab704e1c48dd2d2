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

  test('the total of the results (上述办理结果合计) is 三（七）, and only it (audit S7 P6a)', () => {
    const results = (total: number) =>
      where(
        [`予以公开10件，部分公开5件，不予公开2件，无法提供2件，上述办理结果合计${total}件。`],
        tables,
      ).map((w) => w.split(' ')[1]);
    assert.deepEqual(results(19), []);
    assert.deepEqual(results(20), ['20件'], '一 is 20, but a total of results is not 一');
    assert.deepEqual(results(17), ['17件']);
    assert.deepEqual(where(['本年度申请的处理结果共计19件。'], tables), []);
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

  test("予以公开率为 x% is （一）'s share, as 占 x% is (audit S8 P6)", () => {
    const rates = (prose: string) => where([prose], tables).map((w) => w.split(' ')[1]);
    assert.deepEqual(rates('从申请办理结果看，予以公开率为52.63%。'), []);
    assert.deepEqual(rates('全年政府信息公开申请予以公开率为50%，较上年提高5个百分点。'), [], '10 ÷ 一');
    assert.deepEqual(rates('予以公开的比例为45.45%。'), [], '10 ÷ 一 + 二');
    assert.deepEqual(rates('从申请办理结果看，予以公开率为60.00%。'), ['60.00%']);
    assert.deepEqual(rates('申请办理结果中，予以公开率达60%。'), ['60%']);
    const text = proseReport(['从申请办理结果看，予以公开率为60.00%。'], tables);
    assert.equal(
      ruleFindings(text, RULE).findings[0]?.message.zh,
      '正文「予以公开率为 60.00%」与表格不符：10 ÷ 19（表三「（七）总计」总计）= 52.63%',
    );
    const related = ruleFindings(text, RULE).findings[0]?.related ?? [];
    assert.deepEqual(
      related.map((r) => text.slice(r.span.start, r.span.end)),
      ['10', '19'],
      'the row and the base',
    );
    // Other rates, another year or body, proactive disclosure, and 公开率 (with or without 部分公开?) are not read.
    const others = [
      '申请办结率60%，按时办结率60.00%，答复率60%。',
      '政府信息公开行政复议纠错率60%。',
      '不予公开率为60%，部分公开率为60%。',
      '予以公开10件，部分公开5件，公开率60%。',
      '上年予以公开率为60%。',
      '2023年予以公开率为60%。',
      '各乡镇予以公开率为60%。',
      '主动公开信息1,386条，予以公开率为60%。',
    ];
    for (const sentence of others) assert.deepEqual(rates(sentence), [], sentence);
  });
});

describe('a count of a part (a sub-unit, a channel, part of the year, several years) is not compared', () => {
  const tables = { rows: { [ROW.new]: natural(20), [ROW.carried]: natural(1), [ROW.total]: natural(21) } };
  const parts = [
    '区本级受理政府信息公开申请12件，各街道（镇）受理政府信息公开申请8件。',
    '市本级共受理申请12件，区县共受理申请8件。',
    '区住建局收到政府信息公开申请12件，占全区申请总量的60%，居各部门首位。',
    '通过政府信息公开申请平台收到申请15件，占全部申请的75%。',
    '通过依申请公开平台收到申请15件。',
    '全年共受理各类申请1215件，其中政府信息公开申请20件。',
    '2022年至2024年，累计收到政府信息公开申请58件。',
    '近三年共收到政府信息公开申请58件，呈逐年上升趋势。',
    '第一季度收到政府信息公开申请5件，第二季度收到政府信息公开申请6件。',
    '2024年上半年，共受理政府信息公开申请9件。',
    '1-6月受理政府信息公开申请9件。',
    '2025年1月，我局又收到政府信息公开申请6件。',
    '截至6月30日，共收到政府信息公开申请9件。',
    '各镇（街道）共受理政府信息公开申请8件。',
  ];
  for (const sentence of parts) {
    test(sentence, () => assert.deepEqual(where([sentence], tables), []));
  }

  test('a count of the whole is still compared: after 全年/全区, up to 12 月, or an office speaking for all', () => {
    const whole = [
      '各街道受理申请8件，全区共受理政府信息公开申请17件。',
      '截至2024年12月31日，共收到政府信息公开申请17件。',
      '2024年1-12月，共收到政府信息公开申请17件。',
      '2024年，区政府办代表区政府受理政府信息公开申请17件。',
      '通过信函、网上平台等渠道共收到政府信息公开申请17件。',
      '市本级和各区县共受理政府信息公开申请17件。',
      '全区各乡镇共受理政府信息公开申请17件。',
      '我区各部门共受理政府信息公开申请17件。',
      '自2024年1月1日至12月31日，共收到政府信息公开申请17件。',
      '与2023年相比，本年度收到政府信息公开申请17件，增加9件。',
    ];
    for (const sentence of whole) {
      assert.deepEqual(
        where([sentence], tables).map((w) => w.split(' ')[1]),
        ['17件'],
        sentence,
      );
    }
  });
});

describe('上年结转 and 结转下年度 written with years, and a bare 结转 after 办结', () => {
  const tables = {
    rows: {
      [ROW.new]: natural(20),
      [ROW.carried]: natural(2),
      [ROW.total]: natural(19),
      [ROW.carryover]: natural(3),
    },
  };
  const figures = (prose: string) => where([prose], tables).map((w) => w.split(' ')[1]);

  test('"上年度结转至本年度办理的" and "2023 年结转至 2024 年" are 二, not 办理', () => {
    assert.deepEqual(figures('上年度结转至本年度办理的政府信息公开申请2件。'), []);
    assert.deepEqual(figures('2023年结转至2024年办理的申请2件，均已办结。'), []);
    assert.deepEqual(figures('2022年结转至2023年办理的申请5件。'), [], 'another year');
    const [finding] = ruleFindings(
      proseReport(['上年度结转至本年度办理的政府信息公开申请1件。'], tables),
      RULE,
    ).findings;
    assert.match(
      finding?.message.zh ?? '',
      /^正文「上年度结转至本年度办理的政府信息公开申请 1 件」.*「二、上年结转/,
    );
  });

  test('"结转至 2025 年" (the next year) and "办结…，结转 N 件" are 四', () => {
    assert.deepEqual(figures('另有3件申请结转至2025年继续办理。'), []);
    assert.deepEqual(figures('另有4件申请结转至2025年继续办理。'), ['4件']);
    assert.deepEqual(figures('本年度共收到政府信息公开申请20件，办结19件，结转3件。'), []);
    assert.deepEqual(figures('本年度共收到政府信息公开申请20件，办结19件，结转5件。'), ['5件']);
    assert.deepEqual(figures('申请结转5件。'), [], 'bare 结转 without 办结 before it');
  });
});

describe('more phrasings of totals and results', () => {
  const tables = {
    rows: {
      [ROW.new]: natural(20),
      [ROW.r1]: natural(10),
      [ROW.r2]: natural(5),
      [ROW.total]: natural(20),
    },
  };
  const figures = (prose: string) => where([prose], tables).map((w) => w.split(' ')[1]);

  test('a total without a verb, 的 before 数量, the figure before the noun after 受理的', () => {
    assert.deepEqual(figures('我县2024年政府信息公开申请总量为21件，同比增加9件。'), ['21件']);
    assert.deepEqual(figures('全年政府信息公开申请共21件。'), ['21件']);
    assert.deepEqual(figures('全年共有政府信息公开申请20件。'), []);
    assert.deepEqual(figures('2024年本单位受理政府信息公开申请的数量为21件。'), ['21件']);
    assert.deepEqual(figures('全年受理的21件政府信息公开申请中，办结20件。'), ['21件']);
    assert.deepEqual(figures('涉及征地拆迁的政府信息公开申请12件。'), [], 'a part by topic');
  });

  test('予以公开的申请, 作出…答复, 同意公开, and shares of 已办结申请', () => {
    assert.deepEqual(figures('予以公开的申请11件。'), ['11件']);
    assert.deepEqual(figures('作出予以公开答复11件、部分公开答复5件。'), ['11件']);
    assert.deepEqual(figures('同意公开10件，同意部分公开6件，不同意公开0件。'), ['6件']);
    assert.deepEqual(figures('从办理结果看，予以公开和部分公开的共16件。'), ['16件']);
    assert.deepEqual(figures('申请中予以公开10件，占已办结申请的40%。'), ['40%']);
    assert.deepEqual(figures('申请中予以公开10件，占已办结申请的50%。'), []);
  });
});

describe('result figures under a heading about applications', () => {
  const tables = { rows: { [ROW.new]: natural(20), [ROW.r1]: natural(10), [ROW.total]: natural(20) } };

  test('under "（二）依申请公开" or in section 三 a result without 申请 is compared', () => {
    assert.deepEqual(where(['（二）依申请公开', '予以公开11件。'], tables), [`${L + 1}:5 11件`]);
    assert.deepEqual(where(['（二）依申请公开', '予以公开10件。'], tables), []);
    assert.deepEqual(where(['（一）主动公开', '予以公开11件。'], tables), []);
  });

  test('a sentence giving two kinds of result is about applications', () => {
    assert.deepEqual(where(['予以公开11件，部分公开0件。'], tables), [`${L}:5 11件`]);
    assert.deepEqual(where(['予以公开11件。'], tables), []);
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

  test('表二: an issuer named, bare 废止/现行有效 after the first, a split by issuer, a review of documents', () => {
    const rows = { 行政规范性文件: [3, 1, 12] };
    const figures = (prose: string) => where([prose], { rows }).map((w) => w.split(' ')[1]);
    assert.deepEqual(figures('制发行政规范性文件3件，废止2件，现行有效13件。'), ['2件', '13件']);
    assert.deepEqual(figures('全年印发区政府行政规范性文件4件。'), ['4件']);
    assert.deepEqual(figures('新制定行政规范性文件4件。'), ['4件']);
    assert.deepEqual(figures('废止2件。'), [], 'no 规范性文件 in the sentence');
    assert.deepEqual(figures('以区政府名义印发规范性文件2件，以区政府办公室名义印发规范性文件1件。'), []);
    assert.deepEqual(figures('开展规范性文件专项清理，共审查现行有效规范性文件156件，继续有效108件。'), []);
  });

  test('诉讼 narrowed to one lawsuit group, settled cases, and a body deciding reviews', () => {
    const figures = (prose: string) => where([prose], { table4 }).map((w) => w.split(' ')[1]);
    assert.deepEqual(
      figures('政府信息公开行政诉讼2件，其中未经复议直接起诉的行政诉讼1件，复议后起诉1件。'),
      [],
    );
    assert.deepEqual(figures('政府信息公开行政诉讼中，未经复议直接起诉2件。'), ['2件']);
    assert.deepEqual(figures('政府信息公开已审结的行政诉讼1件均获维持。'), []);
    assert.deepEqual(
      figures('政府信息公开行政复议、诉讼情况如下：全年共办理行政复议案件126件，纠错率8.7%。'),
      [],
    );
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

describe('the year before, applications of another kind, other bodies (audit S6c R1, R2, R6)', () => {
  const table4 = [1, 1, 0, 0, 2, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1];
  const rows = {
    [ROW.new]: natural(20),
    [ROW.carried]: natural(3),
    [ROW.r1]: natural(10),
    [ROW.r2]: natural(5),
    [ROW.total]: natural(20),
  };
  const figures = (prose: string, where0 = where) =>
    where0([prose], { rows, table4 }).map((w) => w.split(' ')[1]);

  test('去年 / 上年度 opening the sentence cover all its clauses; a comparison (较上年) covers none', () => {
    assert.deepEqual(figures('上年度政府信息公开行政复议3件，行政诉讼4件。'), []);
    assert.deepEqual(figures('去年共收到政府信息公开申请41件，办结39件。'), []);
    assert.deepEqual(figures('上年度予以公开12件，部分公开8件。'), []);
    assert.deepEqual(figures('去年收到申请10件，今年收到政府信息公开申请17件。'), ['17件']);
    assert.deepEqual(figures('2024年收到政府信息公开申请30件，较上年增长15%，已办结18件。'), [
      '30件',
      '18件',
    ]);
    assert.deepEqual(figures('本年度收到政府信息公开申请17件，上年结转3件。'), ['17件']);
  });

  test('reviews, licences and services applied for are not 表三 applications', () => {
    assert.deepEqual(figures('被申请政府信息公开行政复议2件（含上年结转1件）。'), []);
    assert.deepEqual(figures('申请人不服答复申请行政复议2件，其中上年结转1件。'), []);
    assert.deepEqual(figures('本机关收到政府信息公开行政复议申请2件，办结3件。'), []);
    assert.deepEqual(figures('政务服务中心全年受理政务服务事项申请3,456件，办结3,450件。'), []);
    assert.deepEqual(figures('区行政审批局全年受理行政许可申请2,318件，办结2,300件。'), []);
    assert.deepEqual(figures('区信访局受理信访事项申请86件，予以公开答复3件，部分公开2件。'), []);
    assert.deepEqual(figures('收到政府信息公开申请17件，申请人提起行政复议2件。'), ['17件']);
  });

  test('区直各部门, 全区各部门, and a total before "其中 <this body>" are other bodies', () => {
    const table2 = { 行政规范性文件: [3, 1, 12] };
    const documents = (prose: string) => where([prose], { rows: table2 }).map((w) => w.split(' ')[1]);
    assert.deepEqual(documents('全区各部门共制发行政规范性文件63件。'), []);
    assert.deepEqual(documents('指导区直各部门制发行政规范性文件23件。'), []);
    assert.deepEqual(figures('区直各部门共收到政府信息公开申请120件。'), []);
    assert.deepEqual(figures('全区共收到政府信息公开申请326件，其中区政府收到52件。'), []);
    assert.deepEqual(figures('全区共发生政府信息公开行政诉讼案件11起，其中区政府作为被告3起。'), []);
    assert.deepEqual(figures('全市政府信息公开行政复议案件共86件，其中以区政府为被申请人的4件。'), []);
    assert.deepEqual(figures('全区共收到政府信息公开申请326件，其中涉及征收的52件。'), ['326件']);
  });

  test('a whole 系统 or 行业, other units, subordinate units, all levels are other bodies (audit S7 P2)', () => {
    const others = [
      '全市市场监管系统共办理政府信息公开申请1210件。',
      '全省生态环境系统共收到政府信息公开申请1826件。',
      '全县卫生健康行业共收到政府信息公开申请95件。',
      '全国税务系统共受理政府信息公开申请3万余件，本年度全国共受理政府信息公开申请8000件。',
      '全系统共收到政府信息公开申请95件。',
      '系统内共收到政府信息公开申请95件。',
      // 本系统: the body and its subordinate units, wider than the body that reports.
      '本系统共收到政府信息公开申请95件。',
      '全市各级行政机关共收到政府信息公开申请950件。',
      '本局新收政府信息公开申请20件，下属单位共收到政府信息公开申请55件。',
      '局属各单位共收到政府信息公开申请55件，直属单位办结50件。',
      '区内其他街道共收到政府信息公开申请7件，其他部门共收到政府信息公开申请40件。',
      '其他乡镇共发生政府信息公开行政复议7件。',
    ];
    for (const sentence of others) assert.deepEqual(figures(sentence), [], sentence);
    // In the paragraph of a disclosure review, another street's reviews are not this body's.
    assert.deepEqual(figures('全年发生政府信息公开行政复议2件。区内其他街道共发生行政复议7件。'), []);
    // This body's own figures in the same sentence, before the other body, are still compared.
    assert.deepEqual(figures('本局新收政府信息公开申请21件，下属单位共收到政府信息公开申请55件。'), ['21件']);
    assert.deepEqual(figures('全区共收到政府信息公开申请17件，全区卫健系统收到申请9件。'), ['17件']);
    // A 系统 that is a platform, far from 全X, is no body.
    assert.deepEqual(figures('全区通过政府信息公开申请系统共收到申请17件。'), ['17件']);
  });

  test('after a wider total, the figures of "其中 <this department>" are its own (audit S7 P5)', () => {
    const office = {
      rows: { ...rows, [ROW.carryover]: natural(3) },
      table4,
      title: '宁安县人民政府办公室2024年政府信息公开工作年度报告',
    };
    const ofOffice = (prose: string) => where([prose], office).map((w) => w.split(' ')[1]);
    assert.deepEqual(ofOffice('全县各部门共收到政府信息公开申请286件，其中本机关新收25件。'), ['25件']);
    assert.deepEqual(ofOffice('全县各部门共收到政府信息公开申请286件，其中本机关新收20件。'), []);
    assert.deepEqual(
      ofOffice(
        '全县各部门共收到政府信息公开申请286件，其中县政府办公室新收47件，上年结转4件，结转下年度继续办理8件。',
      ),
      ['47件', '4件', '8件'],
    );
    assert.deepEqual(ofOffice('全县各部门共收到政府信息公开申请286件，其中县政府办新收47件。'), ['47件']);
    assert.deepEqual(
      ofOffice('全县各部门共收到政府信息公开申请286件，其中由本办新收20件，上年结转3件。'),
      [],
    );
    // A part named after the body is still a part.
    assert.deepEqual(
      ofOffice('全县各部门共收到政府信息公开申请286件，其中本机关新收20件，各乡镇新收266件。'),
      [],
    );
    // 本局 names a department whatever the title; 本级 or a government's 本机关 may be the whole's part.
    assert.deepEqual(figures('全市市场监管系统共收到政府信息公开申请1210件，其中本局新收25件。'), ['25件']);
    assert.deepEqual(figures('全区各部门共收到政府信息公开申请286件，其中本机关新收25件。'), []);
    assert.deepEqual(figures('全区各部门共收到政府信息公开申请286件，其中本级新收25件。'), []);
    assert.deepEqual(ofOffice('全县各部门共收到政府信息公开申请286件，其中本级新收25件。'), []);
  });

  test('after "其中 <this department>", every family is the body\'s own: 收到, 受理, 办结 … (audit S8 P5)', () => {
    const office = { rows, table4, title: '云溪县人民政府办公室2024年政府信息公开工作年度报告' };
    const ofOffice = (prose: string) => where([prose], office).map((w) => w.split(' ')[1]);
    assert.deepEqual(ofOffice('全县各部门共收到政府信息公开申请412件，其中本机关收到申请30件。'), ['30件']);
    assert.deepEqual(ofOffice('全县各部门共收到政府信息公开申请412件，其中本机关收到申请23件。'), []);
    assert.deepEqual(ofOffice('全县共收到政府信息公开申请412件，其中县政府办公室收到申请30件。'), ['30件']);
    assert.deepEqual(ofOffice('全县共收到政府信息公开申请412件，其中县政府办公室收到30件。'), ['30件']);
    assert.deepEqual(ofOffice('全县共收到政府信息公开申请412件，其中县政府办公室受理申请20件，办结18件。'), [
      '18件',
    ]);
    assert.deepEqual(ofOffice('全县共收到政府信息公开申请412件，其中本机关办结18件。'), ['18件']);
    assert.deepEqual(ofOffice('全县共收到政府信息公开申请412件，其中本机关办结20件。'), []);
    // A part of the body's figure, or another part after it, is still a part.
    assert.deepEqual(ofOffice('全县共收到政府信息公开申请412件，其中本机关通过网站收到申请30件。'), []);
    assert.deepEqual(ofOffice('全县共收到政府信息公开申请412件，其中本机关收到申请30件，各乡镇收到382件。'), [
      '30件',
    ]);
    // Without 申请 before it, a bare 收到 is read only right after the body's name.
    assert.deepEqual(ofOffice('其中县政府办公室收到30件。'), []);
    assert.deepEqual(ofOffice('全县各部门共收到政府信息公开申请412件，县政府办公室收到30件。'), []);
    assert.deepEqual(ofOffice('全县共收到行政复议申请12件，其中县政府办公室收到3件。'), []);
    // A government's 本机关 may be the whole's part (f34292f): not compared.
    assert.deepEqual(figures('全区各部门共收到政府信息公开申请412件，其中本机关收到申请30件。'), []);
    assert.deepEqual(figures('全区共收到政府信息公开申请412件，其中本级收到申请30件。'), []);
  });
});

describe('more ways to state a count (audit S6c R3, R4, R5, R7)', () => {
  const table4 = [1, 1, 0, 0, 2, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1];
  const rows = {
    [ROW.new]: natural(20),
    [ROW.carried]: natural(3),
    [ROW.r1]: natural(10),
    [ROW.r4_1]: natural(2),
    [ROW.total]: natural(20),
    [ROW.carryover]: natural(3),
  };
  const figures = (prose: string) => where([prose], { rows, table4 }).map((w) => w.split(' ')[1]);

  test('a lone 一 right after its words, ending its clause, is a count; "一件事" and "一起研究" are not', () => {
    assert.deepEqual(figures('政府信息公开行政复议两件，其中纠正一件、其他结果一件。'), ['一件']);
    assert.deepEqual(figures('本年度因政府信息公开被提起行政诉讼一件。'), ['一件']);
    assert.deepEqual(figures('政府信息公开申请结转下年度一件。'), ['一件']);
    assert.deepEqual(figures('政府信息公开申请予以公开十件，不予处理一件事项。'), []);
    assert.deepEqual(figures('对政府信息公开行政复议纠正一起研究一起。'), []);
  });

  test('a single Chinese numeral reads as digits do; a review not said to be of disclosure is out of scope either way (audit S7 P6b)', () => {
    assert.deepEqual(figures('全年发生政府信息公开行政复议六件。'), ['六件']);
    assert.deepEqual(figures('全年发生政府信息公开行政复议两件，行政诉讼二件。'), []);
    assert.deepEqual(figures('全年发生政府信息公开行政诉讼三件。'), ['三件']);
    // 复议 of every decision of the body: not 表四's, in digits or numerals alike.
    assert.deepEqual(figures('全年发生行政复议六件。'), []);
    assert.deepEqual(figures('全年发生行政复议6件。'), []);
    assert.deepEqual(figures('全年被申请行政复议二件，被提起行政诉讼三件。'), []);
  });

  test('有 / 的有 / 共有 before the number', () => {
    assert.deepEqual(figures('政府信息公开申请办理结果中，予以公开的有19件，无法提供的有2件。'), ['19件']);
    assert.deepEqual(figures('本年度新收政府信息公开申请有60件。'), ['60件']);
    assert.deepEqual(figures('全年收到的政府信息公开申请共有60件。'), ['60件']);
    assert.deepEqual(figures('结转下年度继续办理的申请有5件。'), ['5件']);
  });

  test('all applicants between the verb and the applications; one kind alone is not read', () => {
    assert.deepEqual(figures('全年收到公民、法人和其他组织提出的政府信息公开申请60件。'), ['60件']);
    assert.deepEqual(figures('共受理群众政府信息公开申请60件。'), ['60件']);
    assert.deepEqual(figures('全年共收到申请人提交的政府信息公开申请60件。'), ['60件']);
    assert.deepEqual(figures('本年度通过各种渠道共收到政府信息公开申请60件。'), ['60件']);
    assert.deepEqual(figures('收到自然人申请45件，法人或其他组织申请7件。'), []);
  });

  test('其中新收 N 件 names 一', () => {
    assert.deepEqual(figures('全年受理政府信息公开申请23件，其中本年新收21件、上年结转3件。'), ['21件']);
  });
});
