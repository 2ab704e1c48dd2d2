/**
 * Bundles the in-editor tests with esbuild into `out/editor/`: the code-server shim (an executable) and
 * the in-host suite (`suite/index.js`, the `extensionTestsPath`, plus one bundle per `*.test.ts`).
 */
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { editorOutDir, repoRoot } from './harness/paths.js';

/** Paths of the built artefacts. */
export interface EditorTestBuild {
  /** The executable to pass as `vscodeExecutablePath`. */
  readonly shim: string;
  /** The module to pass as `extensionTestsPath`. */
  readonly suiteIndex: string;
}

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
};

/** Builds the shim and the suite from scratch. */
export async function buildEditorTests(): Promise<EditorTestBuild> {
  const root = repoRoot();
  const out = editorOutDir();
  const suiteDir = join(root, 'test', 'editor', 'suite');
  rmSync(out, { recursive: true, force: true });
  const shim = join(out, 'code-server-shim.js');
  await Promise.all([
    build({
      ...COMMON,
      entryPoints: [join(root, 'test', 'editor', 'code-server-shim.ts')],
      outfile: shim,
      external: ['playwright-core'],
      banner: { js: '#!/usr/bin/env node' },
    }),
    build({
      ...COMMON,
      entryPoints: readdirSync(suiteDir)
        .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
        .map((f) => join(suiteDir, f)),
      outdir: join(out, 'suite'),
      // One mocha instance must serve the runner and every test file.
      external: ['vscode', 'mocha'],
    }),
  ]);
  chmodSync(shim, 0o755);
  return { shim, suiteIndex: join(out, 'suite', 'index.js') };
}
