/** Claims: figures of a sentence that a phrase family ties to a table, with the guards against false alarms. */
import type { ReportDocument } from '../model.js';
import { FAMILIES, LOOSE_HANDLING, RATE, type Family, type Target } from './families.js';
import { findFigures, type Figure } from './figures.js';
import { charTest } from '../text/chars.js';
import { allMatches } from './matches.js';
import { partOfYearEnds } from './part-of-year.js';
import { thisBodyAt } from './this-body.js';
import { sourceSpan, type Sentence } from './sentences.js';
import { lastOf } from '../text/last.js';

/** A figure the text states about a table quantity. */
export interface Claim {
  readonly family: Family;
  readonly figure: Figure;
  /** Where the phrase starts in `sentence.text` (the keyword before the figure, or the figure itself). */
  readonly phraseStart: number;
  /** The phrase up to the unit ("受理政府信息公开申请 17 件"), for messages. */
  readonly phraseEnd: number;
  /** 表四: the group the sentence speaks of (a lawsuit group when the clause names one: "直接起诉"). */
  readonly group?: Table4Group;
}

/** 表四's groups: 复议, 诉讼 (both lawsuit groups), or one lawsuit group. */
export type Table4Group = 'review' | 'litigation' | 'direct' | 'after-review';

/**
 * A percentage "占 x%" right after a claim, as its share of a total; or a rate ("予以公开率为 x%"), whose claim is
 * the percentage itself, naming its row but no count.
 */
export interface ShareClaim {
  readonly of: Claim;
  readonly figure: Figure;
  /** The count the text writes before "占 x%", or null for a rate (the row's cells give it). */
  readonly count: number | null;
}

/** Result rows: their shares of 三（七） are checked ("予以公开 10 件，占 52.63%"). */
const RESULTS: ReadonlySet<Target> = new Set(['r1', 'r2', 'r1+r2', 'r3', 'r4', 'r5', 'r6']);
const RECEIVED: ReadonlySet<Target> = new Set(['new', 'received']);
/**
 * Another time than the report year before a figure (上年, 同比, 历年, 条例实施以来); not 今年以来/本年度以来/年初以来,
 * the report year so far.
 */
const OTHER_TIME =
  /上年(?!度?结转)|上一年(?!度?结转)|去年|前年|同比|较上|比上|历年|(?<!今年|本年度?|年初)以来/;
const SHARE =
  /占(?:比)?(?:已)?(?:全部|所有|总数|总量)?(?:申请|办理|办结|答复)?(?:的)?(?:申请|件数)?(?:总数|总量|数)?(?:的)?(?:比例|比重)?(?:为|达|是)?$/;
/** Words a count may end its lead with ("…行政诉讼案件共"). */
const COUNT_WORDS = ['案件', '数量', '共', '为'];
const DISCLOSURE = /信息公开|依申请/;
/** The result rows' words: a sentence giving two of them is about applications. */
const RESULT_WORDS = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理/g;
const DISCLOSURE_CASES = /信息公开[^。；;]{0,12}(?:复议|诉讼)/;
const YEAR = /((?:19|20)\d{2}) ?年(?!\d{1,2} ?月)/g;
/**
 * A clause that opens with an earlier year named relatively ("上一年度本机关未收到…", "去年共收到…"): it names
 * that year for the rest of the sentence, as "2023 年" does. Not 上年结转 (this year's 二), nor a comparison
 * (较上年, 与上年相比, 去年同期 — those words do not open their clause).
 */
