/**
 * Lowers a flow: blocks poured through N columns of equal height, as short as possible
 * (balanced). Paragraphs split between lines; headings stay with what follows them.
 */
import type { Flow } from '../../doc/types.js';
import type { Lower } from '../lowerNode.js';
import { stackLaid } from '../stackLaid.js';
import { mirrorX } from '../../text/direction.js';
import { laid, moved, type Laid, type LayoutContext } from '../types.js';

export function lowerFlow(node: Flow, width: number, ctx: LayoutContext, lower: Lower): Laid {
  const colWidth = (width - node.gap * (node.columns - 1)) / node.columns;
  const blocks = node.children.map((c) => lower(c, colWidth, ctx));
  const columns = balance(blocks, node.columns);
  const x = (i: number) => mirrorX(i * (colWidth + node.gap), colWidth, width, ctx.rtl);
  const items = columns.flatMap((col, i) => moved(col.items, x(i), 0));
  const sections = columns.flatMap((c) => c.sections);
  return laid(Math.max(0, ...columns.map((c) => c.height)), items, { sections, gapAfter: 14 });
}

/** The shortest column height (to a quarter point) at which the blocks fit in n columns. */
export function balance(blocks: readonly Laid[], n: number): Laid[] {
  const whole = stackLaid(blocks);
  let [lo, hi] = [0, whole.height];
  let best = fill(blocks, n, hi) ?? [whole];
  while (hi - lo > 0.25) {
    const mid = (lo + hi) / 2;
    const cols = fill(blocks, n, mid);
    if (cols) [best, hi] = [cols, mid];
    else lo = mid;
  }
  return best;
}

/** Pours blocks into at most n columns of the given height; undefined when they do not fit. */
function fill(blocks: readonly Laid[], n: number, height: number): Laid[] | undefined {
  const columns: Laid[] = [];
  let rest: Laid | undefined = stackLaid(blocks);
  while (rest && columns.length < n) {
    if (rest.height <= height) {
      columns.push(rest);
      rest = undefined;
      break;
    }
    const parts: [Laid, Laid] | undefined = rest.split?.(height);
    if (!parts || parts[0].height > height) return undefined;
    columns.push(parts[0]);
    rest = parts[1];
  }
  return rest ? undefined : columns;
}
