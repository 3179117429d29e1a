/**
 * Deflates a document's streams through the engine's memo. A batch's sheets write many streams
 * that are the same bytes from sheet to sheet (the subset of a face that sets only the same
 * headings, its ToUnicode map and CIDSet), and zlib at pdfkit's settings turns the same bytes
 * into the same stream, so each is deflated once per engine; the file's bytes do not change.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { cached, type BoundedCache } from '../cache.js';

/** Deflated streams by the sha256 of their bytes. */
export type DeflateCache = BoundedCache<string, Buffer>;

/** The parts of pdfkit's PDFReference that say how its stream is written. */
interface StreamRef {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

type RefMaker = (data?: object) => StreamRef;

/** Every stream `doc` writes from now on is deflated through `cache`. */
export function deflateStreamsOnce(doc: PDFKit.PDFDocument, cache: DeflateCache): void {
  const pdf = doc as unknown as { ref: RefMaker };
  const makeRef = pdf.ref.bind(doc);
  pdf.ref = (data) => {
    const ref = makeRef(data);
    const finalize = ref.finalize.bind(ref);
    ref.finalize = () => {
      // pdfkit's finalize deflates a stream it should compress; handing it the stream already
      // deflated, marked done, leaves it the rest (/Length, and encryption were there any).
      if (ref.compress && ref.buffer.length) {
        ref.buffer = [deflated(Buffer.concat(ref.buffer), cache)];
        ref.compress = false;
      }
      finalize();
    };
    return ref;
  };
}

function deflated(raw: Buffer, cache: DeflateCache): Buffer {
  return cached(cache, createHash('sha256').update(raw).digest('base64'), () => deflateSync(raw));
}
