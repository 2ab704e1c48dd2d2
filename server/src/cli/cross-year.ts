/** Reports of the same body for consecutive years in one run: the `cross-year` findings of each. */
import {
  crossYear,
  isPreviousReport,
  lint,
  parseReport,
  type LintOptions,
  type ReportIdentity,
} from '../core/index.js';
import { fileReport, isShown, type CheckSettings } from './check-file.js';
import { printReport } from './output-text.js';
import {
  isPrinted,
  locateFindings,
  type FileReport,
  type LocatedFinding,
  type PrintedReport,
} from './results.js';

/**
 * A checked file with what the cross-year check needs. The parsed report is not kept (a batch of thousands
 * would hold them all in memory): the file is read and parsed again when it turns out to have a pair.
 */
export interface CheckedFile {
  /** Absolute path. */
  readonly file: string;
  readonly report: FileReport | PrintedReport;
  readonly identity: ReportIdentity;
  readonly options: LintOptions;
}

/**
 * Each file's report, with the `cross-year` findings against the same body's report for the year before
 * when the run holds it, shown as the run shows findings (e.g. `--quiet`). `readText` reads a file's text as
 * checked (null when it can no longer be read: no comparison then).
 */
export function withCrossYear(
  files: readonly CheckedFile[],
  settings: CheckSettings,
  readText: (file: string) => string | null,
): (FileReport | PrintedReport)[] {
  const byYear = candidatesByYear(files);
  return files.map((file) => {
    const { identity, report, options } = file;
    const candidates = identity.year === null ? [] : (byYear.get(identity.year - 1) ?? []);
    const previous = candidates.find((c) => isPreviousReport(identity, c.identity));
    if (!previous) return report;
    const text = readText(file.file);
    const previousText = readText(previous.file);
    if (text === null || previousText === null) return report;
    const parse = (t: string, o: LintOptions) => parseReport(t, { template: o.template ?? 'auto' });
    const extra = crossYear(parse(text, options), parse(previousText, previous.options), options).filter(
      (f) => isShown(f, settings),
    );
    if (extra.length === 0) return report;
    const added = (findings: readonly LocatedFinding[]) =>
      [...findings, ...locateFindings(text, extra, settings.locale)].sort(
        (a, b) => a.line - b.line || a.column - b.column,
      );
    if (!isPrinted(report)) return { ...report, findings: added(report.findings) };
    // A printed report kept no findings: they are found again, for a file the comparison adds to.
    const found = fileReport(report.path, text, lint(text, options), settings);
    return printReport(
      { ...found, findings: added(found.findings) },
      settings.text?.color ?? false,
      settings.locale,
    );
  });
}

/**
 * The files that can be another's previous report, by year: the first file of each agency (in run order).
 * Whether a report is another's previous one depends only on their years and agencies, so a batch of
 * thousands compares each report with a few names, not with every file of the year before.
 */
function candidatesByYear(files: readonly CheckedFile[]): Map<number, CheckedFile[]> {
  const byYear = new Map<number, Map<string, CheckedFile>>();
  for (const file of files) {
    const { year, title } = file.identity;
    if (year === null || title?.agency == null) continue;
    let agencies = byYear.get(year);
    if (!agencies) byYear.set(year, (agencies = new Map()));
    if (!agencies.has(title.agency)) agencies.set(title.agency, file);
  }
  return new Map([...byYear].map(([year, agencies]) => [year, [...agencies.values()]]));
}
