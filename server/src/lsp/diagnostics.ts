/** Findings as LSP diagnostics: source `gov-report-lint`, the rule id as code, a link to the rule's doc. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import {
  localize,
  type Finding,
  type LineIndex,
  type Locale,
  type Message,
  type Severity,
} from '../core/index.js';
import { toRange } from './convert.js';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'gov-report-lint';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Where a rule is documented. */
export function ruleDocUrl(ruleId: string): string {
  return `https://github.com/gov-report-lint/gov-report-lint#${ruleId}`;
}

/** Converts one finding of the document at `uri` into a diagnostic in `locale`. */
export function toDiagnostic(finding: Finding, index: LineIndex, uri: string, locale: Locale): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(index, finding.span),
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(finding.rule) },
    message: localize(finding.message, locale),
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri, range: toRange(index, related.span) },
      message: localize(related.message, locale),
    }));
  }
  return diagnostic;
}

/** The one diagnostic published instead of findings when a document exceeds `govReport.maxFileSize`. */
export function tooLargeDiagnostic(size: number, limit: number, locale: Locale): Diagnostic {
  const message: Message = {
    zh: `文件大小为 ${size} 字节，超过 govReport.maxFileSize（${limit} 字节），未进行检查`,
    en: `Not checked: the file is ${size} bytes, more than govReport.maxFileSize (${limit} bytes)`,
  };
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: localize(message, locale),
  };
}
