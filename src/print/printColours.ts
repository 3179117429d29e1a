/**
 * The print colours of one sheet: every colour string its display lists use (theme colours,
 * chart colours mapped back to them, the few literal ones such as a QR code's black), each
 * converted once to the CMYK it prints with. The writer looks colours up here; it converts
 * nothing itself.
 */
import type { PaintedPage } from '../layout/types.js';
import type { Theme } from '../theme/theme.js';
import type { Cmyk, CmykConverter } from './convert.js';

export interface PrintColours {
  /** Each colour string of the display lists → its CMYK in percent. */
  cmyk: ReadonlyMap<string, Cmyk>;
  /** Colours whose text overprints: the theme's `ink`, printed K-only. */
  overprint: ReadonlySet<string>;
  /** For colours outside the display list (an SVG logo's own): the same conversion. */
  convert: CmykConverter;
}

export function printColours(
  pages: readonly PaintedPage[],
  theme: Theme,
  convert: CmykConverter,
): PrintColours {
  const used = new Set<string>(Object.values(theme.colors));
  for (const page of pages) {
    for (const item of page.items) {
      for (const c of itemColours(item)) used.add(c);
    }
  }
  const cmyk = new Map<string, Cmyk>();
  for (const color of used) {
    const ink = convert.toCmyk(color);
    if (ink) cmyk.set(color, ink);
  }
  const ink = theme.colors.ink;
  const inkCmyk = ink ? cmyk.get(ink) : undefined;
  // Overprinting is only safe for a K-only ink: C, M and Y below it then show through unchanged.
  const kOnly = inkCmyk && inkCmyk[0] === 0 && inkCmyk[1] === 0 && inkCmyk[2] === 0;
  return { cmyk, overprint: new Set(kOnly ? [ink!] : []), convert };
}

function itemColours(item: PaintedPage['items'][number]): string[] {
  switch (item.kind) {
    case 'text':
    case 'line':
      return [item.color];
    case 'path':
      return [item.fill];
    case 'rect':
    case 'circle':
    case 'shape':
      return [item.fill, item.stroke].filter((c): c is string => c !== undefined);
    default:
      return [];
  }
}
