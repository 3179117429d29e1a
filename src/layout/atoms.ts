/** The pieces lines are made of: shaped stretches of text in one style, and the words they form. */
import type { LoadedFace } from '../fonts/registry.js';
import type { Glyph } from '../fonts/shape.js';
import { shapeRun } from '../text/shapeRun.js';

/** A stretch of text in one style, shaped and measured. */
export interface Atom {
  text: string;
  face: LoadedFace;
  size: number;
  color: string;
  dy: number;
  width: number;
  /** Extra space after each glyph, in points. */
  tracking: number;
  link?: string;
  glyphs: readonly Glyph[];
  space: boolean;
  /** Unicode script of the run it was shaped as (see src/text/itemize.ts). */
  script: string;
  /** Bidi level: odd for right-to-left text. */
  level: number;
  /** The sheet's language (BCP 47), for local forms in HarfBuzz's scripts. */
  language: string | undefined;
  /** Cut from a longer shaped text, its last advance kerned towards what followed it: a
   * line that ends with it measures and draws it shaped alone. */
  kernsOn: boolean;
}

/** What lies between two line-break opportunities, with the spaces before it. */
export interface Word {
  space: Atom[];
  atoms: Atom[];
  /** The word ends at a soft hyphen: a line that ends here shows a hyphen. */
  soft: boolean;
  /** A line must end after this word (a line separator in the text). */
  required: boolean;
}

export const widthOf = (atoms: readonly Atom[]) => atoms.reduce((s, a) => s + a.width, 0);

/** The text shaped, and its width: glyph advances plus the tracking after each glyph. */
export function measured(
  face: LoadedFace,
  text: string,
  size: number,
  tracking: number,
  script = 'Latin',
  level = 0,
  language?: string,
) {
  const shaped = shapeRun(face, text, script, level % 2 === 1, language);
  const width = (shaped.advance / face.unitsPerEm) * size + tracking * shaped.glyphs.length;
  return { text, glyphs: shaped.glyphs, width, missing: shaped.missing };
}

/**
 * A shaped atom cut into pieces of the given text lengths, each keeping its glyphs and their
 * advances from the whole (so kerning across the cuts stays when the pieces share a line).
 * Where a glyph stands for characters on both sides of a cut (a ligature), or the glyphs are
 * not in text order, each piece is shaped alone instead.
 */
export function splitShaped(whole: Atom, lengths: readonly number[], shape: (text: string) => Atom): Atom[] {
  if (lengths.length === 1) return [whole];
  const pieces: Atom[] = [];
  let [g, at] = [0, 0];
  for (const length of lengths) {
    const [from, glyphs] = [at, [] as Glyph[]];
    while (at < from + length && g < whole.glyphs.length) {
      const glyph = whole.glyphs[g++]!;
      glyphs.push(glyph);
      at += glyph.text.length;
    }
    // The second glyph of a character drawn with two stands for nothing: it goes with the first.
    while (g < whole.glyphs.length && whole.glyphs[g]!.text === '') glyphs.push(whole.glyphs[g++]!);
    const text = whole.text.slice(from, from + length);
    const inOrder = at === from + length && glyphs.map((x) => x.text).join('') === text;
    if (!inOrder) return piecesAlone(whole, lengths, shape);
    const advance = glyphs.reduce((sum, x) => sum + x.advance, 0);
    const width = (advance / whole.face.unitsPerEm) * whole.size + whole.tracking * glyphs.length;
    pieces.push({ ...whole, text, glyphs, width, kernsOn: pieces.length < lengths.length - 1 });
  }
  return g === whole.glyphs.length ? pieces : piecesAlone(whole, lengths, shape);
}

function piecesAlone(whole: Atom, lengths: readonly number[], shape: (text: string) => Atom): Atom[] {
  let at = 0;
  return lengths.map((length) => shape(whole.text.slice(at, (at += length))));
}

/** The atom as it is shaped alone, where a line ends with it. */
export function alone(atom: Atom): Atom {
  if (!atom.kernsOn) return atom;
  const { face, text, size, tracking, script, level, language } = atom;
  const again = measured(face, text, size, tracking, script, level, language);
  return { ...atom, text: again.text, glyphs: again.glyphs, width: again.width, kernsOn: false };
}

/** The atoms covering characters [from, to) of their joined text, re-measured where cut. */
export function sliceAtoms(atoms: readonly Atom[], from: number, to: number): Atom[] {
  const out: Atom[] = [];
  let pos = 0;
  for (const a of atoms) {
    const [start, end] = [Math.max(from, pos), Math.min(to, pos + a.text.length)];
    if (start < end) {
      const text = a.text.slice(start - pos, end - pos);
      const remeasured = () => {
        const m = measured(a.face, text, a.size, a.tracking, a.script, a.level, a.language);
        return { ...a, text, glyphs: m.glyphs, width: m.width, kernsOn: false };
      };
      out.push(text === a.text ? a : remeasured());
    }
    pos += a.text.length;
  }
  return out;
}

/**
 * The hyphen that ends a line broken inside a word, in the style of the letter before it. It
 * is drawn with the hyphen glyph but stands for a soft hyphen (U+00AD, as ISO 32000-1 14.8.2.2.3
 * asks): the writer marks it with ActualText, so extracted text and screen readers get the
 * word whole ("pro­gramme"), not "pro-gramme".
 */
export function hyphenAtom(before: Atom): Atom {
  const { face, size, tracking, level, language } = before;
  const { glyphs, width } = measured(face, '-', size, tracking, 'Common', level, language);
  const marked = glyphs.map((g): Glyph => ({ ...g, actualText: '\u00ad' }));
  return { ...before, text: '\u00ad', glyphs: marked, width, space: false, link: before.link };
}
