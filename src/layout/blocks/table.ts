/**
 * Lowers a table: plain-text cells wrapped in relative-width columns, header rows in bold above
 * a rule, thin rules between body rows. It splits between body rows only, and every piece after
 * the first starts with the header rows again.
 */
import type { StructNode } from '../../doc/structure.js';
import type { TableNode, TableRow } from '../../doc/types.js';
import { mirrorX } from '../../text/direction.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { layoutText, lineHeight } from '../textBlock.js';
import { faceFor, resolveStyle } from '../textStyle.js';
import { flatten, laid, moved, type Laid, type LayoutContext } from '../types.js';

/** Space between a cell's text and its column edges (x) and row rules (y). */
export const CELL_PAD = { x: 4, y: 3 };
const HEAD_RULE = 1;
const ROW_RULE = 0.5;

/** What every piece of one table shares: its two kinds of rule and the gap below the table. */
interface Parts {
  headRule: Laid;
  rowRule: Laid;
  gapAfter: number;
}

/** Where a row's cells come from and what they are tagged with. */
interface RowSource {
  node: TableNode;
  row: TableRow;
  head: boolean;
  tag?: StructNode;
}

type Split = [Laid, Laid] | undefined;

interface Columns {
  x: number[];
  w: number[];
}

export function lowerTable(node: TableNode, width: number, ctx: LayoutContext): Laid {
  const cols = columns(node.widths, width, ctx.rtl === true);
  const tags = ctx.tags.get(node)?.children ?? [];
  const rows = node.rows.map((row, i) =>
    lowerRow({ node, row, head: i < node.headRows, tag: tags[i] }, cols, ctx),
  );
  const parts = {
    headRule: rule(width, HEAD_RULE, ctx),
    rowRule: rule(width, ROW_RULE, ctx),
    gapAfter: node.gap,
  };
  return assemble(parts, rows.slice(0, node.headRows), rows.slice(node.headRows), true);
}

/**
 * Column lefts and widths sharing the table's width in proportion to `widths`; the first column
 * at the right in a right-to-left sheet.
 */
function columns(widths: readonly number[], width: number, rtl: boolean): Columns {
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const w = widths.map((r) => (width * r) / total);
  const x = w.map((_, i) => mirrorX(w.slice(0, i).reduce((a, b) => a + b, 0), w[i]!, width, rtl));
  return { x, w };
}

/** One row: its cells side by side, top-aligned, as tall as its tallest cell plus padding. */
function lowerRow({ node, row, head, tag }: RowSource, cols: Columns, ctx: LayoutContext): Laid {
  const base = resolveStyle(ctx, node.role);
  const style = head ? { ...base, face: faceFor(base.face, 'bold') } : base;
  // A row without its own path is reported as the table, so an overflow still names a section.
  const at = { path: row.path ?? node.path, span: row.span ?? node.span };
  const cells = row.cells.map((text, c) => {
    const inner = Math.max(1, cols.w[c]! - 2 * CELL_PAD.x);
    const cellStyle = { ...style, align: node.aligns[c] ?? 'left' };
    return layoutText([{ text }], cellStyle, inner, ctx, { ...at, tag: tag?.children[c] });
  });
  const height = Math.max(lineHeight(style), ...cells.map((c) => c.height)) + 2 * CELL_PAD.y;
  const items = cells.flatMap((c, i) => moved(c.items, cols.x[i]! + CELL_PAD.x, CELL_PAD.y));
  const sections = at.path ? [{ path: at.path, span: at.span, top: 0, bottom: height }] : [];
  return laid(height, items, { sections });
}

function rule(width: number, weight: number, ctx: LayoutContext): Laid {
  const fill = colorOf(ctx.theme, 'rule', 'muted');
  return laid(weight, [{ kind: 'rect', x: 0, y: 0, w: width, h: weight, fill }]);
}

/** Header rows, the header rule, then body rows with a thin rule between each two. */
function assemble(parts: Parts, head: Laid[], body: Laid[], last: boolean): Laid {
  const ruled = body.flatMap((r, i) => (i ? [parts.rowRule, r] : [r]));
  const whole = stackLaid([...head, ...(head.length ? [parts.headRule] : []), ...ruled]);
  return {
    ...whole,
    // Like a split paragraph, only the last piece keeps the gap below the table.
    gapAfter: last ? parts.gapAfter : 0,
    keepWithNext: false,
    split: body.length >= 2 ? (available) => splitRows(parts, head, body, available, last) : undefined,
  };
}

/**
 * Breaks between body rows: the most rows that fit go first, at least one on each side (a header
 * alone would introduce nothing). The tail repeats the header, untagged: in the PDF's structure
 * the header is read once, and its repeats are page furniture.
 */
function splitRows(parts: Parts, head: Laid[], body: Laid[], available: number, last: boolean): Split {
  let y = head.reduce((s, r) => s + r.height, 0) + (head.length ? parts.headRule.height : 0);
  let fit = 0;
  while (fit < body.length - 1) {
    const next = y + (fit ? parts.rowRule.height : 0) + body[fit]!.height;
    if (next > available) break;
    [y, fit] = [next, fit + 1];
  }
  if (fit < 1) return undefined;
  const untagged = (r: Laid) => flatten(r.items).map((it) => ({ ...it, tag: undefined }));
  const repeated = head.map((r) => ({ ...r, items: untagged(r) }));
  return [assemble(parts, head, body.slice(0, fit), false), assemble(parts, repeated, body.slice(fit), last)];
}
