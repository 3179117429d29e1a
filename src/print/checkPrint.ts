/**
 * What `--print` promises, checked on the theme before anything is drawn. An explicit `cmyk()`
 * colour prints as written, so one over the profile's total ink limit would break the limit the
 * output intent states (an error), and a grey one on several plates would print small text
 * that can misregister (an error for `ink`, the body text's colour; a warning otherwise).
 * Converted colours meet both by construction.
 */
import * as path from 'node:path';
import { error, warning, type Diagnostic, type Span } from '../diag/diagnostic.js';
import { spanAt } from '../load/spanAt.js';
import type { LoadedSheet } from '../loadSheet.js';
import { pdfColor } from '../pdf/color.js';
import type { Theme } from '../theme/theme.js';
import { NEUTRAL_CHROMA, type Cmyk, type CmykConverter } from './convert.js';
import { chroma } from './lab.js';
import type { PrintProfile } from './printProfile.js';

/** The total ink the shipped profile was built for (colprof -l300). */
export const INK_LIMIT = 300;

export function checkPrintColours(theme: Theme, loaded: LoadedSheet, profile: PrintProfile): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, value] of Object.entries(theme.colors)) {
    const cmyk = pdfColor(value);
    if (!Array.isArray(cmyk)) continue;
    const ink = cmyk.reduce((a, b) => a + b, 0);
    const { span, where } = origin(loaded, name);
    const colour = `colour \`${name}\` (${value}${where})`;
    if (ink > INK_LIMIT) {
      out.push(error('print-ink-limit', `${colour} prints ${ink}% ink`, {
        span,
        expected: `at most ${INK_LIMIT}% (C + M + Y + K) for the print profile (FOGRA39)`,
        hint: `lower C, M or Y to a sum of ${INK_LIMIT} or less, or give it as #rrggbb to be converted`,
      }));
    } else if (isRichGrey(cmyk, profile.converter)) {
      // Body text is set in ink: --print promises it on the black plate alone.
      const report = name === 'ink' ? error : warning;
      out.push(report('print-rich-grey', `${colour} is grey but prints on several plates`, {
        span,
        hint: 'small text in it can show colour fringes; give it as cmyk(0, 0, 0, K) or as #rrggbb',
      }));
    }
  }
  return out;
}

/** Where a theme colour is set: its line in the sheet, or the file it came from. */
function origin(loaded: LoadedSheet, name: string): { span?: Span; where: string } {
  const set = (colors: Record<string, string | undefined> | undefined) => colors?.[name] !== undefined;
  if (set(loaded.sheet.theme?.colors)) {
    return { span: spanAt(loaded.source, ['theme', 'colors', name]), where: '' };
  }
  if (set(loaded.org.brand?.colors)) return { where: `, from ${path.basename(loaded.orgFile)}` };
  return { where: ', from the template' };
}

function isRichGrey(cmyk: Cmyk, convert: CmykConverter): boolean {
  const plates = cmyk.filter((v) => v >= 3).length;
  return plates > 1 && chroma(convert.labOf(cmyk)) <= NEUTRAL_CHROMA;
}
