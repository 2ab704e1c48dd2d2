/**
 * The reports saved in the workspace folders, so that a report is checked against last year's report
 * even when that one is not open (rule `cross-year`). The folders are walked once, within fixed limits;
 * each file is read and parsed once per modification time, then kept up to date from watched-file
 * events. Only each report's {@link crossYearDigest} is kept, and handed to a listener (the server's
 * {@link PreviousReports}, where open documents take precedence over their saved files).
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReport, type ReportDocument } from '../core/index.js';
import { looksLikeReport } from './detect.js';
import { fileKey, isInside, toPath } from './file-uri.js';
import { crossYearDigest } from './report-digest.js';

/** How much of the workspace is read. */
export interface ScanLimits {
  /** Directory entries (files and folders) the walk looks at, in all folders together. */
  readonly maxEntries: number;
  /** Candidate files (`.txt` / `.md`) read, in all folders together. */
  readonly maxFiles: number;
  /** Larger files are skipped. */
  readonly maxFileSize: number;
  /** Bytes of the files kept as reports, in all (bounds the reading and parsing). */
  readonly maxBytes: number;
}

/** The default limits: far more than a folder of annual reports holds. */
export const SCAN_LIMITS: ScanLimits = {
  maxEntries: 50_000,
  maxFiles: 2_000,
  maxFileSize: 1 << 20,
  maxBytes: 64 << 20,
};

/** A watched-file event, as `workspace/didChangeWatchedFiles` sends it (1 created, 2 changed, 3 deleted). */
export interface FileChange {
  readonly uri: string;
  readonly type: 1 | 2 | 3;
}

/**
 * What was read from one file at one modification time: the digest of a dated report of a body (a saved
 * report is only compared with: it is parsed, and no rule runs on it), else null.
 */
interface Entry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly report: ReportDocument | null;
}

/** Told each time the saved report at a file key comes, changes or goes (`undefined`). */
export type SavedReportListener = (key: string, report: ReportDocument | undefined) => void;

const CANDIDATE = /\.(?:txt|md)$/i;
const REPORT_NAME = /\.report\.(?:txt|md)$/i;
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist']);

/** True when `uri` names a file that may be a saved report (a `file:` `.txt` or `.md`). */
export function isCandidate(uri: string): boolean {
  return uri.startsWith('file:') && CANDIDATE.test(uri);
}

/** The saved reports of the workspace folders, by file URI (in {@link fileKey}'s spelling). */
export class WorkspaceReports {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly changed: SavedReportListener,
    private readonly limits: ScanLimits = SCAN_LIMITS,
  ) {}

  /**
   * Walks the folders breadth first (skipping hidden folders, `node_modules`, `out` and `dist`, never
   * following links) and reads the reports among the candidate files, within the limits. Never rejects.
   */
  async scan(folderUris: readonly string[]): Promise<void> {
    const files: string[] = [];
    const pending = folderUris.flatMap((f) => toPath(f) ?? []);
    let seen = 0;
    while (pending.length > 0 && seen < this.limits.maxEntries && files.length < this.limits.maxFiles) {
      const dir = pending.shift() as string;
      const children: Dirent[] = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const child of children.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (++seen > this.limits.maxEntries || files.length >= this.limits.maxFiles) break;
        const path = join(dir, child.name);
        if (child.isDirectory() && !child.name.startsWith('.') && !SKIPPED_DIRS.has(child.name)) {
          pending.push(path);
        } else if (child.isFile() && CANDIDATE.test(child.name)) {
          files.push(path);
        }
      }
    }
    for (const path of files) await this.read(pathToFileURL(path).href);
  }

  /** Applies watched-file events (the listener hears of the reports that changed). */
  async update(changes: readonly FileChange[]): Promise<void> {
    for (const change of changes) {
      if (!isCandidate(change.uri)) continue;
      const key = fileKey(change.uri);
      if (change.type === 3) this.remove(key);
      else await this.read(key);
    }
  }

  /** Forgets the files of a workspace folder that was removed. */
  removeFolder(folderUri: string): void {
    for (const key of [...this.entries.keys()]) if (isInside(key, folderUri)) this.remove(key);
  }

  /** Reads one file unless it is unchanged since the last read; drops it when it is gone or too large. */
  private async read(key: string): Promise<void> {
    const path = toPath(key);
    const info = path === undefined ? undefined : await stat(path).catch(() => undefined);
    if (path === undefined || !info?.isFile()) return this.remove(key);
    const known = this.entries.get(key);
    if (known?.mtimeMs === info.mtimeMs && known.size === info.size) return;
    const fits =
      (known !== undefined || this.entries.size < this.limits.maxFiles) &&
      info.size <= this.limits.maxFileSize &&
      this.bytes - this.bytesOf(known) + info.size <= this.limits.maxBytes;
    const text = fits ? await readFile(path, 'utf8').catch(() => undefined) : undefined;
    // A read of a newer version of the file may have finished meanwhile.
    if ((this.entries.get(key)?.mtimeMs ?? -Infinity) > info.mtimeMs) return;
    if (text === undefined) return this.remove(key);
    const parsed =
      REPORT_NAME.test(path) || looksLikeReport(text) ? parseReport(text, { template: 'auto' }) : null;
    const report = parsed?.year != null && parsed.title?.agency ? crossYearDigest(parsed) : null;
    const before = this.entries.get(key);
    this.bytes += (report ? info.size : 0) - this.bytesOf(before);
    this.entries.set(key, { mtimeMs: info.mtimeMs, size: info.size, report });
    if (report || before?.report) this.changed(key, report ?? undefined);
  }

  /** The bytes an entry counts against `maxBytes` (only reports). */
  private bytesOf(entry: Entry | undefined): number {
    return entry?.report ? entry.size : 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= this.bytesOf(entry);
    this.entries.delete(key);
    if (entry.report) this.changed(key, undefined);
  }
}
