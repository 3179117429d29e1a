/**
 * WCAG 2.x contrast (1.4.3) between two sRGB colours, and the nearest colour that reaches a
 * ratio: same hue and chroma as far as the gamut allows, lightness moved as little as possible.
 */
import { parseHex, rgbOf } from '../pdf/color.js';

type Rgb = readonly [number, number, number];

/** `#rrggbb` (or `cmyk(…)`, by its RGB stand-in) as 0–1 channels; undefined when not a colour. */
export function parseColor(color: string): Rgb | undefined {
  return parseHex(rgbOf(color));
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const gamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Large text per WCAG: 18 pt, or 14 pt in a bold face. */
export function minimumRatio(size: number, bold: boolean): number {
  return size >= 18 || (bold && size >= 14) ? 3 : 4.5;
}

export function toHex([r, g, b]: Rgb): string {
  const hex = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/** Blends `top` at `alpha` over `below` (a translucent fill seen over what is under it). */
export function blend(top: Rgb, below: Rgb, alpha: number): Rgb {
  return top.map((c, i) => c * alpha + below[i]! * (1 - alpha)) as unknown as Rgb;
}

// CIELAB (D65 white) keeps hue while lightness moves: the suggestion still looks like the brand.
const WHITE = [0.95047, 1, 1.08883] as const;
const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
const fInv = (t: number) => (t ** 3 > 216 / 24389 ? t ** 3 : (116 * t - 16) / (24389 / 27));

function toLab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(linear) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / WHITE[0];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / WHITE[2];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Lab → sRGB; undefined when outside the gamut. */
function fromLab([l, a, bb]: readonly number[]): Rgb | undefined {
  const fy = (l! + 16) / 116;
  const [x, y, z] = [fInv(fy + a! / 500) * WHITE[0], fInv(fy), fInv(fy - bb! / 200) * WHITE[2]];
  const lin = [
    3.2406 * x - 1.5372 * y - 0.4986 * z,
    -0.9689 * x + 1.8758 * y + 0.0415 * z,
    0.0557 * x - 0.204 * y + 1.057 * z,
  ];
  if (lin.some((c) => c < -1e-4 || c > 1 + 1e-4)) return undefined;
  return lin.map((c) => gamma(Math.min(1, Math.max(0, c)))) as unknown as Rgb;
}

/** The colour at lightness `l` with the hue of (a, b), its chroma cut until it fits in sRGB. */
function atLightness(l: number, a: number, b: number): Rgb {
  for (let k = 1; k >= 0; k -= 0.02) {
    const rgb = fromLab([l, a * k, b * k]);
    if (rgb) return rgb;
  }
  return fromLab([l, 0, 0]) ?? [l / 100, l / 100, l / 100];
}

/**
 * The colour nearest `fg` (in lightness, hue kept) whose contrast with `bg` is at least `min`:
 * searched both darker and lighter; the smaller move wins. `fg` itself when it already passes.
 */
export function nearestPassing(fg: Rgb, bg: Rgb, min: number): Rgb {
  if (contrastRatio(fg, bg) >= min) return fg;
  const [l, a, b] = toLab(fg);
  // A margin above the bound, so rounding to 8-bit channels cannot fall just short.
  const passes = (x: number) => contrastRatio(atLightness(x, a, b), bg) >= min + 0.02;
  const candidates: number[] = [];
  for (const end of [0, 100]) {
    if (!passes(end)) continue;
    let [bad, good] = [l, end];
    for (let i = 0; i < 30; i++) {
      const mid = (bad + good) / 2;
      if (passes(mid)) good = mid;
      else bad = mid;
    }
    candidates.push(good);
  }
  // Nothing passes either way only for impossible bounds: then as far from the background as can be.
  const furthest = luminance(bg) > 0.18 ? 0 : 100;
  const best = candidates.sort((x, y) => Math.abs(x - l) - Math.abs(y - l))[0] ?? furthest;
  return atLightness(best, a, b);
}
