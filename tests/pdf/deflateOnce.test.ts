/** Streams deflated through the engine's memo are the bytes pdfkit would have written itself. */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/cache.js';
import { deflateStreamsOnce, type DeflateCache } from '../../src/pdf/deflateOnce.js';

const DATE = new Date('2020-01-02T03:04:05Z');

/** A small document with page content, a stream of its own and an uncompressed one. */
function writeDocument(text: string, cache?: DeflateCache): Promise<Buffer> {
  const info = { CreationDate: DATE, ModDate: DATE };
  const doc = new PDFDocument({ compress: true, autoFirstPage: false, info });
  if (cache) deflateStreamsOnce(doc, cache);
  doc.addPage();
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.rect(10, 10, 100, 50).fill('#336699');
  doc.addContent(`% ${text}`);
  const shared = doc.ref({ Type: 'Shared' });
  shared.end(Buffer.from('the same bytes in every document '.repeat(50)));
  const raw = doc.ref({ Filter: 'ASCIIHexDecode' });
  raw.end(Buffer.from(Buffer.from(text).toString('hex')));
  doc.end();
  return done;
}

describe('deflateStreamsOnce', () => {
  it('writes the bytes pdfkit writes, and deflates a stream it saw before from its memo', async () => {
    const cache: DeflateCache = new BoundedCache(16);
    expect(await writeDocument('one', cache)).toEqual(await writeDocument('one'));
    const afterOne = cache.size;
    expect(await writeDocument('two', cache)).toEqual(await writeDocument('two'));
    // The page of "two" is new; the shared stream is not.
    expect(cache.size).toBe(afterOne + 1);
  });
});