const RELATIVE_YEAR =
  /(?:^|[，,、：:；;（(])(?:在)?(去年|前年|上(?:一)?年(?:度)?)(?!度?(?:结转|同期|相比|相同|持平))/g;
/**
 * Words that narrow a figure to a part of the body or of the year: a sub-unit ({@link SUB_UNIT}), an issuer
 * (以…名义), one channel (通过…平台; not 通过各种渠道), a part of the year (上半年, 第一季度, 1-6 月, 6 月 30 日) or several years
 * (近三年, 2022 年至 2024 年). A figure after one (and after no word of the whole: 全年, 全区, 合计) is not
 * compared.
 */
const PART = new RegExp(
  [
    '以[^，。；]{1,12}名义',
    '通过(?!(?:各种|各类|多种|所有|各|不同)(?:渠道|途径|方式))[^，、和及与或等]{0,12}(?:平台|渠道|网站|窗口|信函|邮寄|传真|电子邮件|邮箱)(?![、和及与或等])',
    '近(?:\\d{1,2}|[两二三四五六七八九十])个?年',
    '(?:\\d{1,2}|[两二三四五六七八九十])年(?:来|间|以来)',
    '(?:19|20)\\d{2} ?年? ?(?:至|到|-|—|－|~) ?(?:19|20)\\d{2}',
  ].join('|'),
  'g',
);
/**
 * Sub-units of a government (区本级, 区直, 各街道, 区县): parts, unless joined to another ("市本级和各区县") or of
 * the whole ("全区各乡镇"). 各部门/各单位 are not: "我区各部门共受理…" is often the whole; "全区各部门" is not
 * ({@link ALL_DEPARTMENTS}).
 */
const SUB_UNIT = /本级|[区市县]直|各(?:街道|乡镇|镇|区县|县区|县市区|区|县)|区县|县区/g;
/** The departments of the whole (全区各部门): other bodies than the reporting one. */
const ALL_DEPARTMENTS = /全[区市县镇乡省州旗盟](?:各|所有)(?:部门|单位)/g;
/**
 * Other bodies, or wider ones, than the reporting body (SPEC §6: the text may describe them): a whole 系统 or 行业
 * (全市市场监管系统, 全国税务系统, 全系统, 系统内, 本系统 — the body with its subordinate units), all levels (各级),
 * other units (其他街道, 其他部门) and subordinate ones (下属单位, 直属单位, 局属各单位). A 全X that is no 系统 stays
 * the whole ({@link WHOLE}); the words between 全X and 系统 hold no verb or 申请 (not "全区通过申请系统共收到").
 */
const OTHER_BODIES =
  /全[国省市区县州盟旗][^，,、；;：:。共申收受办]{0,10}?(?:系统|行业)|[全本]系统|系统内|全国(?=共|各)|各级|其他(?:街道|乡镇|镇|部门|单位|机关|区县|县区|县市区)|(?:下属|直属|所属|[局委厅办]属)各?的?(?:单位|机构|部门|事业单位|企业)/g;
/** One of these in a sentence, or none of {@link OTHER_BODIES}' words is there. */
const OTHER_BODY_HINT = /系统|行业|全国|各级|其他|属/;
/**
 * "全区共收到申请 326 件，其中区政府本级收到 52 件": a subset that is the reporting body itself shows the figures
 * before it are a wider body's.
 */
const OWN_BODY_SUBSET = /^其中(?:由|以)?(?:本级|本机关|本单位|本部门|[区市县镇乡](?:人民)?政府|[区市县]本级)/;
const JOINER = charTest('和及与、');
const OF_THE_WHOLE = /全[区市县镇乡省州旗盟]$/;
const WHOLE = /全年|全[区市县镇乡省州旗盟]|合计|总计/g;
/** A count of 表四 cases settled so far ("已审结的行政诉讼 2 件") is not the group's total. */
const SETTLED = /审结/;
const DIRECT = /直接(?:起诉|提起)/;
const AFTER_REVIEW = /复议后(?:起诉|提起)/;
/** Carry-over families: the years they name are checked against the report year, not as another year. */
const CARRY: ReadonlySet<Target> = new Set(['carried', 'carryover']);
const YEARS_IN = /((?:19|20)\d{2}) ?年/g;
/** Any family's lead or tail pattern: one test rules out the figures no family names (most of them). */
const ANY_LEAD = anyOf(FAMILIES.map((f) => f.lead));
const ANY_TAIL = anyOf(FAMILIES.map((f) => f.tail));

/** The claims and shares of a sentence. */
export interface SentenceClaims {
  readonly claims: readonly Claim[];
  readonly shares: readonly ShareClaim[];
}

/** Most sentences have no figure: they share this result. */
const NO_CLAIMS: SentenceClaims = { claims: [], shares: [] };

/** The claims and shares of one sentence of `document`. */
export function claimsOf(sentence: Sentence, document: ReportDocument): SentenceClaims {
  const figures = findFigures(sentence);
  if (figures.length === 0) return NO_CLAIMS;
  const { year } = document;
  const claims: Claim[] = [];
  const shares: ShareClaim[] = [];
  let previous: Claim | null = null;
  let ownFrom = -1;
  for (const figure of figures) {
    const last: Claim | null = previous;
    previous = null;
    if (figure.approximate) continue;
    // The year test (the costliest) comes last: most figures are neither claims nor shares.
    if (figure.percent) {
      const rate = rateOf(sentence, figure, document, ownFrom);
      if (rate) shares.push(rate);
      if (!last || !figure.lead.startsWith('占')) continue;
      // "区住建局收到申请 30 件，占全区申请总量的 57.69%": applications with a share of all are a part of them.
      if (RECEIVED.has(last.family.target)) claims.pop();
      else if (
        RESULTS.has(last.family.target) &&
        SHARE.test(figure.lead) &&
        !foreignAt(sentence, figure.start, year)
      )
        shares.push({ of: last, figure, count: last.figure.value });
      continue;
    }
    const self = thisBodyAt(figure.lead, document);
    if (self > 0 || (figure.lead.startsWith('其中') && OWN_BODY_SUBSET.test(figure.lead))) {
      claims.length = 0;
      shares.length = 0;
    }
    // "全县各部门共收到 286 件，其中本机关新收 170 件": the wider body's words end where the body names itself.
    if (self > 0 && ownFrom < 0) ownFrom = figure.leadStart + self;
    const claim = claimOf(sentence, figure, document, claims, self);
    if (claim && fitsYear(sentence, claim, year) && !partAt(sentence, figure.start, ownFrom)) {
      claims.push(claim);
      previous = claim;
    }
  }
  return withoutParts({ claims, shares });
}

/** "予以公开率为 42.31%" ({@link RATE}) about this body's applications of the report year, or null. */
function rateOf(
  sentence: Sentence,
  figure: Figure,
  document: ReportDocument,
  ownFrom: number,
): ShareClaim | null {
  const byLead = RATE.lead?.exec(figure.lead);
  if (!byLead || OTHER_TIME.test(figure.lead) || !inScope(RATE, sentence, figure.start, document))
    return null;
  if (foreignAt(sentence, figure.start, document.year) || partAt(sentence, figure.start, ownFrom))
    return null;
  const phraseStart = figure.leadStart + byLead.index;
  return { of: { family: RATE, figure, phraseStart, phraseEnd: figure.end }, figure, count: null };
}

/**
 * A sentence that gives one quantity twice with different values ("区本级受理申请 30 件，各街道受理申请 22 件")
 * speaks of parts: none of those figures is compared.
 */
function withoutParts(found: SentenceClaims): SentenceClaims {
  if (found.claims.length < 2) return found;
  const values = new Map<string, number>();
  const parts = new Set<string>();
  for (const claim of found.claims) {
    const key = keyOf(claim);
    const value = values.get(key);
    if (value === undefined) values.set(key, claim.figure.value);
    else if (value !== claim.figure.value) parts.add(key);
  }
  if (parts.size === 0) return found;
  return {
    claims: found.claims.filter((c) => !parts.has(keyOf(c))),
    shares: found.shares.filter((s) => !parts.has(keyOf(s.of))),
  };
}

/** What a claim counts: its target, group, and for 办理/处理 that looser verb. */
function keyOf(claim: Claim): string {
  const loose = claim.family.target === 'handled' && LOOSE_HANDLING.test(claim.figure.lead);
  return `${claim.family.target} ${claim.group ?? ''} ${loose}`;
}

/**
 * Not of another year: the sentence names none before the figure's phrase. A carry-over phrase names its own
 * years: "2023 年结转至 2024 年" counts 二 of a 2024 report, "结转至 2025 年" its 四.
 */
function fitsYear(sentence: Sentence, claim: Claim, year: number | null): boolean {
  const { target } = claim.family;
  if (!CARRY.has(target)) return !foreignAt(sentence, claim.figure.start, year);
  if (foreignAt(sentence, Math.min(claim.phraseStart, claim.figure.start), year)) return false;
  if (year === null) return true;
  const phrase = sentence.text.slice(claim.phraseStart, claim.phraseEnd);
  const named = phrase.includes('年') ? allMatches(YEARS_IN, phrase).map((m) => Number(m[1])) : [];
  if (named.length === 0) return true;
  const last = lastOf(named);
  if (target === 'carryover') return last === year + 1;
  // 上年结转: the first year named is the year before; a second one ("至 2024 年") is the report year.
  return named[0] === year - 1 ? named.length === 1 || last === year : named.length === 1 && last === year;
}

/**
 * The claim a figure makes, if a family names it. `self` is the length of "其中<the reporting body>" opening its
 * lead ({@link thisBodyAt}), or 0: the words after it are read as a clause of their own ("其中本机关收到申请 30 件":
 * 收到申请 30 件), not as a subset of the total before.
 */
function claimOf(
  sentence: Sentence,
  figure: Figure,
  document: ReportDocument,
  earlier: readonly Claim[],
  self: number,
): Claim | null {
  const { template } = document;
  const lead = figure.lead.slice(self);
  if (OTHER_TIME.test(lead)) return null;
  if (!ANY_LEAD.test(lead) && !ANY_TAIL.test(figure.tail)) return null;
  const subset = lead.startsWith('其中');
  for (const family of FAMILIES) {
    if (family.template && family.template !== template) continue;
    if ((subset && !family.afterOf) || (family.ownOnly && self === 0)) continue;
    const byLead = family.lead?.exec(lead) ?? null;
    const byTail = family.tail?.test(figure.tail) ?? false;
    if (family.both ? !(byLead && byTail) : !(byLead || byTail)) continue;
    // A lone 一 is a count only right after its words, ending its clause ("纠正一件"; not "一件事").
    if (figure.lone && (!byLead || family.both || figure.tail !== '')) continue;
    if (family.unless?.test(lead)) continue;
    if (family.after && !earlier.some((c) => family.after?.includes(c.family.target))) continue;
    if (!inScope(family, sentence, figure.start, document)) return null;
    const group = groupOf(sentence, figure);
    if (family.scope === 'table4-part' && !group) return null;
    if (family.scope === 'table4') {
      if (namesReviewAndLitigation(sentence.text, figure.start) || SETTLED.test(figure.lead)) return null;
    }
    const phraseStart = byLead ? figure.leadStart + (figure.lead.length - byLead[0].length) : figure.start;
    const phraseEnd = byLead && !family.both ? figure.end : figure.end + figure.tail.length;
    return { family, figure, phraseStart, phraseEnd, ...(group ? { group } : {}) };
  }
  return null;
}

/** The 表四 group named last before a figure, narrowed to one lawsuit group when its clause names one. */
function groupOf(sentence: Sentence, figure: Figure): Table4Group | undefined {
  const group = lastGroup(sentence, figure.start);
  if (group !== 'litigation') return group;
  if (DIRECT.test(figure.lead)) return 'direct';
  return AFTER_REVIEW.test(figure.lead) ? 'after-review' : group;
}

/**
 * Whether a part word ({@link PART}, a month) comes after the last word of the whole before `offset`, and after
 * `ownFrom` (where the reporting body named itself, or -1).
 */
function partAt(sentence: Sentence, offset: number, ownFrom: number): boolean {
  const { parts, wholes } = wordsOf(sentence);
  const whole = Math.max(wholes[lastBefore(wholes, offset)] ?? -1, ownFrom);
  return (parts[lastBefore(parts, offset)] ?? -1) > whole;
}

/**
 * 表三 figures need a sentence about applications, or a paragraph about them (up to their sentence), or a
 * heading about them (section 三, a sub-heading such as "（二）依申请公开"), when the sentence itself is not about
 * proactive disclosure (主动公开); a sentence giving two kinds of result (予以公开…，不予公开…) is about them.
 * 表四 figures need a sentence about disclosure, section 四, or an earlier sentence of the paragraph about
 * disclosure reviews or lawsuits: many bodies also count reviews of all their decisions.
 */
function inScope(family: Family, sentence: Sentence, offset: number, document: ReportDocument): boolean {
  if (family.scope === 'table2') return true;
  const scopes = wordsOf(sentence);
  if (family.scope !== 'table3') return scopes.aboutDisclosureCases;
  if (scopes.aboutApplications) return !aboutCasesAt(sentence, offset);
  return (
    !scopes.otherApplications && !sentence.text.includes('主动') && underApplications(sentence, document)
  );
}

/**
 * Whether the sentence names a review or lawsuit (复议, 诉讼) after its last disclosure application before
 * `offset`: "被申请行政复议 4 件（含上年结转 1 件）" counts reviews, not 表三's applications.
 */
function aboutCasesAt(sentence: Sentence, offset: number): boolean {
  const { review, litigation, applications } = wordsOf(sentence);
  const cases = Math.max(
    review[lastBefore(review, offset)] ?? -1,
    litigation[lastBefore(litigation, offset)] ?? -1,
  );
  return cases > (applications[lastBefore(applications, offset)] ?? -1);
}

/** {@link inScope}'s tests of a sentence, made once for all its figures. */
function scopesOf(
  sentence: Sentence,
  applications: Applications,
): Pick<SentenceWords, 'aboutApplications' | 'otherApplications' | 'aboutDisclosureCases'> {
  const { text, before } = sentence;
  return {
    otherApplications: applications.other && applications.ends.length === 0,
    aboutApplications:
      applications.ends.length > 0 ||
      (!applications.other &&
        !text.includes('主动') &&
        (before.includes('申请') || allMatches(RESULT_WORDS, text).length > 1)),
    aboutDisclosureCases: DISCLOSURE.test(text) || sentence.section === 4 || DISCLOSURE_CASES.test(before),
  };
}

/** Where a sentence names disclosure applications, and whether it names applications of another kind. */
interface Applications {
  /** End offsets of each 申请 that may be a disclosure application, in order. */
  readonly ends: readonly number[];
  /** Whether a 申请 is of another kind: 复议申请, 申请行政复议, 行政许可申请, 信访事项申请 … */
  readonly other: boolean;
}

/** Words before 申请 that make it an application of another kind (被申请: the respondent of a review). */
const OTHER_BEFORE = [
  '复议',
  '诉讼',
  '许可',
  '政务服务',
  '事项',
  '信访',
  '审批',
  '被',
  '补贴',
  '救助',
  '赔偿',
  '仲裁',
];
/** Words after 申请 that make it an application of another kind; 申请人 is neither kind. */
const OTHER_AFTER = ['行政复议', '复议', '仲裁', '赔偿'];

function applicationsOf(text: string): Applications {
  const ends: number[] = [];
  let other = false;
  for (let at = text.indexOf('申请'); at >= 0; at = text.indexOf('申请', at + 2)) {
    const end = at + 2;
    if (
      OTHER_BEFORE.some((w) => text.startsWith(w, at - w.length)) ||
      startsWithAny(text, end, OTHER_AFTER)
    ) {
      other = true;
    } else if (!text.startsWith('人', end)) ends.push(end);
  }
  return { ends, other };
}

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, at));
}

