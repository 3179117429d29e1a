/** Page geometry for print: trim, bleed and the crop marks drawn outside the bleed. */

/** Room beyond the bleed for the crop marks. */
export const SLUG = 18;
const MARK = { length: 12, gap: 3, width: 0.25 };

export interface PageGeometry {
  /** Where the trimmed page's top-left corner sits on the sheet. */
  offset: number;
  mediaWidth: number;
  mediaHeight: number;
}

export function pageGeometry(width: number, height: number, bleed: number): PageGeometry {
  const offset = bleed > 0 ? bleed + SLUG : 0;
  return { offset, mediaWidth: width + 2 * offset, mediaHeight: height + 2 * offset };
}

/** TrimBox and BleedBox in PDF coordinates (origin at the bottom left). */
export function setPrintBoxes(
  doc: PDFKit.PDFDocument,
  width: number,
  height: number,
  bleed: number,
  g: PageGeometry,
): void {
  const o = g.offset;
  const box = (inset: number) => [o - inset, o - inset, o + width + inset, o + height + inset];
  const data = (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  data.TrimBox = box(0);
  data.BleedBox = box(bleed);
}

/** Crop marks: short lines in line with the trim edges, starting outside the bleed. */
export function drawCropMarks(
  doc: PDFKit.PDFDocument,
  width: number,
  height: number,
  bleed: number,
  g: PageGeometry,
): void {
  const o = g.offset;
  const start = bleed + MARK.gap;
  doc.save().lineWidth(MARK.width).strokeColor('#000000');
  for (const x of [o, o + width]) {
    for (const [y, dir] of [
      [o, -1],
      [o + height, 1],
    ] as const) {
      doc
        .moveTo(x, y + dir * start)
        .lineTo(x, y + dir * (start + MARK.length))
        .stroke();
    }
  }
  for (const y of [o, o + height]) {
    for (const [x, dir] of [
      [o, -1],
      [o + width, 1],
    ] as const) {
      doc
        .moveTo(x + dir * start, y)
        .lineTo(x + dir * (start + MARK.length), y)
        .stroke();
    }
  }
  doc.restore();
}
