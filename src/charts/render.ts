/**
 * Turns a chart spec into SVG at its placed size, with chart.js on a canvas SVG surface. One
 * renderer per process (chart.js and canvas load once), fonts registered once from the same
 * files the PDF embeds, and output cached by spec and size.
 */
import { createHash } from 'node:crypto';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import type { Chart as ChartJS, Plugin } from 'chart.js';
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

class SizedRenderer extends ChartJSNodeCanvas {
  renderSvg(spec: ChartSpec, width: number, height: number): string {
    const canvas = this._createCanvas(Math.round(width), Math.round(height), 'svg');
    const chart = new this._chartJs(canvas.getContext('2d') as never, withCallbacks(spec) as never);
    const svg = (canvas as unknown as { toBuffer(): Buffer }).toBuffer().toString('utf8');
    chart.destroy();
    return svg;
  }
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
  private renderer?: SizedRenderer;
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
      svg = this.instance().renderSvg(spec, width, height);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(key, svg);
    }
    return svg;
  }

  private instance(): SizedRenderer {
    if (!this.renderer) {
      this.renderer = new SizedRenderer({ width: 10, height: 10, type: 'svg' });
      for (const [face, w] of Object.entries(WEIGHTS))
        this.renderer.registerFont(this.fonts[face as keyof FontFamily].file, { family: this.family, ...w });
    }
    return this.renderer;
  }
}

const renderers = new Map<string, ChartRenderer>();

/** The process-wide renderer for a font family: created once, reused by every sheet in a batch. */
export function chartRenderer(fonts: FontFamily, family: string): ChartRenderer {
  const key = `${family}:${fonts.regular.file}`;
  let r = renderers.get(key);
  if (!r) renderers.set(key, (r = new ChartRenderer(fonts, family)));
  return r;
}
