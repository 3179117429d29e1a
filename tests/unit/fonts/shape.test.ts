import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/fonts/measure.js';
import { shapeText } from '../../../src/fonts/shape.js';
import { lato } from '../layout/context.js';

describe('shapeText', () => {
  it('gives each glyph the characters it stands for, a ligature its letters', () => {
    const { glyphs } = shapeText(lato.regular, 'office fluff');
    // Lato's liga feature sets "ffi", "fl" and "ff" as one glyph each.
    expect(glyphs.map((g) => g.text)).toEqual(['o', 'ffi', 'c', 'e', ' ', 'fl', 'u', 'ff']);
    const f = lato.regular.font.glyphForCodePoint(0x66).id;
    expect(glyphs[1]!.id).not.toBe(f);
    expect(glyphs.length).toBeLessThan('office fluff'.length);
  });

  it('measures what it draws: the width is the sum of the glyph advances, kerning included', () => {
    const shaped = shapeText(lato.regular, 'AV');
    const sum = shaped.glyphs.reduce((s, g) => s + g.advance, 0);
    expect(sum).toBe(shaped.advance);
    expect(textWidth(lato.regular, 'AV', 100)).toBeCloseTo((sum / lato.regular.unitsPerEm) * 100, 9);
    const apart = textWidth(lato.regular, 'A', 100) + textWidth(lato.regular, 'V', 100);
    expect(textWidth(lato.regular, 'AV', 100)).toBeLessThan(apart);
  });

  it('keeps every character of text with marks, symbols and letters the font lacks', () => {
    for (const text of ['café naïve', 'x\u0301y', '€ 1\u202f234 — “ok”', '漢字 ok', '']) {
      expect(shapeText(lato.regular, text).glyphs.map((g) => g.text).join('')).toBe(text);
    }
  });

  it('returns the same shaped run each time (cached on the face)', () => {
    expect(shapeText(lato.bold, 'Kerning')).toBe(shapeText(lato.bold, 'Kerning'));
  });
});
