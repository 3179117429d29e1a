/**
 * What is drawn under a text run: the colour of the last filled area before it in the display
 * list that covers the run's middle, translucent fills blended over what lies beneath them.
 * Decorative glyphs (paths) and strokes are too thin to be a background and are passed over.
 */
import type { PaintedItem, PathOp } from '../layout/types.js';
import { blend, parseColor } from './wcag.js';

type Rgb = readonly [number, number, number];

export interface TextBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

const PAPER: Rgb = [1, 1, 1];

/** The background under `box` as drawn before item `before`; 'image' over a photo. */
export function backgroundUnder(items: readonly PaintedItem[], before: number, box: TextBox): Rgb | 'image' {
  const [px, py] = [box.x + box.w / 2, box.y + box.h / 2];
  for (let i = before - 1; i >= 0; i--) {
    const it = items[i]!;
    if (!covers(it, px, py)) continue;
    if (it.kind === 'image') return 'image';
    const fill = 'fill' in it && it.fill ? parseColor(it.fill) : undefined;
    if (!fill) continue;
    const opacity = it.kind === 'shape' ? (it.opacity ?? 1) : 1;
    if (opacity >= 1) return fill;
    const below = backgroundUnder(items, i, box);
    return below === 'image' ? 'image' : blend(fill, below, opacity);
  }
  return PAPER;
}

function covers(it: PaintedItem, x: number, y: number): boolean {
  switch (it.kind) {
    case 'rect':
    case 'image':
      return x >= it.x && x <= it.x + it.w && y >= it.y && y <= it.y + it.h;
    case 'circle':
      return Math.hypot(x - it.cx, y - it.cy) <= it.r;
    case 'shape':
      return it.fill !== undefined && insidePath(it.ops, x, y, it.evenOdd ?? false);
    default:
      return false;
  }
}

/** Point in a filled outline: curves flattened into 8 chords each, then a winding count. */
function insidePath(ops: readonly PathOp[], x: number, y: number, evenOdd: boolean): boolean {
  let winding = 0;
  let crossings = 0;
  const edge = (x1: number, y1: number, x2: number, y2: number) => {
    if (y1 <= y !== y2 <= y) {
      const xAt = x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
      if (xAt > x) {
        winding += y2 > y1 ? 1 : -1;
        crossings++;
      }
    }
  };
  for (const poly of polygons(ops)) {
    for (let i = 0; i < poly.length; i++) {
      const [a, b] = [poly[i]!, poly[(i + 1) % poly.length]!];
      edge(a[0], a[1], b[0], b[1]);
    }
  }
  return evenOdd ? crossings % 2 === 1 : winding !== 0;
}

function polygons(ops: readonly PathOp[]): [number, number][][] {
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  for (const op of ops) {
    if (op[0] === 'M') {
      if (cur.length) out.push(cur);
      cur = [[op[1], op[2]]];
    } else if (op[0] === 'L') cur.push([op[1], op[2]]);
    else if (op[0] === 'C') cur.push(...flatten(cur.at(-1) ?? [op[5], op[6]], op));
    else if (cur.length) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

type Curve = Extract<PathOp, readonly ['C', ...number[]]>;

function flatten(from: [number, number], op: Curve): [number, number][] {
  const pts: [number, number][] = [];
  for (let k = 1; k <= 8; k++) {
    const t = k / 8;
    const u = 1 - t;
    const bez = (p0: number, p1: number, p2: number, p3: number) =>
      u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    pts.push([bez(from[0], op[1], op[3], op[5]), bez(from[1], op[2], op[4], op[6])]);
  }
  return pts;
}
