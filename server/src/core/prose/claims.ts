/** Claims: figures of a sentence that a phrase family ties to a table, with the guards against false alarms. */
import type { DetectedTemplate, ReportDocument } from '../model.js';
import { FAMILIES, type Family, type Target } from './families.js';
import { findFigures, type Figure } from './figures.js';
import { allMatches } from './matches.js';
import type { Sentence } from './sentences.js';

/** A figure the text states about a table quantity. */
export interface Claim {
  readonly family: Family;
  readonly figure: Figure;
  /** Where the phrase starts in `sentence.text` (the keyword before the figure, or the figure itself). */
  readonly phraseStart: number;
  /** The phrase up to the unit ("受理政府信息公开申请 17 件"), for messages. */
  readonly phraseEnd: number;
  /** 表四 parts: the group the sentence speaks of. */
  readonly group?: 'review' | 'litigation';
}

/** A percentage "占 x%" right after a claim, as its share of a total. */
export interface ShareClaim {
  readonly of: Claim;
  readonly figure: Figure;
}

/** Result rows: their shares of 三（七） are checked ("予以公开 10 件，占 52.63%"). */
const RESULTS: ReadonlySet<Target> = new Set(['r1', 'r2', 'r1+r2', 'r3', 'r4', 'r5', 'r6']);
const OTHER_TIME = /上年(?!度?结转)|上一年(?!度?结转)|去年|前年|同比|较上|比上|历年|以来/;
const SHARE =
  /占(?:比)?(?:全部|所有|总数|总量)?(?:申请|办理|办结)?(?:总数|总量)?(?:的)?(?:比例|比重)?(?:为|达|是)?$/;
/** Words a count may end its lead with ("…行政诉讼案件共"). */
const COUNT_WORDS = ['案件', '数量', '共', '为'];
const DISCLOSURE = /信息公开|依申请/;
const DISCLOSURE_CASES = /信息公开[^。；;]{0,12}(?:复议|诉讼)/;
const YEAR = /((?:19|20)\d{2}) ?年(?!\d{1,2} ?月)/g;
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
  for (const figure of figures) {
    const last: Claim | null = previous;
    previous = null;
    if (figure.approximate) continue;
    // The year test (the costliest) comes last: most figures are neither claims nor shares.
    if (figure.percent) {
      if (
        last &&
        SHARE.test(figure.lead) &&
        RESULTS.has(last.family.target) &&
        !foreignAt(sentence, figure, year)
      )
        shares.push({ of: last, figure });
      continue;
    }
    const claim = claimOf(sentence, figure, document.template);
    if (claim && !foreignAt(sentence, figure, year)) {
      claims.push(claim);
      previous = claim;
    }
  }
  return { claims, shares };
}

function claimOf(sentence: Sentence, figure: Figure, template: DetectedTemplate): Claim | null {
  if (OTHER_TIME.test(figure.lead)) return null;
  if (!ANY_LEAD.test(figure.lead) && !ANY_TAIL.test(figure.tail)) return null;
  const subset = figure.lead.startsWith('其中');
  for (const family of FAMILIES) {
    if (family.template && family.template !== template) continue;
    if (subset && !family.afterOf) continue;
    const byLead = family.lead?.exec(figure.lead) ?? null;
    const byTail = family.tail?.test(figure.tail) ?? false;
    if (family.both ? !(byLead && byTail) : !(byLead || byTail)) continue;
    if (!inScope(family, sentence)) return null;
    const group = lastGroup(sentence, figure.start);
    if (family.scope === 'table4-part' && !group) return null;
    if (family.scope === 'table4' && namesReviewAndLitigation(sentence.text, figure.start)) return null;
    const phraseStart = byLead ? figure.leadStart + (figure.lead.length - byLead[0].length) : figure.start;
    const phraseEnd = byLead && !family.both ? figure.end : figure.end + figure.tail.length;
    return { family, figure, phraseStart, phraseEnd, ...(group ? { group } : {}) };
  }
  return null;
}

