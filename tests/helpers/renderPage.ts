/** Rasterises a PDF page with pdf.js (and its Node canvas), for tests that look at pixels. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Canvas {
  width: number;
  height: number;
}
interface Context {
  getImageData(x: number, y: number, w: number, h: number): { width: number; height: number; data: ArrayLike<number> };
}

export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export async function renderPage(bytes: Uint8Array, pageNumber: number, scale: number): Promise<Pixels> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  // pdf.js types its canvas factory as a bare Object; in Node it is a NodeCanvasFactory.
  const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: Canvas; context: Context } };
  const { canvas, context } = factory.create(viewport.width, viewport.height);
  await page.render({ canvasContext: context, viewport, canvas } as never).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const pixels = { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
  await doc.destroy();
  return pixels;
}
