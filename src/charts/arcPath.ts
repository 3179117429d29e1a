/** Affine matrices as a canvas keeps them, and circular arcs as cubic Béziers in page space. */
import type { PathOp } from '../layout/types.js';

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const TAU = 2 * Math.PI;

/**
 * A canvas `arc` as a move to its start and cubic curves of at most a quarter turn each (the
 * error of that approximation is under 0.03% of the radius). Angles run clockwise on the
 * page, from the x axis, as the canvas defines them.
 */
export function arcOps(
  m: Matrix,
  cx: number,
  cy: number,
  r: number,
  start: number,
  end: number,
  ccw: boolean,
): PathOp[] {
  const sweep = Number.isFinite(start) && Number.isFinite(r) ? arcSweep(start, end, ccw) : 0;
  const pieces = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
  const step = sweep / pieces;
  const k = (4 / 3) * Math.tan(step / 4);
  const at = (t: number, along = 0): [number, number] => {
    const [cos, sin] = [Math.cos(t), Math.sin(t)];
    return apply(m, cx + r * (cos - along * sin), cy + r * (sin + along * cos));
  };
  const ops: PathOp[] = [['M', ...at(start)]];
  for (let i = 0; i < pieces; i++) {
    const [t0, t1] = [start + i * step, start + (i + 1) * step];
    ops.push(['C', ...at(t0, k), ...at(t1, -k), ...at(t1)]);
  }
  return ops;
}

/** The signed angle an arc turns through, as the canvas spec normalises it (0 when not finite). */
function arcSweep(start: number, end: number, ccw: boolean): number {
  const turn = end - start;
  if (!Number.isFinite(turn)) return 0;
  if (!ccw && turn >= TAU) return TAU;
  if (ccw && -turn >= TAU) return -TAU;
  const within = ((turn % TAU) + TAU) % TAU; // in [0, 2π)
  return ccw ? (within === 0 ? 0 : within - TAU) : within;
}
