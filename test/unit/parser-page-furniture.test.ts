/**
 * Page furniture a browser prints on every page of a web page printed to PDF (a report published on a CMS site,
 * printed by Chromium, Edge or Firefox with headers and footers): the page's address and number, the date and
 * time, the page's title. Inside a table it is skipped, so the table is not cut in two; prose and rows that only
 * look like it stay.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportDocument } from '../../server/src/core/index.js';
import { isPageMarker } from '../../server/src/core/parse/lines.js';
import { parseReport } from '../../server/src/core/parse/report.js';
import { makeReport, replaceLine } from './support/reports.js';

const TITLE = '某某区人民政府2024年政府信息公开工作年度报告';
const URL = 'https://www.example.gov.cn/art/2025/1/20/art_1234_567890.html';

/** Headers and footers as `pdftotext` gives them: `-layout` (pieces far apart on one line) and raw (a line each). */
const FURNITURE: Record<string, string[]> = {
  'Chromium, -layout': [
    `file:///C:/Users/x/Desktop/report.html${' '.repeat(36)}2/4`,
    `11/21/26, 9:38 PM${' '.repeat(40)}${TITLE}`,
  ],
  'Chromium, raw': [URL, '', '2/4', '', '11/21/26, 9:38 PM', '', TITLE],
  'Chromium zh-CN, -layout': [`${URL}      12/30`, `\f2024/11/21 21:38${' '.repeat(30)}${TITLE}`],
  'Chromium zh-CN, raw': ['2024/1/15 下午9:38', TITLE],
  'Firefox, -layout': [`1 of 4${' '.repeat(50)}11/21/2024, 9:38:12 PM`, `${TITLE}${' '.repeat(20)}${URL}`],
  'Firefox zh-CN, -layout': [
    `第 2 页，共 4 页${' '.repeat(40)}2024/11/21 21:38:12`,
    `   ${TITLE}     ${URL}`,
  ],
  'Safari, raw': ['Page 2 of 4', '2024-01-15 10:23'],
};

test('browser headers and footers are page markers', () => {
  for (const [form, lines] of Object.entries(FURNITURE)) {
    for (const line of lines) {
      if (line.trim() === '' || line === TITLE) continue; // the title alone: a running header (tables only)
      assert.ok(isPageMarker(line), `${form}: ${line}`);
      const start = line.length - line.trimStart().length;
      assert.ok(isPageMarker(line, start), `${form} (start given): ${line}`);
    }
  }
});

test('prose, rows and dates that only look like browser furniture are no page markers', () => {
  for (const line of [
    `公众可通过门户网站（${URL}）查阅。`,
    `${URL}）查阅本报告。`,
    `${URL}进行查询`,
    `网址：${URL}`,
    `详见 ${URL}  共 4 页`,
    `https://www.example.gov.cn 共公开 12 件`,
    '2024/1/15',
    '2024-01-15 10:23  张三  申请公开  3',
    '2024年1月15日 10:23 召开政务公开工作会议',
    '2024/11/21 21:38 发布。全年共收到申请 3 件。',
    '1.属于国家秘密    0   0   0   0   0   0   0',
    '3.补正后申请内容仍不明确\t2\t0\t0\t0\t0\t0\t2',
    '12   4   0   3',
    '1 of',
    'Page design',
    '第二十条第（一）项',
    '第 2 页显示了全年主动公开 3923 条',
  ]) {
    assert.equal(isPageMarker(line), false, line);
  }
});

function shape(document: ReportDocument): unknown {
  return document.tables.map((t) => ({
    kind: t.kind,
    rows: t.rows.map((r) => [r.id, ...r.cells.map((c) => (c?.state === 'number' ? c.value : c?.state))]),
  }));
}

/** The 2021 skeleton with distinct values in 表三's rows around the page break (before "4.保护第三方合法权益"). */
function report(furniture: string[], form: (text: string) => string = (t) => t): string {
  return form(
    makeReport('2021', (lines) => {
      replaceLine(lines, '3.危及', '3.危及“三安全一稳定”\t3\t1\t0\t0\t0\t0\t4');
      replaceLine(lines, '4.保护第三方', '4.保护第三方合法权益\t5\t0\t2\t0\t0\t1\t8');
      const at = lines.findIndex((l) => l.startsWith('4.保护第三方'));
      lines.splice(at, 0, ...furniture);
    }),
  );
}

/** `pdftotext -layout`: cells apart by runs of spaces. */
const spaced = (text: string) => text.replace(/\t/g, '     ');
/** Raw PDF text of a table with wide rows: the label, then each value on a line of its own. */
const onePerLine = (text: string) => text.replace(/\t/g, '\n');

test('browser furniture at a page break inside 表三 leaves one table with the same values', () => {
  for (const [name, form] of [
    ['tabs', undefined],
    ['-layout', spaced],
    ['one value per line', onePerLine],
  ] as const) {
    const clean = shape(parseReport(report([], form), { template: 'auto' }));
    for (const [furniture, lines] of Object.entries(FURNITURE)) {
      const parsed = shape(parseReport(report(lines, form), { template: 'auto' }));
      assert.deepEqual(parsed, clean, `${furniture} in ${name}`);
    }
  }
});
