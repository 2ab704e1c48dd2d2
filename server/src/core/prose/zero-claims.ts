/**
 * Zero claims (SPEC §6): sentences saying that something did not happen — no application received, no review
 * or lawsuit, everything finished, every decision upheld — with the table cells that must then be 0.
 */
import { allMatches } from './matches.js';
import { partOfYearEnds } from './part-of-year.js';
import type { Sentence } from './sentences.js';

/** What a zero claim says. */
export type ZeroKind = 'no-application' | 'no-review' | 'none-corrected' | 'all-finished' | 'all-upheld';

/** A zero claim: where it stands in `sentence.text`, and which cells it requires to be 0. */
export interface ZeroClaim {
  readonly kind: ZeroKind;
  readonly start: number;
  readonly end: number;
  /** 表三 row 一 columns (no-application) or 表四 cells ("review.total", …). */
  readonly cells: readonly string[];
}

/** "申请" but not "申请人" ("未收到申请人对答复的异议" is no claim). */
const NO_APPLICATION =
  /(?:未|没有|并未|尚未)(?:收到|受理|接到|接收)(?:过)?([^，,。；;：:]{0,30}?)(?:的)?(?:政府信息公开|信息公开)?申请(?!人)/g;
/**
 * The only words that may stand between the verb and 申请 for a claim about all applications (or the applicants
 * named): anything left ("涉及国家秘密的", "外省市", "自然人以外的", "大量反复", "信函", "新的") narrows it to a
 * kind the table does not count apart.
 */
const ANY_APPLICATION =
  /自然人|公民|法人|其他组织|商业企业|企业|科研机构|社会公益组织|法律服务机构|群众|申请人|任何|有关|关于|政府信息公开|信息公开|提出|提交|来自|方面|相关|或者|过|的|或|和|及|与|、/g;
/** After 申请 in the same clause: the claim is about complaints, reviews or fees on applications. */
const ABOUT_SOMETHING_ELSE = /投诉|举报|异议|复议|诉讼|费|答复|意见/;
const APPLICANTS: readonly [RegExp, readonly string[]][] = [
  [/自然人|公民/, ['natural']],
  [
    /法人或其他组织|法人和其他组织|法人、其他组织|法人/,
    ['business', 'research', 'public-interest', 'legal', 'other'],
  ],
  [/商业企业|企业/, ['business']],
  [/科研机构/, ['research']],
  [/社会公益组织/, ['public-interest']],
  [/法律服务机构/, ['legal']],
];
/** Words that may stand between "无"/"没有"/"未" and 行政复议 ("无因政府信息公开被申请行政复议"). */
const LINK =
  '(?:因|涉及|由于)?(?:政府信息公开|信息公开)?(?:工作|事项|申请)?(?:而)?(?:被|遭)?(?:申请|提起|引起|引发|产生|相关|方面|的)*';
const NO_REVIEW = new RegExp(
  `(?:(?:未发生|没有发生|未出现|没有出现|未有|未收到|没有收到|未产生)[^，,。；;]{0,30}?|(?<![有是尚])(?:无|没有|未曾|未被|未)${LINK})` +
    `行政(?:复议|诉讼)(?:[、和及或与]${LINK}行政(?:复议|诉讼))?`,
  'g',
);
/** Right after 行政复议/行政诉讼: a decision or body of a case, not the case ("尚未收到行政复议决定"). */
const NOT_THE_CASE = /^(?:决定|结果|答复|判决|裁定|意见|文书|机关|机构)/;
/** "未发生因政府信息公开工作被纠错的情况": no review or lawsuit ended in 纠正. */
const NOT_CORRECTED =
  /(?:未发生|没有发生|未出现|没有出现|未有|无)(?:因|由于)?(?:政府信息公开|信息公开)(?:工作|事项|申请)?(?:而)?被(?:纠错|纠正)/g;
/** "无依申请公开事项": no application at all. */
const NO_REQUESTS =
  /(?<![有是])(?:无|没有)(?:政府信息公开)?依申请(?:公开)?(?:事项|申请|件|情况)?(?![^，,。；;]{0,8}费)/g;
/** A claim about one outcome: 纠正 is read (its own cells); the others are no column of 表四. */
const CORRECTED = /纠正|纠错/;
const NARROWED = /败诉|撤销|违法|被告/;
const ALL_FINISHED =
  /(?<!未|其余|其他|剩余)(?:(?:均|全部|都)(?:已|已经)?|已(?:经)?(?:全部|均))(?:依法|及时)?(?:按时|按期|如期|(?:在|于)?(?:法定|规定)(?:期限|时限)内)?(?:办结|办理完毕|处理完毕)/g;
/** A carry-over the sentence speaks of ("除2件结转下年度外"), not one it denies ("无结转"). */
const CARRYOVER = /(?<!无|没有|未|不存在)(?:结转|顺延)/;
const ALL_UPHELD = /(?:均|全部)(?:获|被|已获|已被|予以|为)?维持/g;
/** Words of the whole year: after a part of the year ({@link partOfYearEnds}), they widen it again. */
const WHOLE_YEAR = /全年|本年|今年|年度内/;
const NONE: readonly ZeroClaim[] = [];
/** Every pattern needs one of these words, which most sentences lack. */
const ANY_WORD = /申请|行政|维持|纠/;
const CASE_WORD = /复议|诉讼|起诉/;
const LITIGATION_WORD = /诉讼|起诉/;
const CLAUSE_END = /[，,。；;]/;

