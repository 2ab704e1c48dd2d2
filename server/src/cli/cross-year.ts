/** Reports of the same body for consecutive years in one run: the `cross-year` findings of each (pure). */
import {
  crossYear,
  isPreviousReport,
  lint,
  type Finding,
  type LintOptions,
  type Locale,
  type ReportDocument,
  type ReportIdentity,
} from '../core/index.js';
import { locateFindings, type FileReport } from './results.js';

/** A checked file with what the cross-year check needs. */
export interface CheckedFile {
  readonly report: FileReport;
  /** The text the report describes (after any fixes). */
  readonly text: string;
  readonly identity: ReportIdentity;
  readonly options: LintOptions;
  /** The parsed report, when the file was checked on this thread; otherwise parsed again if needed. */
  readonly document?: ReportDocument;
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
  // Candidates by year, so a batch of thousands is not compared pairwise.
  const byYear = new Map<number, CheckedFile[]>();
  for (const file of files) {
    const year = file.identity.year;
    if (year === null) continue;
    const same = byYear.get(year);
    if (same) same.push(file);
    else byYear.set(year, [file]);
  }
  const parsed = new Map<CheckedFile, ReportDocument>();
  const documentOf = (file: CheckedFile): ReportDocument => {
    let document = file.document ?? parsed.get(file);
    if (!document) {
      document = lint(file.text, file.options).document;
      parsed.set(file, document);
    }
    return document;
  };
  return files.map((file) => {
    const { identity, report, text, options } = file;
    const candidates = identity.year === null ? [] : (byYear.get(identity.year - 1) ?? []);
    const previous = candidates.find((c) => c !== file && isPreviousReport(identity, c.identity));
    if (!previous) return report;
    const extra = crossYear({ ...identity, text }, documentOf(previous), options).filter(keep);
    if (extra.length === 0) return report;
    const findings = [...report.findings, ...locateFindings(text, extra, locale)].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    return { ...report, findings };
  });
}
