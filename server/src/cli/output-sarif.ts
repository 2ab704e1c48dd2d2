/** `--format sarif`: SARIF 2.1.0 for code-scanning tools (one run, the rules from the engine). */
import { localize, type Locale, type Severity } from '../core/index.js';
import type { RuleMeta } from '../core/rules/rule.js';
import type { FileReport, LineRange } from './results.js';

/** Where each rule is documented: its anchor in the README. */
export const RULE_DOCS_BASE = 'https://github.com/gov-report-lint/gov-report-lint';

const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** The documentation address of a rule. */
export function ruleHelpUri(ruleId: string): string {
  return `${RULE_DOCS_BASE}#${ruleId}`;
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(uri: string, range: LineRange) {
  return {
    artifactLocation: { uri },
    region: {
      startLine: range.line,
      startColumn: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
    },
  };
}

/** Renders a run as a SARIF 2.1.0 log; rule descriptions and messages in `locale`. */
export function formatSarif(
  files: readonly FileReport[],
  rules: readonly RuleMeta[],
  locale: Locale,
  toolVersion: string,
): string {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = files.flatMap((file) => {
    const uri = toUri(file.path);
    return file.findings.map((finding) => {
      const index = ruleIndex.get(finding.rule);
      return {
        ruleId: finding.rule,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: SARIF_LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: physicalLocation(uri, finding) }],
        ...(finding.related.length === 0
          ? {}
          : {
              relatedLocations: finding.related.map((related, id) => ({
                id,
                message: { text: related.message },
                physicalLocation: physicalLocation(uri, related),
              })),
            }),
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gov-report-lint',
            version: toolVersion,
            informationUri: RULE_DOCS_BASE,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: localize(rule.description, locale) },
              helpUri: ruleHelpUri(rule.id),
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
