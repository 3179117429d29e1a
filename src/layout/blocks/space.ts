/** Lowers vertical space: fixed, or flexible (takes a share of the page's leftover height). */
import type { Space } from '../../doc/types.js';
import { laid, type Laid } from '../types.js';

export function lowerSpace(node: Space): Laid {
  return laid(node.height, [], { flex: node.flex, spacer: true });
}
