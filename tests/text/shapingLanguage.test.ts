/**
 * The sheet's `language` reaches HarfBuzz: the bundled Noto faces have local forms for Marathi
 * (ल and श, in Noto Sans Devanagari's MAR language system) and Urdu (the digits ۴ ۶ ۷, in Noto
 * Sans Arabic's URD), and a sheet in that language must draw them; the same text in Hindi or
 * Arabic keeps the default forms. Real YAML in, the display list out, as the golden tests read it.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Glyph } from '../../src/fonts/shape.js';
import { readSheet } from '../../src/loadSheet.js';
import { paintLoadedSheet } from '../../src/pipeline.js';
import { diskWorld } from '../../src/world.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

const sheet = (language: string, text: string) =>
  `${MINIMAL_SHEET.replace('template: program-office', `template: program-office\nlanguage: ${language}`)}` +
  `  - problem:\n      text: ${text}\n`;

/** The glyphs drawn for the text items that hold `word`. */
async function glyphsOf(language: string, text: string, word: string): Promise<number[]> {
  const dir = sheetDir({ 'x.yaml': sheet(language, text) });
  const loaded = await readSheet(path.join(dir, 'x.yaml'), diskWorld());
  const painted = await paintLoadedSheet(loaded.value!, { world: diskWorld() });
  const items = painted.value!.pages.flatMap((p) => p.items);
  const texts = items.filter((i) => i.kind === 'text' && i.text.includes(word));
  expect(texts.length).toBeGreaterThan(0);
  return texts.flatMap((i) => (i.kind === 'text' ? i.glyphs.map((g: Glyph) => g.id) : []));
}

describe('the sheet language picks local forms in shaping', () => {
  it('Marathi draws ल and श in their Marathi forms, Hindi in the default ones', async () => {
    const text = 'शाळा लक्ष';
    const [marathi, hindi, nepali] = await Promise.all(
      ['mr', 'hi', 'ne'].map((lang) => glyphsOf(lang, text, 'शाळा')),
    );
    expect(marathi).not.toEqual(hindi);
    expect(marathi!.length).toBe(hindi!.length);
    // Nepali has its own forms for other letters (झ), none for these two.
    expect(nepali).toEqual(hindi);
  });

  it('Urdu draws the digits ۴ ۶ ۷ in their Urdu forms, Arabic in the Persian ones', async () => {
    const text = 'سال ۱۹۴۷ اور ۲۰۰۶';
    const [urdu, arabic] = await Promise.all(['ur', 'ar'].map((lang) => glyphsOf(lang, text, '۱۹۴۷')));
    expect(urdu).not.toEqual(arabic);
    expect(urdu!.length).toBe(arabic!.length);
  });
});
