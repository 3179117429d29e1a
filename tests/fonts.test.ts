import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/fonts/measure.js';
import { BoundedCache } from '../src/cache.js';
import { fontFiles, loadFontRegistry, type FontCache } from '../src/fonts/registry.js';
import { FONTS_DIR } from '../src/paths.js';
import { diskWorld } from '../src/world.js';

/** A fonts folder whose "regular" face can be swapped for another file. */
function fontsCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-fonts-'));
  fs.cpSync(FONTS_DIR, dir, { recursive: true });
  return dir;
}

describe('font registry cache', async () => {
  const world = diskWorld();
  const cache: FontCache = new BoundedCache(4);

  it('parses each font once and shares it', async () => {
    const dir = fontsCopy();
    expect((await loadFontRegistry(dir, world, cache)) === (await loadFontRegistry(dir, world, cache))).toBe(true);
  });

  it('never serves a changed font file from its cache', async () => {
    const dir = fontsCopy();
    const before = (await loadFontRegistry(dir, world, cache)).families.get('Lato')!;
    const regular = path.join(dir, 'Lato/Lato-Regular.ttf');
    fs.copyFileSync(path.join(dir, 'Lato/Lato-Black.ttf'), regular);
    fs.utimesSync(regular, new Date(), new Date(Date.now() + 5000));
    const after = (await loadFontRegistry(dir, world, cache)).families.get('Lato')!;
    expect(after === before).toBe(false);
    expect(textWidth(after.regular, 'Fact sheet', 10)).toBeGreaterThan(textWidth(before.regular, 'Fact sheet', 10));
  });

  it('lists the files of fonts.yaml as it reads now, not as the fonts were loaded', async () => {
    const dir = fontsCopy();
    await loadFontRegistry(dir, world, cache);
    const listed = await fontFiles(dir, world, cache);
    expect(listed).toEqual(await fontFiles(dir, world));
    const listing = path.join(dir, 'fonts.yaml');
    fs.writeFileSync(listing, fs.readFileSync(listing, 'utf8').replace('Lato-Black.ttf', 'Lato-Bold.ttf'));
    const after = await fontFiles(dir, world, cache);
    expect(after).not.toContain(path.join(dir, 'Lato/Lato-Black.ttf'));
    expect(after).toHaveLength(listed.length - 1);
  });

  it('measures with kerning, as pdfkit draws', async () => {
    const lato = (await loadFontRegistry(FONTS_DIR, world, cache)).families.get('Lato')!;
    const apart = textWidth(lato.bold, 'A', 100) + textWidth(lato.bold, 'V', 100);
    expect(textWidth(lato.bold, 'AV', 100)).toBeLessThan(apart);
  });
});
