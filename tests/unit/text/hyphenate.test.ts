import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/cache.js';
import { hyphenationLanguage, hyphenatorFor, type Hyphenator } from '../../../src/text/hyphenate.js';

const cache = new BoundedCache<string, Hyphenator | null>(8);
const hyphenator = async (tag: string) => (await hyphenatorFor(tag, cache))!;
/** The word with "-" at each point where a line may end. */
const shown = (h: Hyphenator, word: string) => {
  let out = word;
  for (const p of [...h.points(word)].reverse()) out = `${out.slice(0, p)}-${out.slice(p)}`;
  return out;
};

describe('hyphenation by language', () => {
  it.each([
    ['en-US', 'programme', 'pro-gramme'],
    ['en-US', 'independently', 'in-de-pen-dently'], // never "-ly": 3 letters at least after
    ['en-US', 'organisation', 'or-gan-i-sa-tion'],
    ['en-GB', 'organisation', 'or-gan-isa-tion'],
    ['en', 'partners.', 'part-ners.'],
    ['es', 'organización', 'or-ga-ni-za-ción'],
    ['es-419', 'alfabetización', 'al-fa-be-ti-za-ción'],
    ['es', 'desarrollo', 'de-sa-rro-llo'],
    ['de', 'Gesundheitsversorgung', 'Ge-sund-heits-ver-sor-gung'],
    ['de-DE', 'Kinderbetreuungseinrichtungen', 'Kin-der-be-treu-ungs-ein-rich-tun-gen'],
  ])('%s: %s → %s', async (tag, word, expected) => {
    expect(shown(await hyphenator(tag), word)).toBe(expected);
  });

  it('leaves acronyms, words with digits and short words whole', async () => {
    const en = await hyphenator('en');
    expect(['UNICEF', 'COVID19', 'A4paper', 'king'].map((w) => en.points(w))).toEqual([[], [], [], []]);
  });

  it('has no patterns for scripts whose typography does not hyphenate', async () => {
    expect(['bn', 'hi-IN', 'zh-Hant-HK', 'ar', 'ur'].map(hyphenationLanguage)).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
    expect(await hyphenatorFor('bn', cache)).toBeUndefined();
  });

  it('loads a language once per engine cache, and a fresh cache loads its own', async () => {
    const fresh = new BoundedCache<string, Hyphenator | null>(8);
    const first = await hyphenatorFor('de-AT', fresh);
    expect(await hyphenatorFor('de', fresh)).toBe(first);
    expect(fresh.size).toBe(1);
    expect(await hyphenatorFor('de', new BoundedCache(8))).not.toBe(first);
  });
});
