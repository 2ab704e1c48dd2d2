/** `--format json`: the object of SPEC §10, nothing more. */
import type { FileReport, Summary } from './results.js';

/** Renders a run as the stable JSON object (`version: 1`), indented by two spaces. */
export function formatJson(files: readonly FileReport[], summary: Summary): string {
  const output = {
    version: 1,
    files: files.map((file) => ({
      path: file.path,
      year: file.year,
      template: file.template,
      findings: file.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
        fixable: f.fixable,
      })),
    })),
    summary: {
      files: summary.files,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
    },
  };
  return JSON.stringify(output, null, 2) + '\n';
}
