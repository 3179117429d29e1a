/** Draws placed charts into the PDF as vector graphics: chart.js SVG, converted by svg-to-pdfkit. */
import type { ChartPainter } from '../pdf/chartPainter.js';
import { svgToPdf } from '../svgToPdf.js';
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
      svgToPdf()(doc, renderer.svg(spec, item.w, item.h), item.x, item.y, {
        width: item.w,
        height: item.h,
        assumePt: true,
        preserveAspectRatio: 'none',
      });
    },
  };
}
