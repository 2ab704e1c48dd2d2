/**
 * Reports laid out as real publishers lay them out, beyond the corpus (test/fixtures/layouts, written for the
 * audit of session 4 from the corpus' wording): Markdown, HTML, PDF text, tabs, one line, CRLF, full-width digits,
 * dressed and loosely numbered headings, running headers. Each file's defects were injected and verified by hand
 * (its line below); the clean ones must stay clean. Errors are compared in full, other findings by rule.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../server/src/core/index.js';

const DIR = join(__dirname, '..', 'fixtures', 'layouts');

const EXPECTED: Record<string, { errors: string[]; others: string[] }> = {
  // Markdown pipes with `:---:` alignment, 2021 form: all sums hold.
  'r01-md-pipe-2021-clean.md': {
    errors: [],
    others: [],
  },
  // HTML export, headings in <p><strong>: 表三 （四）1 总计 11 (its cells sum to 10), 表四 直接起诉 总计 3 (sum 2); the text repeats both.
  'r02-html-2019-defects.html.txt': {
    errors: [
      'table3-row-total 表三「1.本机关不掌握相关政府信息」行：总计为 11，但六类申请人之和为 10',
      'table3-result-total 表三「（七）总计」「总计」列为 54，但各项办理结果之和为 55',
      'table4-total 表四「未经复议直接起诉」：总计为 3，但维持、纠正、其他结果、尚未审结之和为 2',
    ],
    others: ['text-table-mismatch warning', 'text-table-mismatch warning'],
  },
  // PDF text, one value per line, page markers and a running header inside 表三: （七）总计 自然人 47 (46) and 总计 55 (54).
  'r03-pdf-2021-onevalue-pagebreak-defect.txt': {
    errors: [
      'table3-balance 表三「自然人」列勾稽关系不成立：一 + 二 = 48，三（七）+ 四 = 49',
      'table3-result-total 表三「（七）总计」「自然人」列为 47，但各项办理结果之和为 46',
      'table3-balance 表三「总计」列勾稽关系不成立：一 + 二 = 57，三（七）+ 四 = 58',
      'table3-result-total 表三「（七）总计」「总计」列为 55，但各项办理结果之和为 54',
    ],
    others: ['text-table-mismatch warning'],
  },
  // Tabs, CRLF, section "二.主动公开…" written with a dot: renumber only.
  'r04-tab-crlf-2021-headings-dot.txt': {
    errors: [],
    others: ['heading-numbering warning'],
  },
  // Tabs, full-width digits and thousands "1,125" / "３，２１０": 一 总计 "1,305" where the cells sum to 1,350.
  'r05-tab-2021-fullwidth-thousands-defect.txt': {
    errors: [
      'table3-row-total 表三「一、本年新收政府信息公开申请数量」行：总计为 1305，但六类申请人之和为 1350',
      'table3-balance 表三「总计」列勾稽关系不成立：一 + 二 = 1380，三（七）+ 四 = 1425',
    ],
    others: ['text-table-mismatch warning'],
  },
  // Headings in bold only: （三）4 自然人 3 (should be 2), text "占45.28%" where 24/54 = 44.44%.
  'r06-tab-2019-bold-headings-defects.md': {
    errors: [
      'table3-row-total 表三「4.保护第三方合法权益」行：总计为 2，但六类申请人之和为 3',
      'table3-result-total 表三「（七）总计」「自然人」列为 46，但各项办理结果之和为 47',
    ],
    others: ['text-table-mismatch warning'],
  },
  // A 2022 report on the 2019 form.
  'r07-md-2022-on-2019-format.md': {
    errors: ['template-version 2022 年度报告应使用 2021 版格式，本报告使用的是 2019 版格式'],
    others: [],
  },
  // The whole report on one line: all sums hold.
  'r08-oneline-2021-clean.txt': {
    errors: [],
    others: [],
  },
  // A 2017 report (pre-2019 sections): one note, no table noise.
  'r09-pre2019-2017.txt': {
    errors: [],
    others: ['template-version warning'],
  },
  // PDF text with a running header and a page footer between values: three false zero claims ("均已办结", "未发生…复议、诉讼", "均获维持" under 表四).
  'r10-pdf-2021-runninghead-zeroclaims.txt': {
    errors: [
      'text-zero-claim 正文称「均已办结」，但表三「四、结转下年度继续办理」行「总计」为 3',
      'text-zero-claim 正文称「未发生政府信息公开行政复议、行政诉讼」，但表四「行政复议·总计」为 4，表四「未经复议直接起诉·总计」为 2，表四「复议后起诉·总计」为 1',
      'text-zero-claim 正文称「均获维持」，但表四「行政复议·结果纠正」为 1，表四「行政复议·尚未审结」为 1',
    ],
    others: [],
  },
  // HTML, one <tr> per line, headings indented with &nbsp;: one blank cell.
  'r11-html-oneline-rows-2021-blank.html.txt': {
    errors: [],
    others: ['blank-cell warning'],
  },
  // Sections "第一部分…": renumber each; a note in a 表二 cell, "/" and "—" as blanks.
  'r12-md-2021-part-headings-notes-blanks.md': {
    errors: [],
    others: [
      'heading-numbering warning',
      'heading-numbering warning',
      'cell-value warning',
      'heading-numbering warning',
      'blank-cell warning',
      'heading-numbering warning',
      'blank-cell warning',
      'heading-numbering warning',
      'heading-numbering warning',
    ],
  },
  // pandoc grid tables (audit S5 a07): "+---+"/"+===+" rules, cells wrapped over the lines of their row, 表三's
  // anchors cut by the wrapping. 表三 （六）1 总计 3 (its cells sum to 2), so the 总计 column 35 vs 36; 表四
  // 直接起诉 总计 3 (sum 4), which the text's "行政诉讼4件" repeats.
  'r13-md-pandoc-grid-wrapped-2022-defects.md': {
    errors: [
      'table3-row-total 表三「1.申请人无正当理由逾期不补正」行：总计为 3，但六类申请人之和为 2',
      'table3-result-total 表三「（七）总计」「总计」列为 35，但各项办理结果之和为 36',
      'table4-total 表四「未经复议直接起诉」：总计为 3，但维持、纠正、其他结果、尚未审结之和为 4',
    ],
    others: ['text-table-mismatch warning'],
  },
};

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`layout ${file}: exactly its verified defects`, () => {
    const { findings } = lint(readFileSync(join(DIR, file), 'utf8'));
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message.zh}`),
      expected.errors,
    );
    assert.deepEqual(
      findings.filter((f) => f.severity !== 'error').map((f) => `${f.rule} ${f.severity}`),
      expected.others,
    );
  });
}
