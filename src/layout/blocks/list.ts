/** Lowers a list: bullet or number markers with a hanging indent, optionally ruled between items. */
import type { ListNode } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { baselineOffset, layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { laid, shift, type Laid, type LayoutContext } from '../types.js';

export function lowerList(node: ListNode, width: number, ctx: LayoutContext): Laid {
  const style = resolveStyle(ctx, node.style);
  const indent = node.marker === 'none' ? 0 : node.marker === 'number' ? style.size * 1.6 : style.size * 1.1;
  const markerFace = ctx.fonts.bold;
  const items: Laid[] = [];
  const itemTags = ctx.tags.get(node)?.children ?? [];
  node.items.forEach((runs, i) => {
    const path = node.path ? `${node.path}[${i}]` : undefined;
    const li = itemTags[i]?.children ?? [];
    const body = layoutText(runs, style, width - indent, ctx, { path, span: node.span, gapAfter: node.gap, tag: li.at(-1) });
    const marker = node.marker === 'bullet' ? '•' : node.marker === 'number' ? `${i + 1}.` : '';
    const y = baselineOffset(style, markerFace.ascent, markerFace.descent);
    const drawn = marker ? [{ kind: 'text' as const, x: 0, y, text: marker, face: markerFace, size: style.size, color: colorOf(ctx.theme, 'accent'), tracking: 0, tag: li.length > 1 ? li[0] : undefined }] : [];
    items.push({ ...body, items: [...drawn, ...shift(body.items, indent, 0)], split: undefined });
    if (node.ruled && i < node.items.length - 1) {
      items.push(laid(0.75, [{ kind: 'rect', x: 0, y: 0, w: width, h: 0.75, fill: colorOf(ctx.theme, 'rule', 'muted') }], { gapAfter: node.gap }));
    }
  });
  return stackLaid(items);
}
