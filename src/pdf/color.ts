/** Theme colours in the forms pdfkit draws: `#rrggbb` as RGB, `cmyk(c, m, y, k)` (0–100) as CMYK. */

export type PdfColor = string | [number, number, number, number];

const CMYK = /^cmyk\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/i;

export function isCmyk(color: string): boolean {
  return CMYK.test(color);
}

export function pdfColor(color: string): PdfColor {
  const m = CMYK.exec(color);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : color;
}

/** `#rrggbb` as 0–1 channels; undefined for anything else. */
export function parseHex(color: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return undefined;
  return [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
}

/** An RGB stand-in for screen-only uses (the chart renderer draws in RGB). */
export function rgbOf(color: string): string {
  const m = CMYK.exec(color);
  if (!m) return color;
  const [c, y, k] = [Number(m[1]), Number(m[3]), Number(m[4])].map((v) => v / 100);
  const mg = Number(m[2]) / 100;
  const hex = (v: number) =>
    Math.round(255 * v)
      .toString(16)
      .padStart(2, '0');
  return `#${hex((1 - c!) * (1 - k!))}${hex((1 - mg) * (1 - k!))}${hex((1 - y!) * (1 - k!))}`;
}
