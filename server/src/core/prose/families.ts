/**
 * The phrase families of SPEC §6: what the words right before a figure (or right after it) say it counts.
 * Every pattern is anchored to the figure, so a keyword further away in the clause does not claim it.
 */
import type { TemplateId } from '../model.js';

/** What a figure counts. 表三: rows; 表四: totals and parts; 表二: the 行政规范性文件 columns. */
export type Target =
  | 'new'
  | 'received'
  | 'carried'
  | 'handled'
  | 'carryover'
  | 'r1'
  | 'r2'
  | 'r1+r2'
  | 'r3'
  | 'r4'
  | 'r5'
  | 'r6'
  | 'review'
  | 'litigation'
  | 'upheld'
  | 'corrected'
  | 'other'
  | 'pending'
  | 'issued'
  | 'repealed'
  | 'in-force';

/** Which table a family's figures are compared with. */
export type Scope = 'table2' | 'table3' | 'table4' | 'table4-part';

/**
 * A phrase family: the pattern before (`lead`, anchored at its end) or after (`tail`) the figure; with `both`,
 * the two together ("受理 21 件申请").
 */
export interface Family {
  readonly target: Target;
  readonly scope: Scope;
  readonly lead?: RegExp;
  readonly tail?: RegExp;
  readonly both?: boolean;
  /** Still read after 其中 ("其中予以公开 5 件"); other families count a subset there. */
  readonly afterOf?: boolean;
  /**
   * Only right after "其中<the reporting body>", whose figures are of the total before it: "共收到申请 412 件，其中
   * 本机关收到 30 件" (a bare verb, its object the total's).
   */
  readonly ownOnly?: boolean;
  /** Only for reports of this template (表二 columns differ). */
  readonly template?: TemplateId;
  /** Not this family when the figure's clause (its lead) matches ("结转至本年度办理的…": not 办理). */
  readonly unless?: RegExp;
  /** A bare word ("结转 5 件", "废止 2 件"): read only after a claim of one of these in the same sentence. */
  readonly after?: readonly Target[];
}

/** "各类申请" counts every kind of application (信访, 许可 …); "各类政府信息公开申请" only disclosure ones. */
/**
 * All applicants, named between the verb and the applications ("收到公民、法人和其他组织提出的…申请"); one kind
 * alone ("自然人申请") counts its column only, and is not read.
 */
const ALL_APPLICANTS =
  '(?:(?:公民|自然人)、?法人(?:和|或|及|、)(?:其他|非法人)组织|群众|社会公众|申请人)(?:依法)?(?:提出|提交|递交)?(?:的)?';
const OBJ = `(?:的)?(?:${ALL_APPLICANTS})?(?:(?:各类|各项)?(?:政府信息公开|信息公开|依申请公开))?(?:的)?`;
const COUNT =
  '(?:的)?(?:事项|案件|件数|数量|总数|总量|数)?(?:共计|合计|总计|累计|总共有|共有|共|计)?(?:为|达到|达|是|有)?';
const lead = (body: string) => new RegExp(`${body}${COUNT}$`);
/** A result row's words, then what was answered so ("予以公开的申请", "部分公开答复", "同意公开答复数"). */
const result = (words: string) => lead(`${words}(?:的)?(?:申请|答复|答复数|事项)?`);
/** A named year ("结转至 2025 年") is checked against the report year in claims.ts. */
const NEXT_YEAR =
  '(?:结转|转入|转至|转到|顺延|延续)(?:至|到|入)?(?:下(?:一)?(?:个)?|(?:19|20)\\d{2} ?)年(?:度)?';
/** 上年结转, and "上年度（2023 年）结转至本年度（2024 年）办理的". */
const LAST_YEAR = '(?:上(?:一)?年(?:度)?|(?:19|20)\\d{2} ?年(?:度)?)';
const INTO_THIS_YEAR = '(?:至|到)(?:本|今|(?:19|20)\\d{2} ?)年(?:度)?(?:继续)?(?:办理|处理|答复)?';
/** An issuer may stand between the verb and the documents ("印发区政府行政规范性文件"). */
const ISSUER = '(?:(?:区|市|县|镇|乡|州|省)(?:人民)?政府(?:办公室|办)?)?';
const DOC = `(?:了)?${ISSUER}(?:行政)?规范性文件`;
/** Figures of a review or clean-up of documents ("审查现行有效规范性文件 156 件") are not the 表二 columns. */
const REVIEWED = /审查|清理|评估|梳理|审核/;

/**
 * Handling verbs that also read as "received" (办理 N 件 may count every application dealt with); not a total of
 * the results (办理结果合计), which is 三（七） alone.
 */
export const LOOSE_HANDLING = /(?:办理|处理)(?!结果)/;

