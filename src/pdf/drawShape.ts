/** Draws a `shape` display item: its path, then fill and/or stroke in its colours. */
import type { PaintedItem } from '../layout/types.js';
import type { Paint } from './printPaint.js';

type ShapeItem = Extract<PaintedItem, { kind: 'shape' }>;

export function drawShape(doc: PDFKit.PDFDocument, it: ShapeItem, color: Paint): void {
  if (!it.fill && !it.stroke) return;
  doc.save();
  for (const op of it.ops) {
    if (op[0] === 'M') doc.moveTo(op[1], op[2]);
    else if (op[0] === 'L') doc.lineTo(op[1], op[2]);
    else if (op[0] === 'C') doc.bezierCurveTo(op[1], op[2], op[3], op[4], op[5], op[6]);
    else doc.closePath();
  }
  if (it.opacity !== undefined && it.opacity < 1) doc.opacity(it.opacity);
  if (it.stroke) {
    doc.lineWidth(it.lineWidth ?? 1);
    if (it.lineCap) doc.lineCap(it.lineCap);
    if (it.lineJoin) doc.lineJoin(it.lineJoin);
    if (it.dash?.length) doc.dash(it.dash[0]!, { space: it.dash[1] ?? it.dash[0]! });
  }
  const rule = it.evenOdd ? 'even-odd' : 'non-zero';
  if (it.fill && it.stroke) doc.fillAndStroke(color(it.fill), color(it.stroke), rule);
  else if (it.fill) doc.fill(color(it.fill), rule);
  else doc.stroke(color(it.stroke!));
  doc.restore();
}
