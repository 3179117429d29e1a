import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { missingGlyphs, textWidth } from '../../../src/fonts/measure.js';
import { BoundedCache } from '../../../src/cache.js';
import { loadFontRegistry, type FontCache } from '../../../src/fonts/registry.js';
import { FONTS_DIR } from '../../../src/paths.js';
import { diskWorld } from '../../../src/world.js';

const cache: FontCache = new BoundedCache(4);
const registry = await loadFontRegistry(FONTS_DIR, diskWorld(), cache);
const lato = registry.families.get('Lato')!;

describe('font registry', () => {
  it('loads every face of the bundled Lato once, with its name and metrics in em', async () => {
    const again = await loadFontRegistry(FONTS_DIR, diskWorld(), cache);
    expect(again).toBe(registry);
    expect(again.families.get('Lato')!.bold).toBe(lato.bold);
    expect([...registry.families.keys()]).toEqual(['Lato', 'Noto Sans Bengali', 'Noto Sans Devanagari', 'Noto Sans Arabic']);
    // A family without italic or black faces stands in its regular and bold ones.
    const bengali = registry.families.get('Noto Sans Bengali')!;
    expect([bengali.italic, bengali.black, bengali.boldItalic]).toEqual([bengali.regular, bengali.bold, bengali.bold]);
    expect(lato.bold.fallback.get('Bengali')).toEqual([bengali.bold]);
    const names = Object.values(lato).map((f) => f.name);
    expect(names).toEqual(['Lato-regular', 'Lato-italic', 'Lato-bold', 'Lato-boldItalic', 'Lato-black']);
    // Lato: 2000 units per em, ascent 1974, descent −426, cap height 1433.
    const { ascent, descent, capHeight } = lato.regular;
    expect([ascent, descent, capHeight]).toEqual([0.987, -0.213, 0.7165]);
  });
});

describe('textWidth', () => {
  it('measures a known string in proportion to the size, with kerning ("AV" < "A" + "V")', () => {
    expect(textWidth(lato.regular, 'Fact sheet', 10)).toBeCloseTo(44.84, 6);
    expect(textWidth(lato.regular, 'Fact sheet', 20)).toBeCloseTo(89.68, 6);
    expect(textWidth(lato.bold, 'Fact sheet', 10)).toBeGreaterThan(44.84);
    expect([textWidth(lato.regular, 'A', 100), textWidth(lato.regular, 'V', 100)]).toEqual([67.7, 67.7]);
    expect(textWidth(lato.regular, 'AV', 100)).toBeCloseTo(130, 6);
  });

  it('agrees with fontkit laying out the font file directly', () => {
    const file = fs.readFileSync(path.join(FONTS_DIR, 'Lato/Lato-Italic.ttf'));
    const raw = fontkit.create(file) as fontkit.Font;
    const text = 'Wave To, AVA — 1,234 café';
    expect(textWidth(lato.italic, text, 1)).toBeCloseTo(raw.layout(text).advanceWidth / raw.unitsPerEm, 9);
  });
});

describe('missingGlyphs', () => {
  it('lists each character without a glyph once, ignoring spaces and no-break spaces', () => {
    expect(missingGlyphs(lato.regular, 'Kolkata café — 漢字 漢\u00a0\t')).toEqual(['漢', '字']);
    expect(missingGlyphs(lato.regular, '1\u202f234 €')).toEqual([]);
  });
});
