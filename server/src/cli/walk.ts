/** Finds the files to check: explicit files as given, directories searched for `.txt` / `.md`. */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** A path that could not be used, and why. */
export interface PathProblem {
  /** Absolute path. */
  readonly path: string;
  readonly kind: 'missing' | 'unreadable';
  /** The system's reason, for `unreadable`. */
  readonly detail?: string;
}

/** What {@link collectFiles} found. */
export interface CollectedFiles {
  /** Absolute paths, without duplicates, sorted. */
  readonly files: readonly string[];
  readonly problems: readonly PathProblem[];
}

const REPORT_EXTENSION = /\.(txt|md)$/i;

/** Directories never searched: dependencies and hidden directories such as `.git`. */
function isSkippedDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Resolves `paths` against `cwd` (no paths = `cwd`). A file is taken whatever its extension; a
 * directory is searched recursively for `.txt` / `.md` files. Symbolic links to files are followed,
 * links to directories are not (no cycles).
 */
export function collectFiles(paths: readonly string[], cwd: string): CollectedFiles {
  const files = new Set<string>();
  const problems: PathProblem[] = [];
  const problem = (path: string, err: unknown): PathProblem => {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { path, kind: 'missing' }
      : { path, kind: 'unreadable', detail: code ?? String(err) };
  };

  const searchDirectory = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      problems.push(problem(dir, err));
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDirectory(entry.name)) searchDirectory(path);
      } else if (
        REPORT_EXTENSION.test(entry.name) &&
        (entry.isFile() || (entry.isSymbolicLink() && isLinkToFile(path)))
      ) {
        files.add(path);
      }
    }
  };

  for (const given of paths.length > 0 ? paths : ['.']) {
    const path = resolve(cwd, given);
    try {
      if (statSync(path).isDirectory()) searchDirectory(path);
      else files.add(path);
    } catch (err) {
      problems.push(problem(path, err));
    }
  }
  return { files: [...files].sort(compareCodeUnits), problems };
}

function isLinkToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // a dangling or looping link is not a report
  }
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How the CLI shows a path: relative to `cwd`, with forward slashes on every system. */
export function displayPath(absolute: string, cwd: string): string {
  return relative(cwd, absolute).split(sep).join('/');
}

/**
 * {@link displayPath} for the files of a run: the directory part is worked out once per directory, which
 * matters for thousands of files (`path.relative` resolves both paths on every call). Files only: a directory
 * may be the working directory or one above it.
 */
export function fileDisplay(cwd: string): (absolute: string) => string {
  const directories = new Map<string, string>();
  return (absolute) => {
    const cut = absolute.lastIndexOf(sep) + 1;
    const dir = absolute.slice(0, cut);
    let shown = directories.get(dir);
    if (shown === undefined) directories.set(dir, (shown = displayPath(dir, cwd)));
    const name = absolute.slice(cut);
    return shown === '' ? name : `${shown}/${name}`;
  };
}
