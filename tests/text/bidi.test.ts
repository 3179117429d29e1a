import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/cache.js';
import { loadFontRegistry } from '../../src/fonts/registry.js';
import { FONTS_DIR } from '../../src/paths.js';
import { paragraphLevels } from '../../src/text/bidi.js';
import { itemize } from '../../src/text/itemize.js';
import { reorderLine } from '../../src/text/reorderLine.js';
import { diskWorld } from '../../src/world.js';

const pieces = (levels: number[]) => levels.map((level, i) => ({ level, name: String.fromCharCode(97 + i) }));
const order = (levels: number[]) =>
  reorderLine(pieces(levels))
    .map((p) => p.name)
    .join('');

describe('bidi', () => {
  it('leaves left-to-right text alone and costs nothing for it', () => {
    expect(paragraphLevels('Kolkata, 2006 — কলকাতা')).toBeUndefined();
    expect(order([0, 0, 0])).toBe('abc');
  });

  it('reverses right-to-left runs and keeps numbers inside them left to right (rule L2)', () => {
    expect(order([0, 1, 1, 0])).toBe('acbd');
    expect(order([1, 1, 2, 2, 1])).toBe('ecdba');
    expect(order([1, 1, 1])).toBe('cba');
  });

  it('gives Arabic text a right-to-left paragraph, its digits level 2', () => {
    const text = 'منذ 2006 أنقذت IJM';
    const { levels, base } = paragraphLevels(text)!;
    expect(base).toBe(1);
    expect(levels[0]).toBe(1);
    expect(levels[text.indexOf('2006')]).toBe(2);
    expect(levels[text.indexOf('IJM')]).toBe(2);
  });

  it('itemises by face, script and level: Arabic in the Arabic face, digits and Latin in Lato', async () => {
    const lato = (await loadFontRegistry(FONTS_DIR, diskWorld(), new BoundedCache(2))).families.get('Lato')!;
    const text = 'منذ2006';
    const items = itemize(text, lato.regular, paragraphLevels(text)!.levels);
    expect(items.map((i) => [text.slice(i.start, i.end), i.face.name, i.level])).toEqual([
      ['منذ', 'Noto Sans Arabic-regular', 1],
      ['2006', 'Lato-regular', 2],
    ]);
    const mixed = itemize('কলকাতা, India', lato.bold);
    expect(mixed.map((i) => [i.face.name, i.script])).toEqual([
      ['Noto Sans Bengali-bold', 'Bengali'],
      ['Lato-bold', 'Latin'],
    ]);
  });
});
