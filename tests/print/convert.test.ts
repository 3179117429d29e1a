/**
 * The colour conversion against ArgyllCMS, an independent implementation: the expected tables
 * were computed with `xicclu` when the profile was built (src/print/profile/build-profile.sh).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmykConverter } from '../../src/print/convert.js';
import { parseIcc } from '../../src/print/icc.js';
import { chroma, decodeLab, encodeLab, parseHex, srgbToLab } from '../../src/print/lab.js';
import { PRINT_PROFILE_FILE } from '../../src/print/printProfile.js';

const HERE = import.meta.dirname;
const profile = parseIcc(new Uint8Array(fs.readFileSync(PRINT_PROFILE_FILE)));
const convert = cmykConverter(profile);

function table(file: string): Record<string, string>[] {
  const [head, ...rows] = fs.readFileSync(path.join(HERE, file), 'utf8').trim().split('\n');
  const keys = head!.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((v, i) => [keys[i]!, v])));
}
const expected = table('argyll-expected.tsv');
const ramp = table('argyll-black-ramp.tsv').map((r) => [Number(r.K), Number(r.L)] as const);

/** L* of K alone by Argyll's AToB1, interpolated between the ramp's 10 % steps. */
function argyllLightnessOfK(k: number): number {
  const i = Math.min(Math.floor(k / 10), 9);
  const f = (k - ramp[i]![0]) / 10;
  return ramp[i]![1] * (1 - f) + ramp[i + 1]![1] * f;
}

describe('print colour conversion', () => {
  it('reads the shipped profile: CMYK output, Lab PCS, described as FOGRA39', () => {
    expect(profile).toMatchObject({ colorSpace: 'CMYK', pcs: 'Lab ' });
    expect(profile.description).toContain('FOGRA39');
    expect(profile.bytes.length).toBeLessThan(300_000);
  });

  const rows = expected.map((r) => [r.hex!, r] as const);

  it.each(rows)('takes %s to the Lab Argyll gives (sRGB profile)', (hex, r) => {
    const lab = srgbToLab(parseHex(hex)!);
    expect(lab[0]).toBeCloseTo(Number(r.L), 1);
    expect(lab[1]).toBeCloseTo(Number(r.a), 1);
    expect(lab[2]).toBeCloseTo(Number(r.b), 1);
  });

  it.each(rows)('takes %s through BToA1 to Argyll’s CMYK within 0.5 %', (hex, r) => {
    const lab = [Number(r.L), Number(r.a), Number(r.b)] as const;
    const cmyk = profile.lut('B2A1').apply(encodeLab(lab)).map((v) => v * 100);
    const want = [r.C, r.M, r.Y, r.K].map(Number);
    cmyk.forEach((v, i) => expect(Math.abs(v - want[i]!), `${hex} channel ${'CMYK'[i]}`).toBeLessThan(0.5));
  });

  it('converts a coloured theme colour to the profile’s CMYK, within 300 % ink', () => {
    const blue = expected.find((r) => r.hex === '#0b4f71')!;
    const cmyk = convert.toCmyk('#0b4f71')!;
    [blue.C, blue.M, blue.Y, blue.K].map(Number).forEach((v, i) => expect(cmyk[i]).toBeCloseTo(v, 0));
    for (const hex of ['#000000', '#0b4f71', '#1a0033', '#330000', '#003300']) {
      const ink = convert.toCmyk(hex)!.reduce((a, b) => a + b, 0);
      expect(ink, hex).toBeLessThanOrEqual(300.5);
    }
  });

  it('prints a grey or near-black colour on the black plate alone, as light as the colour', () => {
    for (const hex of ['#1f2a30', '#5b6b73', '#c5d3da', '#e9f1f5', '#808080', '#000000']) {
      const lab = srgbToLab(parseHex(hex)!);
      expect(chroma(lab)).toBeLessThanOrEqual(12);
      const [c, m, y, k] = convert.toCmyk(hex)!;
      expect([c, m, y], hex).toEqual([0, 0, 0]);
      // Darker than K alone can print: full K. Otherwise Argyll's L* of that K matches the colour.
      if (lab[0] < ramp[10]![1]) expect(k).toBe(100);
      else expect(argyllLightnessOfK(k), hex).toBeCloseTo(lab[0], 0);
    }
    expect(convert.toCmyk('#ffffff')).toEqual([0, 0, 0, 0]);
  });

  it('keeps an explicit cmyk() colour exactly as written', () => {
    expect(convert.toCmyk('cmyk(100, 45, 0, 40)')).toEqual([100, 45, 0, 40]);
    expect(convert.toCmyk('cmyk(0, 0, 0, 35)')).toEqual([0, 0, 0, 35]);
  });

  it('leaves a colour that is neither #rrggbb nor cmyk() unconverted', () => {
    expect(convert.toCmyk('rebeccapurple')).toBeUndefined();
  });

  it('decodes what it encodes (ICC v2 16-bit Lab)', () => {
    const lab = [53.2, -20.5, 71.25] as const;
    decodeLab(encodeLab(lab)).forEach((v, i) => expect(v).toBeCloseTo(lab[i]!, 6));
  });

  it('refuses what is not an ICC profile, and a table type it does not read, by name', () => {
    expect(() => parseIcc(new Uint8Array(200))).toThrow(/not an ICC profile/);
    const bytes = new Uint8Array(profile.bytes);
    const copy = parseIcc(bytes);
    expect(() => copy.lut('A2B3')).toThrow(/no A2B3 table/);
  });
});
