/** Turns a list of measured blocks into one vertical stack that can split between or inside them. */
import { gapBelow, laid, moved, shiftSections, type Laid } from './types.js';

/** Stacks blocks top to bottom; a block's gapAfter separates it from the next one. */
export function stackLaid(blocks: readonly Laid[], gapAfter = 0): Laid {
  let y = 0;
  const items = [];
  const sections = [];
  for (const [i, b] of blocks.entries()) {
    items.push(...moved(b.items, 0, y));
    sections.push(...shiftSections(b.sections, y));
    y += b.height + gapBelow(blocks, i);
  }
  return laid(y, items, {
    gapAfter: gapAfter || (blocks.at(-1)?.gapAfter ?? 0),
    keepWithNext: blocks.at(-1)?.keepWithNext ?? false,
    sections,
    split:
      blocks.length > 1 || blocks[0]?.split
        ? (available) => splitStack(blocks, available, gapAfter)
        : undefined,
  });
}

/** Breaks before the first block that does not fit (or inside it, if it can split). */
function splitStack(blocks: readonly Laid[], available: number, gapAfter: number): [Laid, Laid] | undefined {
  let y = 0;
  for (const [i, b] of blocks.entries()) {
    if (y + b.height <= available) {
      y += b.height + gapBelow(blocks, i);
      continue;
    }
    const parts = b.split?.(available - y);
    let head = blocks.slice(0, i);
    let tail = blocks.slice(i + 1);
    if (parts) {
      head = [...head, parts[0]];
      tail = [parts[1], ...tail];
    } else tail = [b, ...tail];
    // A heading never ends a part: it moves on with what it introduces.
    while (head.length && head.at(-1)!.keepWithNext) {
      tail = [head.at(-1)!, ...tail];
      head = head.slice(0, -1);
    }
    if (!head.length) return undefined;
    return [stackLaid(head), stackLaid(tail, gapAfter)];
  }
  return undefined;
}
