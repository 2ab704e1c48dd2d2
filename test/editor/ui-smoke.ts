/**
 * UI smoke test: opens seed report 001 in code-server's workbench in headless Chromium the way a
 * person would (no test API), checks that the editor shows squiggles and the Problems panel lists the
 * findings, and saves a screenshot of both to `test/editor/screenshots/problems.png` (shown in the
 * README). Needs `npm run build` and `test/editor/install.sh` first (`npm run test:ui` does both).
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser } from './harness/browser.js';
import { startCodeServer } from './harness/code-server.js';
import { runMain } from './harness/main.js';
import { repoRoot } from './harness/paths.js';

const RUN_LIMIT_MS = 120_000;
/** How long the workbench may take to show what a person would see. */
const UI_WAIT_MS = 60_000;
const SEED = '001';
const SCREENSHOT = join(repoRoot(), 'test', 'editor', 'screenshots', 'problems.png');
const FAILURE_SCREENSHOT = join(repoRoot(), 'test-results', 'ui-smoke-failure.png');

/**
 * A temporary workspace holding a copy of the seed report, named as a user might name it. The folder
 * has a fixed name, so that the screenshot only changes when the product does.
 */
function workspaceWithSeed(): { folder: string; file: string } {
  const temp = mkdtempSync(join(tmpdir(), 'gov-report-ui-'));
  process.once('exit', () => rmSync(temp, { recursive: true, force: true }));
  const folder = join(temp, '年度报告');
  mkdirSync(folder);
  const seeds = join(repoRoot(), 'test', 'fixtures', 'reports');
  const seed = readdirSync(seeds).find((f) => f.startsWith(`${SEED}_`));
  if (!seed) throw new Error(`no seed report ${SEED}_* in ${seeds}`);
  const file = join(folder, '2021年政府信息公开工作年度报告.report.txt');
  copyFileSync(join(seeds, seed), file);
  return { folder, file };
}

/** The aria-labels of the Problems panel's rows (one per file, one per problem). */
async function problemRows(page: Page): Promise<string[]> {
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.first().waitFor({ timeout: UI_WAIT_MS });
  return (await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label')))).map(
    String,
  );
}

/** Looks at the opened report as a person would, saves the screenshot, and checks what it shows. */
async function checkProblemsView(page: Page): Promise<void> {
  // The language server's findings appear as squiggles once the extension has linted the file.
  const errors = page.locator('.monaco-editor .squiggly-error');
  await errors.first().waitFor({ timeout: UI_WAIT_MS });
  const warnings = await page.locator('.monaco-editor .squiggly-warning').count();

  await page.keyboard.press('Control+Shift+M');
  const rows = await problemRows(page);
  const problems = rows.filter((label) => label.includes('gov-report-lint'));
  const statusBar = await page.locator('[id="status.problems"]').innerText();

  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });

  assert.ok(warnings > 0, 'no warning squiggles in the editor');
  assert.ok(problems.length > 0, `no gov-report-lint rows in the Problems panel: ${rows.join(' | ')}`);
  console.log(`squiggles: ${await errors.count()} errors, ${warnings} warnings`);
  console.log(
    `Problems panel: ${problems.length} rows; status bar: ${statusBar.replace(/\s+/g, ' ').trim()}`,
  );
  console.log(`screenshot: ${SCREENSHOT}`);
}

async function main(): Promise<number> {
  const { folder, file } = workspaceWithSeed();
  const server = await startCodeServer({
    userSettings: { 'govReport.locale': 'zh', 'editor.minimap.enabled': false },
  });
  try {
    const browser = await openBrowser({ width: 1440, height: 900 });
    try {
      // The extension is loaded from the repository, as in development; the file is opened by URL.
      await browser.page.goto(
        server.workbenchUrl(folder, [
          ['extensionDevelopmentPath', server.remoteUri(repoRoot())],
          ['openFile', server.remoteUri(file)],
        ]),
      );
      await checkProblemsView(browser.page).catch(async (error: unknown) => {
        mkdirSync(dirname(FAILURE_SCREENSHOT), { recursive: true });
        await browser.page.screenshot({ path: FAILURE_SCREENSHOT });
        console.error(`what the workbench showed: ${FAILURE_SCREENSHOT}`);
        throw error;
      });
      return 0;
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

runMain('ui-smoke', RUN_LIMIT_MS, main);
