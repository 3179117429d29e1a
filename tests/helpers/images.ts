/** Image bytes for tests. */
import * as zlib from 'node:zlib';
import { pngChunk } from '../../src/preview/encodePng.js';

/** A PNG header (with an IEND chunk) claiming the given size and holding no pixels: enough to be refused unread. */
export function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(45);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b.write('IEND', 37, 'latin1');
  return b;
}

export interface PngSpec {
  width: number;
  height: number;
  /** 8 or 16 (1, 2, 4 for grey and palette images). */
  bitDepth?: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colorType?: number;
  /** Bytes of the compressed pixel data to overwrite with garbage, CRCs recomputed (header and end intact). */
  damage?: boolean;
  /**
   * No pixel data at all (an empty compressed stream): for images refused from their header
   * alone, so the test never builds hundreds of megabytes of pixels.
   */
  headerOnly?: boolean;
  /** Flip a byte of the compressed data after the checksums were made (a damaged copy). */
  flip?: boolean;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** A complete, valid PNG of one flat colour (tiny on disk however large), or damaged inside only. */
export function makePng(spec: PngSpec): Buffer {
  const { width, height, bitDepth = 8, colorType = 2, damage = false, headerOnly = false } = spec;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([bitDepth, colorType, 0, 0, 0], 8);
  const row = 1 + Math.ceil((width * CHANNELS[colorType]! * bitDepth) / 8);
  const raw = Buffer.alloc(headerOnly ? 0 : row * height, 0x7f);
  if (!headerOnly) for (let y = 0; y < height; y++) raw[y * row] = 0; // filter type: none
  const idat = zlib.deflateSync(raw);
  if (damage) idat.fill(0xa5, Math.floor(idat.length / 3), Math.floor(idat.length / 3) + 8);
  const chunks = [pngChunk('IHDR', ihdr)];
  if (colorType === 3) chunks.push(pngChunk('PLTE', Buffer.from([200, 40, 40])));
  chunks.push(pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0)));
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
  if (spec.flip) png[png.indexOf('IDAT') + 6]! ^= 0x10;
  return png;
}
