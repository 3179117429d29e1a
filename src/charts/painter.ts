/** Draws placed charts into the PDF as vector graphics: chart.js SVG, converted by svg-to-pdfkit. */
import SVGtoPDF from 'svg-to-pdfkit';
import type { ChartPainter } from '../pdf/chartPainter.js';
import type { ChartRenderer } from './render.js';
import type { ChartSpec } from './spec.js';

export function createChartPainter(
  specs: ReadonlyMap<string, ChartSpec>,
  renderer: ChartRenderer,
): ChartPainter {
  return {
    paint(doc, item) {
      const spec = specs.get(item.ref);
      if (!spec) throw new Error(`chart ${item.ref} was placed but has no spec`);
      SVGtoPDF(doc, renderer.svg(spec, item.w, item.h), item.x, item.y, {
        width: item.w,
        height: item.h,
        assumePt: true,
        preserveAspectRatio: 'none',
      });
    },
  };
}
