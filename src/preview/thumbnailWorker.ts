/**
 * A worker thread that draws contact-sheet thumbnails while the sheets are built in the main
 * thread: it loads MuPDF and warms it up on a tiny page at once, so the first real thumbnail
 * neither waits for the module nor runs on cold WebAssembly; then it draws each PDF it is sent.
 */
import { parentPort } from 'node:worker_threads';
import * as fs from 'node:fs';
import { renderPages } from './pageImages.js';
import { writeThumbnail } from './contactSheet.js';

/** One page of Helvetica text: enough to run MuPDF's parser, fonts and rasteriser once. */
function warmUpPdf(): Buffer {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>',
    '<</Length 38>>stream\nBT /F1 24 Tf 72 700 Td (Warm up) Tj ET\nendstream',
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

// No mupdf, or a failure: the thumbnails are simply not drawn here (the contact sheet copes).
const ready = renderPages(warmUpPdf(), 36, 1).catch(() => []);

interface Request {
  id: number;
  out: string;
  hash: string;
  pdfFile: string;
}

parentPort!.on('message', ({ id, out, hash, pdfFile }: Request) => {
  void ready
    .then(() => writeThumbnail(out, hash, fs.readFileSync(pdfFile)))
    .catch(() => false)
    .then((written) => parentPort!.postMessage({ id, written }));
});
