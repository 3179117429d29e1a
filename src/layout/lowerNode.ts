/** Turns any DocTree node into a measured box, dispatching on its kind. */
import type { Span } from '../diag/diagnostic.js';
import type { DocNode } from '../doc/types.js';
import { lowerBand } from './blocks/band.js';
import { lowerBox } from './blocks/box.js';
import { lowerChart } from './blocks/chart.js';
import { lowerFigure } from './blocks/figure.js';
import { lowerFlow } from './blocks/flow.js';
import { lowerImage } from './blocks/image.js';
import { lowerList } from './blocks/list.js';
import { lowerNotes } from './blocks/notes.js';
import { lowerPara } from './blocks/para.js';
import { lowerQr } from './blocks/qr.js';
import { lowerQuote } from './blocks/quote.js';
import { lowerRow } from './blocks/row.js';
import { lowerRule } from './blocks/rule.js';
import { lowerSpace } from './blocks/space.js';
import { lowerStack } from './blocks/stack.js';
import { lowerStat } from './blocks/stat.js';
import { lowerTable } from './blocks/table.js';
import { lowerStats } from './blocks/stats.js';
import { lowerTimeline } from './blocks/timeline.js';
import type { Laid, LayoutContext } from './types.js';

/** Containers lay out their children through this, so every kind is reachable from every other. */
export type Lower = (node: DocNode, width: number, ctx: LayoutContext) => Laid;

type Lowerers = {
  [K in DocNode['kind']]?: (
    node: Extract<DocNode, { kind: K }>,
    width: number,
    ctx: LayoutContext,
    lower: Lower,
  ) => Laid;
};

const LOWERERS: Lowerers = {
  para: lowerPara,
  // Wrapped: lowerStat's fourth parameter is a forced value size, not `lower`.
  stat: (node, width, ctx) => lowerStat(node, width, ctx),
  stats: lowerStats,
  figure: lowerFigure,
  quote: lowerQuote,
  image: lowerImage,
  rule: lowerRule,
  space: lowerSpace,
  list: lowerList,
  timeline: lowerTimeline,
  notes: lowerNotes,
  chart: lowerChart,
  table: lowerTable,
  qr: lowerQr,
  stack: lowerStack,
  band: lowerBand,
  row: lowerRow,
  box: lowerBox,
  flow: lowerFlow,
};

export const lowerNode: Lower = (node, width, ctx) => {
  const lowerer = LOWERERS[node.kind] as
    ((n: DocNode, w: number, c: LayoutContext, l: Lower) => Laid) | undefined;
  if (!lowerer) throw new Error(`no lowering for block kind ${node.kind}`);
  return withSpan(lowerer(node, width, ctx, lowerNode), node.span);
};

/**
 * Gives every item the sheet position of the innermost block that drew it (inner blocks stamp
 * first), and the pieces of a split the same, so a display item leads back to its YAML line.
 */
function withSpan(box: Laid, span: Span | undefined): Laid {
  if (!span) return box;
  const split = box.split;
  return {
    ...box,
    // A group takes the span for what it holds without one (see ItemGroup): its items are not
    // copied here, only the items this block drew itself.
    items: box.items.map((it) => (it.span ? it : { ...it, span })),
    split: split && ((available) => split(available)?.map((p) => withSpan(p, span)) as [Laid, Laid]),
  };
}
