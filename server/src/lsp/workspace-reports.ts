/**
 * The reports saved in the workspace folders, so that a report is checked against last year's report
 * even when that one is not open (rule `cross-year`). The folders are walked once, within fixed limits;
 * each file is read and parsed once per modification time, then kept up to date from watched-file
 * events. Open documents take precedence over their saved files (see {@link findPreviousReport}).
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findPrevious, lint, RULES, type ReportDocument } from '../core/index.js';
import { looksLikeReport } from './detect.js';

/** How much of the workspace is read. */
export interface ScanLimits {
  /** Directory entries (files and folders) the walk looks at, in all folders together. */
  readonly maxEntries: number;
  /** Candidate files (`.txt` / `.md`) read, in all folders together. */
  readonly maxFiles: number;
  /** Larger files are skipped. */
  readonly maxFileSize: number;
  /** Bytes of report text kept in memory in all. */
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

/** What was read from one file at one modification time (`document` null: not a dated report of a body). */
interface Entry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly document: ReportDocument | null;
}

/** A saved report is only compared with: it is parsed, and no rule runs on it. */
const NO_RULES = Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'off' as const]));

function parseOnly(text: string): ReportDocument {
  return lint(text, { rules: NO_RULES }).document;
}

const CANDIDATE = /\.(?:txt|md)$/i;
const REPORT_NAME = /\.report\.(?:txt|md)$/i;
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist']);

/**
 * One spelling per file: the editor and Node percent-encode file URIs differently (e.g. `%3A`, `!`),
 * so every URI is compared in Node's spelling. Other URIs are returned as they are.
 */
export function fileKey(uri: string): string {
  const path = toPath(uri);
  return path === undefined ? uri : pathToFileURL(path).href;
}

/** The local path of a `file:` URI (none for other URIs, or for a host other than this machine). */
function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** True when `uri` names a file that may be a saved report (a `file:` `.txt` or `.md`). */
export function isCandidate(uri: string): boolean {
  return uri.startsWith('file:') && CANDIDATE.test(uri);
}

/** The saved reports of the workspace folders, by file URI (in {@link fileKey}'s spelling). */
export class WorkspaceReports {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** {@link WorkspaceReports.reports}, until the next change. */
  private cached: Map<string, ReportDocument> | undefined;

  constructor(private readonly limits: ScanLimits = SCAN_LIMITS) {}

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

  /** Applies watched-file events. Resolves true when a saved report was added, changed or removed. */
  async update(changes: readonly FileChange[]): Promise<boolean> {
    let changed = false;
    for (const change of changes) {
      if (!isCandidate(change.uri)) continue;
      const key = fileKey(change.uri);
      const before = this.entries.get(key)?.document ?? null;
      if (change.type === 3) this.remove(key);
      else await this.read(key);
      changed ||= before !== (this.entries.get(key)?.document ?? null);
    }
    return changed;
  }

  /** Forgets the files of a workspace folder that was removed. */
  removeFolder(folderUri: string): void {
    const folder = fileKey(folderUri);
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.remove(key);
  }

  /** The saved reports that name their body and year, by file URI. */
  reports(): ReadonlyMap<string, ReportDocument> {
    if (!this.cached) {
      this.cached = new Map();
      for (const [key, entry] of this.entries) if (entry.document) this.cached.set(key, entry.document);
    }
    return this.cached;
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
    this.remove(key);
    if (text === undefined) return;
    const parsed = REPORT_NAME.test(path) || looksLikeReport(text) ? parseOnly(text) : null;
    const document = parsed?.year != null && parsed.title?.agency ? parsed : null;
    const entry: Entry = { mtimeMs: info.mtimeMs, size: info.size, document };
    this.entries.set(key, entry);
    this.bytes += this.bytesOf(entry);
    this.cached = undefined;
  }

  /** The bytes an entry holds in memory (only reports keep their text). */
  private bytesOf(entry: Entry | undefined): number {
    return entry?.document ? entry.size : 0;
  }

  private remove(key: string): void {
    this.bytes -= this.bytesOf(this.entries.get(key));
    if (this.entries.delete(key)) this.cached = undefined;
  }
}

/**
 * The same body's report for the year before the report at `uri`: among the other open documents first,
 * then among the saved files that are not open (an open document's text is newer than its file's).
 * `saved` is keyed as {@link WorkspaceReports.reports} keys it.
 */
export function findPreviousReport(
  uri: string,
  document: ReportDocument,
  open: ReadonlyMap<string, ReportDocument>,
  saved: ReadonlyMap<string, ReportDocument>,
): ReportDocument | undefined {
  const self = fileKey(uri);
  const others = [...open].filter(([u]) => fileKey(u) !== self);
  const openKeys = new Set([...open.keys()].map(fileKey));
  const closed = [...saved].filter(([u]) => u !== self && !openKeys.has(u));
  return findPrevious(
    document,
    [...others, ...closed].map(([, d]) => d),
  );
}
