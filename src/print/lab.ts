/**
 * sRGB to CIELAB under D50, the ICC profile connection space: the sRGB curve, the matrix of the
 * ICC's D50-adapted sRGB profile (Bradford), then the CIE formulas. Also the ICC v2 Lab
 * encoding that lut16 tables take and give (L* 0–100 over 0–0xFF00, a* b* with 0 at 0x8000).
 */

export type Lab = readonly [number, number, number];

/** D50 white, as the ICC PCS defines it. */
const WHITE = [0.9642, 1, 0.8249] as const;

/** Rows give X, Y, Z from linear R, G, B (sRGB IEC 61966-2.1 adapted to D50). */
const SRGB_TO_XYZ_D50 = [
  [0.4360747, 0.3850649, 0.1430804],
  [0.2225045, 0.7168786, 0.0606169],
  [0.0139322, 0.0971045, 0.7141733],
] as const;

/** `#rrggbb` to [r, g, b] in 0–1, or undefined for anything else. */
export { parseHex } from '../pdf/color.js';

export function srgbToLab(rgb: readonly [number, number, number]): Lab {
  const linear = rgb.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const [x, y, z] = SRGB_TO_XYZ_D50.map((row) => row.reduce((sum, w, i) => sum + w * linear[i]!, 0));
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const [fx, fy, fz] = [f(x! / WHITE[0]), f(y! / WHITE[1]), f(z! / WHITE[2])];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** How far from grey: the CIELAB chroma, √(a² + b²). */
export const chroma = (lab: Lab): number => Math.hypot(lab[1], lab[2]);

/** Lab to the 0–1 inputs of a v2 lut16 table (legacy 16-bit Lab encoding). */
export function encodeLab(lab: Lab): [number, number, number] {
  const ab = (v: number) => ((v + 128) * 256) / 0xffff;
  return [(lab[0] / 100) * (0xff00 / 0xffff), ab(lab[1]), ab(lab[2])];
}

/** The 0–1 outputs of a v2 lut16 table back to Lab. */
export function decodeLab(v: readonly number[]): Lab {
  return [(v[0]! * 0xffff * 100) / 0xff00, (v[1]! * 0xffff) / 256 - 128, (v[2]! * 0xffff) / 256 - 128];
}
