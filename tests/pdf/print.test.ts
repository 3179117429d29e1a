import * as path from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import type { SheetError } from '../../src/diag/diagnostic.js';
import { readPdf } from '../helpers/readPdf.js';
import { renderPage } from '../helpers/renderPage.js';
import { SAMPLE_SHEETS, SHEETS, sheetDir } from '../helpers/sheetDir.js';
import * as fs from 'node:fs';

// jsqr is CommonJS with `export default`; under NodeNext its default import is the module object.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

const casework = path.join(SHEETS, 'sex-trafficking.yaml');

/** The decompressed content of every stream in the file. */
function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not deflated (e.g. a JPEG): not a content stream
    }
  }
  return out;
}

describe('print and archive', () => {
  it('--pdfa writes the PDF/A-2a identification and an sRGB output intent', async () => {
    const pdf = await renderFile(casework, { pdfa: true });
    const raw = pdf.toString('latin1');
    const xmp = streams(pdf).join('\n') + raw;
    expect(xmp).toMatch(/pdfaid:part[>="]+2/);
    expect(xmp).toMatch(/pdfaid:conformance[>="]+A/);
    expect(raw).toMatch(/\/OutputIntents/);
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    expect(raw).toMatch(/\/DestOutputProfile \d+ 0 R/);
  });

  it('--bleed grows the page, sets TrimBox and BleedBox, and draws crop marks outside the bleed', async () => {
    const plain = await readPdf(await renderFile(casework));
    const pdf = await renderFile(casework, { bleedMm: 3 });
    const bled = await readPdf(pdf);
    const bleed = (3 * 72) / 25.4;
    expect(bled.pages[0]!.width).toBeCloseTo(612 + 2 * (bleed + 18), 1);
    const raw = pdf.toString('latin1');
    const box = (name: string) => raw.match(new RegExp(`/${name} \\[([^\\]]+)\\]`))![1]!.trim().split(/\s+/).map(Number);
    expect(box('TrimBox')).toEqual([26.5039, 26.5039, 638.5039, 818.5039].map((v) => expect.closeTo(v, 2)));
    expect(box('BleedBox')).toEqual([18, 18, 647.0079, 827.0079].map((v) => expect.closeTo(v, 2)));
    // Crop marks: 0.25 pt strokes ending 3 pt outside the bleed box, in every page's content.
    const content = streams(pdf).filter((s) => s.includes(' Tf'));
    expect(content).toHaveLength(2);
    for (const s of content) expect((s.match(/0\.25 w/g) ?? []).length).toBeGreaterThanOrEqual(1);
    expect(plain.pages[0]!.text).toBe(bled.pages[0]!.text);
  });

  it('writes a CMYK theme colour as CMYK, and refuses it with --pdfa', async () => {
    const sheet = fs.readFileSync(casework, 'utf8').replace('date: "2019-06-01"', 'date: "2019-06-01"\ntheme:\n  colors:\n    primary: "cmyk(100, 45, 0, 40)"');
    const dir = sheetDir({ 'x.yaml': sheet, ...Object.fromEntries(['sani.jpg'].map((f) => [`images/${f}`, fs.readFileSync(path.join(SHEETS, 'images', f))])) });
    const pdf = await renderFile(path.join(dir, 'x.yaml'));
    expect(streams(pdf).some((s) => /\/DeviceCMYK cs\s+1 0\.45 0 0\.4 scn/.test(s) || /1 0\.45 0 0\.4 k/.test(s))).toBe(true);
    const err = (await renderFile(path.join(dir, 'x.yaml'), { pdfa: true }).catch((e: unknown) => e)) as SheetError;
    expect(err.diagnostics[0]).toMatchObject({ code: 'pdfa-cmyk', message: 'PDF/A output uses an sRGB output intent, but colour `primary` is CMYK' });
  });

  it('prints a QR code that decodes to the call-to-action URL', async () => {
    const pdf = await renderFile(casework);
    const page = await renderPage(pdf, 2, 3);
    const found = jsQR(page.data, page.width, page.height);
    expect(found?.data).toBe('https://www.ijm.org/Get-Involved');
  });

  it.each(SAMPLE_SHEETS)('builds %s in A4 as well as Letter, all text inside the page', async (name) => {
    const a4 = await readPdf(await renderFile(path.join(SHEETS, `${name}.yaml`), { pageSize: 'a4' }));
    for (const page of a4.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
      for (const b of page.boxes) {
        expect(b.x, b.str).toBeGreaterThanOrEqual(18);
        expect(b.x + b.w, b.str).toBeLessThanOrEqual(page.width - 18);
        expect(b.y + b.h, b.str).toBeLessThanOrEqual(page.height - 18);
      }
    }
  });
});
