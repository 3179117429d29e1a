/**
 * Shapes text into glyphs once, for both measuring and drawing: the widths layout uses are the
 * advances the writer puts in the PDF, and each glyph carries the text it stands for, so a
 * ligature extracts as its letters ("fi"), not as U+FB01.
 */
import type { LoadedFace } from './registry.js';

/** One shaped glyph. Advance and offsets are in font units (see LoadedFace.unitsPerEm). */
export interface Glyph {
  id: number;
  advance: number;
  /** The characters this glyph stands for: one letter, several for a ligature, '' for the
   * second glyph of a character drawn with two. */
  text: string;
  dx?: number;
  dy?: number;
  /** What this one glyph stands for when it is not `text`: a hyphen drawn where a line breaks
   * inside a word stands for a soft hyphen. The writer marks it with ActualText. */
  actualText?: string;
}

export interface Shaped {
  glyphs: readonly Glyph[];
  /** Sum of advances, in font units. */
  advance: number;
  /** Characters the face has no glyph for (drawn as .notdef, an empty box), each once. */
  missing: readonly string[];
}

/** Shaped runs kept per face; cleared when full (the set of words a batch uses is small). */
const LIMIT = 50_000;

export function shapeText(face: LoadedFace, text: string): Shaped {
  return face.shapes.get(text) ?? cachedShape(face, text, () => shapeUncached(face, text));
}

/** The face's shaped run under `key`, made by `shape` the first time. */
export function cachedShape(face: LoadedFace, key: string, shape: () => Shaped): Shaped {
  let shaped = face.shapes.get(key);
  if (!shaped) {
    shaped = shape();
    if (face.shapes.size >= LIMIT) face.shapes.clear();
    face.shapes.set(key, shaped);
  }
  return shaped;
}

/**
 * 'latn' for text that is plainly Latin (letters up to U+024F, punctuation, symbols), else
 * undefined so fontkit detects the script. Naming it halves the shaping time (measured: 763
 * words, 322 → 162 ms) with identical glyphs and positions.
 */
function latinScript(text: string): string | undefined {
  return /^[\u0000-\u024f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]*$/.test(text) ? 'latn' : undefined;
}

function shapeUncached(face: LoadedFace, text: string): Shaped {
  const run = face.font.layout(text, undefined as never, latinScript(text));
  const texts = clusterTexts(face, text, run.glyphs.map((g) => g.id));
  let advance = 0;
  const glyphs = run.glyphs.map((g, i): Glyph => {
    const p = run.positions[i]!;
    advance += p.xAdvance;
    const glyph: Glyph = { id: g.id, advance: p.xAdvance, text: texts[i]! };
    if (p.xOffset) glyph.dx = p.xOffset;
    if (p.yOffset) glyph.dy = p.yOffset;
    return glyph;
  });
  const missing = [...new Set([...missingOf(glyphs), ...unmapped(face, text)])];
  return { glyphs, advance, missing };
}

/**
 * Characters the font's character map lacks. Read from the text, not the glyphs: in a
 * right-to-left run (an Arabic stat prefix, found by the fuzz test) the cluster texts did not
 * line up with glyph 0, so empty boxes printed without an error. Invisible characters
 * (default-ignorable: joiners, marks, the soft hyphen) are drawn as nothing and never missing.
 */
export function unmapped(face: LoadedFace, text: string): string[] {
  const invisible = (ch: string) => cp(ch) <= 0x20 || /[\s\p{Default_Ignorable_Code_Point}]/u.test(ch);
  return [...text].filter((ch) => !invisible(ch) && !face.font.hasGlyphForCodePoint(cp(ch)));
}

/** Characters set as glyph 0; spaces and no-break spaces are not missing even when blank. */
function missingOf(glyphs: readonly Glyph[]): string[] {
  const missing = new Set<string>();
  for (const g of glyphs) {
    if (g.id !== 0) continue;
    for (const ch of g.text) if (cp(ch) > 0x20 && cp(ch) !== 0xa0) missing.add(ch);
  }
  return [...missing];
}

/**
 * The characters each glyph stands for. fontkit does not report clusters, and the code points
 * it keeps on a glyph object depend on which text first created it, so they are worked out
 * here: a glyph the character map gives for the next character takes that character; a
 * ligature takes the letters its presentation form decomposes to (U+FB01 → "fi") or, failing
 * that, every character up to the next glyph that matches.
 */
function clusterTexts(face: LoadedFace, text: string, ids: readonly number[]): string[] {
  const chars = [...text];
  const nominal = (i: number) => (i < chars.length ? face.font.glyphForCodePoint(cp(chars[i]!)).id : -1);
  const out: string[] = [];
  let at = 0;
  ids.forEach((id, k) => {
    if (at >= chars.length) return void out.push('');
    if (nominal(at) === id) return void out.push(chars[at++]!);
    const letters = ligatureLetters(face, id, chars, at);
    if (letters > 0) {
      out.push(chars.slice(at, at + letters).join(''));
      at += letters;
      return;
    }
    const next = ids[k + 1];
    let end = at + 1;
    while (end < chars.length && next !== undefined && nominal(end) !== next) end++;
    if (next === undefined) end = chars.length;
    out.push(chars.slice(at, end).join(''));
    at = end;
  });
  if (at < chars.length && out.length) out[out.length - 1] += chars.slice(at).join('');
  return out;
}

const cp = (ch: string) => ch.codePointAt(0)!;

/** How many characters from `at` the ligature glyph `id` covers, from its decomposed forms. */
function ligatureLetters(face: LoadedFace, id: number, chars: readonly string[], at: number): number {
  for (const form of face.font.stringsForGlyph(id)) {
    const letters = [...form.normalize('NFKD')];
    if (letters.length > 1 && letters.every((ch, j) => chars[at + j] === ch)) return letters.length;
  }
  return 0;
}
