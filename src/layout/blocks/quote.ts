/** Lowers a pull quote: a large accent quotation mark, the words, and the attribution. */
import type { QuoteNode } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { laid, type Laid, type LayoutContext } from '../types.js';

export function lowerQuote(node: QuoteNode, width: number, ctx: LayoutContext): Laid {
  const at = { path: node.path, span: node.span };
  const markSize = node.size === 'large' ? 54 : 40;
  const face = ctx.fonts.black;
  // The mark's ink sits high in its em box; only the top ~45% is drawn, so the box is cut to that.
  const markHeight = markSize * 0.42;
  const mark = laid(markHeight, [{ kind: 'text', x: -2, y: markSize * 0.74, text: '“', face, size: markSize, color: colorOf(ctx.theme, node.color ?? 'accent'), tracking: 0 }], { gapAfter: 4 });
  const style = resolveStyle(ctx, { role: 'quote', color: node.color });
  const size = node.size === 'large' ? style.size : style.size * 0.85;
  const words = layoutText([{ text: node.text }], { ...style, size }, width, ctx, { ...at, gapAfter: 6 });
  const by = layoutText([{ text: node.attribution }], resolveStyle(ctx, 'caption'), width, ctx, at);
  return { ...stackLaid(node.attribution ? [mark, words, by] : [mark, words]), split: undefined };
}
