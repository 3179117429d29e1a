/** Lowers a horizontal rule; one under a heading stays with the heading's text (keepWithNext). */
import type { Rule } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { laid, type Laid, type LayoutContext } from '../types.js';

export function lowerRule(node: Rule, width: number, ctx: LayoutContext): Laid {
  const w = Math.min(node.length ?? width, width);
  return laid(
    node.weight,
    [{ kind: 'rect', x: 0, y: 0, w, h: node.weight, fill: colorOf(ctx.theme, node.color, 'muted') }],
    { gapAfter: node.gap, keepWithNext: node.keepWithNext ?? false },
  );
}