/** Whether a sentence stands in section 三 or under a sub-heading about applications ("（二）依申请公开"). */
function underApplications(sentence: Sentence, document: ReportDocument): boolean {
  if (sentence.section === 3) return true;
  const section = document.sections.find((s) => s.number === sentence.section);
  if (!section || section.subHeadings.length === 0) return false;
  const start = sourceSpan(sentence, 0, 1).start;
  const subHeadings = section.subHeadings;
  let found: string | null = null;
  for (const heading of subHeadings) {
    if (heading.span.start > start) break;
    found = heading.title;
  }
  return found !== null && found.includes('申请');
}

/** A pattern that matches where any of `patterns` does. */
function anyOf(patterns: readonly (RegExp | undefined)[]): RegExp {
  return new RegExp(patterns.flatMap((p) => (p ? [`(?:${p.source})`] : [])).join('|'));
}

function lastGroup(sentence: Sentence, end: number): 'review' | 'litigation' | undefined {
  const { review, litigation } = wordsOf(sentence);
  const lastReview = review[lastBefore(review, end)] ?? -1;
  const lastLitigation = litigation[lastBefore(litigation, end)] ?? -1;
  if (lastReview < 0 && lastLitigation < 0) return undefined;
  return lastReview > lastLitigation ? 'review' : 'litigation';
}

