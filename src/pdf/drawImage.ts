/**
 * Draws a placed image from its bytes (never from a path: a memory world's images have none):
 * photos cropped to fill their box or circle, logos whole at their own proportions; SVG logos
 * as vector paths through svg-to-pdfkit.
 */
import type { PaintedItem } from '../layout/types.js';
import { svgToPdf } from '../svgToPdf.js';
import type { ImageProfiles } from './imageProfile.js';
import type { Paint } from './printPaint.js';

type ImageItem = Extract<PaintedItem, { kind: 'image' }>;

/**
 * With `profiles` (a print file), a raster image is tagged with its ICC profile and an SVG's
 * colours go through `paint`, so nothing is left in DeviceRGB.
 */
export function drawImage(
  doc: PDFKit.PDFDocument,
  it: ImageItem,
  profiles?: ImageProfiles,
  paint?: Paint,
  onSvgWarning: (message: string) => void = () => {},
): void {
  const { image } = it;
  doc.save();
  const src = () => (profiles ? profiles.open(image.bytes) : Buffer.from(image.bytes)) as Buffer;
  if (image.format === 'svg') {
    const text = Buffer.from(image.bytes).toString('utf8');
    const colorCallback = profiles && paint ? svgColour(paint) : undefined;
    const options = {
      width: it.w,
      height: it.h,
      preserveAspectRatio: 'xMinYMid meet',
      colorCallback,
      // svg-to-pdfkit prints its warnings on the console unless it is given somewhere to put them.
      warningCallback: onSvgWarning,
    };
    svgToPdf()(doc, text, it.x, it.y, options);
  } else if (it.shape === 'contain') {
    doc.image(src(), it.x, it.y, { fit: [it.w, it.h], valign: 'center' });
  } else {
    if (it.shape === 'circle') doc.circle(it.x + it.w / 2, it.y + it.h / 2, Math.min(it.w, it.h) / 2).clip();
    else doc.rect(it.x, it.y, it.w, it.h).clip();
    const cover = { cover: [it.w, it.h] as [number, number], align: 'center', valign: 'center' } as const;
    doc.image(src(), it.x, it.y, cover);
  }
  doc.restore();
}

/** svg-to-pdfkit's colour hook: [[r, g, b], alpha] in, the same with the print colour out. */
function svgColour(paint: Paint) {
  const hex = (v: number) => Math.round(v).toString(16).padStart(2, '0');
  return (color: [number[], number] | undefined) =>
    color && [paint(`#${color[0].map(hex).join('')}`), color[1]];
}
