/**
 * The CLI's view of lint results: findings placed at 1-based lines and columns in one language,
 * ready for any output format. Pure: no I/O.
 */
import {
  LineIndex,
  localize,
  type DetectedTemplate,
  type Finding,
  type Locale,
  type Severity,
  type Span,
} from '../core/index.js';

/** A range as editors and compilers show it: 1-based lines and columns, columns in UTF-16 code units, end exclusive. */
export interface LineRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Another place that explains a finding. */
export interface LocatedRelated extends LineRange {
  readonly message: string;
}

/** A finding placed in its file. */
export interface LocatedFinding extends LineRange {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** The finding offers at least one fix. */
  readonly fixable: boolean;
  /** One of its fixes is safe, so `--fix` would apply it. */
  readonly autoFixable: boolean;
  readonly related: readonly LocatedRelated[];
}

/** One checked file. */
export interface FileReport {
  /** Relative to the working directory, with forward slashes. */
  readonly path: string;
  readonly year: number | null;
  readonly template: DetectedTemplate;
  readonly findings: readonly LocatedFinding[];
}

/**
 * True for a file that is no annual report: no findings, no year, no template — an empty file, or text without a
 * report's title, sections or tables (the engine checks nothing in it).
 */
export function isNotReport(file: FileReport): boolean {
  return file.findings.length === 0 && file.year === null && file.template === 'unknown';
}

/**
 * One checked file as text output prints it: its lines, rendered on the thread that checked it (a worker then
 * sends one string instead of thousands of findings), and how many findings of each kind it has.
 */
export interface PrintedReport {
  /** Relative to the working directory, with forward slashes. */
  readonly path: string;
  /** Its block of text output (empty without findings). */
  readonly text: string;
  readonly counts: FindingCounts;
}

/** A file's findings counted: what the summary, the fix hint and the exit code need. */
export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Findings `--fix` would fix. */
  readonly autoFixable: number;
}

/** Counts over a run. */
export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Converts a span of `index.text` to 1-based lines and columns. */
export function toLineRange(index: LineIndex, span: Span): LineRange {
  const start = index.positionAt(span.start);
  const end = index.positionAt(span.end);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

/** Places `findings` of `text` (the text the engine saw, without BOM) and picks their language. */
export function locateFindings(text: string, findings: readonly Finding[], locale: Locale): LocatedFinding[] {
  if (findings.length === 0) return [];
  const index = new LineIndex(text);
  // The fields are written out: spreading the range into the object costs a third of the time.
  return findings.map((finding) => {
    const { line, column, endLine, endColumn } = toLineRange(index, finding.span);
    return {
      rule: finding.rule,
      severity: finding.severity,
      line,
      column,
      endLine,
      endColumn,
      message: localize(finding.message, locale),
      fixable: finding.fixes.length > 0,
      autoFixable: finding.fixes.some((fix) => fix.safe),
      related: finding.related.map((related) => {
        const { line, column, endLine, endColumn } = toLineRange(index, related.span);
        return { line, column, endLine, endColumn, message: localize(related.message, locale) };
      }),
    };
  });
}

/** True for a report whose findings were printed where the file was checked. */
export function isPrinted(report: FileReport | PrintedReport): report is PrintedReport {
  return 'text' in report;
}

/** Counts a file's findings by severity, and those `--fix` would fix. */
export function countFindings(report: FileReport | PrintedReport): FindingCounts {
  if (isPrinted(report)) return report.counts;
  const counts = { errors: 0, warnings: 0, infos: 0, autoFixable: 0 };
  for (const finding of report.findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
    if (finding.autoFixable) counts.autoFixable++;
  }
  return counts;
}

/** Counts files and findings by severity. */
export function summarize(files: readonly (FileReport | PrintedReport)[]): Summary {
  const summary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    const counts = countFindings(file);
    summary.errors += counts.errors;
    summary.warnings += counts.warnings;
    summary.infos += counts.infos;
  }
  return summary;
}
