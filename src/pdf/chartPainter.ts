/** Draws a placed chart into the PDF; implemented by the charts stage. */
import type { DisplayItem } from '../layout/types.js';

export interface ChartPainter {
  paint(doc: PDFKit.PDFDocument, item: Extract<DisplayItem, { kind: 'chart' }>): void;
}
