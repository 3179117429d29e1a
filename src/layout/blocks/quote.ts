/** Lowers a pull quote: a large accent opening mark hanging to the left, the words, the attribution. */
import type { QuoteNode } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { textWidth } from '../../fonts/measure.js';
import { baselineOffset, layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { shift, type Laid, type LayoutContext } from '../types.js';

export function lowerQuote(node: QuoteNode, width: number, ctx: LayoutContext): Laid {
  const at = { path: node.path, span: node.span };
  const [wordsTag, byTag] = ctx.tags.get(node)?.children ?? [];
  const style = resolveStyle(ctx, { role: 'quote', color: node.color });
  const size = node.size === 'large' ? style.size : style.size * 0.85;
  const markSize = size * 3.2;
  const face = ctx.fonts.black;
  // The opening mark hangs in a gutter of its own, so its (large) text box never overlaps the words.
  const gutter = textWidth(face, '“', markSize) + 4;
  const words = layoutText([{ text: `${node.text}”` }], { ...style, size }, width - gutter, ctx, { ...at, gapAfter: 6, tag: wordsTag });
  const firstBaseline = baselineOffset({ ...style, size }, style.face === 'black' ? face.ascent : ctx.fonts[style.face].ascent, ctx.fonts[style.face].descent);
  // Align the top of the mark's ink (about the cap height) with the top of the first line's capitals.
  const markBaseline = firstBaseline - size * ctx.fonts[style.face].capHeight + markSize * face.capHeight;
  const mark = { kind: 'text' as const, x: 0, y: markBaseline, text: '“', face, size: markSize, color: colorOf(ctx.theme, node.color ?? 'accent'), tracking: 0, tag: wordsTag };
  const parts = [words];
  if (node.attribution) parts.push(layoutText([{ text: node.attribution }], resolveStyle(ctx, 'caption'), width - gutter, ctx, { ...at, tag: byTag }));
  const body = stackLaid(parts);
  return { ...body, items: [mark, ...shift(body.items, gutter, 0)], split: undefined };
}