/** The families, most specific first: the first whose pattern matches names the figure. */
export const FAMILIES: readonly Family[] = [
  // 新收 always names 一, even after 其中 ("受理 55 件，其中新收 50 件、上年结转 5 件").
  { target: 'new', scope: 'table3', afterOf: true, lead: lead(`新收(?:到)?${OBJ}(?:申请)?`) },
  {
    target: 'carried',
    scope: 'table3',
    afterOf: true,
    lead: lead(`${LAST_YEAR}结转(?:而?来|${INTO_THIS_YEAR})?${OBJ}(?:申请)?`),
  },
  {
    target: 'carryover',
    scope: 'table3',
    afterOf: true,
    lead: lead(`(?:${NEXT_YEAR}(?:继续)?(?:办理|答复|处理)?|顺延(?:办理|答复|处理)?)${OBJ}(?:申请)?`),
    tail: new RegExp(`^(?:申请)?(?:需)?(?:${NEXT_YEAR}|顺延(?:办理|答复|处理))`),
  },
  { target: 'carryover', scope: 'table3', lead: lead('^(?:另|另有|尚有|仍有)?结转'), after: ['handled'] },
  { target: 'r1+r2', scope: 'table3', afterOf: true, lead: result('予以公开(?:和|及|与|或)部分公开') },
  { target: 'r1', scope: 'table3', afterOf: true, lead: result('(?:予以|(?<!不)同意)公开') },
  { target: 'r2', scope: 'table3', afterOf: true, lead: result('部分公开') },
  { target: 'r3', scope: 'table3', afterOf: true, lead: result('(?:不予|不同意)公开') },
  { target: 'r4', scope: 'table3', afterOf: true, lead: result('无法提供') },
  { target: 'r5', scope: 'table3', afterOf: true, lead: result('不予处理') },
  { target: 'r6', scope: 'table3', afterOf: true, lead: result('其他处理') },
  // "上述办理结果合计 170 件": the results' total, 三（七）.
  {
    target: 'handled',
    scope: 'table3',
    lead: /(?:办理|处理|答复)结果(?:的)?(?:合计|共计|总计|总数|共)(?:为|达|是|有)?$/,
  },
  {
    target: 'handled',
    scope: 'table3',
    lead: lead(
      `(?:^|共|计|已|已经|依法|全部|均|申请|公开申请|年|年度|[市区县局委办府厅院])(?:办结|答复|办理|处理)(?:了)?${OBJ}(?:申请)?`,
    ),
    unless: /结转/,
  },
  {
    target: 'received',
    scope: 'table3',
    lead: lead(
      `(?:(?:收到|受理|接收|接到|收悉)(?:了)?${OBJ}(?:申请|依申请公开(?:申请)?)|^依申请公开(?:申请)?)`,
    ),
  },
  // "全年政府信息公开申请共 50 件", "我县 2024 年政府信息公开申请总量为 50 件": no narrowing words before
  // ("涉及征地的政府信息公开申请" is a part).
  {
    target: 'received',
    scope: 'table3',
    lead: lead(
      '(?:^|年|年度|共有|共|总共|本机关|本单位|[我本][局委办区县市镇乡])(?:的)?(?:政府信息公开|依申请公开)申请',
    ),
  },
  {
    target: 'received',
    scope: 'table3',
    both: true,
    lead: /(?:收到|受理|接收|接到)(?:了)?(?:共计|共)?(?:的)?$/,
    tail: /^(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:的)?申请/,
  },
  { target: 'received', scope: 'table3', ownOnly: true, lead: lead('^(?:收到|受理|接收|接到)(?:了)?') },
  // A body that handles reviews (办理/受理/审理行政复议案件) decides them: those are not the reviews of its
  // disclosure decisions.
  { target: 'review', scope: 'table4', lead: lead('行政复议(?:案件|申请)?'), unless: /办理|受理|审理/ },
  { target: 'litigation', scope: 'table4', lead: lead('(?:行政诉讼|直接起诉|复议后起诉)(?:案件)?') },
  {
    target: 'upheld',
    scope: 'table4-part',
    afterOf: true,
    lead: lead('(?:结果)?(?:被)?维持(?:原(?:行政行为|决定))?'),
  },
  { target: 'corrected', scope: 'table4-part', afterOf: true, lead: lead('(?:结果)?(?:被)?(?:纠正|纠错)') },
  { target: 'other', scope: 'table4-part', afterOf: true, lead: lead('其他结果') },
  {
    target: 'pending',
    scope: 'table4-part',
    afterOf: true,
    lead: lead('(?:尚未审结|未审结|尚在审理|审理中)'),
  },
  ...table2Families(),
];

/**
 * "予以公开率为 42.31%", "予以公开的比例为 …": （一）'s share of the applications, checked as "予以公开 N 件，占 x%"
 * (SPEC §6). Not 公开率 alone (（一） or （一）+（二）: reports differ), nor the rates of no result (办结率, 答复率).
 */
export const RATE: Family = {
  target: 'r1',
  scope: 'table3',
  lead: /(?<!不)予以公开(?:率|的?比例|比率)(?:为|达到|达|是)?$/,
};

/** 表二's 行政规范性文件 columns; a bare "废止 2 件" / "现行有效 38 件" after another of them in the sentence. */
function table2Families(): Family[] {
  const column = (target: Target, verb: string): Family[] => [
    { target, scope: 'table2', template: '2021', lead: lead(`${verb}${DOC}`), unless: REVIEWED },
    {
      target,
      scope: 'table2',
      template: '2021',
      lead: lead(`^${verb}`),
      unless: REVIEWED,
      after: ['issued', 'repealed', 'in-force'],
    },
  ];
  return [
    ...column('issued', '(?:制发|印发|出台|制定|新制定)'),
    ...column('repealed', '(?:废止|宣布废止)'),
    ...column('in-force', '现行有效(?:的)?'),
  ];
}
