/** Reports of the same body for consecutive years in one run: the `cross-year` findings of each (pure). */
import {
  crossYear,
  findPrevious,
  type Finding,
  type LintOptions,
  type Locale,
  type ReportDocument,
} from '../core/index.js';
import { locateFindings, type FileReport } from './results.js';

/** A checked file with what the cross-year check needs: its document (final text) and lint options. */
export interface CheckedFile {
  readonly report: FileReport;
  readonly document: ReportDocument;
  readonly options: LintOptions;
}

/**
 * Each file's report, with the `cross-year` findings against the same body's report for the year before
 * when the run holds it. `keep` filters findings as the run does (e.g. `--quiet`).
 */
export function withCrossYear(
  files: readonly CheckedFile[],
  locale: Locale,
  keep: (finding: Finding) => boolean,
): FileReport[] {
  const documents = files.map((f) => f.document);
  return files.map(({ report, document, options }) => {
    const previous = findPrevious(document, documents);
    const extra = previous ? crossYear(document, previous, options).filter(keep) : [];
    if (extra.length === 0) return report;
    const findings = [...report.findings, ...locateFindings(document.text, extra, locale)].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    return { ...report, findings };
  });
}
