/**
 * `--print`: a real sheet in, a PDF/X-4 file out, read back object by object (and with pdf.js):
 * the identification, the output intent, the boxes, the colours each thing paints with.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import type { SheetError } from '../../src/diag/diagnostic.js';
import { embeddedProfile } from '../../src/pdf/imageProfile.js';
import { parseIcc } from '../../src/print/icc.js';
import { chroma, decodeLab } from '../../src/print/lab.js';
import { PRINT_PROFILE_FILE } from '../../src/print/printProfile.js';
import { readPdf } from '../helpers/readPdf.js';
import { runCli } from '../helpers/runCli.js';
import { REPO, SHEETS, sheetDir } from '../helpers/sheetDir.js';

const kolkata = path.join(SHEETS, 'kolkata.yaml');
const SRGB = fs.readFileSync(path.join(REPO, 'node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc'));

/** The file's objects by number: the dictionary text and, for a stream, its decoded bytes. */
function objects(pdf: Buffer): Map<number, { dict: string; stream?: Buffer }> {
  const raw = pdf.toString('latin1');
  const out = new Map<number, { dict: string; stream?: Buffer }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = m[2]!;
    const at = body.indexOf('\nstream\n');
    if (at < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const start = m.index! + m[0].indexOf('\nstream\n') + '\nstream\n'.length;
    const end = raw.indexOf('\nendstream', start);
    const bytes = pdf.subarray(start, end);
    const dict = body.slice(0, at);
    out.set(Number(m[1]), { dict, stream: /FlateDecode/.test(dict) ? inflateSync(bytes) : bytes });
  }
  return out;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

describe('--print (PDF/X-4)', () => {
  let pdf: Buffer;
  let objs: ReturnType<typeof objects>;
  let contents: string[];
  beforeAll(async () => {
    pdf = await renderFile(kolkata, { print: true });
    objs = objects(pdf);
    contents = [...objs.values()]
      .filter((o) => o.stream && !/\/Subtype \/Image|\/N \d/.test(o.dict) && !/Length1/.test(o.dict))
      .map((o) => o.stream!.toString('latin1'))
      .filter((s) => /\bBT\b/.test(s));
  });

  it('identifies as PDF/X-4 in Info and XMP, untrapped', async () => {
    const read = await readPdf(pdf);
    expect(read.info.Trapped).toEqual({ name: 'False' });
    expect((read.info.Custom as Record<string, string>).GTS_PDFXVersion).toBe('PDF/X-4');
    const xmp = [...objs.values()].find((o) => /\/Type \/Metadata/.test(o.dict))!.stream!.toString('utf8');
    expect(xmp).toMatch(/<pdfxid:GTS_PDFXVersion>PDF\/X-4<\/pdfxid:GTS_PDFXVersion>/);
    expect(xmp).toMatch(/<pdf:Trapped>False<\/pdf:Trapped>/);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });

  it('carries a GTS_PDFX output intent with the CMYK profile the colours were converted for', () => {
    const intent = [...objs.values()].find((o) => /\/S \/GTS_PDFX\b/.test(o.dict))!;
    expect(intent.dict).toMatch(/\/OutputConditionIdentifier \(FOGRA39\)/);
    const profile = objs.get(ref(intent.dict, 'DestOutputProfile'))!;
    expect(profile.dict).toMatch(/\/N 4/);
    const shipped = fs.readFileSync(path.join(REPO, 'src/print/profile/fogra39-tac300.icc'));
    expect(Buffer.compare(profile.stream!, shipped)).toBe(0);
    expect(profile.stream!.subarray(16, 20).toString('latin1')).toBe('CMYK');
  });

  it('has 3 mm of bleed by default: TrimBox inside BleedBox inside the page', () => {
    const page = [...objs.values()].find((o) => /\/Type \/Page\b/.test(o.dict))!.dict;
    const box = (name: string) =>
      new RegExp(`/${name} \\[([^\\]]+)\\]`).exec(page)![1]!.trim().split(/\s+/).map(Number);
    const bleed = (3 * 72) / 25.4;
    const [trim, bled] = [box('TrimBox'), box('BleedBox')];
    expect(trim[0]! - bled[0]!).toBeCloseTo(bleed, 2);
    expect(trim[2]! - trim[0]!).toBeCloseTo(612, 2);
  });

  it('paints nothing in DeviceRGB: no RGB operators, images in ICCBased colour spaces', () => {
    for (const s of contents) {
      expect(s).not.toMatch(/\/DeviceRGB (cs|CS)|\d (rg|RG)\n/);
    }
    const images = [...objs.values()].filter((o) => /\/Subtype \/Image/.test(o.dict));
    const colour = images.filter((o) => !/\/DeviceGray/.test(o.dict));
    expect(colour.length).toBeGreaterThan(0);
    for (const image of colour) {
      const space = objs.get(Number(/\/ColorSpace \[\/ICCBased (\d+) 0 R\]/.exec(image.dict)?.[1]))!;
      expect(space.dict).toMatch(/\/N 3/);
      expect(Buffer.compare(space.stream!, SRGB)).toBe(0);
    }
  });

  it('prints ink text on the black plate alone, overprinting', () => {
    const gs = [...objs.values()].find((o) => /\/OP true/.test(o.dict))!;
    expect(gs.dict).toMatch(/\/op true/);
    expect(gs.dict).toMatch(/\/OPM 1/);
    // The body text (#1f2a30 is darker than K alone prints): full K under the overprint state.
    const body = contents.join('\n').match(/\/GsOverprint gs\n\/DeviceCMYK cs\n0 0 0 1 scn\nBT/g) ?? [];
    expect(body.length).toBeGreaterThan(10);
    // Text on more than the black plate is in a colour, not a grey: through the profile's
    // AToB1 table its chroma is above the limit at which K alone would do.
    const fills = [...contents.join('\n').matchAll(/\n(\S+) (\S+) (\S+) (\S+) scn\nBT/g)];
    const lut = parseIcc(fs.readFileSync(PRINT_PROFILE_FILE)).lut('A2B1');
    const multiPlate = fills.map((m) => m.slice(1, 5).map(Number)).filter(([c, m, y]) => c! + m! + y! > 0);
    expect(multiPlate.length).toBeGreaterThan(0);
    for (const cmyk of multiPlate) expect(chroma(decodeLab(lut.apply(cmyk))), `${cmyk}`).toBeGreaterThan(12);
  });

  it('draws crop and registration marks in the registration colour, /Separation /All', () => {
    const all = [...objs.values()].find((o) => /^\[\/Separation \/All \/DeviceCMYK/.test(o.dict.trim()))!;
    expect(all).toBeDefined();
    const allId = [...objs.entries()].find(([, o]) => o === all)![0];
    const page = [...objs.values()].find((o) => /\/Type \/Page\b/.test(o.dict))!.dict;
    const resources = objs.get(ref(page, 'Resources'))?.dict ?? page;
    const name = new RegExp(`/(CS\\d+) ${allId} 0 R`).exec(resources)![1];
    const first = contents[0]!;
    expect(first).toMatch(new RegExp(`/${name} CS\\n1 SCN`));
    // 8 crop marks and 4 targets (a circle and a cross each) before any page content.
    const marks = first.slice(first.indexOf(`/${name} CS`), first.indexOf('BT'));
    expect((marks.match(/\nS\n/g) ?? []).length).toBeGreaterThanOrEqual(8 + 4 * 2);
  });

  it('fills chart bars with the very CMYK the same theme colour has in the text', async () => {
    const printed = objects(await renderFile(path.join(SHEETS, 'results.yaml'), { print: true }));
    const text = [...printed.values()].map((o) => o.stream?.toString('latin1') ?? '').join('\n');
    const fills = (pattern: string) =>
      new Set([...text.matchAll(new RegExp(pattern, 'g'))].map((m) => m[1]!));
    // A chart's bars are closed paths (h) filled after their colour is set; text starts with BT
    // (ink text has its overprint state saved first).
    const colour = '/DeviceCMYK cs\\n(\\S+ \\S+ \\S+ \\S+) scn\\n';
    const bars = [...fills(`\\nh\\n${colour}f\\n`)].filter((c) => !c.startsWith('0 0 0 '));
    expect(bars.length).toBeGreaterThan(0);
    const texts = fills(`${colour}(?:q\\n)?BT\\n`);
    for (const c of bars) expect(texts, c).toContain(c);
  });

  it('keeps an explicit cmyk() theme colour as written', async () => {
    const theme = 'theme:\n  colors:\n    primary: "cmyk(100, 45, 0, 40)"\n';
    const sheet = fs.readFileSync(kolkata, 'utf8').replace(/^title:/m, `${theme}title:`);
    const images = fs.readdirSync(path.join(SHEETS, 'images')).filter((f) => f.endsWith('.jpg'));
    const copies = images.map((f) => [`images/${f}`, fs.readFileSync(path.join(SHEETS, 'images', f))]);
    const dir = sheetDir({ 'x.yaml': sheet, ...Object.fromEntries(copies) });
    const printed = objects(await renderFile(path.join(dir, 'x.yaml'), { print: true }));
    const text = [...printed.values()].map((o) => o.stream?.toString('latin1') ?? '').join('\n');
    expect(text).toMatch(/\/DeviceCMYK cs\n1 0\.45 0 0\.4 scn/);
  });

  it('refuses, before writing, a cmyk() colour over the ink limit or a four-colour grey ink', async () => {
    const withColours = (colours: string) => {
      const theme = `theme:\n  colors:\n${colours}`;
      const sheet = fs.readFileSync(kolkata, 'utf8').replace(/^title:/m, `${theme}title:`);
      const copies = ['cover.jpg', 'director.jpg', 'sani.jpg'].map((f) => [
        `images/${f}`,
        fs.readFileSync(path.join(SHEETS, 'images', f)),
      ]);
      return path.join(sheetDir({ 'x.yaml': sheet, ...Object.fromEntries(copies) }), 'x.yaml');
    };
    const failing = async (file: string) =>
      ((await renderFile(file, { print: true }).catch((e: unknown) => e)) as SheetError).diagnostics;
    const heavy = await failing(withColours('    primary: "cmyk(100, 100, 100, 100)"\n'));
    expect(heavy[0]).toMatchObject({
      code: 'print-ink-limit',
      severity: 'error',
      message: 'colour `primary` (cmyk(100, 100, 100, 100)) prints 400% ink',
      span: { line: 5, col: 14 },
    });
    const richInk = await failing(withColours('    ink: "cmyk(60, 50, 50, 90)"\n'));
    expect(richInk[0]).toMatchObject({ code: 'print-rich-grey', severity: 'error', span: { line: 5 } });
    // A grey that is not the body text's colour only warns, and the file is written.
    const warnings: string[] = [];
    const muted = withColours('    muted: "cmyk(40, 30, 30, 40)"\n');
    const pdf = await renderFile(muted, { print: true, onWarning: (d) => warnings.push(d.code) });
    expect(warnings).toContain('print-rich-grey');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Without --print, CMYK colours are not judged against a print profile.
    await expect(renderFile(muted)).resolves.toBeInstanceOf(Buffer);
  });

  it('refuses --print with --pdfa, in the library and on the command line', async () => {
    const both = renderFile(kolkata, { print: true, pdfa: true });
    const err = (await both.catch((e: unknown) => e)) as SheetError;
    expect(err.diagnostics[0]).toMatchObject({ code: 'print-pdfa' });
    const r = await runCli(['build', kolkata, '--print', '--pdfa', '--out', 'unused']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--print .* --pdfa .* cannot go into one file/);
  });
});

describe('the ICC profile a photo carries', () => {
  const jpeg = fs.readFileSync(path.join(SHEETS, 'images/sani.jpg'));

  it('is read from a JPEG’s APP2 ICC_PROFILE segments, in order', () => {
    expect(embeddedProfile(jpeg)).toBeUndefined();
    const half = Math.ceil(SRGB.length / 2);
    const segment = (n: number, part: Buffer) => {
      const body = Buffer.concat([Buffer.from('ICC_PROFILE\0', 'latin1'), Buffer.from([n, 2]), part]);
      const head = Buffer.from([0xff, 0xe2, 0, 0]);
      head.writeUInt16BE(body.length + 2, 2);
      return Buffer.concat([head, body]);
    };
    // The two parts out of order: the numbers in the segments decide.
    const parts = [segment(2, SRGB.subarray(half)), segment(1, SRGB.subarray(0, half))];
    const tagged = Buffer.concat([jpeg.subarray(0, 2), ...parts, jpeg.subarray(2)]);
    expect(Buffer.compare(embeddedProfile(tagged)!, SRGB)).toBe(0);
  });

  it('is read from a PNG’s iCCP chunk', () => {
    const chunk = (type: string, data: Buffer) => {
      const head = Buffer.alloc(4);
      head.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([head, body, crc]);
    };
    const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
    const iccp = Buffer.concat([Buffer.from('sRGB\0\0', 'latin1'), deflateSync(SRGB)]);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('iCCP', iccp),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(Buffer.compare(embeddedProfile(png)!, SRGB)).toBe(0);
  });
});
