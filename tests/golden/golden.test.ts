/**
 * Golden tests: every sample (one per template) laid out and painted, compared as a display
 * list (exactly: a reviewable text diff) and as page images (within a small pixel tolerance).
 * `npm run golden:update` rewrites tests/golden/<case>/ from the current build.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDisplayList } from '../../src/layout/serializeDisplayList.js';
import { readSheet } from '../../src/loadSheet.js';
import { paintLoadedSheet, renderLoadedSheet, type PipelineOptions } from '../../src/pipeline.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { memoryWorld } from '../../src/world.js';
import { displayListDiff, pixelDifference, readPng, UPDATING, writePng } from '../helpers/golden.js';
import { renderPage } from '../helpers/renderPage.js';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const CASES = ['kolkata', 'sex-trafficking', 'news', 'press-release', 'results'];
/** Page images at 50 dpi: enough to see a box move by a point, small enough to commit. */
const SCALE = 50 / 72;
/** Visibly different pixels allowed per page: rasteriser noise, not a moved element. */
const TOLERANCE = 0.002;
/** A pinned clock, so nothing in the pages depends on the day the test runs. */
const opts = (): PipelineOptions => ({
  world: memoryWorld({}, undefined, { SOURCE_DATE_EPOCH: '1700000000' }),
});

async function displayList(name: string, options = opts()) {
  const loaded = await readSheet(`sheets/${name}.yaml`, options.world);
  if (!loaded.value) throw new Error(`${name}: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  const painted = await paintLoadedSheet(loaded.value, options);
  if (!painted.value) throw new Error(`${name} did not lay out`);
  const { pages, structure } = painted.value;
  return { text: serializeDisplayList(pages, structure.root), loaded: loaded.value };
}

describe('golden display lists and pages', () => {
  it.each(CASES)('%s lays out exactly as its golden display list', async (name) => {
    const file = path.join(HERE, name, 'display-list.json');
    const { text } = await displayList(name);
    if (UPDATING) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    const diff = displayListDiff(fs.readFileSync(file, 'utf8'), text);
    expect(diff, `${name} changed; if intended, run npm run golden:update\n${diff}`).toBe('');
  });

  it.each(CASES)('%s draws each page as its golden image, within a small tolerance', async (name) => {
    const { loaded } = await displayList(name);
    const rendered = await renderLoadedSheet(loaded, opts());
    const pdf = rendered.value!.pdf;
    for (let n = 1; n <= rendered.value!.pages; n++) {
      const file = path.join(HERE, name, `page-${n}.png`);
      const pixels = await renderPage(pdf, n, SCALE);
      if (UPDATING) writePng(file, pixels);
      const share = pixelDifference(readPng(file), pixels);
      const why = `${name} page ${n}: ${(share * 100).toFixed(2)}% of pixels differ`;
      expect(share, why).toBeLessThanOrEqual(TOLERANCE);
    }
    const extra = path.join(HERE, name, `page-${rendered.value!.pages + 1}.png`);
    expect(fs.existsSync(extra), `${name} has fewer pages than its golden images`).toBe(false);
  });

  it('fails, with a readable diff, when a template\'s theme changes one size by 1 pt', async () => {
    const templates = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-golden-'));
    fs.cpSync(TEMPLATES_DIR, templates, { recursive: true });
    const theme = path.join(templates, 'program-office', 'theme.yaml');
    const before = fs.readFileSync(theme, 'utf8');
    fs.writeFileSync(theme, before.replace('h3:      { size: 12,', 'h3:      { size: 13,'));
    const { text } = await displayList('kolkata', { ...opts(), templatesDir: templates });
    const golden = fs.readFileSync(path.join(HERE, 'kolkata', 'display-list.json'), 'utf8');
    const diff = displayListDiff(golden, text);
    // The changed headings show old and new, with their page, size and text.
    expect(diff).toMatch(/^page 2, line \d+:\n- .*"size":12,.*\n\+ .*"size":13,/m);
    expect(diff.split('\n').length).toBeLessThanOrEqual(12 * 3 + 2);
    fs.rmSync(templates, { recursive: true, force: true });
  });

  it('leads each display item back to the YAML line of the block that drew it', async () => {
    const yaml = fs.readFileSync('sheets/kolkata.yaml', 'utf8').split('\n');
    const { text } = await displayList('kolkata');
    const item = text.split('\n').find((l) => l.includes('"text":"40.3 million"'))!;
    const line = yaml.findIndex((l) => l.includes('**40.3 million**')) + 1;
    expect(item).toContain(`"span":"kolkata.yaml:${line}:`);
  });
});
