/**
 * Precision of the text-versus-table, year and 表二 plausibility rules on every corpus report: the exact set of
 * their findings (hand-checked against the reports and ../shared/corpus/EXPECTED.md), false negatives and false
 * positives listed apart; and sentences about other things, inside a report with non-zero tables, that must
 * not fire.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex, lint } from '../../server/src/core/index.js';
import { claimsOf } from '../../server/src/core/prose/claims.js';
import { proseSentences } from '../../server/src/core/prose/sentences.js';
import { corpusReport, corpusReports } from './support/corpus.js';
import { ROW, proseReport } from './support/prose-report.js';

const RULES = ['text-table-mismatch', 'text-zero-claim', 'report-year', 'table2-plausibility', 'cross-year'];

/** `line:col rule text-under-range` of every finding of these rules, per report (by file-name prefix). */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  // 2019 rows 2 + 6 = 8 and 67 + 291 = 358: third column misfilled; 采购总金额 80.2055 without a unit.
  '000': [
    '53:10 table2-plausibility 8',
    '55:19 table2-plausibility 358',
    '64:13 table2-plausibility 采购总金额',
  ],
  // "未收到…申请" against 一 总计 = 20; 行政规范性文件 13 | 83 | 83.
  '001': [
    '19:115 text-zero-claim 未收到自然人、法人或其他组织的政府信息公开申请',
    '34:15 table2-plausibility 83',
  ],
  // "依申请公开 4 件" = 一 4; "已全部办结" cannot be checked (row 四 missing).
  '002': [],
  '003': [],
  // "接到依申请公开事项 1 件", "申请办结数 1 件", "申请答复数 1 件", "行政复议数量 0 件" all match.
  '004': [],
  '13-': [],
  '14-': [],
  // "区政府办…受理政府信息公开申请 17 件" against 新收 95 (perhaps the office's own scope: a warning).
  '15-': ['25:8 text-table-mismatch 17 件'],
};

function listing(text: string): string[] {
  const index = new LineIndex(text);
  return lint(text)
    .findings.filter((f) => RULES.includes(f.rule))
    .map((f) => {
      const p = index.positionAt(f.span.start);
      return `${p.line + 1}:${p.character + 1} ${f.rule} ${text.slice(f.span.start, f.span.end)}`;
    });
}

describe('corpus: exact findings', () => {
  for (const report of corpusReports()) {
    const key = Object.keys(EXPECTED).find((k) => report.name.startsWith(k));
    test(report.name, () => {
      assert.ok(key, `no expectation for ${report.name}`);
      const expected = EXPECTED[key] ?? [];
      const actual = listing(report.text);
      assert.deepEqual(
        {
          falseNegatives: expected.filter((l) => !actual.includes(l)),
          falsePositives: actual.filter((l) => !expected.includes(l)),
        },
        { falseNegatives: [], falsePositives: [] },
      );
    });
  }
});

test('13 (淮安市 2024): every figure of the text is read, compared, and matches', () => {
  const { document } = lint(corpusReport('13-').text);
  const read = proseSentences(document).flatMap((s) =>
    claimsOf(s, document).claims.map((c) => `${c.family.target} ${c.figure.value}`),
  );
  assert.deepEqual(read, [
    'received 3119',
    'handled 3050',
    'carried 34',
    'carryover 103',
    'review 351',
    'upheld 72',
    'corrected 64',
    'other 178',
    'pending 37',
    'litigation 46',
    'upheld 25',
    'corrected 5',
    'other 9',
    'pending 7',
  ]);
});

describe('sentences about other things do not fire', () => {
  const tables = {
    rows: {
      [ROW.new]: [7, 0, 0, 0, 0, 0, 7],
      [ROW.total]: [5, 0, 0, 0, 0, 0, 5],
      [ROW.carryover]: [2, 0, 0, 0, 0, 0, 2],
    },
    table4: [1, 1, 1, 1, 4, 1, 1, 1, 1, 4, 1, 1, 1, 1, 4],
  };
  const sentences = [
    '2024年，主动公开政府信息1136条，发布政策解读21条，召开新闻发布会12场，公开政府常务会议7期。',
    '政务新媒体合格率均为100%，办结率和满意率均达100%，主动公开信息占全市总量的35%。',
    '依据豫政办〔2020〕5号和国令第711号，统计期限自2024年1月1日至2024年12月31日。',
    '与2023年受理的政府信息公开申请21件相比，同比增长5件。',
    '其中区政府办公室受理政府信息公开申请3件，按时办结数3件，延时办结数0件。',
    '按照登记、受理、答复等流程，确保受理一件、书面答复一件。',
    '全年共办理市长信箱交办件23件、区长信箱86件，均已办结。',
    '全年办理行政复议案件120件，行政应诉案件35件。',
    '本年度政务公开工作稳步推进，依申请公开办理规范。全年办理行政复议案件120件，行政诉讼案件35件。',
    '本年度共收到政府信息公开申请7件。2024年度主动公开信息中，经审查不予公开3件。',
    '未发生因不履行政务公开义务而发生的责任追究情况。',
    '未收到通过信函方式提交的申请，也未收到相关投诉举报。',
    '本年度未收取政府信息公开信息处理费。',
    '申请均已在法定期限内予以答复。',
    '全年新增公开市政府规章1件、政策性文件11件，在运维政务新媒体共计95个。',
  ];
  for (const sentence of sentences) {
    test(sentence, () => {
      const found = listing(proseReport([sentence], tables)).filter((l) => / text-/.test(l));
      assert.deepEqual(found, []);
    });
  }
});
