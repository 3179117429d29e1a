import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/fonts/measure.js';
import { loadFontRegistry } from '../src/fonts/registry.js';
import { FONTS_DIR } from '../src/paths.js';
import { diskWorld } from '../src/world.js';

/** A fonts folder whose "regular" face can be swapped for another file. */
function fontsCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-fonts-'));
  fs.cpSync(FONTS_DIR, dir, { recursive: true });
  return dir;
}

describe('font registry cache', () => {
  const world = diskWorld();

  it('parses each font once and shares it', () => {
    const dir = fontsCopy();
    expect(loadFontRegistry(dir, world) === loadFontRegistry(dir, world)).toBe(true);
  });

  it('never serves a changed font file from its cache', () => {
    const dir = fontsCopy();
    const before = loadFontRegistry(dir, world).families.get('Lato')!;
    const regular = path.join(dir, 'Lato/Lato-Regular.ttf');
    fs.copyFileSync(path.join(dir, 'Lato/Lato-Black.ttf'), regular);
    fs.utimesSync(regular, new Date(), new Date(Date.now() + 5000));
    const after = loadFontRegistry(dir, world).families.get('Lato')!;
    expect(after === before).toBe(false);
    expect(textWidth(after.regular, 'Fact sheet', 10)).toBeGreaterThan(textWidth(before.regular, 'Fact sheet', 10));
  });

  it('measures with kerning, as pdfkit draws', () => {
    const lato = loadFontRegistry(FONTS_DIR, world).families.get('Lato')!;
    const apart = textWidth(lato.bold, 'A', 100) + textWidth(lato.bold, 'V', 100);
    expect(textWidth(lato.bold, 'AV', 100)).toBeLessThan(apart);
  });
});
