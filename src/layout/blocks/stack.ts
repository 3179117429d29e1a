/** Lowers a stack (a column): its children one below the other. */
import type { Stack } from '../../doc/types.js';
import type { Lower } from '../lowerNode.js';
import { stackLaid } from '../stackLaid.js';
import type { Laid, LayoutContext } from '../types.js';

export function lowerStack(node: Stack, width: number, ctx: LayoutContext, lower: Lower): Laid {
  return stackLaid(node.children.map((c) => lower(c, width, ctx)));
}