/** {@link foreignYear} at `offset` of a sentence. */
function foreignAt(sentence: Sentence, offset: number, year: number | null): boolean {
  return foreignYear(sentence, offset, year);
}

/**
 * The last year the sentence names before `offset` is not the report year ("2023 年受理 21 件" in a 2024
 * report, "去年共收到 41 件"), and no 本年/今年 follows it ("与 2023 年相比，本年度受理 21 件").
 */
export function foreignYear(sentence: Sentence, offset: number, year: number | null): boolean {
  if (year === null) return false;
  const { thisYear, earlierYears } = wordsOf(sentence);
  const numbered = lastYearBefore(sentence, offset);
  const earlier = earlierYears[lastBefore(earlierYears, offset)] ?? -1;
  let end: number;
  if (numbered !== null && numbered.end > earlier) {
    if (numbered.value === year) return false;
    end = numbered.end;
  } else if (earlier >= 0) end = earlier;
  else return false;
  return (thisYear[lastBefore(thisYear, offset)] ?? -1) <= end;
}

/** How far a year's pattern looks past 年 ("12 月": then it is a date), and how long a match is at most. */
const YEAR_LOOKAHEAD = 4;
const YEAR_REACH = 6 + YEAR_LOOKAHEAD;

/** The last year named in `sentence.text.slice(0, offset)` and where it ends, or null. */
function lastYearBefore(sentence: Sentence, offset: number): { value: number; end: number } | null {
  const { text } = sentence;
  // A year ending within the pattern's lookahead of `offset` is read from the text before `offset` alone (in the
  // whole text, a date's "12 月" may follow it); those ending sooner are the whole text's.
  const from = Math.max(0, offset - YEAR_REACH);
  const near = allMatches(YEAR, text.slice(from, offset));
  const lastNear = lastOf(near);
  const nearEnd = lastNear ? from + lastNear.index + lastNear[0].length : -1;
  if (lastNear && nearEnd > offset - YEAR_LOOKAHEAD) return { value: Number(lastNear[1]), end: nearEnd };
  const { ends, values } = wordsOf(sentence).years;
  const i = lastBefore(ends, offset - YEAR_LOOKAHEAD);
  const value = values[i];
  return value === undefined ? null : { value, end: ends[i] ?? 0 };
}

