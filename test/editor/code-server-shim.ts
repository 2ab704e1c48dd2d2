/**
 * Stands in for the VS Code executable that `@vscode/test-electron`'s `runTests()` launches. It accepts
 * the same command line (`--extensionDevelopmentPath=…`, `--extensionTestsPath=…`, a folder to open,
 * `--locale=…`; other flags are ignored), runs the tests in code-server's workbench inside headless
 * Chromium, prints the test output and exits with the tests' exit code — so that `runTests()` works
 * on a machine that cannot download VS Code. Bundled to `out/editor/code-server-shim.js`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import type { Page } from 'playwright-core';
import { openBrowser } from './harness/browser.js';
import { startCodeServer, type CodeServer } from './harness/code-server.js';
import { runMain } from './harness/main.js';

/** No run may take longer than this, so that CI cannot hang on a workbench that never starts the tests. */
const RUN_LIMIT_MS = 240_000;

/** What the shim takes from VS Code's command line. */
interface LaunchArgs {
  readonly extensionDevelopmentPaths: readonly string[];
  readonly extensionTestsPath: string;
  readonly folder: string | undefined;
  readonly locale: string | undefined;
}

function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const value = (name: string): string[] =>
    argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => resolve(a.slice(name.length + 3)));
  const extensionTestsPath = value('extensionTestsPath')[0];
  if (!extensionTestsPath) throw new Error('--extensionTestsPath=<path> is required');
  const locale = argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
  const folder = argv.find((a) => !a.startsWith('-'));
  return {
    extensionDevelopmentPaths: value('extensionDevelopmentPath'),
    extensionTestsPath,
    folder: folder === undefined ? undefined : resolve(folder),
    locale,
  };
}

/** Opens the workbench with the test payload and resolves with the exit code the tests report. */
async function runTestsInWorkbench(
  page: Page,
  server: CodeServer,
  args: LaunchArgs,
  folder: string,
): Promise<number> {
  let reportExit: (code: number) => void = () => undefined;
  const testsExited = new Promise<number>((resolve) => (reportExit = resolve));
  // The workbench forwards its own log and the extension host's console (mocha's report) here, each
  // call's console arguments as one array.
  await page.exposeFunction('codeAutomationLog', (level: string, args: unknown) => {
    const text = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
    (level === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
  const pageCrashed = new Promise<never>((_, reject) =>
    page.once('crash', () => reject(new Error('the workbench page crashed'))),
  );
  const serverExited = server.exited.then((code): never => {
    throw new Error(`code-server exited (code ${code}) before the tests finished:\n${server.recentOutput()}`);
  });
  const payload: [string, string][] = [
    ...args.extensionDevelopmentPaths.map((p): [string, string] => [
      'extensionDevelopmentPath',
      server.remoteUri(p),
    ]),
    ['extensionTestsPath', server.remoteUri(args.extensionTestsPath)],
  ];
  await page.goto(server.workbenchUrl(folder, payload));
  return Promise.race([testsExited, pageCrashed, serverExited]);
}

/** The folder to open: the one given, or else an empty temporary one (VS Code would open no folder). */
function folderToOpen(args: LaunchArgs): string {
  if (args.folder) return args.folder;
  const empty = mkdtempSync(join(tmpdir(), 'gov-report-workspace-'));
  process.once('exit', () => rmSync(empty, { recursive: true, force: true }));
  return empty;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseLaunchArgs(argv);
  const folder = folderToOpen(args);
  const server = await startCodeServer(args.locale ? { locale: args.locale } : {});
  try {
    const browser = await openBrowser();
    try {
      return await runTestsInWorkbench(browser.page, server, args, folder);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

runMain('code-server-shim', RUN_LIMIT_MS, () => main(process.argv.slice(2)));
