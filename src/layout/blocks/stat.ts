/** Lowers a stat callout: a big number, a short accent rule, and its label. */
import type { Stat } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { fitOneLine, layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { laid, type Laid, type LayoutContext } from '../types.js';

const RULE = { width: 28, weight: 3, gap: 6 };

export function lowerStat(node: Stat, width: number, ctx: LayoutContext): Laid {
  const at = { path: node.path, span: node.span, tag: ctx.tags.get(node) };
  const align = node.align;
  const numberStyle = fitOneLine(node.value, { ...resolveStyle(ctx, { role: 'stat', color: node.color }), align }, width, ctx);
  const number = layoutText([{ text: node.value }], numberStyle, width, ctx, { ...at, gapAfter: 2 });
  const x = align === 'center' ? (width - RULE.width) / 2 : 0;
  const rule = laid(RULE.weight, [{ kind: 'rect', x, y: 0, w: RULE.width, h: RULE.weight, fill: colorOf(ctx.theme, 'accent') }], { gapAfter: RULE.gap });
  const label = layoutText([{ text: node.label }], { ...resolveStyle(ctx, 'label'), align }, width, ctx, at);
  const whole = stackLaid([number, rule, label]);
  return { ...whole, split: undefined, sections: node.path ? [{ path: node.path, span: node.span, top: 0, bottom: whole.height }] : [] };
}