/** The zero claims of one sentence, but those about a part of the year. */
export function zeroClaimsOf(sentence: Sentence): readonly ZeroClaim[] {
  const { text } = sentence;
  if (!ANY_WORD.test(text)) return NONE;
  const out = [...noApplication(text), ...noReview(text), ...allFinished(text), ...allUpheld(text)];
  if (out.length === 0) return NONE;
  const parts = partOfYearEnds(text);
  return parts.length === 0 ? out : out.filter((claim) => !namesPartOfYear(text, parts, claim.start));
}

/** "未收到…申请", "无依申请公开事项": 表三 一 = 0 (in the columns of the applicants named). */
function noApplication(text: string): ZeroClaim[] {
  if (!text.includes('申请')) return [];
  const out: ZeroClaim[] = [];
  for (const m of allMatches(NO_APPLICATION, text)) {
    const gap = m[1] ?? '';
    if (gap.replace(ANY_APPLICATION, '') !== '') continue;
    const { start, end } = at(m);
    if (ABOUT_SOMETHING_ELSE.test(clauseFrom(text, end))) continue;
    out.push({ kind: 'no-application', start, end, cells: applicantColumns(gap) });
  }
  for (const m of text.includes('依申请') ? allMatches(NO_REQUESTS, text) : [])
    out.push({ kind: 'no-application', ...at(m), cells: ['total'] });
  return out;
}

/** "未发生…行政复议、行政诉讼": the groups' 总计 = 0; "…被纠错": their 纠正 = 0. */
function noReview(text: string): ZeroClaim[] {
  const out: ZeroClaim[] = [];
  for (const m of text.includes('行政') ? allMatches(NO_REVIEW, text) : []) {
    const { start, end } = at(m);
    const clause = clauseFrom(text, start);
    if (NOT_THE_CASE.test(text.slice(end, end + 3)) || NARROWED.test(clause)) continue;
    const groups = [
      ...(m[0].includes('复议') ? ['review'] : []),
      ...(m[0].includes('诉讼') ? ['direct', 'after-review'] : []),
    ];
    const corrected = CORRECTED.exec(clause);
    if (corrected) {
      const to = Math.max(end, start + corrected.index + corrected[0].length);
      out.push({ kind: 'none-corrected', start, end: to, cells: groups.map((g) => `${g}.corrected`) });
    } else out.push({ kind: 'no-review', start, end, cells: groups.map((g) => `${g}.total`) });
  }
  for (const m of text.includes('纠') ? allMatches(NOT_CORRECTED, text) : []) {
    if (NARROWED.test(clauseFrom(text, at(m).end))) continue;
    const cells = ['review', 'direct', 'after-review'].map((g) => `${g}.corrected`);
    out.push({ kind: 'none-corrected', ...at(m), cells });
  }
  return out;
}

/** "均已办结": 四 = 0, unless the sentence speaks of a carry-over or of applications of every kind (各类). */
function allFinished(text: string): ZeroClaim[] {
  if (!text.includes('申请') || CARRYOVER.test(text) || text.includes('各类')) return [];
  return allMatches(ALL_FINISHED, text).map((m) => ({ kind: 'all-finished', ...at(m), cells: ['total'] }));
}

/** "均获维持": 纠正, 其他 and 尚未审结 = 0 in the groups named. */
function allUpheld(text: string): ZeroClaim[] {
  if (!text.includes('维持') || !CASE_WORD.test(text)) return [];
  return allMatches(ALL_UPHELD, text).map((m) => {
    const before = text.slice(0, m.index);
    const review = before.includes('复议');
    const litigation = LITIGATION_WORD.test(before);
    const groups = [
      ...(review || !litigation ? ['review'] : []),
      ...(litigation || !review ? ['direct', 'after-review'] : []),
    ];
    // "审结的 3 件均获维持" leaves the pending ones open.
    const parts = before.includes('审结') ? ['corrected', 'other'] : ['corrected', 'other', 'pending'];
    return { kind: 'all-upheld', ...at(m), cells: groups.flatMap((g) => parts.map((p) => `${g}.${p}`)) };
  });
}

/** The text from `offset` to the end of its clause. */
function clauseFrom(text: string, offset: number): string {
  const rest = text.slice(offset);
  const end = rest.search(CLAUSE_END);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Whether the text before `offset` names a part of the year (`parts`: where each ends, in order) that no later
 * 全年/本年度 widens again.
 */
function namesPartOfYear(text: string, parts: readonly number[], offset: number): boolean {
  let last = -1;
  for (const end of parts) if (end <= offset) last = end;
  return last >= 0 && !WHOLE_YEAR.test(text.slice(last, offset));
}

function at(m: RegExpMatchArray): { start: number; end: number } {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length };
}

/** The 表三 columns an applicant phrase names; all applicants (or none named) means the 总计 column. */
function applicantColumns(gap: string): string[] {
  const named = new Set(APPLICANTS.flatMap(([pattern, columns]) => (pattern.test(gap) ? columns : [])));
  return named.size === 0 || named.size === 6 ? ['total'] : [...named];
}
