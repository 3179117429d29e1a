/**
 * Theme colours to the ink the print profile calls for: `#rrggbb` is read as sRGB, taken to
 * Lab D50 and through the profile's relative-colorimetric BToA table to CMYK. A colour with a
 * CIELAB chroma of 12 or less (grey or black to the eye) prints on the black plate alone, with
 * the K whose lightness matches, so grey text does not smear over four plates. An explicit
 * `cmyk(c, m, y, k)` colour is the designer's choice and is kept as it is.
 */
import { pdfColor } from '../pdf/color.js';
import type { IccProfile } from './icc.js';
import { chroma, decodeLab, encodeLab, parseHex, srgbToLab, type Lab } from './lab.js';

/** C, M, Y, K in percent (0–100), as `cmyk()` theme colours and pdfkit take them. */
export type Cmyk = readonly [number, number, number, number];

/** At or below this chroma a colour counts as grey (the same limit as the prepress check). */
export const NEUTRAL_CHROMA = 12;

export interface CmykConverter {
  /** The ink for a theme colour string; undefined when it is neither `#rrggbb` nor `cmyk()`. */
  toCmyk(color: string): Cmyk | undefined;
  /** What an ink prints as on this condition (relative colorimetric), for checks. */
  labOf(cmyk: Cmyk): Lab;
}

export function cmykConverter(profile: IccProfile): CmykConverter {
  if (profile.colorSpace !== 'CMYK' || profile.pcs !== 'Lab ') {
    const found = `${profile.colorSpace}/${profile.pcs}`;
    throw new Error(`the print profile must be CMYK with a Lab PCS, not ${found}`);
  }
  const toDevice = profile.lut('B2A1');
  const blackRamp = lightnessOfBlack(profile);
  const toLab = profile.lut('A2B1');
  return {
    labOf: (cmyk) => decodeLab(toLab.apply(cmyk.map((v) => v / 100))),
    toCmyk(color) {
      const explicit = pdfColor(color);
      if (Array.isArray(explicit)) return explicit as unknown as Cmyk;
      const rgb = parseHex(color);
      if (!rgb) return undefined;
      const lab = srgbToLab(rgb);
      if (chroma(lab) <= NEUTRAL_CHROMA) return [0, 0, 0, blackFor(blackRamp, lab[0])];
      return toDevice.apply(encodeLab(lab)).map(percent) as unknown as Cmyk;
    },
  };
}

const percent = (v: number) => Math.round(v * 1000) / 10;

/** L* of K alone at 0 %, 1 % … 100 %, through the profile's relative-colorimetric AToB table. */
function lightnessOfBlack(profile: IccProfile): number[] {
  const toLab = profile.lut('A2B1');
  return Array.from({ length: 101 }, (_, k) => decodeLab(toLab.apply([0, 0, 0, k / 100]))[0]);
}

/** The K whose L* matches (the ramp darkens as K grows); full K for anything darker. */
function blackFor(ramp: readonly number[], lightness: number): number {
  if (lightness >= ramp[0]!) return 0;
  for (let k = 1; k < ramp.length; k++) {
    if (ramp[k]! <= lightness) {
      const f = (ramp[k - 1]! - lightness) / (ramp[k - 1]! - ramp[k]!);
      return Math.round((k - 1 + f) * 10) / 10;
    }
  }
  return 100;
}
