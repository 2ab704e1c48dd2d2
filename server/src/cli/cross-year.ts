/** Reports of the same body for consecutive years in one run: the `cross-year` findings of each. */
import {
  crossYear,
  isPreviousReport,
  parseReport,
  type Finding,
  type LintOptions,
  type Locale,
  type ReportIdentity,
} from '../core/index.js';
import { locateFindings, type FileReport } from './results.js';

/**
 * A checked file with what the cross-year check needs. The parsed report is not kept (a batch of thousands
 * would hold them all in memory): the file is read and parsed again when it turns out to have a pair.
 */
export interface CheckedFile {
  /** Absolute path. */
  readonly file: string;
  readonly report: FileReport;
  readonly identity: ReportIdentity;
  readonly options: LintOptions;
}

/**
 * Each file's report, with the `cross-year` findings against the same body's report for the year before
 * when the run holds it. `keep` filters findings as the run does (e.g. `--quiet`); `readText` reads a
 * file's text as checked (null when it can no longer be read: no comparison then).
 */
export function withCrossYear(
  files: readonly CheckedFile[],
  locale: Locale,
  keep: (finding: Finding) => boolean,
  readText: (file: string) => string | null,
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
  return files.map((file) => {
    const { identity, report, options } = file;
    const candidates = identity.year === null ? [] : (byYear.get(identity.year - 1) ?? []);
    const previous = candidates.find((c) => c !== file && isPreviousReport(identity, c.identity));
    if (!previous) return report;
    const text = readText(file.file);
    const previousText = readText(previous.file);
    if (text === null || previousText === null) return report;
    const parse = (t: string, o: LintOptions) => parseReport(t, { template: o.template ?? 'auto' });
    const extra = crossYear(parse(text, options), parse(previousText, previous.options), options).filter(
      keep,
    );
    if (extra.length === 0) return report;
    const findings = [...report.findings, ...locateFindings(text, extra, locale)].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    return { ...report, findings };
  });
}
