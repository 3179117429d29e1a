/**
 * Turns PDF bytes into one PNG per page, rendered from the PDF itself by MuPDF (WebAssembly: an
 * independent renderer, and no second canvas engine beside node-canvas, which draws charts).
 * `mupdf` is an optional dependency, imported only here and only when images are asked for, so
 * building PDFs never loads it.
 */

/** Resolution of previews: enough to read body text on a screen, small enough to attach. */
export const PREVIEW_DPI = 100;

/** Resolution of contact-sheet thumbnails: a page about 300 px wide. */
export const THUMBNAIL_DPI = 36;

import { encodePng } from './encodePng.js';

type MuPdf = typeof import('mupdf');

/** One import per process; the module is stateless from our side (documents are destroyed). */
let loading: Promise<MuPdf> | undefined;

export class PageImagesUnavailable extends Error {}

function loadMuPdf(): Promise<MuPdf> {
  loading ??= import('mupdf').catch((e: unknown) => {
    loading = undefined;
    throw new PageImagesUnavailable(
      `page images need the optional package \`mupdf\` (npm install mupdf): ${(e as Error).message}`,
    );
  });
  return loading;
}

export async function renderPreviews(pdf: Uint8Array, dpi = PREVIEW_DPI): Promise<Buffer[]> {
  return renderPages(pdf, dpi);
}

/** PNGs of the first `limit` pages (all by default), at `dpi`. */
export async function renderPages(pdf: Uint8Array, dpi: number, limit = Infinity): Promise<Buffer[]> {
  const mupdf = await loadMuPdf();
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    const pngs: Buffer[] = [];
    const scale = mupdf.Matrix.scale(dpi / 72, dpi / 72);
    for (let i = 0; i < Math.min(doc.countPages(), limit); i++) {
      const page = doc.loadPage(i);
      if (page instanceof mupdf.PDFPage) forgetTextMaps(page);
      const pixmap = page.toPixmap(scale, mupdf.ColorSpace.DeviceRGB, false, true);
      pngs.push(pngOf(pixmap));
      pixmap.destroy();
      page.destroy();
    }
    return pngs;
  } finally {
    doc.destroy();
    // The fonts and images MuPDF keeps belong to this document (each PDF embeds its own
    // subsets): kept, they only grow the memory a batch's thumbnails hold.
    mupdf.emptyStore();
  }
}

/**
 * Drops the page's fonts' ToUnicode maps from the document as loaded (the PDF's bytes are not
 * touched). A picture needs no text, and MuPDF, on loading a font, looks each of the 65,536 codes
 * of Identity-H up in that map: a quarter of the time a thumbnail took, for the same pixels.
 */
function forgetTextMaps(page: import('mupdf').PDFPage): void {
  const fonts = page.getObject().get('Resources').get('Font');
  if (fonts.isDictionary()) fonts.forEach((font) => font.isDictionary() && font.delete('ToUnicode'));
}

function pngOf(pixmap: import('mupdf').Pixmap): Buffer {
  const pixels = pixmap.getPixels();
  return encodePng(pixels, pixmap.getWidth(), pixmap.getHeight(), pixmap.getStride());
}
