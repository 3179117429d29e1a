/**
 * Turns PDF bytes into one PNG per page, rendered from the PDF itself by pdf.js (an
 * independent renderer), for review in a pull request or a chat message.
 */

/** Resolution of previews: enough to read body text on a screen, small enough to attach. */
export const PREVIEW_DPI = 100;

export async function renderPreviews(pdf: Uint8Array, dpi = PREVIEW_DPI): Promise<Buffer[]> {
  const { getDocument } = await loadPdfjs();
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pngs: Buffer[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const factory = doc.canvasFactory as {
        create(w: number, h: number): { canvas: unknown; context: CanvasRenderingContext2D };
      };
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, viewport.width, viewport.height);
      await page.render({ canvasContext: context, viewport, canvas } as never).promise;
      pngs.push((canvas as unknown as { toBuffer(mime: string): Buffer }).toBuffer('image/png'));
    }
    return pngs;
  } finally {
    await doc.destroy();
  }
}

/**
 * pdf.js and its canvas are 70 MB, so they are an optional peer dependency: installed by whoever
 * wants previews, loaded only when previews are asked for.
 */
async function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new Error('page previews need pdf.js, which is not installed: run `npm install pdfjs-dist`');
  }
}
