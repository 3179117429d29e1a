/**
 * Turns a chart spec into SVG at its placed size, with chart.js on a canvas SVG surface. One
 * renderer per engine and font family, fonts registered once from the same files the PDF
 * embeds, and output cached by spec and size.
 */
import { createHash } from 'node:crypto';
import { createCanvas, registerFont } from 'canvas';
import { Chart, type Chart as ChartJS, type Plugin } from 'chart.js/auto';
import type { BoundedCache } from '../cache.js';
import type { FontFamily } from '../fonts/registry.js';
import type { ChartSpec, DataLabelOptions } from './spec.js';

const WEIGHTS: Partial<Record<keyof FontFamily, { weight: string; style: string }>> = {
  regular: { weight: 'normal', style: 'normal' },
  bold: { weight: 'bold', style: 'normal' },
  italic: { weight: 'normal', style: 'italic' },
};

/** Draws each bar's value above it (or right of it, for horizontal bars). */
const dataLabels: Plugin = {
  id: 'factsheetLabels',
  afterDatasetsDraw(chart: ChartJS, _args, options: DataLabelOptions) {
    if (!options.display) return;
    const ctx = chart.ctx;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.font = `bold ${options.size}px ${String(chart.options.font?.family ?? 'sans-serif')}`;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    chart.data.datasets.forEach((_, d) => {
      chart.getDatasetMeta(d).data.forEach((bar, i) => {
        const text = options.texts[d]?.[i];
        if (!text) return;
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.fillText(text, horizontal ? x + 4 : x, horizontal ? y : y - 3);
      });
    });
    ctx.restore();
  },
};

/** chart.js straight on canvas's SVG surface (chartjs-node-canvas added two packages for this). */
function renderSvg(spec: ChartSpec, width: number, height: number): string {
  const canvas = createCanvas(Math.round(width), Math.round(height), 'svg');
  const chart = new Chart(canvas.getContext('2d') as never, withCallbacks(spec) as never);
  const svg = canvas.toBuffer().toString('utf8');
  chart.destroy();
  return svg;
}

/** chart.js wants functions for tick labels; the spec stays plain data and names a suffix. */
function withCallbacks(spec: ChartSpec): ChartSpec {
  const copy = structuredClone(spec);
  for (const scale of Object.values(copy.options.scales ?? {})) {
    const ticks = (scale as { ticks?: { unitSuffix?: string; callback?: unknown } }).ticks;
    if (ticks?.unitSuffix) ticks.callback = (v: number | string) => `${v}${ticks.unitSuffix}`;
  }
  copy.plugins = [dataLabels];
  return copy;
}

export class ChartRenderer {
  private fontsRegistered = false;
  private readonly cache = new Map<string, string>();
  constructor(
    private readonly fonts: FontFamily,
    private readonly family: string,
  ) {}

  svg(spec: ChartSpec, width: number, height: number): string {
    const key = createHash('sha256')
      .update(JSON.stringify([spec, width, height, this.family]))
      .digest('hex');
    let svg = this.cache.get(key);
    if (svg === undefined) {
      this.registerFonts();
      svg = renderSvg(spec, width, height);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(key, svg);
    }
    return svg;
  }

  private registerFonts(): void {
    if (this.fontsRegistered) return;
    for (const [face, w] of Object.entries(WEIGHTS))
      registerFont(this.fonts[face as keyof FontFamily].file, { family: this.family, ...w });
    this.fontsRegistered = true;
  }
}

/** The engine's renderers, by font family and file. */
export type ChartRendererCache = BoundedCache<string, ChartRenderer>;

/** The engine's renderer for a font family: created once, reused by every sheet in a batch. */
export function chartRenderer(
  fonts: FontFamily,
  family: string,
  renderers: ChartRendererCache,
): ChartRenderer {
  const key = `${family}:${fonts.regular.file}`;
  let r = renderers.get(key);
  if (!r) renderers.set(key, (r = new ChartRenderer(fonts, family)));
  return r;
}
