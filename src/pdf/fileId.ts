/**
 * The trailer's /ID from the file's own bytes. pdfkit derives it from the Info dictionary alone,
 * so two different handouts built on one date would share an ID; PDF/A and print workflows use
 * the ID to tell files apart. The hash covers every byte but the ID itself, so the same content
 * always gets the same ID (byte-identical rebuilds) and any change of content a new one.
 */
import { createHash } from 'node:crypto';

const TRAILER_ID = /\/ID \[<([0-9a-f]{32})> <([0-9a-f]{32})>\]/g;

export function stampContentId(pdf: Buffer): Buffer {
  const tail = pdf.subarray(Math.max(0, pdf.length - 1024)).toString('latin1');
  const match = [...tail.matchAll(TRAILER_ID)].at(-1);
  if (!match) throw new Error('the PDF has no trailer /ID to stamp');
  const start = pdf.length - tail.length + match.index! + '/ID [<'.length;
  const zero = '0'.repeat(32);
  const out = Buffer.from(pdf);
  out.write(zero, start, 'latin1');
  out.write(zero, start + 35, 'latin1');
  const id = createHash('md5').update(out).digest('hex');
  out.write(id, start, 'latin1');
  out.write(id, start + 35, 'latin1');
  return out;
}
