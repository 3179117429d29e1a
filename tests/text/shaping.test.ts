import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/cache.js';
import { loadFontRegistry, type Face } from '../../src/fonts/registry.js';
import { FONTS_DIR } from '../../src/paths.js';
import { itemize } from '../../src/text/itemize.js';
import { shapeRun } from '../../src/text/shapeRun.js';
import { diskWorld } from '../../src/world.js';

/** Made by tests/scripts/shaping-expected.mjs with Debian's hb-shape; not needed to run this test. */
interface Expected {
  generator: string;
  cases: { font: string; script: string; word: string; glyphs: [number, number, number, number, number][] }[];
}
const expected = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../fixtures/shaping/expected.json'), 'utf8'),
) as Expected;

describe('shaping matches HarfBuzz (hb-shape) on Bengali and Devanagari words', async () => {
  const registry = await loadFontRegistry(FONTS_DIR, diskWorld(), new BoundedCache(2));
  const lato = registry.families.get('Lato')!;

  it('covers at least 200 words with conjuncts, reph, vowel signs and nukta', () => {
    const words = new Set(expected.cases.map((c) => c.word));
    expect(words.size).toBeGreaterThanOrEqual(200);
    const all = [...words].join('');
    for (const mark of ['\u09cd', '\u094d', '\u09bf', '\u093f', '\u09bc', '\u093c', 'র্', 'र्'])
      expect(all).toContain(mark);
  });

  // Each word goes through the pipeline as a sheet's text does: set in Lato, whose fallback
  // chain hands Bengali and Devanagari to the Noto faces of the same weight.
  for (const face of ['regular', 'bold'] as Face[]) {
    it(`gives hb-shape's glyph ids, advances and offsets (${face})`, () => {
      const mismatches: string[] = [];
      for (const c of expected.cases.filter((e) => e.font.toLowerCase().includes(`-${face}.`))) {
        const items = itemize(c.word, lato[face]);
        const glyphs = items.flatMap((item) => {
          const text = c.word.slice(item.start, item.end);
          const shaped = shapeRun(item.face, text, item.script, item.level % 2 === 1);
          expect(path.basename(item.face.file)).toBe(path.basename(c.font));
          return shaped.glyphs.map((g) => [g.id, g.advance, g.dx ?? 0, g.dy ?? 0]);
        });
        const want = c.glyphs.map(([id, , advance, dx, dy]) => [id, advance, dx, dy]);
        if (JSON.stringify(glyphs) !== JSON.stringify(want)) mismatches.push(c.word);
      }
      expect(mismatches).toEqual([]);
    });
  }
});
