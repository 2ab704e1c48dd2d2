/** Where the in-editor test harness finds the repository, its tools and its build output. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found by walking up from this module: the same answer whether the harness runs
 * from its TypeScript source or from its bundle in `out/editor/`.
 */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'test', 'editor', 'install.sh'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${__dirname}`);
  }
}

/** code-server's command-line entry, installed by `test/editor/install.sh`. */
export function codeServerEntry(): string {
  const entry = join(
    repoRoot(),
    'test',
    'editor',
    'tools',
    'node_modules',
    'code-server',
    'out',
    'node',
    'entry.js',
  );
  if (!existsSync(entry)) throw new Error(`code-server is not installed; run: bash test/editor/install.sh`);
  return entry;
}

/** The build output of the in-editor tests (the shim and the in-host suite). */
export function editorOutDir(): string {
  return join(repoRoot(), 'out', 'editor');
}
