/** The engine's entry point: text in, parsed report and findings out. Pure and synchronous. */
import { formatLazily } from './i18n.js';
import type { Finding, LintOptions, LintResult, ReportDocument } from './model.js';
import { parseReport } from './parse/report.js';
import { RULES } from './rules/index.js';
import type { Report, Rule, RuleContext } from './rules/rule.js';
import { TEMPLATES } from './templates/index.js';
import type { Template } from './templates/schema.js';

/**
 * Parses `text` as an annual report and runs every enabled rule over it.
 * Never throws on any input; findings are sorted by position.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const document = parseReport(text, { template: options.template ?? 'auto' });
  return { document, findings: lintDocument(document, options) };
}

/** One shared, frozen empty list for findings without related places or fixes (most of them). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Runs every enabled rule over a report already parsed (with the same `options.template`): what {@link lint}
 * does after parsing, for callers that check one report again (e.g. against last year's) without parsing it
 * twice. Findings are sorted by position.
 */
export function lintDocument(document: ReportDocument, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const template = activeTemplate(document);
  for (const rule of RULES) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    runRule(rule, document, template, options.previous, (report) => {
      findings.push({
        rule: rule.meta.id,
        severity: setting ?? report.severity ?? rule.meta.defaultSeverity,
        span: report.span,
        message: formatLazily(
          rule.messages[report.messageId] ?? { zh: report.messageId, en: report.messageId },
          report.data,
        ),
        related: report.related ?? NONE,
        fixes: report.fixes ?? NONE,
      });
    });
  }
  findings.sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule),
  );
  return findings;
}

/**
 * The template rules check against: the detected version; for a report whose version is unknown but that has
 * sections or tables, the current (2021) one; none for a pre-2019 report or a text that is no report at all.
 */
function activeTemplate(document: ReportDocument): Template | null {
  if (document.template === '2019' || document.template === '2021') return TEMPLATES[document.template];
  if (document.template === 'unknown' && (document.sections.length > 0 || document.tables.length > 0)) {
    return TEMPLATES['2021'];
  }
  return null;
}

function runRule(
  rule: Rule,
  document: ReportDocument,
  template: Template | null,
  previous: ReportDocument | undefined,
  sink: (report: Report) => void,
): void {
  // Spelled out: in Node 20 a spread followed by another property takes a slow path, once per rule and lint.
  const context: RuleContext = previous
    ? { document, text: document.text, template, previous, report: sink }
    : { document, text: document.text, template, report: sink };
  rule.check(context);
}
