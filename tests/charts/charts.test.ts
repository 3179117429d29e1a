import * as path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { chartRenderer } from '../../src/charts/render.js';
import { chartSpec } from '../../src/charts/spec.js';
import type { SheetError } from '../../src/diag/diagnostic.js';
import { loadFontRegistry } from '../../src/fonts/registry.js';
import { parseSheetText } from '../../src/loadSheet.js';
import { FONTS_DIR } from '../../src/paths.js';
import type { Theme } from '../../src/theme/theme.js';
import type { Chart } from '../../src/schema/chart.js';
import { diskWorld } from '../../src/world.js';
import { brief } from '../helpers/diagnostics.js';
import { sheetDir } from '../helpers/sheetDir.js';

const sheetWith = (chartYaml: string) => `title: Chart test
template: casework
header:
  title: Charts
result:
  place: Cambodia
  text: What changed.
  before: { value: "15–30%" }
  after: { value: "0.1%" }
  chart: c
charts:
  - id: c
${chartYaml}`;

const CHARTS: Record<string, string> = {
  bar: '    type: bar\n    title: Rescues\n    labels: ["2016", "2017", "2018"]\n    series: [{ values: [10, 20, 30] }]\n',
  'horizontal-bar': '    type: horizontal-bar\n    title: Minors\n    labels: [All, Public]\n    series: [{ values: [10, 25] }]\n    unit: "%"\n',
  line: '    type: line\n    title: Trend\n    labels: ["2016", "2017", "2018"]\n    series: [{ name: A, values: [1, 3, 2] }, { name: B, values: [2, 2, 4] }]\n',
  doughnut: '    type: doughnut\n    title: Share\n    labels: [Girls, Women]\n    series: [{ values: [60, 40] }]\n    unit: "%"\n',
  'before-after': '    type: before-after\n    title: Children\n    labels: [Then, "2015"]\n    series: [{ values: [[15, 30], 0.1] }]\n    unit: "%"\n',
};

/** Vector drawing operations and raster images on a page, counted by pdf.js. */
async function drawingOps(bytes: Uint8Array, pageNumber: number) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const ops = await (await doc.getPage(pageNumber)).getOperatorList();
  const count = (op: number) => ops.fnArray.filter((f) => f === op).length;
  const result = { paths: count(OPS.constructPath), images: count(OPS.paintImageXObject) };
  await doc.destroy();
  return result;
}

describe('charts in a PDF', () => {
  it.each(Object.keys(CHARTS))('draws a %s chart as vector graphics', async (type) => {
    const dir = sheetDir({ 'with.yaml': sheetWith(CHARTS[type]!), 'without.yaml': sheetWith(CHARTS[type]!).replace('  chart: c\n', '') });
    const withChart = await drawingOps(await renderFile(path.join(dir, 'with.yaml')), 2);
    const withoutChart = await drawingOps(await renderFile(path.join(dir, 'without.yaml')), 2);
    expect(withChart.paths - withoutChart.paths).toBeGreaterThan(5);
    expect(withChart.images).toBe(withoutChart.images);
  });

  it('the casework sample shows its before/after chart', async () => {
    const ops = await drawingOps(await renderFile('sheets/sex-trafficking.yaml'), 2);
    expect(ops.paths).toBeGreaterThan(20);
    expect(ops.images).toBe(1);
  });
});

describe('bad chart data', () => {
  const errors = (chartYaml: string) => brief(parseSheetText(sheetWith(chartYaml), 'x.yaml').diagnostics);

  it('names mismatched label and value counts', () => {
    expect(errors(CHARTS.bar!.replace('[10, 20, 30]', '[10, 20]'))).toEqual(['16:24 error chart-shape: chart `c`: series 1 has 2 values for 3 labels']);
  });

  it('names a value that is not a number', () => {
    expect(errors(CHARTS.bar!.replace('[10, 20, 30]', '[10, lots, 30]'))).toEqual(['16:29 error wrong-type: `charts[0].series[0].values[1]` should be a number or a list (one `- item` per line)']);
  });

  it('refuses negative values in a doughnut', () => {
    expect(errors(CHARTS.doughnut!.replace('[60, 40]', '[60, -40]'))).toEqual([
      '16:29 error chart-negative: chart `c`: a doughnut cannot show the negative value -40 (use a bar chart for values that can fall below zero)',
    ]);
  });

  it('refuses an empty series and a range in a line chart', () => {
    expect(errors(CHARTS.bar!.replace('[10, 20, 30]', '[]'))).toEqual(['16:24 error list-size: `charts[0].series[0].values` has 0 items']);
    expect(errors(CHARTS.line!.replace('[1, 3, 2]', '[1, [2, 3], 2]'))[0]).toMatch(/^16:37 error chart-range: chart `c`: a line chart cannot show the range \[2, 3\]/);
  });

  it('names a section pointing at a chart that does not exist', () => {
    expect(errors(CHARTS.bar!).length).toBe(0);
    expect(brief(parseSheetText(sheetWith(CHARTS.bar!).replace('  chart: c\n', '  chart: d\n'), 'x.yaml').diagnostics)).toEqual(['10:10 error unknown-chart: no chart is called `d` (did you mean `c`?)']);
  });

  it('warns when the template does not show a chart', async () => {
    const dir = sheetDir({ 'x.yaml': sheetWith(CHARTS.bar!).replace('  chart: c\n', '') });
    const warnings: string[] = [];
    await renderFile(path.join(dir, 'x.yaml'), { onWarning: (d) => warnings.push(d.code) });
    expect(warnings).toEqual(['unused-chart']);
  });
});

describe('chart renderer', () => {
  const fonts = loadFontRegistry(FONTS_DIR, diskWorld()).families.get('Lato')!;
  const theme = { font: 'Lato', margin: 36, colors: { primary: '#0b4f71', accent: '#e3a320', muted: '#5b6b73', ink: '#1f2a30', rule: '#c5d3da', white: '#ffffff' }, type: {} } as unknown as Theme;
  const chart: Chart = { id: 'c', type: 'bar', title: 'T', labels: ['A', 'B'], series: [{ values: [1, 2] }] };

  it('is created once per process and reused', () => {
    expect(chartRenderer(fonts, 'Lato') === chartRenderer(fonts, 'Lato')).toBe(true);
  });

  it('never serves a changed chart from its cache', () => {
    const r = chartRenderer(fonts, 'Lato');
    const a = r.svg(chartSpec(chart, theme), 200, 100);
    expect(r.svg(chartSpec(chart, theme), 200, 100)).toBe(a);
    expect(r.svg(chartSpec({ ...chart, series: [{ values: [1, 3] }] }, theme), 200, 100)).not.toBe(a);
    expect(r.svg(chartSpec(chart, theme), 220, 100)).not.toBe(a);
    expect(r.svg(chartSpec(chart, { ...theme, colors: { ...theme.colors, primary: '#ff0000' } }), 200, 100)).not.toBe(a);
  });
});

void ({} as SheetError);
