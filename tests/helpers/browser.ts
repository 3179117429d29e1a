/**
 * Debian's chromium, driven by playwright-core: never a browser playwright downloads. Tests that
 * need it skip, saying why, when /usr/bin/chromium is absent (`.ci/run` installs it).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const NO_CHROMIUM = fs.existsSync(CHROMIUM)
  ? undefined
  : `${CHROMIUM} is absent: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;

/** A headless chromium with a fresh profile; `errors` collects console errors and page exceptions. */
export async function openBrowser(): Promise<{
  context: BrowserContext;
  errors: string[];
  close(): Promise<void>;
}> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    errors,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
