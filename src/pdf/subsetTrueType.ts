/**
 * A TrueType font program for a PDF (FontFile2) holding only the glyphs a document draws, made
 * by copying bytes: each glyph record is sliced from the font's glyf table as it is (a composite
 * glyph's component ids rewritten), loca and hmtx are written anew, head, hhea and maxp patched,
 * the hinting programs (cvt, fpgm, prep) copied. fontkit's TTFSubset decodes every glyph and
 * encodes every table value by value, which cost more than the rest of writing a sheet.
 * Glyphs are numbered as fontkit numbers them, so pdfkit's widths and ToUnicode map still fit.
 * Like fontkit's, the file has only the tables a PDF's CIDFontType2 program needs (ISO 32000-1,
 * 9.9): no cmap, name, OS/2 or post.
 */
import type * as fontkit from 'fontkit';
import type { LoadedFace } from '../fonts/registry.js';
import {
  trueTypeTablesOf,
  type TableRange,
  type TrueTypeTableCache,
  type TrueTypeTables,
} from './trueTypeTables.js';

/**
 * The font pdfkit embeds for a face: fontkit's own, except that a TrueType face's subsets are
 * TrueTypeSubsets (pdfkit's EmbeddedFont asks its font for one with `createSubset()`).
 * CFF-outline fonts keep fontkit's subsetter.
 */
export function embeddableFont(face: LoadedFace, cache?: TrueTypeTableCache): fontkit.Font {
  const tables = trueTypeTablesOf(face.bytes, cache);
  if (!tables) return face.font;
  // A view of the parsed font, not a copy: its decoded tables and glyphs stay shared.
  const createSubset = { value: () => new TrueTypeSubset(tables) };
  return Object.create(face.font, { createSubset }) as fontkit.Font;
}

/** Where a glyph's record lies in the source font, and its component ids to rewrite. */
interface GlyphRecord {
  start: number;
  length: number;
  /** Pairs: byte offset in the record of a component's glyph id, and the id it gets here. */
  components?: number[];
}

export class TrueTypeSubset {
  /** Source glyph ids in subset order: .notdef, those drawn, then components as found. */
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly tables: TrueTypeTables) {
    this.includeGlyph(0);
  }

  /** The glyph's id in the subset, given on first use (as fontkit's `includeGlyph`). */
  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let gid = this.mapping.get(id);
    if (gid === undefined) {
      gid = this.glyphs.push(id) - 1;
      this.mapping.set(id, gid);
    }
    return gid;
  }

  /** The font file. Components join the subset here, after every drawn glyph, as in fontkit. */
  encode(): Buffer {
    const records: GlyphRecord[] = [];
    // The list grows while it is walked: a composite adds its components at the end.
    for (let i = 0; i < this.glyphs.length; i++) records.push(this.record(this.glyphs[i]!));
    return writeFont(this.tables, this.glyphs, records);
  }

  private record(id: number): GlyphRecord {
    const { view, glyf, loca, longLoca, numGlyphs } = this.tables;
    if (id >= numGlyphs) return { start: 0, length: 0 };
    const at = (i: number) =>
      longLoca ? view.getUint32(loca.offset + 4 * i) : 2 * view.getUint16(loca.offset + 2 * i);
    const from = Math.min(at(id), glyf.length);
    const length = Math.max(0, Math.min(at(id + 1), glyf.length) - from);
    const start = glyf.offset + from;
    // A negative contour count marks a composite glyph.
    if (length < 10 || view.getInt16(start) >= 0) return { start, length };
    return { start, length, components: this.components(start, start + length) };
  }

  private components(start: number, end: number): number[] {
    const view = this.tables.view;
    const found: number[] = [];
    let flags = 0;
    let p = start + 10;
    do {
      if (p + 4 > end) break;
      flags = view.getUint16(p);
      found.push(p + 2 - start, this.includeGlyph(view.getUint16(p + 2)));
      p += 4 + componentTail(flags);
    } while (flags & MORE_COMPONENTS);
    return found;
  }
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Bytes of a component record after its flags and glyph id: the offsets, then the transform. */
function componentTail(flags: number): number {
  const args = flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2;
  if (flags & WE_HAVE_A_SCALE) return args + 2;
  if (flags & WE_HAVE_AN_X_AND_Y_SCALE) return args + 4;
  if (flags & WE_HAVE_A_TWO_BY_TWO) return args + 8;
  return args;
}

interface OutTable {
  tag: string;
  length: number;
  write(out: Buffer, view: DataView, at: number): void;
}

