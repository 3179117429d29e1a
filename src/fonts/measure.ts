/** Measures text with the real font metrics: the advances of the glyphs the writer will draw. */
import { runsWidth, shapeLine } from '../text/shapeLine.js';
import type { LoadedFace } from './registry.js';

/** Width in points of `text` set in `face` (or its fallbacks) at `size`, kerning included. */
export function textWidth(face: LoadedFace, text: string, size: number): number {
  return runsWidth(shapeLine(face, text), size);
}

/** Characters of `text` neither the face nor its fallbacks have (they would print as empty boxes). */
export function missingGlyphs(face: LoadedFace, text: string): readonly string[] {
  return [...new Set(shapeLine(face, text).flatMap((run) => run.shaped.missing))];
}
