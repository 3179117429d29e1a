/**
 * Turns text in one face, script and direction into HarfBuzz's glyphs: ids, advances, offsets
 * and clusters (UTF-16 offsets of the characters each glyph comes from), in visual order.
 * HarfBuzz shapes Bengali and Devanagari as Debian's `hb-shape` does; fontkit's Indic shaper
 * picked other glyphs for 22 of 570 words of the test corpus (a pre-base e sign mid-word).
 */
import type { LoadedFace } from '../fonts/registry.js';

export type HarfBuzz = typeof import('harfbuzzjs');

/** The WebAssembly build, compiled once per process by Node's module loader. */
export const loadHarfBuzz = (): Promise<HarfBuzz> => import('harfbuzzjs');

export interface HbGlyph {
  id: number;
  cluster: number;
  advance: number;
  dx: number;
  dy: number;
}

/**
 * `script` is an ISO 15924 tag in lower case ("beng"), as `hb-shape --script` takes it;
 * `language` a BCP 47 tag ("ur", "mr"), which HarfBuzz maps to the font's language system for
 * its local forms (Urdu digits, Marathi ल and श), as `hb-shape --language` does.
 */
export function hbShape(
  face: LoadedFace,
  text: string,
  script: string,
  rtl: boolean,
  language?: string,
): HbGlyph[] {
  const hb = face.harfbuzz;
  const font = (face.lazy.hbFont ??= new hb.Font(new hb.Face(new hb.Blob(face.bytes))));
  // The buffer's WebAssembly memory is freed when it is garbage-collected (harfbuzzjs v1).
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.setScript(script);
  if (language) buffer.setLanguage(language);
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  return buffer.getGlyphInfos().map((g, i) => {
    const p = positions[i]!;
    return { id: g.codepoint, cluster: g.cluster, advance: p.xAdvance, dx: p.xOffset, dy: p.yOffset };
  });
}
