/** Lowers a chart: its title, a box the chart is drawn into at its placed size, and its source. */
import { error } from '../../diag/diagnostic.js';
import type { ChartNode } from '../../doc/types.js';
import { stackLaid } from '../stackLaid.js';
import { layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { laid, type Laid, type LayoutContext } from '../types.js';

export function lowerChart(node: ChartNode, width: number, ctx: LayoutContext): Laid {
  const chart = ctx.charts.get(node.ref);
  if (!chart) {
    ctx.diagnostics.push(error('unknown-chart', `the template shows chart \`${node.ref}\`, which the sheet does not define`, { span: node.span, hint: 'add it under `charts:` with this id' }));
    return laid(0, []);
  }
  const at = { path: node.path, span: node.span };
  const [titleTag, figureTag, sourceTag] = ctx.tags.get(node)?.children ?? [];
  const title = layoutText([{ text: chart.title }], resolveStyle(ctx, { role: 'label', color: 'ink' }), width, ctx, { ...at, gapAfter: 4, keepWithNext: true, tag: titleTag });
  const box = laid(node.height, [{ kind: 'chart', x: 0, y: 0, w: width, h: node.height, ref: chart.id, alt: ctx.chartAlt(chart), tag: figureTag }], { gapAfter: 3 });
  const parts = [title, box];
  if (chart.source) parts.push(layoutText([{ text: `Source: ${chart.source}` }], resolveStyle(ctx, 'caption'), width, ctx, { ...at, tag: sourceTag }));
  const whole = stackLaid(parts);
  return { ...whole, split: undefined, sections: node.path ? [{ path: node.path, span: node.span, top: 0, bottom: whole.height }] : [] };
}
