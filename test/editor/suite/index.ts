/**
 * The in-host test runner: VS Code loads this module inside its extension host (`extensionTestsPath`)
 * and calls `run()`. Runs every `*.test.js` bundled beside it with mocha.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { diagnosticsWhen } from './diagnostics.js';
import { openSeedAs } from './workspace.js';

/**
 * Waits inside the tests are event-driven; these limits only end a wait that would last forever.
 * Starting the extension and its server the first time takes longest.
 */
const TEST_LIMIT_MS = 10_000;
const STARTUP_LIMIT_MS = 60_000;

/** Runs the suite; rejects when a test fails, which makes VS Code exit with a non-zero code. */
export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: TEST_LIMIT_MS,
    rootHooks: { beforeAll: languageServerPublishesDiagnostics },
  });
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} in-editor test(s) failed`);
}

/** A server that never answers fails the run once, here, instead of in every test after a timeout. */
async function languageServerPublishesDiagnostics(this: Mocha.Context): Promise<void> {
  this.timeout(STARTUP_LIMIT_MS);
  const document = await openSeedAs('002', 'startup.report.txt');
  await diagnosticsWhen(document.uri, (diagnostics) => diagnostics.length > 0);
}