/**
 * Where a sentence names a year, a review (复议) or a lawsuit (诉讼, 起诉), and what it is about: found once,
 * when the first of its figures asks, so that each figure looks back in logarithmic time rather than over the
 * whole text before it (a long sentence with many figures cost its length times their number).
 */
interface SentenceWords {
  /** End offsets of the years, in order, and their values. */
  readonly years: { readonly ends: readonly number[]; readonly values: readonly number[] };
  /** End offsets of the earlier years named relatively ({@link RELATIVE_YEAR}), in order. */
  readonly earlierYears: readonly number[];
  /** End offsets of 复议, and of 诉讼 and 起诉, in order. */
  readonly review: readonly number[];
  readonly litigation: readonly number[];
  /** End offsets of 本年 and 今年 (the report year, after another year named: "与 2023 年相比，本年度"). */
  readonly thisYear: readonly number[];
  /** End offsets of the words of a part ({@link PART}, months) and of the whole ({@link WHOLE}), in order. */
  readonly parts: readonly number[];
  readonly wholes: readonly number[];
  /** End offsets of 申请 that may be disclosure applications ({@link applicationsOf}), in order. */
  readonly applications: readonly number[];
  /** Whether 表三's and 表四's figures are in scope (see {@link inScope}). */
  readonly aboutApplications: boolean;
  /** Whether every application the sentence names is of another kind (行政许可申请): no heading puts it in scope. */
  readonly otherApplications: boolean;
  readonly aboutDisclosureCases: boolean;
}

