import * as path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { chartAltText } from '../../src/charts/altText.js';
import { ENGLISH } from '../helpers/strings.js';
import { BoundedCache } from '../../src/cache.js';
import { chartRenderer, type ChartRenderer } from '../../src/charts/render.js';
import type { FontFamily } from '../../src/fonts/registry.js';
import { chartSpec } from '../../src/charts/spec.js';
import { loadFontRegistry } from '../../src/fonts/registry.js';
import { parseSheetText } from '../../src/loadSheet.js';
import { FONTS_DIR } from '../../src/paths.js';
import type { Theme } from '../../src/theme/theme.js';
import type { Chart } from '../../src/schema/chart.js';
import { diskWorld } from '../../src/world.js';
import { brief } from '../helpers/diagnostics.js';
import { figureAlts, readPdf, readTags } from '../helpers/readPdf.js';
import { sheetDir } from '../helpers/sheetDir.js';

/** A casework sheet with a short text section, then a `chart` section (its fields start on line 9). */
const sheetWith = (chartYaml: string | undefined, template = 'casework') => `title: Chart test
template: ${template}
header:
  title: Charts
sections:
  - text:
      text: What changed.
${chartYaml === undefined ? '' : `  - chart:\n${chartYaml}`}`;

const CHARTS: Record<string, string> = {
  bar: '      type: bar\n      title: Rescues\n      labels: ["2016", "2017", "2018"]\n      series: [{ values: [10, 20, 30] }]\n',
  'horizontal-bar': '      type: horizontal-bar\n      title: Minors\n      labels: [All, Public]\n      series: [{ values: [10, 25] }]\n      unit: "%"\n',
  line: '      type: line\n      title: Trend\n      labels: ["2016", "2017", "2018"]\n      series: [{ name: A, values: [1, 3, 2] }, { name: B, values: [2, 2, 4] }]\n',
  doughnut: '      type: doughnut\n      title: Share\n      labels: [Girls, Women]\n      series: [{ values: [60, 40] }]\n      unit: "%"\n',
  'before-after': '      type: before-after\n      title: Children\n      labels: [Then, "2015"]\n      series: [{ values: [[15, 30], 0.1] }]\n      unit: "%"\n',
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

/** The alt texts of every Figure in the PDF's structure tree, in reading order. */
const figures = async (bytes: Uint8Array) => (await readTags(bytes)).pages.flatMap(figureAlts);

async function renderText(files: Record<string, string>, name: string, warnings?: string[]) {
  const dir = sheetDir(files);
  return renderFile(path.join(dir, name), { onWarning: (d) => warnings?.push(`${d.code}: ${d.message}`) });
}

describe('charts in a PDF', () => {
  it.each(Object.keys(CHARTS))('draws a %s chart as vector graphics', async (type) => {
    const withChart = await drawingOps(await renderText({ 'x.yaml': sheetWith(CHARTS[type]!) }, 'x.yaml'), 1);
    const withoutChart = await drawingOps(await renderText({ 'x.yaml': sheetWith(undefined) }, 'x.yaml'), 1);
    // At least two bars, slices or a line with its points; labels are text, not paths.
    expect(withChart.paths - withoutChart.paths).toBeGreaterThanOrEqual(2);
    expect(withChart.images).toBe(withoutChart.images);
  });

  it('warns, at the chart, when its legend does not fit its box, and prints nothing outside it', async () => {
    // Found by the property test: a legend of five labels under a doughnut in a side column.
    const sheet = 'title: justice\ntemplate: program-office\nheader: { title: justice }\npages: auto\nsections:\n'
      + '  - prevalence:\n      title: justice\n      text: justice\n      chart: { type: doughnut, title: Tiny, '
      + 'labels: [k100, justice, justice justice justice, justice, justice], series: [{ values: [0, 0, 0, 0, 0] }], '
      + 'source: "https://example.org/a/very/long/path/that/needs/breaking k100" }\n'
      + '  - text: { text: justice }\n';
    const warnings: string[] = [];
    const pdf = await renderText({ 'x.yaml': sheet }, 'x.yaml', warnings);
    expect(warnings).toEqual([expect.stringMatching(/^chart-clipped: chart “Tiny” is too small for its labels: “/)]);
    // Every legend label printed sits above the source line under the chart.
    const boxes = (await readPdf(pdf)).pages[0]!.boxes;
    const source = boxes.find((b) => b.str.startsWith('Source:'))!;
    const legend = boxes.slice(boxes.findIndex((b) => b.str === 'Tiny') + 1, boxes.indexOf(source));
    expect(legend.length).toBeGreaterThan(0);
    for (const b of legend) expect(b.y + b.h, b.str).toBeLessThanOrEqual(source.y + 0.5);
  });

  it('draws a doughnut whose labels are long, with each label on one line of its legend', async () => {
    const yaml = '      type: doughnut\n      title: Share\n      labels: [Girls under eighteen years, Adult women]\n'
      + '      series: [{ values: [0, 0] }]\n';
    const pdf = await renderText({ 'x.yaml': sheetWith(yaml) }, 'x.yaml');
    expect((await readPdf(pdf)).pages[0]!.text).toContain('Girls under eighteen years');
  });

  it('sets the chart\'s labels, ticks and values as real text an extractor reads', async () => {
    const pdf = await renderText({ 'x.yaml': sheetWith(CHARTS.bar!) }, 'x.yaml');
    const words = (await readPdf(pdf)).pages[0]!.boxes.map((b) => b.str.trim());
    // Category labels, tick labels and the data labels above the bars.
    expect(words).toEqual(expect.arrayContaining(['2016', '2017', '2018', '0', '10', '20', '30']));
  });

  it('writes ticks and values as the stats beside them: Latin digits, the language\'s grouping', async () => {
    const chart = `      type: bar\n      title: উদ্ধার\n      labels: [ক, খ]\n      series:\n        - values: [1200, 3400]\n`;
    const bengali = sheetWith(chart).replace('template: casework', 'template: casework\nlanguage: bn-IN');
    const pdf = await renderText({ 'x.yaml': bengali }, 'x.yaml');
    const words = (await readPdf(pdf)).pages[0]!.boxes.map((b) => b.str.trim());
    // Before: the value labels in Bengali digits (১,২০০) beside ticks in Latin ones.
    expect(words).toEqual(expect.arrayContaining(['0', '1,000', '3,000', '1,200', '3,400']));
    expect(words.join(' ')).not.toMatch(/[০-৯]/);
  });

  it('prints the chart\'s title and source as text, and gives it alt text: the sheet\'s, or one made from the data', async () => {
    const withSource = `${CHARTS.bar!}      source: IJM casework data.\n`;
    const pdf = await renderText({ 'x.yaml': sheetWith(withSource) }, 'x.yaml');
    expect((await readPdf(pdf)).pages[0]!.text).toMatch(/Rescues .*Source: IJM casework data\./);
    expect(await figures(pdf)).toEqual(['Bar chart: Rescues. 2016 10, 2017 20, 2018 30.']);
    const own = await renderText({ 'x.yaml': sheetWith(`${CHARTS.bar!}      alt: Rescues tripled in two years.\n`) }, 'x.yaml');
    expect(await figures(own)).toEqual(['Rescues tripled in two years.']);
  });

  it('sizes a chart section by its `size`: small, medium (the default), large', async () => {
    // The source is printed under the chart, so its distance from the title follows the chart's height.
    const heights: number[] = [];
    for (const size of ['small', '', 'medium', 'large']) {
      const yaml = `${CHARTS.bar!}      source: Data.\n${size ? `      size: ${size}\n` : ''}`;
      const page = (await readPdf(await renderText({ 'x.yaml': sheetWith(yaml) }, 'x.yaml'))).pages[0]!;
      const y = (s: string) => page.boxes.find((b) => b.str.startsWith(s))!.y;
      heights.push(y('Source: Data.') - y('Rescues'));
    }
    const [small, fallback, medium, large] = heights;
    expect(fallback).toBeCloseTo(medium!, 3);
    expect(small).toBeLessThan(medium!);
    expect(medium).toBeLessThan(large!);
  });

  it.each(['casework', 'program-office', 'news'])('the %s template draws every chart a sheet has: a chart section, and those inside a result and a prevalence', async (template) => {
    const inline = (title: string) => `      chart:\n        type: bar\n        title: ${title}\n        labels: [A, B]\n        series: [{ values: [15, 0.1] }]\n`;
    const sheet = `${sheetWith(CHARTS.doughnut!, template)}  - result:
      location: Cambodia
      text: Fewer children.
      before: { value: "15" }
      after: { value: "0.1" }
${inline('Result chart')}  - prevalence:
      title: Study
      text: One in ten.
${inline('Prevalence chart')}`;
    const warnings: string[] = [];
    const pdf = await renderText({ 'x.yaml': sheet }, 'x.yaml', warnings);
    expect(warnings).toEqual([]);
    expect(await figures(pdf)).toEqual(expect.arrayContaining([
      'Doughnut chart: Share. Girls 60%, Women 40%.',
      'Bar chart: Result chart. A 15, B 0.1.',
      'Bar chart: Prevalence chart. A 15, B 0.1.',
    ]));
    expect((await figures(pdf)).filter((a) => / chart: /.test(a))).toHaveLength(3);
  });

  it('the casework sample shows its prevalence chart on page 1 and its before/after chart on page 2', async () => {
    const pdf = await renderFile('sheets/sex-trafficking.yaml');
    const [one, two] = [await drawingOps(pdf, 1), await drawingOps(pdf, 2)];
    expect(one.paths).toBeGreaterThan(10);
    expect(one.images).toBe(0);
    expect(two.paths).toBeGreaterThan(10);
    expect(two.images).toBe(1);
  });
});

describe('bad chart data', () => {
  const errors = (chartYaml: string) => brief(parseSheetText(sheetWith(chartYaml), 'x.yaml').diagnostics);

  it('accepts the good ones', () => {
    for (const yaml of Object.values(CHARTS)) expect(errors(yaml)).toEqual([]);
  });

  it('names mismatched label and value counts', () => {
    expect(errors(CHARTS.bar!.replace('[10, 20, 30]', '[10, 20]'))).toEqual(['12:26 error chart-shape: chart “Rescues”: series 1 has 2 values for 3 labels']);
  });

  it('names a value that is not a number', () => {
    expect(errors(CHARTS.bar!.replace('[10, 20, 30]', '[10, lots, 30]'))).toEqual([
      '12:31 error wrong-type: `sections[1].chart.series[0].values[1]` should be a number or a range [low, high]',
    ]);
  });

  it('refuses negative values in a doughnut', () => {
    expect(errors(CHARTS.doughnut!.replace('[60, 40]', '[60, -40]'))).toEqual([
      '12:31 error chart-negative: chart “Share”: a doughnut cannot show the negative value -40 (use a bar chart for values that can fall below zero)',
    ]);
  });

  it('refuses an empty series and a range in a line chart', () => {
    expect(errors(CHARTS.bar!.replace('[10, 20, 30]', '[]'))).toEqual(['12:26 error list-size: `sections[1].chart.series[0].values` has 0 items']);
    expect(errors(CHARTS.line!.replace('[1, 3, 2]', '[1, [2, 3], 2]'))[0]).toMatch(/^12:39 error chart-range: chart “Trend”: a line chart cannot show the range \[2, 3\]/);
  });

  it('refuses more than one series in a doughnut, and a chart inside a result is checked the same way', () => {
    expect(errors(CHARTS.doughnut!.replace('[{ values: [60, 40] }]', '[{ values: [60, 40] }, { values: [1, 2] }]'))).toEqual([
      '12:15 error chart-shape: chart “Share”: a doughnut chart shows one series',
    ]);
    const inResult = `title: T\ntemplate: casework\nheader:\n  title: T\nsections:\n  - result:\n      location: Cambodia\n      text: Fewer.\n`
      + '      before: { value: "15" }\n      after: { value: "0.1" }\n      chart:\n        type: line\n        title: Trend\n'
      + '        labels: [A, B]\n        series: [{ values: [[1, 2], 0.1] }]\n';
    // In the order they appear in the file.
    expect(brief(parseSheetText(inResult, 'x.yaml').diagnostics)).toEqual([
      expect.stringMatching(/^9:24 warning result-mismatch: the before figure “15” is not what the chart shows/),
      expect.stringMatching(/^15:29 error chart-range: chart “Trend”: a line chart cannot show the range \[1, 2\]/),
    ]);
  });
});

describe('chart renderer', async () => {
  const fonts = (await loadFontRegistry(FONTS_DIR, diskWorld(), new BoundedCache(2))).families.get('Lato')!;
  const renderers = new BoundedCache<FontFamily, Promise<ChartRenderer>>(2);
  const theme = { font: 'Lato', margin: 36, colors: { primary: '#0b4f71', accent: '#e3a320', muted: '#5b6b73', ink: '#1f2a30', rule: '#c5d3da', white: '#ffffff' }, type: {} } as unknown as Theme;
  const chart: Chart = { type: 'bar', title: 'T', labels: ['A', 'B'], series: [{ values: [1, 2] }] };

  it('is created once per font family and reused', async () => {
    expect((await chartRenderer(fonts, renderers)) === (await chartRenderer(fonts, renderers))).toBe(true);
  });

  it('never serves a changed chart from its cache', async () => {
    const r = await chartRenderer(fonts, renderers);
    const a = r.items(chartSpec(chart, theme), 200, 100);
    expect(r.items(chartSpec(chart, theme), 200, 100)).toBe(a);
    expect(r.items(chartSpec({ ...chart, series: [{ values: [1, 3] }] }, theme), 200, 100)).not.toBe(a);
    expect(r.items(chartSpec(chart, theme), 220, 100)).not.toBe(a);
    const red = { ...theme, colors: { ...theme.colors, primary: '#ff0000' } };
    expect(r.items(chartSpec(chart, red), 200, 100)).not.toBe(a);
    expect(r.items(chartSpec(chart, theme), 200, 100, () => 'cmyk(0, 0, 0, 100)')).not.toBe(a);
  });

  it('draws bars as paths and labels as glyph runs in the brand face, inside its box', async () => {
    const { items, clipped } = (await chartRenderer(fonts, renderers)).items(chartSpec(chart, theme), 200, 100);
    expect(clipped).toEqual([]);
    const texts = items.flatMap((it) => (it.kind === 'text' ? [it] : []));
    expect(texts.map((t) => t.text.trim())).toEqual(expect.arrayContaining(['A', 'B', '1', '2']));
    expect(new Set(texts.map((t) => t.face))).toEqual(new Set(['Lato-regular', 'Lato-bold']));
    const bars = items.filter((it) => it.kind === 'shape' && it.fill === '#0b4f71');
    expect(bars).toHaveLength(2);
    for (const it of items) {
      const points = it.kind === 'shape' ? it.ops.flatMap((op) => op.slice(1) as number[]) : [];
      for (let i = 0; i < points.length; i += 2) {
        expect(points[i]).toBeGreaterThanOrEqual(0);
        expect(points[i]).toBeLessThanOrEqual(200);
        expect(points[i + 1]).toBeGreaterThanOrEqual(0);
        expect(points[i + 1]).toBeLessThanOrEqual(100);
      }
    }
  });

  it('describes a chart without alt text from its data', () => {
    expect(chartAltText(chart, 'en-US', ENGLISH)).toBe('Bar chart: T. A 1, B 2.');
  });
});
