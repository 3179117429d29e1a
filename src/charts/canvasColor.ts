/** Turns a CSS colour as chart.js hands it to a canvas (#rgb, #rrggbb, rgba()) into hex and alpha. */

export interface CanvasColor {
  /** `#rrggbb`, lower case. */
  hex: string;
  alpha: number;
}

const hex2 = (v: number) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0');

export function parseCanvasColor(style: string): CanvasColor | undefined {
  const s = style.trim().toLowerCase();
  if (s === 'transparent') return { hex: '#000000', alpha: 0 };
  if (/^#[0-9a-f]{3,4}$/.test(s)) {
    const [r, g, b, a] = [...s.slice(1)].map((c) => parseInt(c + c, 16));
    return { hex: `#${hex2(r!)}${hex2(g!)}${hex2(b!)}`, alpha: a === undefined ? 1 : a / 255 };
  }
  if (/^#[0-9a-f]{6}([0-9a-f]{2})?$/.test(s)) {
    const alpha = s.length === 9 ? parseInt(s.slice(7), 16) / 255 : 1;
    return { hex: s.slice(0, 7), alpha };
  }
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(s);
  if (!m) return undefined;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : Number(m[4]);
  return { hex: `#${hex2(Number(m[1]))}${hex2(Number(m[2]))}${hex2(Number(m[3]))}`, alpha: a };
}
