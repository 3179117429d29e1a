/** Lowers a figure: a value printed large (e.g. "1 in 10") with a line of explanation. */
import type { Figure } from '../../doc/types.js';
import { stackLaid } from '../stackLaid.js';
import { fitOneLine, layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import type { Laid, LayoutContext } from '../types.js';

export function lowerFigure(node: Figure, width: number, ctx: LayoutContext): Laid {
  const at = { path: node.path, span: node.span, tag: ctx.tags.get(node) };
  const style = fitOneLine(
    node.value,
    resolveStyle(ctx, { role: 'h1', color: node.color ?? 'primary' }),
    width,
    ctx,
  );
  const value = layoutText([{ text: node.value }], style, width, ctx, { ...at, gapAfter: 2 });
  const parts = [value];
  if (node.label) parts.push(layoutText([{ text: node.label }], resolveStyle(ctx, 'small'), width, ctx, at));
  return { ...stackLaid(parts), split: undefined };
}
