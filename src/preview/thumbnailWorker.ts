/**
 * The thumbnail process (see thumbnailProcess.ts): it loads MuPDF and warms it up on a tiny page
 * at once, so the first real thumbnail neither waits for the module nor runs on cold
 * WebAssembly; then it draws each PDF it is sent, answering each request by its id.
 */
import * as fs from 'node:fs';
import { enableCompileCache } from '../cli/compileCache.js';

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

interface Request {
  id: number;
  out: string;
  hash: string;
  pdfFile: string;
}

// Before the drawing code is imported, as the CLI does (Node 22.1 and newer).
enableCompileCache();
const drawing = Promise.all([import('./pageImages.js'), import('./contactSheet.js')]);
// No mupdf, or a failure: the thumbnails are simply not drawn here (the contact sheet copes).
const ready = drawing.then(([{ renderPages }]) => renderPages(warmUpPdf(), 36, 1)).catch(() => []);

// Listening from the start: a request that came before the modules were loaded waits for them.
process.on('message', ({ id, out, hash, pdfFile }: Request) => {
  void ready
    .then(() => drawing)
    .then(([, { writeThumbnail }]) => writeThumbnail(out, hash, fs.readFileSync(pdfFile)))
    .catch(() => false)
    .then((written) => process.send?.({ id, written }));
});
// The build that started this process has gone (ended, or killed): so does this one.
process.on('disconnect', () => process.exit(0));
