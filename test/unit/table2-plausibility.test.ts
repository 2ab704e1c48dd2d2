/** table2-plausibility: the SPEC §3 checks of 表二, as warnings and infos. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/core/index.js';
import { proseReport, ruleFindings } from './support/prose-report.js';

const RULE = 'table2-plausibility';
const check = (
  version: '2019' | '2021',
  rows: Record<string, (number | string)[]>,
  edit = (t: string) => t,
) => ruleFindings(edit(proseReport([], { version, rows })), RULE);

describe('2021 form', () => {
  test('本年废止件数 = 现行有效件数 (13 | 83 | 83): an info on the later cell, related to the earlier', () => {
    const { where, findings } = check('2021', { 行政规范性文件: [13, 83, 83] });
    assert.deepEqual(
      where.map((w) => w.split(' ')[1]),
      ['83'],
    );
    assert.equal(findings[0]?.severity, 'info');
    assert.match(findings[0]?.message.zh ?? '', /「本年废止件数」与「现行有效件数」都是 83/);
    assert.equal(findings[0]?.related.length, 1);
  });

  test('equal one-digit counts are no evidence of a copy error', () => {
    assert.deepEqual(check('2021', { 行政规范性文件: [0, 5, 5] }).where, []);
  });

  test('现行有效件数 below 制发 − 废止 is a warning', () => {
    const { findings } = check('2021', { 行政规范性文件: [5, 2, 1] });
    assert.equal(findings[0]?.severity, 'warning');
    assert.match(findings[0]?.message.zh ?? '', /现行有效件数 1 少于本年制发 5 − 本年废止 2 = 3/);
  });

  test('an amount header without 万元 is an info; 行政事业性收费 is never compared with 信息处理费', () => {
    const rows = { 行政事业性收费: [2766.7879] };
    assert.deepEqual(check('2021', rows).where, []);
    const bare = check('2021', rows, (t) => t.replace('本年收费金额（单位：万元）', '本年收费金额'));
    assert.deepEqual(
      bare.where.map((w) => w.split(' ')[1]),
      ['本年收费金额'],
    );
    const text = proseReport(['本年度未收取政府信息公开信息处理费，收费0元。'], { rows });
    assert.deepEqual(
      lint(text).findings.filter((f) => f.rule.startsWith('text-') || f.rule === RULE),
      [],
    );
  });
});

describe('2019 form', () => {
  test('处理决定数量 = 上一年项目数量 + 本年增/减: an info on the third column', () => {
    const { where, findings } = check('2019', { 行政许可: [2, 6, 8], 其他对外管理服务事项: [67, 291, 358] });
    assert.deepEqual(
      where.map((w) => w.split(' ')[1]),
      ['8', '358'],
    );
    assert.ok(findings.every((f) => f.severity === 'info' && /第三列可能误填/.test(f.message.zh)));
    assert.deepEqual(check('2019', { 行政许可: [66, 4, 227] }).where, []);
  });

  test('上一年项目数量 + 本年增/减 below 0, 对外公开总数量 below 本年新公开数量: warnings', () => {
    const { findings } = check('2019', { 行政处罚: [5, -8, 40], 规范性文件: [5, 6, 4] });
    assert.deepEqual(
      findings.map((f) => [f.severity, f.message.zh]),
      [
        ['warning', '表二「规范性文件」对外公开总数量 4 少于本年新公开数量 6'],
        ['warning', '表二「行政处罚」上一年项目数量 5 加本年增/减 -8 为 -3，项目数量不能为负'],
      ],
    );
    assert.deepEqual(check('2019', { 规范性文件: [15, 15, 176] }).where, [], '新制作 = 新公开 is natural');
  });

  test('采购总金额: no unit → info, 元 → info, 万元 or an amount of 0 → nothing', () => {
    const rows = { 政府集中采购: [80, 80.2055] };
    const none = check('2019', rows);
    assert.deepEqual(
      none.where.map((w) => w.split(' ')[1]),
      ['采购总金额'],
    );
    assert.match(none.findings[0]?.message.zh ?? '', /未注明金额单位（模板为万元），80.2055/);
    const yuan = check('2019', rows, (t) => t.replace('\t采购总金额', '\t采购总金额（单位：元）'));
    assert.match(yuan.findings[0]?.message.zh ?? '', /金额单位为元，模板要求万元/);
    assert.deepEqual(
      check('2019', rows, (t) => t.replace('\t采购总金额', '\t采购总金额（单位:万元）')).where,
      [],
    );
    assert.deepEqual(check('2019', { 政府集中采购: [0, 0] }).where, []);
  });
});
