/**
 * The in-host test runner: VS Code loads this module inside its extension host (`extensionTestsPath`)
 * and calls `run()`. Runs every `*.test.js` bundled beside it with mocha.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** Runs the suite; rejects when a test fails, which makes VS Code exit with a non-zero code. */
export async function run(): Promise<void> {
  // Waits inside the tests are event-driven; the timeout only stops a test that would wait forever.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000 });
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} in-editor test(s) failed`);
}
