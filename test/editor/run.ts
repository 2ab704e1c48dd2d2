/**
 * Runs the in-editor tests through `@vscode/test-electron`'s `runTests()`: builds the suite, opens an
 * empty temporary workspace folder (the tests copy seed reports into it) and runs the suite inside a
 * real VS Code.
 *
 * - `VSCODE_TEST_HOST=code-server` (what `npm run test:editor` sets): VS Code is code-server's web
 *   workbench in headless Chromium, reached through the shim in `code-server-shim.ts`; works offline.
 * - unset: `runTests()` downloads desktop VS Code as usual (needs internet; on Linux run it under
 *   `xvfb-run -a`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildEditorTests } from './build.js';
import { repoRoot } from './harness/paths.js';

async function main(): Promise<void> {
  const { shim, suiteIndex } = await buildEditorTests();
  const workspace = mkdtempSync(join(tmpdir(), 'gov-report-editor-tests-'));
  try {
    await runTests({
      ...(process.env['VSCODE_TEST_HOST'] === 'code-server' ? { vscodeExecutablePath: shim } : {}),
      extensionDevelopmentPath: repoRoot(),
      extensionTestsPath: suiteIndex,
      launchArgs: [workspace],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
