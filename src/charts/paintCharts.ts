/**
 * Turns placed pages into painted pages: each chart box is replaced by the chart's own paths
 * and glyph runs, tagged with the chart's figure. After this the display list holds only
 * what the writer converts; no chart library is involved in writing the PDF.
 */
import { warning, type Diagnostic, type Result, type Span } from '../diag/diagnostic.js';
import type { FontFamily } from '../fonts/registry.js';
import { shift, type PaintedItem, type PaintedPage, type PlacedPage } from '../layout/types.js';
import { rgbOf } from '../pdf/color.js';
import type { Chart } from '../schema/chart.js';
import type { Theme } from '../theme/theme.js';
import { chartRenderer, type ChartRendererCache } from './render.js';
import { chartSpec } from './spec.js';
import { missingGlyphError } from '../text/coverage.js';

export async function paintCharts(
  pages: readonly PlacedPage[],
  charts: ReadonlyMap<string, Chart>,
  env: { theme: Theme; fonts: FontFamily; lang: string; renderers: ChartRendererCache },
): Promise<Result<PaintedPage[]>> {
  const hasCharts = pages.some((p) => p.items.some((it) => it.kind === 'chart'));
  const renderer = hasCharts ? await chartRenderer(env.fonts, env.renderers) : undefined;
  const colorOf = themeColorOf(env.theme);
  const diagnostics: Diagnostic[] = [];
  const painted = pages.map((page) => ({
    ...page,
    items: page.items.flatMap((item): PaintedItem[] => {
      if (item.kind !== 'chart') return [item];
      const chart = charts.get(item.ref);
      if (!chart || !renderer) throw new Error(`chart ${item.ref} was placed but has no data`);
      const spec = chartSpec(chart, env.theme, env.lang);
      const drawn = renderer.items(spec, item.w, item.h, colorOf);
      if (drawn.clipped.length) diagnostics.push(clippedWarning(chart, drawn.clipped, item.span));
      // The chart's own words are checked as a paragraph's are.
      const where = ` in chart “${chart.title}”`;
      if (drawn.missing.length) {
        diagnostics.push(missingGlyphError(drawn.missing, where, env.fonts, item.span));
      }
      const mark = { tag: item.tag, span: item.span };
      return shift(drawn.items, item.x, item.y).map((it) => ({ ...it, ...mark }) as PaintedItem);
    }),
  }));
  return { value: painted, diagnostics };
}

function clippedWarning(chart: Chart, clipped: readonly string[], span: Span | undefined): Diagnostic {
  const shown = clipped.slice(0, 3).map((t) => `“${t}”`).join(', ');
  const message = `chart “${chart.title}” is too small for its labels: ${shown} left out`;
  return warning('chart-clipped', message, {
    span,
    hint: 'give the chart `size: large`, fewer categories or shorter labels',
  });
}

/** chart.js draws in RGB; each colour it was given maps back to the theme colour it came from. */
function themeColorOf(theme: Theme): (hex: string) => string {
  const back = new Map<string, string>();
  for (const value of Object.values(theme.colors)) back.set(rgbOf(value).toLowerCase(), value);
  return (hex) => back.get(hex) ?? hex;
}


