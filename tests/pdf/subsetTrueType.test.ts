/**
 * The TrueType subsetter, checked by reading its fonts back with two parsers nobody here wrote,
 * fontkit and HarfBuzz (harfbuzzjs): every glyph of a subset must have the outline, advance and
 * bounding box of the glyph it copies, numbered as fontkit's own subsetter numbers it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fontkit from 'fontkit';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/cache.js';
import type { LoadedFace } from '../../src/fonts/registry.js';
import { FONTS_DIR } from '../../src/paths.js';
import { embeddableFont, TrueTypeSubset } from '../../src/pdf/subsetTrueType.js';
import { readTrueTypeTables, type TrueTypeTableCache } from '../../src/pdf/trueTypeTables.js';

/** Text in each bundled family's script, to subset the glyphs a sheet would draw. */
const SAMPLES: Record<string, string> = {
  Lato: 'Fact sheet: Kolkata — 12 % “rescued” office café Ångström naïve Œuvre',
  NotoSansBengali: 'কলকাতায় মানব পাচার ক্ষতিগ্রস্ত শিশুদের উদ্ধার',
  NotoSansDevanagari: 'मुंबई में मानव तस्करी क्षेत्र प्रशिक्षण',
  NotoSansArabic: 'مكافحة الاتجار بالبشر في القاهرة ١٢٣',
};

const FACE_FILES = Object.keys(SAMPLES).flatMap((family) =>
  fs
    .readdirSync(path.join(FONTS_DIR, family))
    .filter((f) => f.endsWith('.ttf'))
    .map((f) => path.join(family, f)),
);

interface Decoded {
  numberOfContours: number;
  components?: { glyphID: number }[];
}
const decode = (font: fontkit.Font, id: number) =>
  (font.getGlyph(id) as unknown as { _decode(): Decoded | null })._decode();

const found = new Map<string, { nested: number[]; flat: number[] }>();
/** Composite glyphs (found by fontkit), those with a composite among their components apart. */
function composites(font: fontkit.Font): { nested: number[]; flat: number[] } {
  const key = font.postscriptName;
  if (!found.has(key)) found.set(key, findComposites(font));
  return found.get(key)!;
}

function findComposites(font: fontkit.Font): { nested: number[]; flat: number[] } {
  const nested: number[] = [];
  const flat: number[] = [];
  for (let id = 0; id < font.numGlyphs; id++) {
    const glyph = decode(font, id);
    if (!glyph || glyph.numberOfContours >= 0) continue;
    const deep = glyph.components!.some((c) => (decode(font, c.glyphID)?.numberOfContours ?? 0) < 0);
    (deep ? nested : flat).push(id);
  }
  return { nested, flat };
}

/** What both parsers say of a glyph: fontkit's path, advance and boxes, HarfBuzz's path and extents. */
function glyphFacts(bytes: Uint8Array) {
  const font = fontkit.create(Buffer.from(bytes)) as fontkit.Font;
  const hbFont = new hb.Font(new hb.Face(new hb.Blob(bytes)));
  return (id: number) => {
    const g = font.getGlyph(id);
    // fontkit reads an empty glyph's cbox from the next glyph's record: only a drawn one's is its own.
    const cbox = g.path.commands.length ? g.cbox : undefined;
    return {
      fontkit: { path: g.path.commands, advance: g.advanceWidth, bbox: g.bbox, cbox },
      harfbuzz: {
        path: hbFont.glyphToPath(id),
        advance: hbFont.glyphHAdvance(id),
        extents: hbFont.glyphExtents(id),
      },
    };
  };
}

function subsetOf(bytes: Buffer, ids: readonly number[]): { subset: TrueTypeSubset; file: Buffer } {
  const subset = new TrueTypeSubset(readTrueTypeTables(bytes)!);
  for (const id of ids) subset.includeGlyph(id);
  return { subset, file: subset.encode() };
}

