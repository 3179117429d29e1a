/**
 * Where a TrueType font file keeps the tables a PDF subset is made of: byte ranges read from
 * the table directory, and the few numbers the subsetter needs to walk glyf, loca and hmtx.
 * Read once per face and kept in the engine's caches (see src/engine.ts).
 */
import type { BoundedCache } from '../cache.js';

export interface TableRange {
  offset: number;
  length: number;
}

/** The tables a subset copies as they are: the hinting programs (fonts without hints lack them). */
export const PROGRAM_TAGS = ['cvt ', 'fpgm', 'prep'] as const;
type ProgramTag = (typeof PROGRAM_TAGS)[number];

export interface TrueTypeTables {
  bytes: Uint8Array;
  view: DataView;
  head: TableRange;
  hhea: TableRange;
  maxp: TableRange;
  glyf: TableRange;
  loca: TableRange;
  hmtx: TableRange;
  programs: Partial<Record<ProgramTag, TableRange>>;
  /** loca holds 32-bit offsets (head.indexToLocFormat 1) rather than 16-bit halves. */
  longLoca: boolean;
  numGlyphs: number;
  /** Glyphs with their own advance in hmtx; the rest share the last one. */
  numberOfHMetrics: number;
}

/**
 * Parsed tables by the font file's bytes (a face parsed again, as watch mode does after an
 * edit, has new bytes); null for a font the byte subsetter leaves to fontkit.
 */
export type TrueTypeTableCache = BoundedCache<Uint8Array, TrueTypeTables | null>;

export function trueTypeTablesOf(bytes: Uint8Array, cache?: TrueTypeTableCache): TrueTypeTables | null {
  const hit = cache?.get(bytes);
  if (hit !== undefined) return hit;
  const tables = readTrueTypeTables(bytes);
  cache?.set(bytes, tables);
  return tables;
}

const SFNT_TRUETYPE = new Set([0x00010000, 0x74727565 /* 'true', Apple's */]);
const REQUIRED = ['head', 'hhea', 'maxp', 'glyf', 'loca', 'hmtx'] as const;

/**
 * The tables of a single TrueType-outline font, or null for anything else: CFF outlines
 * ('OTTO'), collections, WOFF, or a file whose tables do not hold what their headers say.
 */
export function readTrueTypeTables(bytes: Uint8Array): TrueTypeTables | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || !SFNT_TRUETYPE.has(view.getUint32(0))) return null;
  const directory = readDirectory(view);
  if (!directory || REQUIRED.some((tag) => !directory.has(tag))) return null;
  const range = (tag: string) => directory.get(tag)!;
  const [head, hhea, maxp, loca, hmtx] = [
    range('head'),
    range('hhea'),
    range('maxp'),
    range('loca'),
    range('hmtx'),
  ];
  if (head.length < 54 || hhea.length < 36 || maxp.length < 6) return null;
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const numberOfHMetrics = view.getUint16(hhea.offset + 34);
  if (loca.length < (numGlyphs + 1) * (longLoca ? 4 : 2)) return null;
  if (numberOfHMetrics < 1 || hmtx.length < 4 * numberOfHMetrics) return null;
  const programs: TrueTypeTables['programs'] = {};
  for (const tag of PROGRAM_TAGS) if (directory.has(tag)) programs[tag] = directory.get(tag);
  const glyf = range('glyf');
  return {
    bytes,
    view,
    head,
    hhea,
    maxp,
    glyf,
    loca,
    hmtx,
    programs,
    longLoca,
    numGlyphs,
    numberOfHMetrics,
  };
}

/** Tag → byte range, or null when a table reaches past the end of the file. */
function readDirectory(view: DataView): Map<string, TableRange> | null {
  const count = view.getUint16(4);
  if (12 + 16 * count > view.byteLength) return null;
  const tables = new Map<string, TableRange>();
  for (let i = 0, p = 12; i < count; i++, p += 16) {
    const tag = String.fromCharCode(
      view.getUint8(p),
      view.getUint8(p + 1),
      view.getUint8(p + 2),
      view.getUint8(p + 3),
    );
    const offset = view.getUint32(p + 8);
    const length = view.getUint32(p + 12);
    if (offset + length > view.byteLength) return null;
    tables.set(tag, { offset, length });
  }
  return tables;
}
