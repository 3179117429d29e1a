/** Lowers a paragraph or heading: wrapped text in its role's style. */
import type { Paragraph } from '../../doc/types.js';
import { layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import type { Laid, LayoutContext } from '../types.js';

export function lowerPara(node: Paragraph, width: number, ctx: LayoutContext): Laid {
  return layoutText(node.inlines, resolveStyle(ctx, node.style), width, ctx, {
    path: node.path,
    span: node.span,
    gapAfter: node.gap,
    keepWithNext: node.keepWithNext,
    tag: ctx.tags.get(node),
  });
}
