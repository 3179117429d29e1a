/**
 * Photos in a print file carry their colour meaning: an RGB image gets an ICCBased colour
 * space with the profile embedded in the image (a JPEG's APP2 ICC_PROFILE segments, a PNG's
 * iCCP chunk), or sRGB when it has none, as the web and cameras assume. The press converts
 * it to the output intent with that profile instead of guessing from DeviceRGB.
 */
import { inflateSync } from 'node:zlib';

/** The parts of pdfkit's JPEG and PNG image objects this touches (see pdfkit's `PDFImage`). */
interface PdfkitImage {
  colorSpace?: unknown;
  finalize?: () => void;
  obj?: { data: Record<string, unknown> };
}

/** One ICCBased colour space per distinct profile and document. */
export class ImageProfiles {
  private readonly spaces = new Map<string, unknown[]>();
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly srgb: Uint8Array,
  ) {}

  /** Opens the image with pdfkit and tags its RGB colour space before it is written. */
  open(bytes: Uint8Array): unknown {
    const pdfkit = this.doc as unknown as { openImage(src: Buffer): PdfkitImage };
    const image = pdfkit.openImage(Buffer.from(bytes));
    const space = this.space(embeddedProfile(bytes) ?? this.srgb);
    if (image.colorSpace === 'DeviceRGB') image.colorSpace = space;
    if (typeof image.finalize === 'function') {
      // PNG: pdfkit sets the colour space when it embeds, and writes the object in finalize.
      const finalize = image.finalize.bind(image);
      image.finalize = () => {
        const data = image.obj!.data;
        if (data.ColorSpace === 'DeviceRGB') data.ColorSpace = space;
        const indexed = data.ColorSpace as unknown[];
        if (Array.isArray(indexed) && indexed[1] === 'DeviceRGB') indexed[1] = space;
        finalize();
      };
    }
    return image;
  }

  private space(profile: Uint8Array): unknown[] {
    const key = Buffer.from(profile).toString('base64');
    let space = this.spaces.get(key);
    if (!space) {
      const ref = this.doc.ref({ N: 3, Alternate: 'DeviceRGB' } as never);
      ref.end(Buffer.from(profile) as never);
      this.spaces.set(key, (space = ['ICCBased', ref]));
    }
    return space;
  }
}

/** The RGB ICC profile embedded in a JPEG or PNG; undefined when there is none (or not RGB). */
export function embeddedProfile(bytes: Uint8Array): Uint8Array | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const profile = buf[0] === 0xff && buf[1] === 0xd8 ? jpegProfile(buf) : pngProfile(buf);
  // Header bytes 16–19 name the profile's colour space; only an RGB one fits an RGB image.
  return profile && profile.subarray(16, 20).toString('latin1') === 'RGB ' ? profile : undefined;
}

function jpegProfile(buf: Buffer): Buffer | undefined {
  const chunks: Buffer[] = [];
  for (let pos = 2; pos + 4 <= buf.length && buf[pos] === 0xff; ) {
    const marker = buf[pos + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // start of scan: no more headers
    const length = buf.readUInt16BE(pos + 2);
    const body = buf.subarray(pos + 4, pos + 2 + length);
    // APP2 "ICC_PROFILE\0", then the chunk's number and the count, then its part of the profile.
    if (marker === 0xe2 && body.subarray(0, 12).toString('latin1') === 'ICC_PROFILE\0') {
      chunks[body[12]! - 1] = body.subarray(14);
    }
    pos += 2 + length;
  }
  return chunks.length && !chunks.includes(undefined as never) ? Buffer.concat(chunks) : undefined;
}

function pngProfile(buf: Buffer): Buffer | undefined {
  for (let pos = 8; pos + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(pos);
    const type = buf.subarray(pos + 4, pos + 8).toString('latin1');
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'iCCP') {
      const data = buf.subarray(pos + 8, pos + 8 + length);
      // A profile name (1–79 bytes), a NUL, the compression method (0: zlib), the profile.
      const nul = data.indexOf(0);
      return inflateSync(data.subarray(nul + 2));
    }
    pos += 12 + length;
  }
  return undefined;
}
