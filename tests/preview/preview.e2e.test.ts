/**
 * The preview server in a real browser: a page updates when its YAML is saved (within 2 s), shows
 * an error with its line, recovers, and the gallery shows every sample sheet and template.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import { listTemplates } from '../../src/template/loadTemplate.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { diskWorld } from '../../src/world.js';
import { NO_CHROMIUM, openBrowser } from '../helpers/browser.js';
import { SAMPLE_SHEETS, SHEETS, sheetDir } from '../helpers/sheetDir.js';

if (NO_CHROMIUM) console.warn(`skipping the browser tests: ${NO_CHROMIUM}`);

/** The bound from the issue: a saved change shows in the open page within 2 s. */
const UPDATE_BOUND_MS = 2000;

describe.skipIf(NO_CHROMIUM)('preview in chromium', () => {
  let server: PreviewServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  let dir: string;
  const sheet = () => path.join(dir, 'sheets', 'kolkata.yaml');

  beforeAll(async () => {
    dir = sheetDir();
    fs.cpSync(SHEETS, path.join(dir, 'sheets'), { recursive: true });
    server = await startPreview({ roots: [path.join(dir, 'sheets')], out: path.join(dir, 'out') });
    browser = await openBrowser();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const firstImage = () => page.locator('.page-img img').first().getAttribute('src');
  /** Resolves once the page's script has swapped in content from a newer build. */
  const nextGeneration = (from: string | null) =>
    page.waitForFunction((g) => document.body.dataset.generation !== g, from, { timeout: UPDATE_BOUND_MS });

  it('shows every page of a sheet, and a saved change within 2 s', async () => {
    await page.goto(`${server.url}sheet/kolkata`);
    await expect(page.locator('.page-img img').count()).resolves.toBe(2);
    const before = await firstImage();
    const generation = await page.evaluate(() => document.body.dataset.generation ?? null);
    await page.waitForFunction(() => document.getElementById('live')?.textContent === 'Up to date');
    const updated = nextGeneration(generation);
    const saved = performance.now();
    const text = fs.readFileSync(sheet(), 'utf8');
    fs.writeFileSync(sheet(), text.replace('title: Sex Trafficking', 'title: Trafficking in Kolkata'));
    await updated;
    console.info(`the saved change showed in the open page after ${Math.round(performance.now() - saved)} ms`);
    const after = await firstImage();
    expect(after).not.toBe(before);
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.page-img img');
      return img?.complete && img.naturalWidth > 0;
    });
  });

  it('shows a broken sheet as its error with file and line, then the pages again once fixed', async () => {
    const text = fs.readFileSync(sheet(), 'utf8');
    // A second `title:` in the header, right after the first: YAML refuses it at that line.
    const line = text.split('\n').findIndex((l) => l.startsWith('header:')) + 3;
    const broken = page.waitForSelector('.problem.error', { timeout: UPDATE_BOUND_MS });
    fs.writeFileSync(sheet(), text.replace(/^(header:\n {2}title: .*\n)/m, '$1  title: again\n'));
    await broken;
    const problem = page.locator('.problem.error', { hasText: 'keys must be unique' });
    await expect(problem.locator('.where').textContent()).resolves.toMatch(
      new RegExp(`kolkata\\.yaml:${line}:3$`),
    );
    await expect(problem.locator('pre.frame').textContent()).resolves.toContain('title: again');
    const fixed = page.waitForFunction(
      () =>
        !document.querySelector('.problem') &&
        document.querySelectorAll('.page-img:not(.stale) img').length === 2,
      undefined,
      { timeout: UPDATE_BOUND_MS },
    );
    fs.writeFileSync(sheet(), text);
    await fixed;
  });

  it('the gallery shows every sample sheet and every template, each with a picture', async () => {
    await page.goto(server.url);
    const sheets = await page
      .locator('#sheets .card')
      .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.sheet).sort());
    expect(sheets).toEqual([...SAMPLE_SHEETS]);
    const templates = await page
      .locator('#templates .card')
      .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.sheet).sort());
    expect(templates).toEqual((await listTemplates(TEMPLATES_DIR, diskWorld())).sort());
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.card img')].every((i) => {
        i.loading = 'eager';
        return i.complete && i.naturalWidth > 0;
      }),
    );
    await page.click('#templates .card >> nth=0');
    await expect(page.locator('.page-img img').count()).resolves.toBeGreaterThan(0);
  });

  it('out/index.html, the contact sheet, opens without errors and lists every sheet', async () => {
    await server.session.idle();
    const contact = await browser.context.newPage();
    await contact.goto(`file://${path.join(server.session.options.out, 'index.html')}`);
    await expect(contact.locator('table.sheets tbody tr').count()).resolves.toBe(SAMPLE_SHEETS.length);
    const images = await contact
      .locator('table.sheets img')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(images.length, await contact.content()).toBe(SAMPLE_SHEETS.length);
    expect(images.every((w) => w > 0)).toBe(true);
    await contact.close();
    expect(browser.errors).toEqual([]);
  });
});