const WORDS = new WeakMap<Sentence, SentenceWords>();

function wordsOf(sentence: Sentence): SentenceWords {
  let words = WORDS.get(sentence);
  if (!words) {
    const { text } = sentence;
    const applications = applicationsOf(text);
    const ends: number[] = [];
    const values: number[] = [];
    for (const m of text.includes('年') ? allMatches(YEAR, text) : []) {
      ends.push(m.index + m[0].length);
      values.push(Number(m[1]));
    }
    words = {
      years: { ends, values },
      earlierYears: text.includes('年')
        ? allMatches(RELATIVE_YEAR, text).map((m) => m.index + m[0].length)
        : [],
      review: endsOf(text, ['复议']),
      litigation: endsOf(text, ['诉讼', '起诉']),
      thisYear: endsOf(text, ['本年', '今年']),
      parts: partEnds(text),
      wholes: allMatches(WHOLE, text).map((m) => m.index + m[0].length),
      applications: applications.ends,
      ...scopesOf(sentence, applications),
    };
    WORDS.set(sentence, words);
  }
  return words;
}

/**
 * The end offsets of {@link PART}'s words, of sub-units, of other bodies ({@link OTHER_BODIES}) and of parts of the
 * year ({@link partOfYearEnds}), in order.
 */
function partEnds(text: string): number[] {
  const ends = allMatches(PART, text).map((m) => m.index + m[0].length);
  if (text.includes('部门') || text.includes('单位')) {
    for (const m of allMatches(ALL_DEPARTMENTS, text)) ends.push(m.index + m[0].length);
  }
  if (OTHER_BODY_HINT.test(text)) {
    for (const m of allMatches(OTHER_BODIES, text)) ends.push(m.index + m[0].length);
  }
  for (const m of allMatches(SUB_UNIT, text)) {
    const end = m.index + m[0].length;
    const joined = JOINER(text.charCodeAt(m.index - 1)) || JOINER(text.charCodeAt(end));
    if (!joined && !OF_THE_WHOLE.test(text.slice(Math.max(0, m.index - 2), m.index))) ends.push(end);
  }
  ends.push(...partOfYearEnds(text));
  return ends.sort((a, b) => a - b);
}

