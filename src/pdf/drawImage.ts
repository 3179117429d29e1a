/**
 * Draws a placed image from its bytes (never from a path: a memory world's images have none):
 * photos cropped to fill their box or circle, logos whole at their own proportions; SVG logos
 * as vector paths through svg-to-pdfkit.
 */
import type { PaintedItem } from '../layout/types.js';
import { svgToPdf } from '../svgToPdf.js';

type ImageItem = Extract<PaintedItem, { kind: 'image' }>;

export function drawImage(doc: PDFKit.PDFDocument, it: ImageItem): void {
  const { image } = it;
  doc.save();
  if (image.format === 'svg') {
    const text = Buffer.from(image.bytes).toString('utf8');
    svgToPdf()(doc, text, it.x, it.y, { width: it.w, height: it.h, preserveAspectRatio: 'xMinYMid meet' });
  } else if (it.shape === 'contain') {
    doc.image(Buffer.from(image.bytes), it.x, it.y, { fit: [it.w, it.h], valign: 'center' });
  } else {
    if (it.shape === 'circle') doc.circle(it.x + it.w / 2, it.y + it.h / 2, Math.min(it.w, it.h) / 2).clip();
    else doc.rect(it.x, it.y, it.w, it.h).clip();
    const cover = { cover: [it.w, it.h] as [number, number], align: 'center', valign: 'center' } as const;
    doc.image(Buffer.from(image.bytes), it.x, it.y, cover);
  }
  doc.restore();
}
