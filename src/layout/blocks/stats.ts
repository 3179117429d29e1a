/**
 * Lowers a `<stats>` row: stats side by side in equal columns, every value set at one size (the
 * largest at which the widest value still fits its column on one line), so all the numbers sit
 * on one baseline and none looks more important for being shorter. More than four stats go on
 * two rows of equal columns, still at that one size.
 */
import { warning } from '../../diag/diagnostic.js';
import type { Stat, Stats } from '../../doc/types.js';
import { mirrorX } from '../../text/direction.js';
import { fitOneLine } from '../textBlock.js';
import {
  laid,
  moved,
  shiftSections,
  type DisplayItem,
  type Laid,
  type LaidItem,
  type LayoutContext,
  type SectionExtent,
} from '../types.js';
import { lowerStat, statValueStyle } from './stat.js';

/** Most stats on one row; beyond it, values would be set too small to read as headline numbers. */
const PER_ROW = 4;

export function lowerStats(node: Stats, width: number, ctx: LayoutContext): Laid {
  const count = node.children.length;
  if (!count) return laid(0, []);
  const columns = count > PER_ROW ? Math.ceil(count / 2) : count;
  const column = (width - node.gap * (columns - 1)) / columns;
  const size = sharedSize(node.children, column, ctx);
  const rows: Laid[] = [];
  for (let i = 0; i < count; i += columns) {
    rows.push(lowerRow(node, node.children.slice(i, i + columns), { width, column, size }, ctx));
  }
  return stackRows(rows, node);
}

/** The largest size at which every value fits its column: each one's fit size, the smallest. */
function sharedSize(stats: readonly Stat[], column: number, ctx: LayoutContext): number {
  const size = Math.min(...stats.map((s) => fitOneLine(s.value, statValueStyle(s, ctx), column, ctx).size));
  for (const s of stats) {
    // Fitting stops at half the role size: a value still too wide there wraps, which is worth a word.
    if (fitOneLine(s.value, { ...statValueStyle(s, ctx), size }, column, ctx).size < size) tooWide(s, ctx);
  }
  return size;
}

function tooWide(stat: Stat, ctx: LayoutContext): void {
  const message = `the stat "${stat.value}" is too wide for its column even at half size, so it wraps`;
  ctx.diagnostics.push(
    warning('stat-too-wide', message, {
      span: stat.span,
      hint: 'shorten its prefix or suffix, print it in compact form ("150 billion"), or show fewer stats',
    }),
  );
}

interface Grid {
  width: number;
  column: number;
  size: number;
}

/** One row of stats in columns of the shared width; a short last row is centred when the stats are. */
function lowerRow(node: Stats, stats: readonly Stat[], grid: Grid, ctx: LayoutContext): Laid {
  const used = stats.length * grid.column + (stats.length - 1) * node.gap;
  let x = node.align === 'center' ? (grid.width - used) / 2 : 0;
  const items: LaidItem[] = [];
  const sections: SectionExtent[] = [];
  let height = 0;
  for (const stat of stats) {
    const one = lowerStat(stat, grid.column, ctx, grid.size);
    items.push(...moved(one.items, mirrorX(x, grid.column, grid.width, ctx.rtl), 0));
    sections.push(...one.sections);
    height = Math.max(height, one.height);
    x += grid.column + node.gap;
  }
  return laid(height, items, { sections });
}

/** Rows top to bottom, `gap` apart, kept together: a row of stats is read as one thing. */
function stackRows(rows: readonly Laid[], node: Stats): Laid {
  let y = 0;
  const items: LaidItem[] = [];
  const sections: SectionExtent[] = [];
  for (const row of rows) {
    items.push(...moved(row.items, 0, y));
    sections.push(...shiftSections(row.sections, y));
    y += row.height + node.gap;
  }
  const height = y - node.gap;
  // The stats' own positions come first: a message about an overflow names the stat, not the row.
  if (node.path) sections.push({ path: node.path, span: node.span, top: 0, bottom: height });
  return laid(height, items, { sections, gapAfter: 14 });
}
