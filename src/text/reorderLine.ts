/**
 * Turns a line's pieces from logical order into the order they are drawn, left to right, by
 * their bidi levels (UAX #9 rule L2): from the highest level down to the lowest odd one, every
 * stretch at that level or above is reversed. Each piece's glyphs are already in visual order
 * (HarfBuzz shapes a right-to-left run right to left), so only whole pieces move.
 */
export function reorderLine<T extends { level: number }>(pieces: readonly T[]): readonly T[] {
  if (pieces.every((p) => p.level === 0)) return pieces;
  const out = [...pieces];
  const highest = Math.max(0, ...out.map((p) => p.level));
  const lowestOdd = Math.min(...out.map((p) => p.level | 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.level < level) continue;
      let end = i;
      while (end + 1 < out.length && out[end + 1]!.level >= level) end++;
      out.splice(i, end - i + 1, ...out.slice(i, end + 1).reverse());
      i = end;
    }
  }
  return out;
}
