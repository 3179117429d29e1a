/** WCAG contrast arithmetic, derived accent colours, and the contrast rule through a real build. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/api.js';
import type { Diagnostic, SheetError } from '../../../src/diag/diagnostic.js';
import { deriveColors } from '../../../src/theme/derivedColors.js';
import { contrastRatio, nearestPassing, parseColor, toHex } from '../../../src/theme/wcag.js';
import { SAMPLE_SHEETS, SHEETS, sheetDir } from '../../helpers/sheetDir.js';

const rgb = (hex: string) => parseColor(hex)!;
const ratio = (a: string, b: string) => contrastRatio(rgb(a), rgb(b));

describe('WCAG contrast', () => {
  it('computes the ratios an independent checker reports', () => {
    expect(ratio('#e3a320', '#0b4f71')).toBeCloseTo(4.02, 2);
    expect(ratio('#e3a320', '#ffffff')).toBeCloseTo(2.2, 2);
    expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(ratio('#777777', '#777777')).toBe(1);
  });

  it.each([
    ['#e3a320', '#0b4f71', 4.5],
    ['#e3a320', '#ffffff', 4.5],
    ['#ff0000', '#ffffff', 4.5],
    ['#8a8a8a', '#ffffff', 3],
    ['#0b4f71', '#000000', 4.5],
    ['#ffffff', '#f0f0f0', 4.5],
  ])('finds the nearest passing colour for %s on %s (%s:1), after rounding to 8 bits', (fg, bg, min) => {
    const better = toHex(nearestPassing(rgb(fg), rgb(bg), min));
    expect(ratio(better, bg)).toBeGreaterThanOrEqual(min);
    expect(ratio(better, bg)).toBeLessThan(min + 0.6);
  });

  it('leaves a colour that passes as it is', () => {
    expect(toHex(nearestPassing(rgb('#1f2a30'), rgb('#ffffff'), 4.5))).toBe('#1f2a30');
  });

  it('derives accent text colours that read on primary and on paper, unless a layer sets them', () => {
    const d = deriveColors({ primary: '#0b4f71', accent: '#e3a320', paper: '#ffffff' });
    expect(ratio(d.highlight!, '#0b4f71')).toBeGreaterThanOrEqual(4.5);
    expect(ratio(d.accent_text!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(deriveColors({ primary: '#0b4f71', accent: '#e3a320', highlight: '#ffffff' }).highlight).toBeUndefined();
  });
});

const casework = fs.readFileSync(path.join(SHEETS, 'sex-trafficking.yaml'), 'utf8');
const withTheme = (colors: string) =>
  casework.replace('date: "2019-06-01"', `date: "2019-06-01"\ntheme:\n  colors:\n${colors}`);
const images = Object.fromEntries(
  fs.readdirSync(path.join(SHEETS, 'images')).map((f) => [`images/${f}`, fs.readFileSync(path.join(SHEETS, 'images', f))]),
);

describe('the contrast rule', () => {
  it('refuses body text that cannot be read, at the colour\'s line, with the nearest passing colour', async () => {
    const dir = sheetDir({ 'x.yaml': withTheme('    ink: "#aaaaaa"'), ...images });
    const err = (await createEngine().renderFile(path.join(dir, 'x.yaml')).catch((e: unknown) => e)) as SheetError;
    const d = err.diagnostics.find((x) => x.code === 'contrast')!;
    const line = withTheme('    ink: "#aaaaaa"').split('\n').findIndex((l) => l.includes('#aaaaaa')) + 1;
    expect(d).toMatchObject({ severity: 'error', span: { line, col: 10 }, found: expect.stringMatching(/^2\.\d\d:1$/) });
    expect(d.message).toMatch(/^text in `ink` #aaaaaa on `paper` #ffffff has a contrast of 2\.\d\d:1; 9(\.\d)? pt text needs 4\.5:1/);
    const better = /set `ink: "(#[0-9a-f]{6})"`/.exec(d.hint!)![1]!;
    expect(ratio(better, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  it('warns, and still builds, when a label or heading falls short', async () => {
    const dir = sheetDir({ 'x.yaml': withTheme('    highlight: "#e3a320"'), ...images });
    const warnings: Diagnostic[] = [];
    const pdf = await createEngine().renderFile(path.join(dir, 'x.yaml'), { onWarning: (w) => warnings.push(w) });
    expect(pdf.length).toBeGreaterThan(1000);
    const w = warnings.filter((x) => x.code === 'contrast');
    expect(w.length).toBeGreaterThan(0);
    // The sheet is set at 97% to fit its two pages, so the 8 pt kicker is 7.8 pt here.
    expect(w[0]!.message).toMatch(/^text in `highlight` #e3a320 on `primary` #0b4f71 has a contrast of 4\.02:1; 7\.8 pt bold/);
    expect(w[0]!.span?.line).toBe(withTheme('    highlight: "#e3a320"').split('\n').findIndex((l) => l.includes('highlight')) + 1);
  });

  it('points at the organisation file when the brand colour is the cause', async () => {
    const org = fs.readFileSync(path.join(SHEETS, 'org.yaml'), 'utf8').replace('ink: "#1f2a30"', 'ink: "#b0b0b0"');
    const dir = sheetDir({ 'x.yaml': casework, 'org.yaml': org, ...images });
    const err = (await createEngine().renderFile(path.join(dir, 'x.yaml')).catch((e: unknown) => e)) as SheetError;
    const d = err.diagnostics.find((x) => x.code === 'contrast')!;
    expect(d.span?.file).toBe(path.join(dir, 'org.yaml'));
    expect(d.lineText).toContain('ink: "#b0b0b0"');
  });

  it.each(SAMPLE_SHEETS)('finds nothing to say about the sample %s', async (name) => {
    const warnings: Diagnostic[] = [];
    await createEngine().renderFile(path.join(SHEETS, `${name}.yaml`), { onWarning: (w) => warnings.push(w) });
    expect(warnings.filter((w) => w.code === 'contrast')).toEqual([]);
  });
});
