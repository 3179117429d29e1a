/**
 * Colours a theme derives from its brand colours unless a layer sets them: accent-coloured text
 * must read on the band or page it sits on, and no one accent can do both on a dark primary and
 * on white. Deriving them (rather than fixing them in the template) keeps an organisation's own
 * accent: its hue, moved in lightness only as far as WCAG AA needs.
 */
import { nearestPassing, parseColor, toHex } from './wcag.js';

interface Derived {
  name: string;
  from: string;
  on: string;
}

export const DERIVED_COLORS: readonly Derived[] = [
  { name: 'highlight', from: 'accent', on: 'primary' },
  { name: 'accent_text', from: 'accent', on: 'paper' },
];

/** Small-text AA: derived colours are used for small bold labels. */
const RATIO = 4.5;

export function deriveColors(colors: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of DERIVED_COLORS) {
    if (colors[d.name] !== undefined) continue;
    const from = parseColor(colors[d.from] ?? '');
    const on = parseColor(colors[d.on] ?? '#ffffff');
    if (from && on) out[d.name] = toHex(nearestPassing(from, on, RATIO));
  }
  return out;
}
