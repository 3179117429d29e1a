/**
 * Sheets in three scripts written with our TrueType subsets, against the same pages written
 * with fontkit's subsetter (as pdfkit does by itself): pdf.js draws every page the same, pixel
 * for pixel, and reads the same text; each embedded font program holds the advances the PDF's
 * /W array gives its glyphs; the file is the same from run to run.
 */
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { FontFamily, LoadedFace } from '../../src/fonts/registry.js';
import { readSheet } from '../../src/loadSheet.js';
import { writePdf } from '../../src/pdf/writePdf.js';
import { paintLoadedSheet, type PipelineOptions } from '../../src/pipeline.js';
import { memoryWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { renderPage } from '../helpers/renderPage.js';

const opts = (): PipelineOptions => ({
  world: memoryWorld({}, undefined, { SOURCE_DATE_EPOCH: '1700000000' }),
});

/**
 * The family with every face (fallbacks too) copied without its file's bytes: the writer then
 * finds no TrueType tables and leaves the subsets to fontkit, as before this subsetter.
 */
function withFontkitSubsets(family: FontFamily): FontFamily {
  const copies = new Map<LoadedFace, LoadedFace>();
  const copy = (face: LoadedFace): LoadedFace => {
    if (copies.has(face)) return copies.get(face)!;
    const twin: LoadedFace = { ...face, bytes: Buffer.alloc(0), fallback: new Map() };
    copies.set(face, twin);
    for (const [script, chain] of face.fallback) twin.fallback.set(script, chain.map(copy));
    return twin;
  };
  return Object.fromEntries(Object.entries(family).map(([k, face]) => [k, copy(face)])) as FontFamily;
}

async function writeSample(name: string, fontkitSubsets = false): Promise<Buffer> {
  const loaded = (await readSheet(`sheets/${name}.yaml`, opts().world)).value!;
  const painted = (await paintLoadedSheet(loaded, opts())).value!;
  const fonts = fontkitSubsets ? withFontkitSubsets(painted.fonts) : painted.fonts;
  const meta = { title: name, author: 'test', language: 'en', date: new Date(1_700_000_000_000) };
  return writePdf(painted.pages, { fonts, structure: painted.structure.root, meta });
}

/** An indirect object's text (pdfkit writes every object plainly, without object streams). */
function pdfObject(pdf: Buffer, n: number): { text: string; at: number } {
  const start = pdf.indexOf(`\n${n} 0 obj\n`);
  const end = pdf.indexOf('\nendobj', start);
  return { text: pdf.toString('latin1', start, end), at: start };
}

/** Each embedded TrueType program, with the name of its font and the /W widths of its CIDs. */
function trueTypePrograms(pdf: Buffer): { name: string; widths: number[]; program: Buffer }[] {
  const fonts = [...pdf.toString('latin1').matchAll(/\/Subtype \/CIDFontType2\n\/BaseFont \/(\S+)/g)];
  return fonts.map((match) => {
    const dict = pdf.toString('latin1', match.index, pdf.indexOf('>>\nendobj', match.index));
    const widths = /\/W \[0 \[([^\]]*)\]\]/.exec(dict)![1]!.trim().split(/\s+/).map(Number);
    const descriptor = pdfObject(pdf, Number(/\/FontDescriptor (\d+) 0 R/.exec(dict)![1]));
    const file = pdfObject(pdf, Number(/\/FontFile2 (\d+) 0 R/.exec(descriptor.text)![1]));
    const length = Number(/\/Length (\d+)/.exec(file.text)![1]);
    const from = pdf.indexOf('stream\n', file.at) + 'stream\n'.length;
    return { name: match[1]!, widths, program: inflateSync(pdf.subarray(from, from + length)) };
  });
}

describe('sheets embed our TrueType subsets', () => {
  for (const name of ['kolkata-bn', 'press-release-ar']) {
    it(`${name}: pdf.js draws and reads it as with fontkit's subsets`, async () => {
      const [ours, theirs] = await Promise.all([writeSample(name), writeSample(name, true)]);
      const [a, b] = [trueTypePrograms(ours), trueTypePrograms(theirs)];
      expect(a.map((f) => f.name)).toEqual(b.map((f) => f.name));
      // Lato and the script's Noto font, at least; the programs themselves differ.
      expect(a.length).toBeGreaterThanOrEqual(3);
      expect(a.every((f, i) => !f.program.equals(b[i]!.program))).toBe(true);
      const [readOurs, readTheirs] = [await readPdf(ours), await readPdf(theirs)];
      expect(readOurs.pages.map((p) => p.text)).toEqual(readTheirs.pages.map((p) => p.text));
      for (let page = 1; page <= readOurs.pages.length; page++) {
        const [x, y] = [await renderPage(ours, page, 1), await renderPage(theirs, page, 1)];
        expect(Buffer.compare(Buffer.from(x.data), Buffer.from(y.data)), `page ${page}`).toBe(0);
      }
    });

    it(`${name}: each program's advances are its /W widths; the file is the same run to run`, async () => {
      const pdf = await writeSample(name);
      for (const { name: font, widths, program } of trueTypePrograms(pdf)) {
        const parsed = fontkit.create(program) as fontkit.Font;
        expect(parsed.numGlyphs, font).toBeGreaterThanOrEqual(widths.length);
        const advances = widths.map(
          (_, cid) => (parsed.getGlyph(cid).advanceWidth * 1000) / parsed.unitsPerEm,
        );
        // CID 0 (.notdef, never drawn): pdfkit writes its advance in font units, unscaled.
        expect(advances.slice(1), font).toEqual(widths.slice(1).map((w) => expect.closeTo(w, 2)));
      }
      expect((await writeSample(name)).equals(pdf)).toBe(true);
    });
  }
});
