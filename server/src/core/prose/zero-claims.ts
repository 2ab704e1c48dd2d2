/**
 * Zero claims (SPEC §6): sentences saying that something did not happen — no application received, no review
 * or lawsuit, everything finished, every decision upheld — with the table cells that must then be 0.
 */
import { allMatches } from './matches.js';
import type { Sentence } from './sentences.js';

/** What a zero claim says. */
export type ZeroKind = 'no-application' | 'no-review' | 'all-finished' | 'all-upheld';

/** A zero claim: where it stands in `sentence.text`, and which cells it requires to be 0. */
export interface ZeroClaim {
  readonly kind: ZeroKind;
  readonly start: number;
  readonly end: number;
  /** 表三 row 一 columns (no-application) or 表四 cells ("review.total", …). */
  readonly cells: readonly string[];
}

const NO_APPLICATION =
  /(?:未|没有|并未|尚未)(?:收到|受理|接到|接收)(?:过)?([^，,。；;：:]{0,30}?)(?:的)?(?:政府信息公开|信息公开)?申请/g;
// A channel, a review or a fee narrows the claim to something the table does not count.
const NOT_ABOUT_ALL =
  /复议|诉讼|投诉|举报|异议|费|信函|网上|网络|当面|传真|邮件|邮寄|现场|书面|电话|来信|上年|去年|新的|其他(?!组织)/;
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
/** "无依申请公开事项": no application at all. */
const NO_REQUESTS =
  /(?<![有是])(?:无|没有)(?:政府信息公开)?依申请(?:公开)?(?:事项|申请|件|情况)?(?![^，,。；;]{0,8}费)/g;
const NARROWED = /纠正|纠错|败诉|撤销|违法|被告/;
const ALL_FINISHED =
  /(?<!未|其余|其他|剩余)(?:(?:均|全部|都)(?:已|已经)?|已(?:经)?(?:全部|均))(?:按时|按期|如期|依法|及时)?(?:办结|办理完毕|处理完毕)/g;
const ALL_UPHELD = /(?:均|全部)(?:获|被|已获|已被|予以|为)?维持/g;
const NONE: readonly ZeroClaim[] = [];
/** Every pattern needs one of these words, which most sentences lack. */
const ANY_WORD = /申请|行政|维持/;
const CASE_WORD = /复议|诉讼|起诉/;
const LITIGATION_WORD = /诉讼|起诉/;
const CLAUSE_END = /[，,。；;]/;

/** The zero claims of one sentence. */
export function zeroClaimsOf(sentence: Sentence): readonly ZeroClaim[] {
  const { text } = sentence;
  if (!ANY_WORD.test(text)) return NONE;
  const out: ZeroClaim[] = [];
  // Each pattern needs its word (申请, 依申请, 行政, 维持): a cheap test first.
  for (const m of text.includes('申请') ? allMatches(NO_APPLICATION, text) : []) {
    const gap = m[1] ?? '';
    if (NOT_ABOUT_ALL.test(gap)) continue;
    out.push({ kind: 'no-application', ...at(m), cells: applicantColumns(gap) });
  }
  for (const m of text.includes('依申请') ? allMatches(NO_REQUESTS, text) : [])
    out.push({ kind: 'no-application', ...at(m), cells: ['total'] });
  for (const m of text.includes('行政') ? allMatches(NO_REVIEW, text) : []) {
    const rest = text.slice(m.index);
    const end = rest.search(CLAUSE_END);
    if (NARROWED.test(end < 0 ? rest : rest.slice(0, end))) continue;
    const groups = [
      ...(m[0].includes('复议') ? ['review'] : []),
      ...(m[0].includes('诉讼') ? ['direct', 'after-review'] : []),
    ];
    out.push({ kind: 'no-review', ...at(m), cells: groups.map((g) => `${g}.total`) });
  }
  if (text.includes('申请') && !text.includes('结转') && !text.includes('顺延')) {
    for (const m of allMatches(ALL_FINISHED, text))
      out.push({ kind: 'all-finished', ...at(m), cells: ['total'] });
  }
  for (const m of text.includes('维持') && CASE_WORD.test(text) ? allMatches(ALL_UPHELD, text) : []) {
    const before = text.slice(0, m.index);
    const review = before.includes('复议');
    const litigation = LITIGATION_WORD.test(before);
    const groups = [
      ...(review || !litigation ? ['review'] : []),
      ...(litigation || !review ? ['direct', 'after-review'] : []),
    ];
    // "审结的 3 件均获维持" leaves the pending ones open.
    const parts = before.includes('审结') ? ['corrected', 'other'] : ['corrected', 'other', 'pending'];
    out.push({ kind: 'all-upheld', ...at(m), cells: groups.flatMap((g) => parts.map((p) => `${g}.${p}`)) });
  }
  return out;
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
