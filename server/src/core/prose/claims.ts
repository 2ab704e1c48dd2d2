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
/** "行政复议、行政诉讼 0 件" counts both: no single cell to compare with. */
const REVIEW_AND_LITIGATION = /行政复议[、和及与或]行政诉讼$/;
const COUNT_WORDS = /(?:案件|数量|共|为)+$/;
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
  const { text } = sentence;
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
    const before = text.slice(0, figure.start);
    const group = lastGroup(before);
    if (family.scope === 'table4-part' && !group) return null;
    if (family.scope === 'table4' && REVIEW_AND_LITIGATION.test(before.replace(COUNT_WORDS, ''))) return null;
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
  if (family.scope === 'table3') {
    const { text, before } = sentence;
    return text.includes('申请') || (before.includes('申请') && !text.includes('主动'));
  }
  if (family.scope === 'table2') return true;
  return DISCLOSURE.test(sentence.text) || sentence.section === 4 || DISCLOSURE_CASES.test(sentence.before);
}

/** A pattern that matches where any of `patterns` does. */
function anyOf(patterns: readonly (RegExp | undefined)[]): RegExp {
  return new RegExp(patterns.flatMap((p) => (p ? [`(?:${p.source})`] : [])).join('|'));
}

function lastGroup(before: string): 'review' | 'litigation' | undefined {
  const review = before.lastIndexOf('复议');
  const litigation = Math.max(before.lastIndexOf('诉讼'), before.lastIndexOf('起诉'));
  if (review < 0 && litigation < 0) return undefined;
  return review > litigation ? 'review' : 'litigation';
}

/** {@link foreignYear} for a figure of a sentence. */
function foreignAt(sentence: Sentence, figure: Figure, year: number | null): boolean {
  return foreignYear(sentence.text.slice(0, figure.start), year);
}

/** The last year named before a figure is not the report year ("2023 年受理 21 件" in a 2024 report). */
export function foreignYear(before: string, year: number | null): boolean {
  if (year === null || !before.includes('年')) return false;
  const years = allMatches(YEAR, before);
  const last = years[years.length - 1];
  return last !== undefined && Number(last[1]) !== year;
}