/** The end offsets of every occurrence of `words` in `text`, in order. */
function endsOf(text: string, words: readonly string[]): number[] {
  const ends: number[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) ends.push(at + word.length);
  }
  return words.length > 1 ? ends.sort((a, b) => a - b) : ends;
}

/** The index of the last of the sorted `ends` at or before `offset`, or -1. */
function lastBefore(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * "行政复议、行政诉讼 0 件" counts both: no single cell to compare with. True when the text before `end`, without
 * the count words it ends with, ends so.
 */
function namesReviewAndLitigation(text: string, end: number): boolean {
  const at = withoutTrailing(text, end, COUNT_WORDS);
  return (
    at >= 9 &&
    text.startsWith('行政诉讼', at - 4) &&
    '、和及与或'.includes(text.charAt(at - 5)) &&
    text.startsWith('行政复议', at - 9)
  );
}

/**
 * Where the words of `words` that end `text.slice(0, end)` start, stripped one after another (each ends in a
 * different character, so there is one way to strip them). A loop from the end: a pattern such as /(?:共|为)+$/
 * retries at every character of a long run of them that ends elsewhere.
 */
function withoutTrailing(text: string, end: number, words: readonly string[]): number {
  let at = end;
  for (let word = lastWord(text, at, words); word; word = lastWord(text, at, words)) at -= word.length;
  return at;
}

function lastWord(text: string, end: number, words: readonly string[]): string | undefined {
  return words.find((w) => end >= w.length && text.startsWith(w, end - w.length));
}
