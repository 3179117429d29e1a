/** Measures text with the real font metrics (the same files pdfkit embeds), memoised per face. */
import type { LoadedFace } from './registry.js';

const widths = new WeakMap<LoadedFace, Map<string, number>>();

/** Width in points of `text` set in `face` at `size`, kerning included (as pdfkit draws it). */
export function textWidth(face: LoadedFace, text: string, size: number): number {
  let table = widths.get(face);
  if (!table) widths.set(face, (table = new Map()));
  let em = table.get(text);
  if (em === undefined) {
    em = face.font.layout(text).advanceWidth / face.font.unitsPerEm;
    if (table.size > 50_000) table.clear();
    table.set(text, em);
  }
  return em * size;
}

/** Characters of `text` the face has no glyph for (they would print as empty boxes). */
export function missingGlyphs(face: LoadedFace, text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x20 && cp !== 0xa0 && !face.font.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}
