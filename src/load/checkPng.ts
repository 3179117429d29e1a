/**
 * Turns a PNG's bytes into what embedding it will cost, or the reason it cannot be embedded:
 * the memory to decode it (checked against a budget before anything is inflated), then its
 * pixel data actually decoded: every chunk's checksum, the compressed stream inflated to exactly
 * the size the header promises, every row's filter byte valid. A damaged middle with an intact
 * header and end marker used to build a blank picture; now it is an error at the `photo:` line.
 */
import * as zlib from 'node:zlib';
import { LIMITS } from './limits.js';

export interface PngFacts {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
  /** An alpha channel or a transparency chunk: the PDF writer decodes and splits these in memory. */
  transparent: boolean;
  /** Estimated memory to embed it, in bytes (see `embedCost`). */
  cost: number;
}

export type PngCheck =
  | { ok: true; facts: PngFacts }
  | { ok: false; problem: 'over-budget'; facts: PngFacts }
  | { ok: false; problem: 'damaged'; reason: string };

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

export function checkPng(bytes: Uint8Array): PngCheck {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks = readChunks(b);
  if (typeof chunks === 'string') return damaged(chunks);
  const ihdr = chunks.find((c) => c.type === 'IHDR')?.data;
  if (!ihdr || ihdr.length !== 13) return damaged('its header chunk is missing or the wrong size');
  const [bitDepth, colorType, , , interlace] = ihdr.subarray(8);
  if (!DEPTHS[colorType!]?.includes(bitDepth!))
    return damaged(`bit depth ${bitDepth} and colour type ${colorType} do not go together`);
  const transparent = colorType === 4 || colorType === 6 || chunks.some((c) => c.type === 'tRNS');
  const facts = {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: bitDepth!,
    colorType: colorType!,
    interlaced: interlace === 1,
    transparent,
    cost: 0,
  };
  facts.cost = embedCost(facts);
  if (facts.cost > LIMITS.imageDecodeBytes) return { ok: false, problem: 'over-budget', facts };
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const problem = checkPixelData(idat, facts);
  return problem ? damaged(problem) : { ok: true, facts };
}

const damaged = (reason: string): PngCheck => ({ ok: false, problem: 'damaged', reason });

/** The pixel data as decoded: width × height × channels × bit depth, in bytes. */
export function decodedBytes(f: Pick<PngFacts, 'width' | 'height' | 'bitDepth' | 'colorType'>): number {
  return (f.width * f.height * CHANNELS[f.colorType]! * f.bitDepth) / 8;
}

/**
 * Memory to embed, estimated from measurements of pdfkit (peak RSS of a process embedding one
 * flat 6300×6300 PNG): a transparent or interlaced image is inflated, split into colour and
 * alpha and deflated again, about 5× its decoded size (16-bit RGBA: 318 MB decoded, 1.43 GB
 * peak); any other is passed through compressed, about 1.5× (16-bit RGB: 238 MB, 298 MB).
 */
function embedCost(f: Omit<PngFacts, 'cost'>): number {
  return decodedBytes(f) * (f.transparent || f.interlaced ? 5 : 1.5);
}

interface Chunk {
  type: string;
  data: Buffer;
}

/** The chunks in order, each checked against its CRC; a string says what is wrong. */
function readChunks(b: Buffer): Chunk[] | string {
  const chunks: Chunk[] = [];
  for (let at = 8; at < b.length;) {
    if (at + 12 > b.length) return 'it ends in the middle of a chunk';
    const length = b.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > b.length) return 'a chunk runs past the end of the file';
    const type = b.toString('latin1', at + 4, at + 8);
    if (zlib.crc32(b.subarray(at + 4, at + 8 + length)) !== b.readUInt32BE(at + 8 + length))
      return `its ${/^[A-Za-z]{4}$/.test(type) ? type : 'unnamed'} chunk is damaged (checksum mismatch)`;
    chunks.push({ type, data: b.subarray(at + 8, at + 8 + length) });
    if (type === 'IEND') return chunks;
    at = end;
  }
  return 'it has no end chunk';
}

/** Inflates the pixel data to exactly its promised size and checks each row's filter byte. */
function checkPixelData(idat: Buffer, f: Omit<PngFacts, 'cost'>): string | undefined {
  const rows = rowSizes(f);
  const expected = rows.reduce((sum, r) => sum + r.count * r.bytes, 0);
  let raw: Buffer;
  try {
    raw = zlib.inflateSync(idat, { maxOutputLength: expected + 1 });
  } catch (e) {
    return `its pixel data cannot be decoded (${(e as Error).message.replace(/^.*?: /, '')})`;
  }
  if (raw.length !== expected) return `its pixel data holds ${raw.length} bytes where ${expected} belong`;
  let at = 0;
  for (const { count, bytes } of rows)
    for (let i = 0; i < count; i++, at += bytes)
      if (raw[at]! > 4) return 'its pixel data is damaged (bad row filter)';
  return undefined;
}

/** Rows of the image (or of each interlace pass) and their size with the filter byte. */
function rowSizes(f: Omit<PngFacts, 'cost'>): { count: number; bytes: number }[] {
  const bits = CHANNELS[f.colorType]! * f.bitDepth;
  const row = (w: number) => 1 + Math.ceil((w * bits) / 8);
  if (!f.interlaced) return [{ count: f.height, bytes: row(f.width) }];
  // Adam7: the passes' starting points and steps, columns then rows.
  const passes = [
    [0, 8, 0, 8],
    [4, 8, 0, 8],
    [0, 4, 4, 8],
    [2, 4, 0, 4],
    [0, 2, 2, 4],
    [1, 2, 0, 2],
    [0, 1, 1, 2],
  ];
  return passes
    .map(([x0, dx, y0, dy]) => ({
      w: Math.ceil((f.width - x0!) / dx!),
      h: Math.ceil((f.height - y0!) / dy!),
    }))
    .filter((p) => p.w > 0 && p.h > 0)
    .map((p) => ({ count: p.h, bytes: row(p.w) }));
}
