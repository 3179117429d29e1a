/** Lowers a chart: its title, a box the chart is drawn into at its placed size, and its source. */
import { error } from '../../diag/diagnostic.js';
import type { ChartNode } from '../../doc/types.js';
import { stackLaid } from '../stackLaid.js';
import { layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { laid, type Laid, type LayoutContext } from '../types.js';

/** Height as a share of the width, by size; capped so a full-width chart leaves room on the page. */
const ASPECT = { small: 0.42, medium: 0.58, large: 0.72, full: 0.5 } as const;
const MAX_HEIGHT = { small: 140, medium: 200, large: 260, full: 300 } as const;

export function lowerChart(node: ChartNode, width: number, ctx: LayoutContext): Laid {
  const chart = ctx.charts.get(node.ref);
  if (!chart) {
    ctx.diagnostics.push(
      error('unknown-chart', `the template shows chart \`${node.ref}\`, which the sheet does not define`, {
        span: node.span,
        hint: 'check the chart partial: it names the chart by its section path',
      }),
    );
    return laid(0, []);
  }
  const at = { path: node.path, span: node.span };
  const height = node.size ? Math.min(width * ASPECT[node.size], MAX_HEIGHT[node.size]) : node.height;
  const [titleTag, figureTag, sourceTag] = ctx.tags.get(node)?.children ?? [];
  const titleStyle = resolveStyle(ctx, { role: 'label', color: 'ink' });
  const title = layoutText([{ text: chart.title }], titleStyle, width, ctx, {
    ...at,
    gapAfter: 4,
    keepWithNext: true,
    tag: titleTag,
  });
  const box = laid(
    height,
    [
      {
        kind: 'chart',
        x: 0,
        y: 0,
        w: width,
        h: height,
        ref: node.ref,
        alt: ctx.chartAlt(chart),
        tag: figureTag,
      },
    ],
    { gapAfter: 3 },
  );
  const parts = [title, box];
  if (chart.source) {
    const sourceLine = node.sourceLabel ? `${node.sourceLabel} ${chart.source}` : chart.source;
    parts.push(
      layoutText([{ text: sourceLine }], resolveStyle(ctx, 'caption'), width, ctx, {
        ...at,
        tag: sourceTag,
      }),
    );
  }
  const whole = stackLaid(parts);
  return {
    ...whole,
    split: undefined,
    sections: node.path ? [{ path: node.path, span: node.span, top: 0, bottom: whole.height }] : [],
  };
}
