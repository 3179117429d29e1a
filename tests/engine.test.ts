/**
 * The engine as a server or a serverless function holds it: everything in memory (sheet, org,
 * logo, photo, templates, fonts), its own font and logo, and every failure a SheetError that
 * names the files the caller gave.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createEngine, emptyWorld, memoryWorld, SheetError, type Diagnostic } from 'factsheet';
import { BoundedCache } from '../src/cache.js';
import { FONTS_DIR, TEMPLATES_DIR } from '../src/paths.js';
import { readPdf } from './helpers/readPdf.js';
import { renderPage, type Pixels } from './helpers/renderPage.js';
import { MINIMAL_SHEET, SHEETS } from './helpers/sheetDir.js';

/** Every file below `dir`, keyed by its path below `as`: a folder copied into memory. */
function inMemory(dir: string, as: string): Record<string, Uint8Array> {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(
    files.map((d) => {
      const full = path.join(d.parentPath, d.name);
      return [path.join(as, path.relative(dir, full)), fs.readFileSync(full)];
    }),
  );
}

/** A fonts folder with one family, "House", whose every face is Lato Black: easy to spot in a PDF. */
const HOUSE_FONTS = {
  '/mem/fonts/fonts.yaml': `House:\n  licence: Lato/LICENSE\n  faces:\n${['regular', 'italic', 'bold', 'boldItalic', 'black']
    .map((f) => `    ${f}: Lato/Lato-Black.ttf`)
    .join('\n')}\n`,
  '/mem/fonts/Lato/Lato-Black.ttf': fs.readFileSync(path.join(FONTS_DIR, 'Lato/Lato-Black.ttf')),
  '/mem/fonts/Lato/LICENSE': 'OFL',
};

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="40" height="40" fill="#4fc03a"/></svg>\n';
const PHOTO = fs.readFileSync(path.join(SHEETS, 'images/director.jpg'));

const ORG = `name: Wombat Trust\nbrand:\n  logo: logo.svg\n  font: House\n  colors: { primary: "#123456" }\n`;
const SHEET = `${MINIMAL_SHEET}  - image: { src: photos/me.jpg, alt: A portrait, caption: Our director }\n`;

/** Paths under /mem exist nowhere on disk: with emptyWorld() underneath, any disk read fails. */
function memoryEngine(extra: Record<string, string | Uint8Array> = {}) {
  const world = memoryWorld(
    {
      ...inMemory(TEMPLATES_DIR, '/mem/templates'),
      ...HOUSE_FONTS,
      '/mem/sheets/org.yaml': ORG,
      '/mem/sheets/logo.svg': LOGO_SVG,
      '/mem/sheets/photos/me.jpg': PHOTO,
      '/mem/sheets/x.yaml': SHEET,
      ...extra,
    },
    emptyWorld(),
  );
  return createEngine({ world, templatesDir: '/mem/templates', fontsDir: '/mem/fonts' });
}

/** Pixels of the logo's colour (#4fc03a) in the page's top-left corner. */
function logoPixels(page: Pixels, w: number, h: number): number {
  let n = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * page.width + x) * 4;
      const [r, g, b] = [page.data[i]!, page.data[i + 1]!, page.data[i + 2]!];
      if (Math.abs(r - 0x4f) < 8 && Math.abs(g - 0xc0) < 8 && Math.abs(b - 0x3a) < 8) n++;
    }
  return n;
}

const fontNames = (pdf: Buffer) => [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]))];

