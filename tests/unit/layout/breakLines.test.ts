import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/doc/types.js';
import { breakLines, type Line } from '../../../src/layout/breakLines.js';
import { resolveStyle, type ResolvedStyle } from '../../../src/layout/textStyle.js';
import { testContext } from './context.js';

// Lato Regular at 10 pt: "hello" 21.25, " " 2.56, "world" 25.055 (so "hello world" is 48.865).
const ctx = testContext();
const body = resolveStyle(ctx, 'body');
const lines = (runs: Inline[], width: number, style: ResolvedStyle = body, missing = new Set<string>()) =>
  breakLines(runs, style, width, ctx, missing);
/** Each line's visible text (the text drawn ends in a space past the line's width; see below). */
const texts = (ls: Line[]) => ls.map((l) => l.pieces.map((p) => p.text).join('').trimEnd());

describe('breakLines', () => {
  it('keeps text that fits as one piece; a little narrower, it breaks at the space', () => {
    const fits = lines([{ text: 'hello world' }], 49);
    expect(fits.map((l) => [l.pieces.length, +l.width.toFixed(3)])).toEqual([[1, 48.865]]);
    const ls = lines([{ text: 'hello world' }], 48.8);
    // The space stays at the end of the first line's text (so extracted text keeps two words),
    // outside its measured width; its glyph is drawn past the line's end, where it shows nothing.
    expect(texts(ls)).toEqual(['hello', 'world']);
    expect(ls.map((l) => l.pieces.map((p) => p.text).join(''))).toEqual(['hello ', 'world ']);
    expect(ls.map((l) => l.width)).toEqual([21.25, 25.055]);
    expect(ls[0]!.pieces[0]!.glyphs.map((g) => g.text).join('')).toBe('hello ');
  });

  it('fills each line greedily', () => {
    // "a b c d" is 28.625 pt; adding " e" (7.84) would make 36.465 > 30.
    expect(texts(lines([{ text: 'a b c d e f g h' }], 30))).toEqual(['a b c d', 'e f g h']);
  });

  it('places right- and centre-aligned lines inside the width', () => {
    const x = (align: ResolvedStyle['align']) =>
      +lines([{ text: 'hello world' }], 100, { ...body, align })[0]!.pieces[0]!.x.toFixed(4);
    // 100 − 48.865 = 51.135 pt to spare.
    expect([x('left'), x('right'), x('center')]).toEqual([0, 51.135, 25.5675]);
  });

  it('breaks a word longer than the line after / - . or _, else between letters, within the width', () => {
    const url = lines([{ text: 'https://example.org/some/long/path' }], 60);
    expect(texts(url)).toEqual(['https://', 'example.org/', 'some/long/', 'path']);
    const ls = lines([{ text: 'abcdefghijklmnopqrstuvwxyz' }], 40);
    expect(texts(ls)).toEqual(['abcdefg', 'hijklmno', 'pqrstuv', 'wxyz']);
    expect(ls.every((l) => l.width <= 40)).toBe(true);
  });

  it('never breaks where two runs meet inside a word', () => {
    // "aa bb" fits in 30 pt but "aa bbcc" does not: the whole word "bbcc" moves down.
    expect(texts(lines([{ text: 'aa bb' }, { text: 'cc', emphasis: 'bold' }], 30))).toEqual(['aa', 'bbcc']);
  });

  it('draws emphasis in its own face and note markers smaller and raised', () => {
    const runs: Inline[] = [{ text: 'a ' }, { text: 'bold', emphasis: 'bold' }, { text: '1', sup: true }];
    const [line] = lines(runs, 200);
    expect(line!.pieces.map((p) => [p.text, p.face.name, p.size, +p.dy.toFixed(2)])).toEqual([
      ['a ', 'Lato-regular', 10, 0], ['bold', 'Lato-bold', 10, 0], ['1 ', 'Lato-regular', 6.2, -3.6],
    ]);
    expect(line!.pieces[1]!.x).toBeCloseTo(line!.pieces[0]!.width, 6);
  });

  it('upper-cases and tracks text as its style asks, counting the tracking in the width', () => {
    const [line] = lines([{ text: 'ab' }], 200, { ...body, upper: true, tracking: 0.1 });
    // "AB" is 13.235 pt; tracking 0.1 em at 10 pt adds 1 pt after each of the two letters.
    const piece = line!.pieces[0]!;
    expect([piece.text.trimEnd(), +line!.width.toFixed(3), piece.tracking]).toEqual(['AB', 15.235, 1]);
  });

  it('collects characters the font cannot draw', () => {
    const missing = new Set<string>();
    lines([{ text: 'café → 漢字 漢' }], 200, body, missing);
    expect([...missing]).toEqual(['漢', '字']);
  });
});