/**
 * 表三 figures need a sentence about applications, or a paragraph about them (up to their sentence) when
 * the sentence itself is not about proactive disclosure (主动公开). 表四 figures need a sentence about
 * disclosure, section 四, or an earlier sentence of the paragraph about disclosure reviews or lawsuits: many
 * bodies also count reviews of all their decisions.
 */
function inScope(family: Family, sentence: Sentence): boolean {
  if (family.scope === 'table2') return true;
  const scopes = wordsOf(sentence);
  return family.scope === 'table3' ? scopes.aboutApplications : scopes.aboutDisclosureCases;
}

/** {@link inScope}'s tests of a sentence, made once for all its figures. */
function scopesOf(sentence: Sentence): Pick<SentenceWords, 'aboutApplications' | 'aboutDisclosureCases'> {
  const { text, before } = sentence;
  return {
    aboutApplications: text.includes('申请') || (before.includes('申请') && !text.includes('主动')),
    aboutDisclosureCases: DISCLOSURE.test(text) || sentence.section === 4 || DISCLOSURE_CASES.test(before),
  };
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

/** {@link foreignYear} for a figure of a sentence. */
function foreignAt(sentence: Sentence, figure: Figure, year: number | null): boolean {
  return foreignYear(sentence, figure.start, year);
}

/**
 * The last year the sentence names before `offset` is not the report year ("2023 年受理 21 件" in a 2024
 * report).
 */
export function foreignYear(sentence: Sentence, offset: number, year: number | null): boolean {
  if (year === null) return false;
  const last = lastYearBefore(sentence, offset);
  return last !== null && last !== year;
}

/** How far a year's pattern looks past 年 ("12 月": then it is a date), and how long a match is at most. */
const YEAR_LOOKAHEAD = 4;
const YEAR_REACH = 6 + YEAR_LOOKAHEAD;

/** The last year named in `sentence.text.slice(0, offset)`, or null. */
function lastYearBefore(sentence: Sentence, offset: number): number | null {
  const { text } = sentence;
  // A year ending within the pattern's lookahead of `offset` is read from the text before `offset` alone (in the
  // whole text, a date's "12 月" may follow it); those ending sooner are the whole text's.
  const from = Math.max(0, offset - YEAR_REACH);
  const near = allMatches(YEAR, text.slice(from, offset));
  const lastNear = near[near.length - 1];
  if (lastNear && from + lastNear.index + lastNear[0].length > offset - YEAR_LOOKAHEAD) {
    return Number(lastNear[1]);
  }
  const { ends, values } = wordsOf(sentence).years;
  return values[lastBefore(ends, offset - YEAR_LOOKAHEAD)] ?? null;
}

/**
 * Where a sentence names a year, a review (复议) or a lawsuit (诉讼, 起诉), and what it is about: found once,
 * when the first of its figures asks, so that each figure looks back in logarithmic time rather than over the
 * whole text before it (a long sentence with many figures cost its length times their number).
 */
interface SentenceWords {
  /** End offsets of the years, in order, and their values. */
  readonly years: { readonly ends: readonly number[]; readonly values: readonly number[] };
  /** End offsets of 复议, and of 诉讼 and 起诉, in order. */
  readonly review: readonly number[];
  readonly litigation: readonly number[];
  /** Whether 表三's and 表四's figures are in scope (see {@link inScope}). */
  readonly aboutApplications: boolean;
  readonly aboutDisclosureCases: boolean;
}

const WORDS = new WeakMap<Sentence, SentenceWords>();

function wordsOf(sentence: Sentence): SentenceWords {
  let words = WORDS.get(sentence);
  if (!words) {
    const { text } = sentence;
    const ends: number[] = [];
    const values: number[] = [];
    for (const m of text.includes('年') ? allMatches(YEAR, text) : []) {
      ends.push(m.index + m[0].length);
      values.push(Number(m[1]));
    }
    words = {
      years: { ends, values },
      review: endsOf(text, ['复议']),
      litigation: endsOf(text, ['诉讼', '起诉']),
      ...scopesOf(sentence),
    };
    WORDS.set(sentence, words);
  }
  return words;
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
