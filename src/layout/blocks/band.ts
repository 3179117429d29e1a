/** Lowers a band: a coloured area behind its children; with `bleed`, it runs to the page edges. */
import type { Band } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import type { Lower } from '../lowerNode.js';
import { stackLaid } from '../stackLaid.js';
import { laid, moved, shiftSections, type Laid, type LayoutContext } from '../types.js';

export function lowerBand(node: Band, width: number, ctx: LayoutContext, lower: Lower): Laid {
  const inset = node.bleed ? 0 : node.pad;
  const body = stackLaid(node.children.map((c) => lower(c, width - 2 * inset, ctx)));
  const height = body.height + 2 * node.pad;
  const margin = node.bleed ? ctx.theme.margin + ctx.bleed : 0;
  const fill = node.fill
    ? [
        {
          kind: 'rect' as const,
          x: -margin,
          y: 0,
          w: width + 2 * margin,
          h: height,
          fill: colorOf(ctx.theme, node.fill),
        },
      ]
    : [];
  return laid(height, [...fill, ...moved(body.items, inset, node.pad)], {
    sections: shiftSections(body.sections, node.pad),
    gapAfter: 0,
  });
}
