/**
 * Wraps a parsed font so its shaping is done once per process, not once per document.
 * pdfkit shapes every word of every document (OpenType lookups were most of a warm build's
 * time); it scales the positions it gets back in place, so each caller receives fresh copies.
 */
import type * as fontkit from 'fontkit';

interface Run {
  glyphs: fontkit.Glyph[];
  positions: fontkit.GlyphPosition[];
}

const LIMIT = 100_000;

export function withSharedLayout(font: fontkit.Font): fontkit.Font {
  const cache = new Map<string, Run>();
  const layout = (text: string, features?: unknown) => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = cache.get(key);
    if (!run) {
      const shaped = font.layout(text, features as never);
      run = { glyphs: shaped.glyphs, positions: shaped.positions.map((p) => ({ ...p })) };
      if (cache.size >= LIMIT) cache.clear();
      cache.set(key, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((s, p) => s + p.xAdvance, 0);
      },
    };
  };
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
