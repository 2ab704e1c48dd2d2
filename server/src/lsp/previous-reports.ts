/**
 * Which report is last year's (rule `cross-year`), among the open documents and the reports saved in the
 * workspace, and which open documents must be checked again when those change.
 *
 * Candidates are indexed by year, so finding one report's predecessor looks only at the reports of the year
 * before; each open document's file key is computed once. A change of one candidate marks only the open reports
 * of the year after that compared with it or could compare with it now, so an edit costs a few documents, not
 * one per open document.
 */
import { isPreviousReport, type ReportDocument } from '../core/index.js';
import { fileKey } from './file-uri.js';

/** An open document as last analysed. */
interface OpenEntry {
  /** Its file key ({@link fileKey}): the saved file it hides. */
  readonly key: string;
  /** Its report, when it was parsed (not when it was too large). */
  readonly report: ReportDocument | undefined;
  /** The report it was checked against as last year's, if any. */
  readonly previous: ReportDocument | undefined;
}

/** The candidates of one year: open documents by URI, saved files by file key (both in insertion order). */
interface YearCandidates {
  readonly open: Map<string, ReportDocument>;
  readonly saved: Map<string, ReportDocument>;
}

/** The year under which a report is a candidate: only a dated report that names its body can be last year's. */
function candidateYear(report: ReportDocument | undefined): number | null {
  return report?.title?.agency && report.year !== null ? report.year : null;
}

/** The open documents and saved reports that can be last year's report of another. */
export class PreviousReports {
  private readonly open = new Map<string, OpenEntry>();
  /** The open documents by file key (their saved files are hidden). */
  private readonly openKeys = new Map<string, string>();
  private readonly saved = new Map<string, ReportDocument>();
  private readonly years = new Map<number, YearCandidates>();
  /** Open documents whose last year's report may have changed since {@link PreviousReports.stale}. */
  private readonly suspects = new Set<string>();

  /**
   * The same body's report for the year before `report` (the document at `uri`): an open document first, then
   * a saved file that is not open (an open document's text is newer than its file's); never its own file.
   */
  find(uri: string, report: ReportDocument): ReportDocument | undefined {
    const year = candidateYear(report);
    const candidates = year === null ? undefined : this.years.get(year - 1);
    if (!candidates) return undefined;
    const self = this.open.get(uri)?.key ?? fileKey(uri);
    for (const [other, candidate] of candidates.open) {
      if (this.open.get(other)?.key !== self && isPreviousReport(report, candidate)) return candidate;
    }
    for (const [key, candidate] of candidates.saved) {
      if (key !== self && !this.openKeys.has(key) && isPreviousReport(report, candidate)) return candidate;
    }
    return undefined;
  }

  /**
   * Records the latest analysis of the open document at `uri`: its report (none when it was not parsed) and
   * the report it was checked against as last year's.
   */
  setOpen(uri: string, report: ReportDocument | undefined, previous: ReportDocument | undefined): void {
    const before = this.open.get(uri);
    const key = before?.key ?? fileKey(uri);
    this.open.set(uri, { key, report, previous });
    this.suspects.delete(uri);
    if (!before && !this.openKeys.has(key)) {
      this.openKeys.set(key, uri);
      this.changed(this.saved.get(key), undefined); // its saved file is hidden now
    }
    if (before?.report !== report) {
      this.index('open', uri, before?.report, report);
      this.changed(before?.report, report);
    }
  }

  /** The document at `uri` closed: it is no candidate any more, and its saved file (if any) is one again. */
  close(uri: string): void {
    const before = this.open.get(uri);
    if (!before) return;
    this.open.delete(uri);
    this.suspects.delete(uri);
    this.index('open', uri, before.report, undefined);
    this.changed(before.report, undefined);
    if (this.openKeys.get(before.key) === uri) {
      this.openKeys.delete(before.key);
      this.changed(undefined, this.saved.get(before.key));
    }
  }

  /** Records the saved report at file key `key` (none: the file is gone or is no dated report of a body). */
  setSaved(key: string, report: ReportDocument | undefined): void {
    const before = this.saved.get(key);
    if (before === report) return;
    if (report) this.saved.set(key, report);
    else this.saved.delete(key);
    this.index('saved', key, before, report);
    if (!this.openKeys.has(key)) this.changed(before, report);
  }

  /**
   * The open documents whose last year's report is not the one they were checked against any more (each
   * returned once per change).
   */
  stale(): string[] {
    const stale = [...this.suspects].filter((uri) => {
      const entry = this.open.get(uri);
      return entry?.report !== undefined && this.find(uri, entry.report) !== entry.previous;
    });
    this.suspects.clear();
    return stale;
  }

  /** Moves the candidate `id` (an open document's URI or a saved file's key) from `before` to `report`. */
  private index(
    side: keyof YearCandidates,
    id: string,
    before: ReportDocument | undefined,
    report: ReportDocument | undefined,
  ): void {
    const [year, next] = [candidateYear(before), candidateYear(report)];
    // In the same year it is set in place: the candidates keep their order.
    if (year !== null && year !== next) this.years.get(year)?.[side].delete(id);
    if (next !== null && report) this.yearOf(next)[side].set(id, report);
  }

  /** A candidate was replaced (`before` left, `report` arrived; either may be none): marks the suspects. */
  private changed(before: ReportDocument | undefined, report: ReportDocument | undefined): void {
    const [year, next] = [candidateYear(before), candidateYear(report)];
    this.mark(year, before, year === next ? report : undefined);
    if (next !== year) this.mark(next, undefined, report);
  }

  /**
   * In `year`, candidate `gone` left and `added` arrived: the open reports of the year after that were checked
   * against the one that left, or whose last year's report the new one is, are suspects.
   */
  private mark(
    year: number | null,
    gone: ReportDocument | undefined,
    added: ReportDocument | undefined,
  ): void {
    if (year === null) return;
    for (const [uri, report] of this.years.get(year + 1)?.open ?? []) {
      const previous = this.open.get(uri)?.previous;
      if ((gone && previous === gone) || (added && isPreviousReport(report, added))) this.suspects.add(uri);
    }
  }

  private yearOf(year: number): YearCandidates {
    let candidates = this.years.get(year);
    if (!candidates) {
      candidates = { open: new Map(), saved: new Map() };
      this.years.set(year, candidates);
    }
    return candidates;
  }
}
