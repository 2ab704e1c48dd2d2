/** Opens Debian's Chromium headless through playwright-core (no browser download) with a fresh profile. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

/** A headless Chromium with one page. */
export interface Browser {
  readonly page: Page;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with a page of the given size (CSS pixels). */
export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; run: bash test/editor/install.sh`);
  const profile = mkdtempSync(join(tmpdir(), 'gov-report-chromium-'));
  // playwright-core ends the browser itself when this process exits; the profile is ours to delete.
  const onExit = (): void => rmSync(profile, { recursive: true, force: true });
  process.once('exit', onExit);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close();
      process.removeListener('exit', onExit);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
