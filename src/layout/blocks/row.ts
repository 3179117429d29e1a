/** Lowers a row: columns side by side with relative widths; as tall as its tallest column. */
import type { Row } from '../../doc/types.js';
import type { Lower } from '../lowerNode.js';
import { mirrorX } from '../../text/direction.js';
import { laid, moved, type Laid, type LayoutContext } from '../types.js';

export function lowerRow(node: Row, width: number, ctx: LayoutContext, lower: Lower): Laid {
  const total = node.widths.reduce((a, b) => a + b, 0);
  const free = width - node.gap * (node.children.length - 1);
  let x = 0;
  const items = [];
  const sections = [];
  let height = 0;
  for (const [i, col] of node.children.entries()) {
    const w = (free * node.widths[i]!) / total;
    const laidCol = lower(col, w, ctx);
    // A right-to-left sheet puts the first column at the right.
    items.push(...moved(laidCol.items, mirrorX(x, w, width, ctx.rtl), 0));
    sections.push(...laidCol.sections);
    height = Math.max(height, laidCol.height);
    x += w + node.gap;
  }
  return laid(height, items, { sections, gapAfter: 14 });
}
