/**
 * Lowers a box: a tinted panel with an optional colour bar at its left or top edge. It splits
 * where its children can: the first piece keeps the top padding (and a top bar), the last the
 * bottom padding; a left bar and the tint run the full height of every piece.
 */
import type { Box } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import type { Lower } from '../lowerNode.js';
import { stackLaid } from '../stackLaid.js';
import { laid, moved, shiftSections } from '../types.js';
import type { DisplayItem, Laid, LaidItem, LayoutContext } from '../types.js';

const BAR = 4;

type Split = [Laid, Laid] | undefined;

/** What every piece of one box shares. */
interface Frame {
  node: Box;
  width: number;
  /** Inset of the body from the left edge and, on the first piece, from the top. */
  left: number;
  top: number;
  fill?: string;
  bar?: string;
  /** A right-to-left sheet: the side bar and the inset that makes room for it are at the right. */
  rtl: boolean;
}

export function lowerBox(node: Box, width: number, ctx: LayoutContext, lower: Lower): Laid {
  const left = node.pad + (node.bar && node.barSide === 'left' ? BAR : 0);
  const top = node.pad + (node.bar && node.barSide === 'top' ? BAR : 0);
  const frame: Frame = {
    node,
    width,
    left,
    top,
    fill: node.fill && colorOf(ctx.theme, node.fill),
    bar: node.bar && colorOf(ctx.theme, node.bar),
    rtl: ctx.rtl === true,
  };
  const body = stackLaid(node.children.map((c) => lower(c, width - left - node.pad, ctx)));
  return piece(frame, body, true, true);
}

/** One piece of the box around `body`: padded at the top if `first`, at the bottom if `last`. */
function piece(f: Frame, body: Laid, first: boolean, last: boolean): Laid {
  const top = first ? f.top : 0;
  const height = top + body.height + (last ? f.node.pad : 0);
  const items: LaidItem[] = [];
  if (f.fill) items.push({ kind: 'rect', x: 0, y: 0, w: f.width, h: height, fill: f.fill });
  const bar = f.node.barSide === 'left' ? { w: BAR, h: height } : first ? { w: f.width, h: BAR } : undefined;
  if (f.bar && bar) items.push({ kind: 'rect', x: f.rtl ? f.width - bar.w : 0, y: 0, ...bar, fill: f.bar });
  items.push(...moved(body.items, f.rtl ? f.node.pad : f.left, top));
  return laid(height, items, {
    sections: shiftSections(body.sections, top),
    // Like a split paragraph, only the last piece keeps the gap below the box.
    gapAfter: last ? 12 : 0,
    split: body.split && ((available) => splitPiece(f, body, first, last, available)),
  });
}

/** Splits the body so the first piece, with its top padding, fits `available`. */
function splitPiece(f: Frame, body: Laid, first: boolean, last: boolean, available: number): Split {
  const parts = body.split?.(available - (first ? f.top : 0));
  if (!parts) return undefined;
  const head = piece(f, parts[0], first, false);
  if (head.height > available) return undefined;
  return [head, piece(f, parts[1], false, last)];
}
