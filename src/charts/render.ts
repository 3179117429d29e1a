/**
 * Turns a chart spec into display items at its placed size: chart.js lays the chart out and
 * draws it onto a recording canvas (recordCanvas.ts), whose paths and glyph runs become the
 * items. Text is measured and shaped with the same fonts the PDF embeds. Items are cached by
 * spec and size, so a chart drawn again (a batch, copyfit passes) costs a lookup.
 */
import { createHash } from 'node:crypto';
import type { Chart as ChartJS, ChartConfiguration, Plugin } from 'chart.js';
import type { BoundedCache } from '../cache.js';
import type { FontFamily, LoadedFace } from '../fonts/registry.js';
import type { DisplayItem } from '../layout/types.js';
import { plainNumbers } from '../i18n/numberFormat.js';
import { recordingCanvas } from './recordCanvas.js';
import type { ChartSpec, DataLabelOptions } from './spec.js';

type ChartClass = new (item: unknown, config: ChartConfiguration) => ChartJS;

/** Draws each bar's value above it (or right of it, for horizontal bars). */
const dataLabels: Plugin = {
  id: 'factsheetLabels',
  afterDatasetsDraw(chart: ChartJS, _args, options: DataLabelOptions) {
    if (!options.display) return;
    const ctx = chart.ctx;
    const horizontal = chart.options.indexAxis === 'y';
    const family = String(chart.options.font?.family ?? 'sans-serif');
    const labels = placedLabels(chart, options, horizontal);
    // Grouped bars can be too narrow for their values: a smaller size, or none rather than a
    // pile of overlapping figures (the value axis still reads).
    const size = [1, 0.85, 0.72].map((f) => options.size * f).find((s) => {
      ctx.font = `bold ${s}px ${family}`;
      return !collide(labels.map((l) => labelBox(l, ctx.measureText(l.text).width, s, horizontal)));
    });
    if (size === undefined) return;
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.font = `bold ${size}px ${family}`;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    for (const l of labels) ctx.fillText(l.text, l.x, l.y);
    ctx.restore();
  },
};

interface Label {
  text: string;
  x: number;
  y: number;
}

function placedLabels(chart: ChartJS, options: DataLabelOptions, horizontal: boolean): Label[] {
  return chart.data.datasets.flatMap((_, d) =>
    chart.getDatasetMeta(d).data.flatMap((bar, i) => {
      const text = options.texts[d]?.[i];
      if (!text) return [];
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      return [{ text, x: horizontal ? x + 4 : x, y: horizontal ? y : y - 3 }];
    }),
  );
}

/** A label's box as [left, top, right, bottom], from its anchor as fillText places it. */
function labelBox(l: Label, width: number, size: number, horizontal: boolean) {
  const left = horizontal ? l.x : l.x - width / 2;
  const top = horizontal ? l.y - size / 2 : l.y - size;
  return [left, top, left + width, top + size] as const;
}

function collide(boxes: readonly (readonly [number, number, number, number])[]): boolean {
  return boxes.some((a, i) =>
    boxes.slice(i + 1).some((b) => a[0] < b[2] + 1 && b[0] < a[2] + 1 && a[1] < b[3] && b[1] < a[3]),
  );
}

/** chart.js wants functions for tick labels; the spec stays plain data and names a suffix. */
function withCallbacks(spec: ChartSpec): ChartSpec {
  const copy = structuredClone(spec);
  const number = plainNumbers(copy.options.locale ?? 'en-US');
  for (const scale of Object.values(copy.options.scales ?? {})) {
    const ticks = (scale as { ticks?: { unitSuffix?: string; callback?: unknown } }).ticks;
    // Every value axis, not only those with a unit: its numbers as the value labels print them.
    if (ticks?.unitSuffix === undefined) continue;
    const suffix = ticks.unitSuffix;
    ticks.callback = (v: number | string) => `${typeof v === 'number' ? number.format(v) : v}${suffix}`;
  }
  // A `segment` option makes chart.js draw lines point by point instead of through a Path2D,
  // which the recording canvas cannot read.
  for (const dataset of copy.data.datasets) (dataset as { segment?: object }).segment ??= {};
  copy.plugins = [dataLabels];
  return copy;
}

type ColorOf = (hex: string) => string;

/** Charts drawn per spec and size; bounded, because a long watch session sees many variants. */
const CACHE_LIMIT = 64;

/** A chart drawn: its items, and the labels that fell outside its box (left out, as a canvas
 * clips them). */
export interface DrawnChart {
  items: readonly DisplayItem[];
  clipped: readonly string[];
  /** Characters of its text that no font has a glyph for. */
  missing: readonly string[];
}

export class ChartRenderer {
  private readonly cache = new Map<string, DrawnChart>();
  private readonly widths = new WeakMap<LoadedFace, Map<string, number>>();

  constructor(
    private readonly Chart: ChartClass,
    private readonly fonts: FontFamily,
  ) {}

  /**
   * The chart's items, in points from its top-left corner. `colorOf` maps a colour chart.js
   * drew with back to the theme's own (so CMYK brand colours stay CMYK); it is part of the key.
   */
  items(spec: ChartSpec, width: number, height: number, colorOf?: (hex: string) => string) {
    const palette = colorOf ? paletteOf(spec, colorOf) : [];
    const key = createHash('sha256')
      .update(JSON.stringify([spec, width, height, palette]))
      .digest('hex');
    let items = this.cache.get(key);
    if (!items) {
      items = this.draw(spec, width, height, colorOf);
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, items);
    }
    return items;
  }

  private draw(spec: ChartSpec, width: number, height: number, colorOf?: ColorOf): DrawnChart {
    const opts = { fonts: this.fonts, colorOf, widths: this.widths };
    const { canvas, context } = recordingCanvas(width, height, opts);
    const chart = new this.Chart(canvas, withCallbacks(spec));
    chart.destroy();
    return { items: context.items, clipped: context.clipped, missing: [...context.missing] };
  }
}

/** What `colorOf` does to every colour in the spec, so a changed mapping misses the cache. */
function paletteOf(spec: ChartSpec, colorOf: (hex: string) => string): string[] {
  const hexes = JSON.stringify(spec).match(/#[0-9a-fA-F]{6}\b/g) ?? [];
  return [...new Set(hexes)].map((h) => `${h}=${colorOf(h.toLowerCase())}`);
}

/** chart.js, loaded on first use: a sheet without charts never pays for it. */
export async function loadChartJs(): Promise<ChartClass> {
  const { Chart } = await import('chart.js/auto');
  return Chart as unknown as ChartClass;
}

/** The engine's renderers, one per font family it has loaded (the parsed fonts are the key). */
export type ChartRendererCache = BoundedCache<FontFamily, Promise<ChartRenderer>>;

export function chartRenderer(fonts: FontFamily, renderers: ChartRendererCache): Promise<ChartRenderer> {
  let r = renderers.get(fonts);
  if (!r) renderers.set(fonts, (r = loadChartJs().then((Chart) => new ChartRenderer(Chart, fonts))));
  return r;
}