/** The sum of big-endian 32-bit words, as the OpenType spec defines table checksums. */
function sum32(bytes: Buffer, from: number, length: number): number {
  const padded = Buffer.concat([bytes.subarray(from, from + length), Buffer.alloc((4 - (length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('TrueType subsets copy the glyphs they hold', () => {
  for (const file of FACE_FILES) {
    it(`${file}: drawn text and composite glyphs read back the same in fontkit and HarfBuzz`, () => {
      const bytes = fs.readFileSync(path.join(FONTS_DIR, file));
      const font = fontkit.create(bytes) as fontkit.Font;
      const drawn = font.layout(SAMPLES[path.dirname(file)]!).glyphs.map((g) => g.id);
      const { nested, flat } = composites(font);
      expect(flat.length).toBeGreaterThan(10);
      const ids = [...drawn, ...nested.slice(0, 3), ...flat.slice(0, 4), flat.at(-1)!];
      const { subset, file: sub } = subsetOf(bytes, ids);
      const [before, after] = [glyphFacts(bytes), glyphFacts(sub)];
      subset.glyphs.forEach((id, gid) => expect(after(gid), `glyph ${id}`).toEqual(before(id)));
      // Components were added: more glyphs than were asked for.
      expect(subset.glyphs.length).toBeGreaterThan(new Set([0, ...ids]).size);
    });
  }

  it('holds every glyph of a font with nested composites, each the same as in the font', () => {
    const bytes = fs.readFileSync(path.join(FONTS_DIR, 'NotoSansArabic/NotoSansArabicUI-Bold.ttf'));
    const font = fontkit.create(bytes) as fontkit.Font;
    expect(composites(font).nested.length).toBeGreaterThan(100);
    // Backwards, so most composites come before their components and get them renumbered.
    const ids = Array.from({ length: font.numGlyphs }, (_, i) => font.numGlyphs - 1 - i);
    const { subset, file } = subsetOf(bytes, ids);
    expect(subset.glyphs.length).toBe(font.numGlyphs);
    const [before, after] = [glyphFacts(bytes), glyphFacts(file)];
    subset.glyphs.forEach((id, gid) => expect(after(gid), `glyph ${id}`).toEqual(before(id)));
  });

  it("numbers glyphs as fontkit's subsetter does (pdfkit's widths and ToUnicode rely on it)", () => {
    for (const file of FACE_FILES) {
      const bytes = fs.readFileSync(path.join(FONTS_DIR, file));
      const font = fontkit.create(bytes) as fontkit.Font;
      const ids = [
        ...font.layout(SAMPLES[path.dirname(file)]!).glyphs.map((g) => g.id),
        ...composites(font).flat,
      ];
      const theirs = font.createSubset() as unknown as {
        includeGlyph(id: number): number;
        glyphs: number[];
      };
      const ours = new TrueTypeSubset(readTrueTypeTables(bytes)!);
      for (const id of ids) expect(ours.includeGlyph(id)).toBe(theirs.includeGlyph(id));
      // Both add components while encoding.
      ours.encode();
      (theirs as unknown as { encode(): Uint8Array }).encode();
      expect(ours.glyphs, file).toEqual(theirs.glyphs);
    }
  });

  it('writes a valid table directory: sorted tags, aligned tables, checksums, checkSumAdjustment', () => {
    const bytes = fs.readFileSync(path.join(FONTS_DIR, 'Lato/Lato-Bold.ttf'));
    const { file } = subsetOf(bytes, [36, 37, 38, 200]);
    expect(file.readUInt32BE(0)).toBe(0x00010000);
    const count = file.readUInt16BE(4);
    const tables = Array.from({ length: count }, (_, i) => ({
      tag: file.toString('latin1', 12 + 16 * i, 16 + 16 * i),
      checksum: file.readUInt32BE(16 + 16 * i),
      offset: file.readUInt32BE(20 + 16 * i),
      length: file.readUInt32BE(24 + 16 * i),
    }));
    const tags = tables.map((t) => t.tag);
    expect(tags).toEqual(['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']);
    expect(file.readUInt16BE(6)).toBe(16 * 8); // searchRange for 9 tables
    const head = tables.find((t) => t.tag === 'head')!;
    const adjustment = file.readUInt32BE(head.offset + 8);
    for (const t of tables) {
      expect(t.offset % 4, t.tag).toBe(0);
      const own =
        t.tag === 'head'
          ? (sum32(file, t.offset, t.length) - adjustment) >>> 0
          : sum32(file, t.offset, t.length);
      expect(t.checksum, t.tag).toBe(own);
    }
    expect(file.length % 4).toBe(0);
    // Taken over the whole file with the adjustment itself at 0.
    const whole = (sum32(file, 0, file.length) - adjustment) >>> 0;
    expect((0xb1b0afba - whole) >>> 0).toBe(adjustment);
  });

  it('makes the same bytes from the same glyphs, run to run', () => {
    const bytes = fs.readFileSync(path.join(FONTS_DIR, 'NotoSansBengali/NotoSansBengaliUI-Regular.ttf'));
    const ids = [5, 90, 300, 12, 5, 600];
    expect(subsetOf(bytes, ids).file.equals(subsetOf(Buffer.from(bytes), ids).file)).toBe(true);
  });
});

describe('embeddableFont', () => {
  const face = (file: string) => {
    const bytes = fs.readFileSync(file);
    return { bytes, font: fontkit.create(bytes) as fontkit.Font } as LoadedFace;
  };

  it("gives a TrueType face's subsets to the byte subsetter, its tables read once per engine", () => {
    const lato = face(path.join(FONTS_DIR, 'Lato/Lato-Regular.ttf'));
    const cache: TrueTypeTableCache = new BoundedCache(4);
    const first = embeddableFont(lato, cache);
    const tables = cache.get(lato.bytes);
    expect(tables).toBeTruthy();
    expect(first.createSubset()).toBeInstanceOf(TrueTypeSubset);
    // Everything but the subset is the parsed fontkit font's.
    expect(first.unitsPerEm).toBe(lato.font.unitsPerEm);
    expect(first.getGlyph(36).advanceWidth).toBe(lato.font.getGlyph(36).advanceWidth);
    embeddableFont(lato, cache);
    expect(cache.get(lato.bytes)).toBe(tables);
    expect(cache.size).toBe(1);
  });

  it("leaves a CFF-outline font (OpenType 'OTTO') to fontkit's subsetter", () => {
    const cjk = face(path.join(import.meta.dirname, '../fixtures/cjk/NotoSansHK-subset.otf'));
    expect(readTrueTypeTables(cjk.bytes)).toBeNull();
    expect(embeddableFont(cjk)).toBe(cjk.font);
  });
});
