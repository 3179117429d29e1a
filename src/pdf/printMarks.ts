/** Page geometry for print: trim, bleed and the crop marks drawn outside the bleed. */

/** Room beyond the bleed for the crop marks. */
export const SLUG = 18;
const MARK = { length: 12, gap: 3, width: 0.25, target: 10 };

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

/**
 * The registration colour: a separation named All prints on every plate, so the marks show on
 * each printing plate and the press can line the plates up by them.
 */
function registration(doc: PDFKit.PDFDocument): string {
  const spot = doc as unknown as {
    spotColors: Record<string, unknown>;
    addSpotColor(name: string, c: number, m: number, y: number, k: number): unknown;
  };
  if (!spot.spotColors.All) spot.addSpotColor('All', 100, 100, 100, 100);
  return 'All';
}

/**
 * Crop marks (short lines in line with the trim edges, starting outside the bleed) and a
 * registration target in the middle of each side, all in the registration colour.
 */
export function drawCropMarks(
  doc: PDFKit.PDFDocument,
  width: number,
  height: number,
  bleed: number,
  g: PageGeometry,
): void {
  const o = g.offset;
  const start = bleed + MARK.gap;
  doc.save().lineWidth(MARK.width).strokeColor(registration(doc));
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
  drawTargets(doc, width, height, g);
  doc.restore();
}

/** A circle with a cross through it in the middle of the slug on each side of the page. */
function drawTargets(doc: PDFKit.PDFDocument, width: number, height: number, g: PageGeometry): void {
  const mid = SLUG / 2;
  const r = MARK.target / 2;
  const centres = [
    [g.offset + width / 2, mid],
    [g.offset + width / 2, g.mediaHeight - mid],
    [mid, g.offset + height / 2],
    [g.mediaWidth - mid, g.offset + height / 2],
  ] as const;
  for (const [x, y] of centres) {
    doc.circle(x, y, r * 0.6).stroke();
    doc.moveTo(x - r, y).lineTo(x + r, y).moveTo(x, y - r).lineTo(x, y + r).stroke();
  }
}
