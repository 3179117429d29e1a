/** Lowers a stat callout: a big number, a short accent rule, and its label. */
import type { Stat } from '../../doc/types.js';
import { mirrorX } from '../../text/direction.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { fitOneLine, layoutText } from '../textBlock.js';
import { resolveStyle, type ResolvedStyle } from '../textStyle.js';
import { laid, type Laid, type LayoutContext } from '../types.js';

const RULE = { width: 28, weight: 3, gap: 6 };

/** The style of a stat's value at the role's full size, before any fitting. */
export function statValueStyle(node: Stat, ctx: LayoutContext): ResolvedStyle {
  return { ...resolveStyle(ctx, { role: 'stat', color: node.color }), align: node.align };
}

/**
 * `valueSize` sets the value at that size instead of the largest that fits `width` on one line:
 * a `<stats>` row passes one size to all its stats so their numbers share a baseline.
 */
export function lowerStat(node: Stat, width: number, ctx: LayoutContext, valueSize?: number): Laid {
  const at = { path: node.path, span: node.span, tag: ctx.tags.get(node) };
  const align = node.align;
  const style = statValueStyle(node, ctx);
  const numberStyle =
    valueSize === undefined ? fitOneLine(node.value, style, width, ctx) : { ...style, size: valueSize };
  const text = oneLineOrWords(node.value, numberStyle, width, ctx);
  const number = layoutText([{ text }], numberStyle, width, ctx, { ...at, gapAfter: 2 });
  const x = mirrorX(align === 'center' ? (width - RULE.width) / 2 : 0, RULE.width, width, ctx.rtl);
  const fill = colorOf(ctx.theme, 'accent');
  const rule = laid(RULE.weight, [{ kind: 'rect', x, y: 0, w: RULE.width, h: RULE.weight, fill }], {
    gapAfter: RULE.gap,
  });
  const label = layoutText([{ text: node.label }], { ...resolveStyle(ctx, 'label'), align }, width, ctx, at);
  const whole = stackLaid([number, rule, label]);
  const sections = node.path ? [{ path: node.path, span: node.span, top: 0, bottom: whole.height }] : [];
  // A stat is read as one thing: it never splits between its number and its label.
  return { ...whole, split: undefined, sections };
}

/**
 * The value as printed: its no-break spaces hold "up to 85%" on one line, but a value too wide
 * for its column even at the smallest size wraps between its words rather than inside a number.
 */
function oneLineOrWords(value: string, style: ResolvedStyle, width: number, ctx: LayoutContext): string {
  const fits = fitOneLine(value, style, width, ctx).size >= style.size;
  return fits ? value : value.replace(/\u00a0/g, ' ');
}
