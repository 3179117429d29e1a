/**
 * The recording canvas against a real one: each chart type drawn by chart.js through
 * chartjs-node-canvas (cairo, the brand font registered) and by our pipeline (display items →
 * PDF → pdf.js) must look the same, within what two rasterisers and two text engines differ by.
 */
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/cache.js';
import { chartRenderer } from '../../src/charts/render.js';
import { chartSpec, type ChartSpec } from '../../src/charts/spec.js';
import { loadFontRegistry } from '../../src/fonts/registry.js';
import { shift, type PaintedItem } from '../../src/layout/types.js';
import { FONTS_DIR } from '../../src/paths.js';
import { writePdf } from '../../src/pdf/writePdf.js';
import type { Chart } from '../../src/schema/chart.js';
import type { Theme } from '../../src/theme/theme.js';
import { diskWorld } from '../../src/world.js';
import { pixelDifference, readPngBytes } from '../helpers/golden.js';
import { renderPage } from '../helpers/renderPage.js';

const fonts = (await loadFontRegistry(FONTS_DIR, diskWorld(), new BoundedCache(2))).families.get('Lato')!;
const colors = { primary: '#0b4f71', accent: '#e3a320', muted: '#5b6b73', ink: '#1f2a30', rule: '#c5d3da', white: '#ffffff' };
const theme = { font: 'Lato', colors, type: {} } as unknown as Theme;
const [W, H, ZOOM] = [300, 160, 2];

const CHARTS: Chart[] = [
  { type: 'bar', title: 'Rescues', labels: ['2016', '2017', '2018'], series: [{ values: [10, 20, 30] }] },
  { type: 'horizontal-bar', title: 'Minors', labels: ['All', 'Public'], series: [{ values: [10, 25] }], unit: '%' },
  { type: 'line', title: 'Trend', labels: ['2016', '2017', '2018'], series: [{ name: 'A', values: [1, 3, 2] }] },
  { type: 'doughnut', title: 'Share', labels: ['Girls', 'Women'], series: [{ values: [60, 40] }], unit: '%' },
];

/** chart.js on a real canvas, as chartjs-node-canvas draws it, on white. */
async function onCanvas(spec: ChartSpec) {
  const canvas = new ChartJSNodeCanvas({ width: W, height: H, backgroundColour: 'white' });
  for (const [file, weight] of [[fonts.regular.file, 'normal'], [fonts.bold.file, 'bold']] as const)
    canvas.registerFont(file, { family: 'Lato', weight });
  const config = structuredClone(spec);
  config.options.devicePixelRatio = ZOOM;
  // As in render.ts: lines point by point, not through a Path2D that pdf.js's Node polyfill
  // (another canvas library) may have installed globally.
  for (const dataset of config.data.datasets) (dataset as { segment?: object }).segment = {};
  (config.options as { plugins: Record<string, unknown> }).plugins.factsheetLabels = { display: false };
  return readPngBytes(await canvas.renderToBuffer(config as never));
}

/** The same chart as our display items, written to a PDF page and rasterised by pdf.js. */
async function inPdf(spec: ChartSpec) {
  const { items } = (await chartRenderer(fonts, new BoundedCache(2))).items(labelsOff(spec), W, H);
  const pdf = await writePdf([{ width: W, height: H, items: shift(items, 0, 0) as PaintedItem[] }], {
    fonts,
    structure: { type: 'Document', children: [] },
    meta: { title: 'T', author: 'A', language: 'en-US', date: new Date(0) },
  });
  return renderPage(pdf, 1, ZOOM);
}

const labelsOff = (spec: ChartSpec): ChartSpec => {
  const copy = structuredClone(spec);
  copy.options.plugins.factsheetLabels = { ...copy.options.plugins.factsheetLabels!, display: false };
  return copy;
};

describe('charts drawn as display items', () => {
  it.each(CHARTS.map((c) => [c.type, c] as const))('%s looks as chart.js draws it on a canvas', async (_, chart) => {
    const spec = chartSpec(chart, theme);
    const [canvas, ours] = [await onCanvas(spec), await inPdf(spec)];

    // Text is set by two engines (cairo and pdf.js) and anti-aliased differently: a few
    // percent of pixels; a missing bar, a shifted axis or lost labels change far more.
    expect(pixelDifference(canvas, ours)).toBeLessThan(0.015);
  });
});
