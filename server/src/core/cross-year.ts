/** Checking a report against the same body's report of the year before (rule `cross-year`). */
import { lint, lintDocument } from './lint.js';
import type { Finding, LintOptions, LintResult, ReportDocument, RuleSetting } from './model.js';
import { isPreviousReport, type ReportIdentity } from './report-identity.js';
import { RULES } from './rules/index.js';

export { isPreviousReport, sameBody, type ReportIdentity } from './report-identity.js';

const RULE = 'cross-year';

/**
 * The `cross-year` findings of `current` against `previous` (empty unless `previous` is the same body's
 * report for the year before). Honours `options.rules['cross-year']` (severity or `off`). A parsed `current`
 * (a lint result or a document) is not parsed again; given only its identity and text, it is.
 */
export function crossYear(
  current: LintResult | ReportDocument | (ReportIdentity & Pick<ReportDocument, 'text'>),
  previous: ReportDocument,
  options: LintOptions = {},
): Finding[] {
  const document = 'document' in current ? current.document : current;
  if (options.rules?.[RULE] === 'off' || !isPreviousReport(document, previous)) return [];
  const own = options.rules?.[RULE];
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) if (rule.meta.id !== RULE) rules[rule.meta.id] = 'off';
  if (own) rules[RULE] = own;
  const only = { ...options, rules, previous };
  return isParsed(document) ? lintDocument(document, only) : [...lint(document.text, only).findings];
}

function isParsed(
  report: ReportDocument | (ReportIdentity & Pick<ReportDocument, 'text'>),
): report is ReportDocument {
  return 'sections' in report;
}

/** Among `candidates`, the same body's report for the year before `current`'s, if any. */
export function findPrevious(
  current: ReportDocument,
  candidates: readonly ReportDocument[],
): ReportDocument | undefined {
  return candidates.find((c) => c !== current && isPreviousReport(current, c));
}