describe('an engine with everything in memory', () => {
  it('renders a sheet with an in-memory photo, its own font and its logo, reading no file', async () => {
    const pdf = await memoryEngine().renderFile('/mem/sheets/x.yaml');
    const read = await readPdf(pdf);
    expect(read.pages[0]!.text).toContain('Our director');
    expect(fontNames(pdf)).toEqual(['Lato-Black']);
    // The photo is an embedded JPEG; the logo (an SVG) is drawn in its colour at the top left.
    expect(pdf.toString('latin1')).toContain('/DCTDecode');
    const page = await renderPage(pdf, 1, 1);
    expect(logoPixels(page, 200, 120)).toBeGreaterThan(400);
  });

  it('reports what the SVG drawer cannot draw of a logo as a warning at brand.logo, printing nothing', async () => {
    const bad = LOGO_SVG.replace('</svg>', '<polygon points="0,0 10,0 5" fill="#4fc03a"/></svg>');
    const printed = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const warnings: Diagnostic[] = [];
    await memoryEngine({ '/mem/sheets/logo.svg': bad })
      .renderFile('/mem/sheets/x.yaml', { onWarning: (d) => warnings.push(d) });
    expect(printed).not.toHaveBeenCalled();
    printed.mockRestore();
    const logo = warnings.filter((d) => d.code === 'svg-logo');
    expect(logo).toEqual([expect.objectContaining({ severity: 'warning', span: expect.objectContaining({
      file: '/mem/sheets/org.yaml', line: 3, col: 9 }) })]);
    expect(logo[0]!.message).toMatch(/^part of the logo's SVG cannot be drawn: .*uneven number of coordinates/);
  });

  it('renders a parsed sheet object too, with the names the caller gave in its errors', async () => {
    const engine = memoryEngine();
    const sheet = engine.parseSheet(SHEET, { filename: 'mine.yaml' });
    const pdf = await engine.renderSheet(sheet, { baseDir: '/mem/sheets', filename: 'mine.yaml' });
    expect((await readPdf(pdf)).pages.length).toBeGreaterThan(0);
    const broken = { ...sheet, sections: [...sheet.sections, { image: { src: 'nope.png', alt: 'x' } }] };
    const error = await engine.renderSheet(broken as never, { baseDir: '/mem/sheets', filename: 'mine.yaml' }).catch((e) => e);
    expect(error).toBeInstanceOf(SheetError);
    expect(error.message).toMatch(/^\/mem\/sheets\/mine\.yaml:\d+:\d+: image `nope\.png` not found/);
  });

  it('fails with a SheetError naming the file, never a raw ENOENT', async () => {
    const engine = memoryEngine();
    const missing = await engine.renderFile('/mem/sheets/none.yaml').catch((e) => e);
    expect(missing).toBeInstanceOf(SheetError);
    expect(missing.message).toBe('/mem/sheets/none.yaml:1:1: file not found: /mem/sheets/none.yaml');
    const files = { ...inMemory(TEMPLATES_DIR, '/mem/templates'), '/m/x.yaml': MINIMAL_SHEET, '/m/org.yaml': 'name: A\n' };
    const world = memoryWorld(files, emptyWorld());
    const noFonts = createEngine({ world, templatesDir: '/mem/templates', fontsDir: '/nowhere' });
    const err = await noFonts.renderFile('/m/x.yaml').catch((e) => e);
    expect(err).toBeInstanceOf(SheetError);
    expect(err.message).toBe('no fonts.yaml in the fonts folder /nowhere');
  });

  it('names the fonts folder when the brand asks for a family it does not list', async () => {
    const engine = memoryEngine({ '/mem/sheets/org.yaml': ORG.replace('font: House', 'font: Garamond') });
    const err = await engine.renderFile('/mem/sheets/x.yaml').catch((e) => e);
    expect(err).toBeInstanceOf(SheetError);
    expect(err.message).toBe('font family `Garamond` is not in /mem/fonts/fonts.yaml');
    expect(err.diagnostics[0].expected).toBe('one of `House`');
  });

  it('refuses a logo that is not an image, at its line in org.yaml', async () => {
    const engine = memoryEngine({ '/mem/sheets/logo.svg': 'not a picture' });
    const err = await engine.renderFile('/mem/sheets/x.yaml').catch((e) => e);
    expect(err.message).toBe('/mem/sheets/org.yaml:3:9: image `logo.svg` is not a PNG, JPEG or SVG file (or is damaged)');
  });
});

describe('engine caches', () => {
  it('forget the least recently used entry when full', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, undefined, 3, 2]);
  });
});
