/**
 * Checking one file: read, decode, lint, and with `--fix` fix and write back. The outcome is plain data
 * (nothing is written to the terminal), so a worker thread can check files as well as the main thread.
 */
import { lint, type Finding, type LintOptions, type LintResult, type Locale } from '../core/index.js';
import { checkText, type CheckedText } from './check-text.js';
import type { CheckedFile } from './cross-year.js';
import type { CliMessageId } from './messages.js';
import { decodeReport, encodeReport, readBytes } from './read.js';
import { printReport } from './output-text.js';
import { locateFindings, type FileReport } from './results.js';
import { writeFileAtomic } from './write-atomic.js';

/** One file to check. */
export interface FileJob {
  /** Absolute path. */
  readonly file: string;
  /** The path as the CLI shows it. */
  readonly path: string;
  readonly options: LintOptions;
}

/** What applies to every file of a run. */
export interface CheckSettings {
  readonly fix: boolean;
  /** Errors only. */
  readonly quiet: boolean;
  readonly locale: Locale;
  /** Set when the run prints text: each file is then printed where it is checked (a `PrintedReport`). */
  readonly text?: { readonly color: boolean };
}

/** A message about a file that makes the exit code 2. */
export interface FileProblem {
  readonly id: CliMessageId;
  readonly data: Readonly<Record<string, string>>;
}

/** What checking one file produced. */
export interface FileOutcome {
  /** The file could not be read (no `checked`), or its fixes could not be written. */
  readonly problem?: FileProblem;
  readonly checked?: CheckedFile;
  /** Fixes written to the file. */
  readonly fixesApplied: number;
}

/** The findings a run shows: with `--quiet`, errors only. */
export function isShown(finding: Finding, settings: CheckSettings): boolean {
  return !settings.quiet || finding.severity === 'error';
}

/** Checks one file (on any thread: the outcome is small, plain data). */
export function checkFile(job: FileJob, settings: CheckSettings): FileOutcome {
  const { file, path, options } = job;
  let bytes: Uint8Array;
  try {
    bytes = readBytes(file);
  } catch (err) {
    return { problem: { id: 'pathUnreadable', data: { path, detail: errorDetail(err) } }, fixesApplied: 0 };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) {
    return {
      problem: { id: decoded.reason === 'binary' ? 'binary' : 'notUtf8', data: { path } },
      fixesApplied: 0,
    };
  }
  let checked: CheckedText;
  try {
    checked = checkText(decoded.text, options, settings.fix);
  } catch (err) {
    return { problem: { id: 'internalError', data: { path, detail: errorDetail(err) } }, fixesApplied: 0 };
  }
  let { text, result } = checked;
  let problem: FileProblem | undefined;
  let fixesApplied = 0;
  if (text !== decoded.text) {
    try {
      writeFileAtomic(file, encodeReport(text, decoded.bom));
      fixesApplied = checked.fixesApplied;
    } catch (err) {
      problem = { id: 'writeFailed', data: { path, detail: errorDetail(err) } };
      // The file keeps its old text, so its old findings are the ones to report.
      text = decoded.text;
      result = lint(text, options);
    }
  }
  const report = fileReport(path, text, result, settings);
  const outcome: CheckedFile = {
    file,
    report: settings.text ? printReport(report, settings.text.color, settings.locale) : report,
    identity: { title: result.document.title, year: result.document.year },
    options,
  };
  return { ...(problem ? { problem } : {}), checked: outcome, fixesApplied };
}

/** The findings of `text` the run shows, placed in the file. */
export function fileReport(
  path: string,
  text: string,
  result: LintResult,
  settings: CheckSettings,
): FileReport {
  const { document } = result;
  const findings = result.findings.filter((f) => isShown(f, settings));
  return {
    path,
    year: document.year,
    template: document.template,
    findings: locateFindings(text, findings, settings.locale),
  };
}

/** A file's text as the CLI checks it (UTF-8, BOM removed), or null when it cannot be read as such. */
export function readReportText(file: string): string | null {
  try {
    const decoded = decodeReport(readBytes(file));
    return decoded.ok ? decoded.text : null;
  } catch {
    return null;
  }
}

/** The system's error code (ENOENT, EACCES…), else the message. */
export function errorDetail(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (err instanceof Error ? err.message : String(err));
}
