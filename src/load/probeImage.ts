/** Reads an image's format and pixel size from its header, without decoding it. */

export interface ImageProbe {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

export function probeImage(bytes: Uint8Array): ImageProbe | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR') {
    // A PNG ends with an IEND chunk; without it the file was cut short.
    if (b.toString('latin1', b.length - 8, b.length - 4) !== 'IEND') return undefined;
    return { format: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  // A JPEG ends with the end-of-image marker; pdfkit embeds JPEG data undecoded, so a cut file would print half a picture.
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8)
    return b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9 ? probeJpeg(b) : undefined;
  return undefined;
}

/** Walks JPEG segments to the first start-of-frame marker, which holds the size. */
function probeJpeg(b: Buffer): ImageProbe | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { format: 'jpeg', height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return undefined;
}