/** The subset's tables, written into one buffer after a directory sorted by tag. */
function writeFont(t: TrueTypeTables, glyphs: readonly number[], records: readonly GlyphRecord[]): Buffer {
  const tables = subsetTables(t, glyphs, records).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const padded = (n: number) => (n + 3) & ~3;
  const header = 12 + 16 * tables.length;
  const out = Buffer.alloc(tables.reduce((size, table) => size + padded(table.length), header));
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  writeDirectoryHeader(view, tables.length);
  let at = header;
  let headAt = 0;
  tables.forEach((table, i) => {
    table.write(out, view, at);
    const entry = 12 + 16 * i;
    out.write(table.tag, entry, 'latin1');
    view.setUint32(entry + 4, checksum(view, at, table.length));
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, table.length);
    if (table.tag === 'head') headAt = at;
    at += padded(table.length);
  });
  // head's own checksum was taken with checkSumAdjustment at 0, as the spec asks.
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(view, 0, out.length)) >>> 0);
  return out;
}

function writeDirectoryHeader(view: DataView, count: number): void {
  const entrySelector = Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, 16 << entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - (16 << entrySelector));
}

/** The sum of a table's big-endian 32-bit words, its zero padding included. */
function checksum(view: DataView, offset: number, length: number): number {
  let sum = 0;
  for (let p = offset, end = offset + ((length + 3) & ~3); p < end; p += 4)
    sum = (sum + view.getUint32(p)) >>> 0;
  return sum;
}

function subsetTables(
  t: TrueTypeTables,
  glyphs: readonly number[],
  records: readonly GlyphRecord[],
): OutTable[] {
  const count = glyphs.length;
  const glyfLength = records.reduce((sum, r) => sum + r.length, 0);
  // Short loca stores offsets halved: every record must have an even length, the whole fit 17 bits.
  const shortLoca = glyfLength <= 0x1fffe && records.every((r) => r.length % 2 === 0);
  const copy = (
    tag: string,
    range: TableRange,
    patch?: (view: DataView, at: number) => void,
  ): OutTable => ({
    tag,
    length: range.length,
    write: (out, view, at) => {
      out.set(t.bytes.subarray(range.offset, range.offset + range.length), at);
      patch?.(view, at);
    },
  });
  return [
    ...Object.entries(t.programs).map(([tag, range]) => copy(tag, range)),
    copy('head', t.head, (v, at) => (v.setUint32(at + 8, 0), v.setInt16(at + 50, shortLoca ? 0 : 1))),
    copy('hhea', t.hhea, (v, at) => v.setUint16(at + 34, count)),
    copy('maxp', t.maxp, (v, at) => v.setUint16(at + 4, count)),
    { tag: 'glyf', length: glyfLength, write: (out, view, at) => writeGlyf(t, records, out, view, at) },
    {
      tag: 'loca',
      length: (count + 1) * (shortLoca ? 2 : 4),
      write: (_o, v, at) => writeLoca(records, shortLoca, v, at),
    },
    { tag: 'hmtx', length: 4 * count, write: (_out, view, at) => writeHmtx(t, glyphs, view, at) },
  ];
}

function writeGlyf(
  t: TrueTypeTables,
  records: readonly GlyphRecord[],
  out: Buffer,
  view: DataView,
  at: number,
) {
  for (const r of records) {
    out.set(t.bytes.subarray(r.start, r.start + r.length), at);
    const components = r.components ?? [];
    for (let i = 0; i < components.length; i += 2) view.setUint16(at + components[i]!, components[i + 1]!);
    at += r.length;
  }
}

function writeLoca(records: readonly GlyphRecord[], short: boolean, view: DataView, at: number) {
  let offset = 0;
  const put = short
    ? (i: number) => view.setUint16(at + 2 * i, offset / 2)
    : (i: number) => view.setUint32(at + 4 * i, offset);
  records.forEach((r, i) => {
    put(i);
    offset += r.length;
  });
  put(records.length);
}

/** Every glyph with its own advance and left side bearing (as fontkit writes them). */
function writeHmtx(t: TrueTypeTables, glyphs: readonly number[], view: DataView, at: number) {
  const { view: src, hmtx, numberOfHMetrics: long } = t;
  const lastAdvance = src.getUint16(hmtx.offset + 4 * (long - 1));
  glyphs.forEach((id, i) => {
    const own = id < long;
    // Glyphs past the long metrics have only a bearing, in the array after them.
    const bearingAt = own ? hmtx.offset + 4 * id + 2 : hmtx.offset + 4 * long + 2 * (id - long);
    const bearing = bearingAt + 2 <= hmtx.offset + hmtx.length ? src.getInt16(bearingAt) : 0;
    view.setUint16(at + 4 * i, own ? src.getUint16(hmtx.offset + 4 * id) : lastAdvance);
    view.setInt16(at + 4 * i + 2, bearing);
  });
}
