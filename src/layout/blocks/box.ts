/** Lowers a box: a tinted panel with an optional colour bar at its left or top edge. */
import type { Box } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import type { Lower } from '../lowerNode.js';
import { stackLaid } from '../stackLaid.js';
import { laid, shift, shiftSections, type DisplayItem, type Laid, type LayoutContext } from '../types.js';

const BAR = 4;

export function lowerBox(node: Box, width: number, ctx: LayoutContext, lower: Lower): Laid {
  const left = node.pad + (node.bar && node.barSide === 'left' ? BAR : 0);
  const top = node.pad + (node.bar && node.barSide === 'top' ? BAR : 0);
  const inner = width - left - node.pad;
  const body = stackLaid(node.children.map((c) => lower(c, inner, ctx)));
  const height = body.height + top + node.pad;
  const items: DisplayItem[] = [];
  if (node.fill) items.push({ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: colorOf(ctx.theme, node.fill) });
  if (node.bar) {
    const bar = node.barSide === 'left' ? { x: 0, y: 0, w: BAR, h: height } : { x: 0, y: 0, w: width, h: BAR };
    items.push({ kind: 'rect', ...bar, fill: colorOf(ctx.theme, node.bar) });
  }
  items.push(...shift(body.items, left, top));
  return laid(height, items, { sections: shiftSections(body.sections, top), gapAfter: 12 });
}
