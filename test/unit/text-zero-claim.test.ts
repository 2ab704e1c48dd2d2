/** text-zero-claim: "未收到…申请", "未发生…行政复议、行政诉讼", "均已办结", "均获维持" against non-zero cells. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIRST_PROSE_LINE as L, ROW, natural, proseReport, ruleFindings } from './support/prose-report.js';

const RULE = 'text-zero-claim';
const where = (prose: string[], options: Parameters<typeof proseReport>[1] = {}) =>
  ruleFindings(proseReport(prose, options), RULE).where;
const received = (values: number[]) => ({ rows: { [ROW.new]: values } });

describe('未收到…申请 against 表三 一', () => {
  const claim = '本年度未收到政府信息公开申请。';

  test('holds when 一 is 0; an error on the claim, naming the cell, when it is not', () => {
    assert.deepEqual(where([claim]), []);
    const text = proseReport([claim], received(natural(3)));
    const { where: at, findings } = ruleFindings(text, RULE);
    assert.deepEqual(at, [`${L}:4 未收到政府信息公开申请`]);
    assert.equal(findings[0]?.severity, 'error');
    assert.match(
      findings[0]?.message.zh ?? '',
      /正文称「未收到政府信息公开申请」，但表三「一、.*」行「总计」为 3/,
    );
    assert.deepEqual(
      findings[0]?.related.map((r) => text.slice(r.span.start, r.span.end)),
      ['3'],
    );
  });

  test('无依申请公开事项 is the same claim; a fee is not', () => {
    assert.deepEqual(where(['本年度无依申请公开事项。'], received(natural(3))), [`${L}:4 无依申请公开事项`]);
    assert.deepEqual(where(['本年度无依申请公开收费。'], received(natural(3))), []);
  });

  test('applicants named in the claim narrow it to their columns', () => {
    const prose = ['本年度未收到法人或其他组织的政府信息公开申请。'];
    assert.deepEqual(where(prose, received(natural(3))), []);
    assert.deepEqual(where(prose, received([3, 1, 0, 0, 0, 0, 4])), [
      `${L}:4 未收到法人或其他组织的政府信息公开申请`,
    ]);
    const everyone = ['2024年我区未收到自然人、法人或其他组织的政府信息公开申请。'];
    assert.deepEqual(where(everyone, received(natural(20))).length, 1);
  });

  test('a channel, another year or a review narrows the claim to what the table does not count', () => {
    for (const prose of [
      '本年度未收到通过信函方式提交的申请。',
      '2023年未收到政府信息公开申请。',
      '未收到行政复议申请。',
    ]) {
      assert.deepEqual(where([prose], received(natural(3))), [], prose);
    }
  });
});

describe('未收到…申请: only a claim about all applications (or the applicants named) in the whole year', () => {
  const three = received(natural(3));

  test('申请人 is no application: complaints and objections of applicants are no claim', () => {
    for (const prose of [
      '全年未收到申请人对答复结果提出的异议。',
      '全年没有收到申请人对信息公开答复不满意的投诉。',
      '未接到申请人的投诉举报。',
    ]) {
      assert.deepEqual(where([prose], three), [], prose);
    }
  });

  test('any word but an applicant between the verb and 申请 narrows the claim; so does a complaint after it', () => {
    for (const prose of [
      '未收到涉及国家秘密的申请。',
      '本年度未收到无正当理由大量反复申请。',
      '全年未收到外省市申请人提出的申请。',
      '全年未收到自然人以外的申请人提出的申请。',
      '未收到涉及本单位的政府信息公开申请的投诉。',
      '本年度未收到新的政府信息公开申请。',
      '全年未收到政府信息公开申请相关的投诉。',
    ]) {
      assert.deepEqual(where([prose], three), [], prose);
    }
    for (const prose of [
      '全年未收到公民、法人或者其他组织提出的政府信息公开申请。',
      '本年度未受理任何政府信息公开申请。',
      '本年度未收到有关政府信息公开的申请。',
    ]) {
      assert.equal(where([prose], three).length, 1, prose);
    }
  });

  test('a part of the year before the claim narrows it, unless a date ends the year or 全年 follows', () => {
    for (const prose of [
      '2024年上半年未收到政府信息公开申请，下半年共收到申请3件。',
      '12月份未收到政府信息公开申请。',
      '1-6月未收到政府信息公开申请。',
      '第四季度，本机关未收到政府信息公开申请。',
      '截至2024年6月30日，本机关未收到政府信息公开申请。',
    ]) {
      assert.deepEqual(where([prose], three), [], prose);
    }
    for (const prose of [
      '截至2024年12月31日，本机关未收到政府信息公开申请。',
      '2024年1月1日至12月31日，本机关未收到政府信息公开申请。',
      '3月开展了培训，全年未收到政府信息公开申请。',
    ]) {
      assert.equal(where([prose], three).length, 1, prose);
    }
    const table4 = [1, 0, 0, 0, 1, ...Array(10).fill(0)];
    assert.deepEqual(where(['第四季度未发生政府信息公开行政复议。'], { table4 }), []);
  });
});

describe('未发生…行政复议、行政诉讼 against 表四', () => {
  const claim = '全年未发生因政府信息公开引起的行政复议、行政诉讼。';

  test('any non-zero group total is an error; all zero is fine', () => {
    assert.deepEqual(where([claim]), []);
    const lawsuit = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1];
    assert.deepEqual(where([claim], { table4: lawsuit }), [
      `${L}:3 未发生因政府信息公开引起的行政复议、行政诉讼`,
    ]);
    assert.deepEqual(
      where(['本年度无因政府信息公开被申请行政复议的情况。'], {
        table4: [1, 0, 0, 0, 1, ...Array(10).fill(0)],
      }),
      [`${L}:4 无因政府信息公开被申请行政复议`],
    );
  });

  test('没有…或…, 未被申请 and 未…提起 are claims too', () => {
    const table4 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1];
    for (const prose of [
      '本年度没有因政府信息公开被申请行政复议或提起行政诉讼的情况。',
      '本机关未被申请行政复议，也未被提起行政诉讼。',
    ]) {
      assert.equal(where([prose], { table4 }).length, 1, prose);
    }
  });

  test('a decision or body of a case is no case: "尚未收到行政复议决定"', () => {
    const table4 = [0, 0, 0, 1, 1, ...Array(10).fill(0)];
    for (const prose of ['截至目前，尚未收到行政复议决定。', '未收到行政复议机关的纠错决定。']) {
      assert.deepEqual(where([prose], { table4 }), [], prose);
    }
  });

  test('未发生…被纠错 needs 纠正 at 0 in the groups named (all when none is named)', () => {
    const corrected = [1, 1, 0, 0, 2, ...Array(10).fill(0)];
    assert.deepEqual(where(['全年未发生因政府信息公开工作被纠错的情况。'], { table4: corrected }), [
      `${L}:3 未发生因政府信息公开工作被纠错`,
    ]);
    assert.deepEqual(where(['未发生行政复议被纠错的情况。'], { table4: corrected }), [
      `${L}:1 未发生行政复议被纠错`,
    ]);
    assert.deepEqual(where(['未发生行政诉讼被纠正的情况。'], { table4: corrected }), []);
    const upheld = [2, 0, 0, 0, 2, ...Array(10).fill(0)];
    assert.deepEqual(where(['全年未发生因政府信息公开工作被纠错的情况。'], { table4: upheld }), []);
  });

  test('claims about something else do not fire', () => {
    const table4 = Array(15).fill(1);
    for (const prose of [
      '2024年，各科室积极配合开展政务公开工作，未发生因不履行政务公开义务而发生的责任追究情况。',
      '未发生行政复议案件被撤销的情况。',
      '无法提供的申请均已告知申请人可依法申请行政复议。',
    ]) {
      assert.deepEqual(where([prose], { table4 }), [], prose);
    }
  });
});

describe('均已办结 / 均获维持', () => {
  test('均已办结 needs 四 = 0, unless the sentence speaks of a carry-over', () => {
    const tables = { rows: { [ROW.carryover]: natural(2) } };
    assert.deepEqual(where(['受理的政府信息公开申请均已办结。'], tables), [`${L}:12 均已办结`]);
    assert.deepEqual(where(['受理的政府信息公开申请均已办结。']), []);
    assert.deepEqual(where(['除2件申请结转下年度外，其余均已办结。'], tables), []);
    assert.deepEqual(where(['政府信息公开申请均已在法定期限内予以答复。'], tables), []);
    assert.deepEqual(where(['上年度结转的2件申请已全部办结。'], tables), []);
  });

  test('均已在法定期限内办结 and 全部办结，无结转 are claims; applications of every kind (各类) are not', () => {
    const tables = { rows: { [ROW.carryover]: natural(2) } };
    assert.deepEqual(where(['所有申请均已在法定期限内办结。'], tables), [`${L}:5 均已在法定期限内办结`]);
    assert.deepEqual(where(['本年度申请全部办结，无结转。'], tables), [`${L}:6 全部办结`]);
    assert.deepEqual(where(['收到各类申请共1215件（其中政府信息公开申请52件），全部按期办结。'], tables), []);
  });

  test('均获维持 needs 纠正, 其他 and 尚未审结 at 0 in the groups named', () => {
    const corrected = [1, 1, 0, 0, 2, ...Array(10).fill(0)];
    assert.deepEqual(where(['因政府信息公开被申请行政复议2件，均获维持。'], { table4: corrected }), [
      `${L}:18 均获维持`,
    ]);
    assert.deepEqual(where(['政府信息公开行政诉讼案件均获维持。'], { table4: corrected }), []);
    const pending = [1, 0, 0, 1, 2, ...Array(10).fill(0)];
    assert.deepEqual(where(['政府信息公开行政复议已审结的案件均获维持。'], { table4: pending }), []);
    assert.deepEqual(where(['政府信息公开工作满意度均维持在较高水平。'], { table4: corrected }), []);
  });

  test('a note right under 表四 is prose, checked like any sentence (not read as a header line of the table)', () => {
    const corrected = [1, 1, 0, 0, 2, ...Array(10).fill(0)];
    const values = corrected.join('\t');
    const text = proseReport([], { table4: corrected }).replace(
      values,
      `${values}\n以上行政复议案件结果均获维持。`,
    );
    assert.deepEqual(
      ruleFindings(text, RULE).where.map((w) => w.split(' ')[1]),
      ['均获维持'],
    );
  });
});

describe('a claim about the year before (audit S6c R1)', () => {
  test('去年 / 上一年度 / 上年度 opening a clause name another year; 今年 after them is the report year again', () => {
    const rows = received(natural(3));
    for (const prose of ['上一年度本机关未收到政府信息公开申请。', '去年本机关未收到政府信息公开申请。']) {
      assert.deepEqual(where([prose], rows), [], prose);
    }
    const table4 = [1, 0, 0, 0, 1, ...Array(10).fill(0)];
    assert.deepEqual(where(['上年度未发生政府信息公开行政复议。'], { table4 }), []);
    assert.deepEqual(where(['去年收到申请2件，今年未收到政府信息公开申请。'], rows), [
      `${L}:12 未收到政府信息公开申请`,
    ]);
  });

  test('a comparison with the year before does not name it: "与上年相比，未收到…" is still this year', () => {
    assert.equal(where(['较上年，本机关未收到政府信息公开申请。'], received(natural(3))).length, 1);
  });
});
