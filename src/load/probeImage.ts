/** Reads an image's format and size from its header, without decoding it. */

export interface ImageProbe {
  format: 'png' | 'jpeg' | 'svg';
  /** Pixels (an SVG: its viewBox or width/height units). */
  width: number;
  height: number;
  /** How many bytes are the image: a JPEG may carry other data after its end (phone motion photos). */
  length: number;
}

export function probeImage(bytes: Uint8Array): ImageProbe | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR') {
    // A PNG ends with an IEND chunk; without it the file was cut short.
    if (b.toString('latin1', b.length - 8, b.length - 4) !== 'IEND') return undefined;
    return { format: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20), length: b.length };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return probeJpeg(b);
  return probeSvg(b);
}

/**
 * Walks JPEG segments: the first start-of-frame marker holds the size; the image ends at the
 * end-of-image marker. pdfkit embeds JPEG data undecoded, so a file cut before that marker
 * would print half a picture and is refused; data after it (a motion photo's video) is cut off.
 */
function probeJpeg(b: Buffer): ImageProbe | undefined {
  let i = 2;
  let size: { width: number; height: number } | undefined;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xd9) return size && { format: 'jpeg', ...size, length: i + 2 };
    if (i + 3 >= b.length) return undefined;
    if (marker === 0xd8 || marker === 0x01 || marker === 0xff || (marker >= 0xd0 && marker <= 0xd7)) {
      i += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame && i + 9 < b.length) size ??= { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + length;
    if (marker === 0xda) i = skipScan(b, i);
  }
  return undefined;
}

/**
 * Entropy-coded data holds no marker: 0xFF is followed by 0x00 (a stuffed byte) or a restart.
 * Only a 0xFF can start one, so indexOf (memchr) goes from one to the next: the scans are nearly
 * all of a photo's bytes, and looking at each in JavaScript cost a millisecond per photo.
 * @internal Exported for its test.
 */
export function skipScan(b: Buffer, from: number): number {
  for (let i = b.indexOf(0xff, from); i >= 0 && i + 1 < b.length; i = b.indexOf(0xff, i + 1)) {
    const next = b[i + 1]!;
    if (next !== 0 && !(next >= 0xd0 && next <= 0xd7)) return i;
  }
  return Math.max(from, b.length - 1);
}

/** An SVG logo: its size from width/height or the viewBox, in its own units. */
function probeSvg(b: Buffer): ImageProbe | undefined {
  const head = b.toString('utf8', 0, Math.min(b.length, 4096));
  const tag = /<svg\b[^>]*>/i.exec(head)?.[0];
  if (!tag || !/^\s*(<\?xml|<!--|<!DOCTYPE|<svg)/i.test(head.replace(/^\uFEFF/, ''))) return undefined;
  if (!/<\/svg>\s*$/i.test(b.toString('utf8', Math.max(0, b.length - 64)))) return undefined;
  const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const view = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const width = parseFloat(attr('width') ?? '') || view?.[2];
  const height = parseFloat(attr('height') ?? '') || view?.[3];
  if (!width || !height || !(width > 0 && height > 0)) return undefined;
  return { format: 'svg', width, height, length: b.length };
}
