/**
 * Turns one itemised run (one face, script and direction) into glyphs: Latin, Greek and
 * Cyrillic left to right by fontkit (src/fonts/shape.ts, as before), every other script and
 * every right-to-left run by HarfBuzz. Each glyph carries the characters it stands for, from
 * HarfBuzz's clusters, for the PDF's ToUnicode map.
 */
import type { LoadedFace } from '../fonts/registry.js';
import { cachedShape, shapeText, unmapped, type Glyph, type Shaped } from '../fonts/shape.js';
import { hbShape, type HbGlyph } from './harfbuzz.js';
import { needsHarfBuzz, scriptTag } from './scripts.js';

/** `language` (BCP 47, the sheet's) picks local forms in HarfBuzz's scripts; Latin ignores it. */
export function shapeRun(
  face: LoadedFace,
  text: string,
  script: string,
  rtl: boolean,
  language = '',
): Shaped {
  if (!needsHarfBuzz(script, rtl)) return shapeText(face, text);
  const tag = scriptTag(script);
  // A key no plain text can be: fontkit's entries are keyed by the text alone.
  const key = `\u0000${tag}${rtl ? '<' : '>'}${language}\u0000${text}`;
  const shaped = () => hbShape(face, text, tag, rtl, language);
  return cachedShape(face, key, () => fromHarfBuzz(face, text, shaped(), rtl));
}

function fromHarfBuzz(face: LoadedFace, text: string, hb: readonly HbGlyph[], rtl: boolean): Shaped {
  const texts = clusterTexts(face, text, hb, rtl);
  let advance = 0;
  const glyphs = hb.map((g, i): Glyph => {
    advance += g.advance;
    const glyph: Glyph = { id: g.id, advance: g.advance, text: texts[i]! };
    if (g.dx) glyph.dx = g.dx;
    if (g.dy) glyph.dy = g.dy;
    return glyph;
  });
  return { glyphs, advance, missing: [...new Set(unmapped(face, text))] };
}

/**
 * The characters each glyph stands for. A cluster is the text from its start to the next
 * cluster's; within it a glyph the character map gives for one of its characters takes that
 * character (a pre-base vowel sign drawn first still stands for the sign), the other glyphs
 * take the remaining characters one each in reading order (Arabic joining forms), and what is
 * left (a virama inside a conjunct, a reph's ra) goes to the last of them. In a right-to-left
 * run each glyph's text is reversed: viewers reverse a right-to-left line character by
 * character, so a lam-alef ligature must read "al" backwards to come out as "la".
 */
function clusterTexts(face: LoadedFace, text: string, hb: readonly HbGlyph[], rtl: boolean): string[] {
  const starts = [...new Set(hb.map((g) => g.cluster))].sort((a, b) => a - b);
  const endOf = (start: number) => starts.find((s) => s > start) ?? text.length;
  const out = hb.map(() => '');
  const byCluster = new Map<number, number[]>();
  hb.forEach((g, i) => byCluster.set(g.cluster, [...(byCluster.get(g.cluster) ?? []), i]));
  for (const [start, drawn] of byCluster) {
    const indices = rtl ? [...drawn].reverse() : drawn;
    const chars = [...text.slice(start, endOf(start))];
    const taken = chars.map(() => false);
    for (const i of indices) {
      const at = chars.findIndex((ch, k) => !taken[k] && nominal(face, ch) === hb[i]!.id);
      if (at >= 0) [out[i], taken[at]] = [chars[at]!, true];
    }
    const rest = chars.filter((_, k) => !taken[k]);
    const open = indices.filter((i) => out[i] === '');
    open.forEach((i, k) => (out[i] = rest[k] ?? ''));
    if (rest.length > open.length) out[open.at(-1) ?? indices[0]!] += rest.slice(open.length).join('');
  }
  return rtl ? out.map((t) => [...t].reverse().join('')) : out;
}

const nominal = (face: LoadedFace, ch: string) => face.font.glyphForCodePoint(ch.codePointAt(0)!).id;
