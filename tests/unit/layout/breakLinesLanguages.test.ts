/** Line breaking by UAX #14 at grapheme boundaries, soft hyphens and hyphenation, on real Lato. */
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/cache.js';
import type { Inline } from '../../../src/doc/types.js';
import { textWidth } from '../../../src/fonts/measure.js';
import { breakLines, type Line } from '../../../src/layout/breakLines.js';
import { resolveStyle, type ResolvedStyle } from '../../../src/layout/textStyle.js';
import type { LayoutContext } from '../../../src/layout/types.js';
import { hyphenatorFor } from '../../../src/text/hyphenate.js';
import { lato, testContext } from './context.js';

const cache = new BoundedCache<string, never>(8);
const plain = testContext();
const withLanguage = async (tag: string): Promise<LayoutContext> => ({
  ...plain,
  hyphenator: await hyphenatorFor(tag, cache),
});
const body = resolveStyle(plain, 'body'); // Lato Regular 10 pt
const lines = (text: string, width: number, ctx = plain, style: ResolvedStyle = body) =>
  breakLines([{ text }] as Inline[], style, width, ctx, new Set());
/** Each line's text as drawn, without the space it breaks at; a line-end hyphen shows as "-". */
const texts = (ls: Line[]) => ls.map((l) => drawn(l).trimEnd().replace('\u00ad', '-'));
const drawn = (l: Line) => l.pieces.map((p) => p.text).join('');
const width = (text: string) => textWidth(lato.regular, text, 10);
const HYPHEN = lato.regular.font.glyphForCodePoint(0x2d).id;

describe('soft hyphens', () => {
  it('are invisible inside a line: no glyph, no width', () => {
    const [line, ...rest] = lines('pro\u00adgramme', 200);
    expect(rest).toEqual([]);
    expect(line!.pieces.map((p) => p.text).join('')).toBe('programme ');
    expect(line!.pieces.flatMap((p) => p.glyphs).some((g) => g.id === HYPHEN)).toBe(false);
    expect(line!.width).toBeCloseTo(width('programme'), 6);
  });

  it('break a line with a visible hyphen that stands for a soft hyphen (ActualText)', () => {
    const room = width('the pro-') + 1;
    const ls = lines('the pro\u00adgramme', room);
    expect(texts(ls)).toEqual(['the pro-', 'gramme']);
    const hyphen = ls[0]!.pieces.at(-1)!.glyphs.at(-1)!;
    expect(hyphen).toMatchObject({ id: HYPHEN, text: '-', actualText: '\u00ad' });
    expect(ls[0]!.width).toBeLessThanOrEqual(room);
  });
});

describe('hyphenation by the sheet language', () => {
  const word = 'Donaudampfschifffahrtsgesellschaft';

  it('hyphenates a word too long for the line instead of cutting it anywhere', async () => {
    const german = lines(word, 80, await withLanguage('de'));
    expect(texts(german)).toEqual(['Donaudampf-', 'schifffahrtsgesell-', 'schaft']);
    expect(german.every((l) => l.width <= 80)).toBe(true);
    // With no patterns for the language it is cut after the last letter that fits, no hyphen.
    const cutOnly = texts(lines(word, 80));
    expect(cutOnly.join('')).toBe(word);
    expect(cutOnly.some((l) => l.endsWith('-'))).toBe(false);
  });

  it.each([
    ['en-US', 'We work with the local governments', 'We work with the local govern-', 'ments'],
    ['es', 'Trabajamos con las organizaciones', 'Trabajamos con las organiza-', 'ciones'],
    ['de', 'Wir arbeiten mit Gesundheitseinrichtungen', 'Wir arbeiten mit Gesundheits-', 'einrichtungen'],
  ])('%s: a loose line is filled by hyphenating the next word', async (tag, text, first, second) => {
    const room = width(first) + 2;
    expect(texts(lines(text, room, await withLanguage(tag)))).toEqual([first, second]);
  });

  it('leaves a line that is merely a little short, headings and capitals unhyphenated', async () => {
    const en = await withLanguage('en');
    // "gov-" would fit, but the line is less than the hyphenation zone (3 em, 30 pt) short of
    // the measure without it: it stays ragged.
    const room = width('We work with the local gov-') + 1;
    expect(room - width('We work with the local')).toBeLessThan(30);
    expect(texts(lines('We work with the local governments', room, en))).toEqual([
      'We work with the local', 'governments',
    ]);
    const loose = width('We work with the local govern-') + 2;
    const heading = { ...body, face: 'black' as const, size: 10 };
    expect(texts(lines('We work with the local governments', loose, en, heading)).length).toBe(2);
    expect(texts(lines('We work with the local governments', loose, en, heading))[0]).not.toMatch(/-$/);
    const upper = { ...body, upper: true };
    expect(texts(lines('We work with the local governments', loose * 1.2, en, upper))[0]).not.toMatch(/-$/);
  });

  it('never hyphenates a link or an address, which is cut without a hyphen', async () => {
    const en = await withLanguage('en');
    const hyphenated = (ls: Line[]) => texts(ls).some((l) => l.endsWith('-'));
    const word = 'organisationinternational';
    const link = breakLines([{ text: word, link: 'https://x.org' }], body, 60, en, new Set());
    expect(hyphenated(link)).toBe(false);
    expect(hyphenated(lines(`www.${word}.org`, 60, en))).toBe(false);
    expect(hyphenated(lines(word, 60, en))).toBe(true);
  });

  it('never ends more than two lines in a row with a hyphen when filling loose lines', async () => {
    const words = 'organisation international responsibility development understanding communication';
    const text = `${words} `.repeat(4);
    const ls = texts(lines(text.trim(), 120, await withLanguage('en')));
    let run = 0;
    for (const l of ls) {
      run = l.endsWith('-') ? run + 1 : 0;
      expect(run, ls.join(' | ')).toBeLessThanOrEqual(2);
    }
    expect(ls.some((l) => l.endsWith('-'))).toBe(true);
  });
});

describe('UAX #14 through layout', () => {
  it('breaks Chinese between ideographs, with no spaces added', () => {
    const ls = lines('香港辦事處每個人都有權享受教育', 50);
    expect(ls.length).toBeGreaterThan(1);
    expect(ls.map(drawn).join('')).toBe('香港辦事處每個人都有權享受教育 ');
    expect(ls.every((l) => l.width <= 50)).toBe(true);
  });

  it('keeps a number and its unit together across a no-break space', () => {
    const room = width('a distance of 10') + 1;
    expect(texts(lines('a distance of 10\u00a0km', room))).toEqual(['a distance of', '10\u00a0km']);
  });

  it('breaks after a hyphen or a dash, and at a line separator', () => {
    const room = width('state-of-the-') + 1;
    expect(texts(lines('state-of-the-art', room))).toEqual(['state-of-the-', 'art']);
    expect(texts(lines('one\u2028two', 300))).toEqual(['one', 'two']);
  });

  it('cuts a word that must be cut between grapheme clusters, never before an accent', () => {
    const word = 'e\u0301'.repeat(30);
    const ls = lines(word, 40);
    expect(ls.length).toBeGreaterThan(1);
    for (const l of ls) expect(l.pieces[0]!.text.startsWith('\u0301')).toBe(false);
    expect(ls.map(drawn).join('').trimEnd()).toBe(word);
  });

  it('shapes a word whole across its break opportunities, keeping its kerning', () => {
    const url = 'IJM.org/Get-Involved';
    expect(lines(url, 300)[0]!.width).toBeCloseTo(width(url), 6);
  });
});
