/** Measures text with the real font metrics: the advances of the glyphs the writer will draw. */
import type { LoadedFace } from './registry.js';
import { shapeText } from './shape.js';

/** Width in points of `text` set in `face` at `size`, kerning included (as it is drawn). */
export function textWidth(face: LoadedFace, text: string, size: number): number {
  return (shapeText(face, text).advance / face.unitsPerEm) * size;
}

/** Characters of `text` the face has no glyph for (they would print as empty boxes). */
export function missingGlyphs(face: LoadedFace, text: string): readonly string[] {
  return shapeText(face, text).missing;
}
