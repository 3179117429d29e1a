/**
 * Lowers a list: bullet or number markers with a hanging indent, optionally ruled between items.
 * It splits between items; an item longer than six lines may also split between its lines.
 * Rules are drawn only between two items of one piece, so no piece starts or ends with one.
 */
import type { StructNode } from '../../doc/structure.js';
import type { ListNode } from '../../doc/types.js';
import { textWidth } from '../../fonts/measure.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { baselineOffset, layoutText, lineHeight } from '../textBlock.js';
import { resolveStyle, type ResolvedStyle } from '../textStyle.js';
import { laid, moved, type DisplayItem, type Laid, type LayoutContext } from '../types.js';
import { textRun } from '../textRun.js';

/** Items up to this many lines stay whole: a short item split over two columns reads badly. */
const WHOLE_LINES = 6;
const RULE = 0.75;

type Split = [Laid, Laid] | undefined;

export function lowerList(node: ListNode, width: number, ctx: LayoutContext): Laid {
  const style = resolveStyle(ctx, node.style);
  const indent = node.marker === 'none' ? 0 : node.marker === 'number' ? style.size * 1.6 : style.size * 1.1;
  const tags = ctx.tags.get(node)?.children ?? [];
  const items = node.items.map((_, i) => lowerItem(node, i, style, { width, indent, ctx, tag: tags[i] }));
  return assemble(items, node.ruled ? rule(width, node.gap, ctx) : undefined, true);
}

function rule(width: number, gapAfter: number, ctx: LayoutContext): Laid {
  const fill = colorOf(ctx.theme, 'rule', 'muted');
  return laid(RULE, [{ kind: 'rect', x: 0, y: 0, w: width, h: RULE, fill }], { gapAfter });
}

interface ItemBox {
  width: number;
  indent: number;
  ctx: LayoutContext;
  tag?: StructNode;
}

/**
 * One item: its marker hanging left of its text (right of it in a right-to-left sheet),
 * reported at its own sheet position.
 */
function lowerItem(node: ListNode, i: number, style: ResolvedStyle, box: ItemBox): Laid {
  const { width, indent, ctx, tag } = box;
  const own = node.itemAt?.[i];
  const path = own?.path ?? (node.path ? `${node.path}[${i}]` : undefined);
  const li = tag?.children ?? [];
  const body = layoutText(node.items[i]!, style, width - indent, ctx, {
    path,
    span: own?.span ?? node.span,
    gapAfter: node.gap,
    tag: li.at(-1),
  });
  const text = node.marker === 'bullet' ? '•' : node.marker === 'number' ? `${i + 1}.` : '';
  const face = ctx.fonts.bold;
  const y = baselineOffset(style, face.ascent, face.descent);
  const color = colorOf(ctx.theme, 'accent');
  const markerTag = li.length > 1 ? li[0] : undefined;
  const x = ctx.rtl ? width - textWidth(face, text, style.size) : 0;
  const marker: DisplayItem[] = text
    ? [rtlMarker(textRun(face, text, { x, y, size: style.size, color, tag: markerTag }), ctx)]
    : [];
  const tall = body.height > WHOLE_LINES * lineHeight(style) + 0.01;
  return withMarker(body, marker, ctx.rtl ? 0 : indent, tall);
}

/**
 * A number marker in a right-to-left sheet reads from the right as the bidi algorithm sets it:
 * "1." is drawn ".1", its period between the number and the text (as browsers draw an `<ol>`
 * in Arabic). It stays "1." as text: the run is marked right to left for extraction.
 */
function rtlMarker(run: Extract<DisplayItem, { kind: 'text' }>, ctx: LayoutContext): DisplayItem {
  if (!ctx.rtl || !run.text.endsWith('.')) return run;
  const [period, ...number] = [...run.glyphs].reverse();
  return { ...run, glyphs: [period!, ...number.reverse()], rtl: true };
}

/** The item's text at `indent` beside its marker; a tall item splits, its marker on the first piece. */
function withMarker(body: Laid, marker: DisplayItem[], indent: number, splits: boolean): Laid {
  const split = splits && body.split;
  return {
    ...body,
    items: [...marker, ...moved(body.items, indent, 0)],
    split: split
      ? (available) => {
          const parts = split(available);
          return (
            parts && [withMarker(parts[0], marker, indent, true), withMarker(parts[1], [], indent, true)]
          );
        }
      : undefined,
  };
}

/** Items top to bottom, a rule between each two when ruled; only the last piece keeps the gap below. */
function assemble(items: Laid[], rule: Laid | undefined, last: boolean): Laid {
  const whole = stackLaid(items.flatMap((it, i) => (i && rule ? [rule, it] : [it])));
  const splits = items.length > 1 || items[0]?.split;
  return {
    ...whole,
    gapAfter: last ? whole.gapAfter : 0,
    split: splits ? (available) => splitItems(items, rule, available, last) : undefined,
  };
}

/** Breaks before the first item that does not fit, or inside it when it is tall enough to split. */
function splitItems(items: Laid[], rule: Laid | undefined, available: number, last: boolean): Split {
  const top = tops(items, rule);
  const i = items.findIndex((it, k) => top[k]! + it.height > available);
  if (i < 0) return undefined;
  const parts = items[i]!.split?.(available - top[i]!);
  const head = [...items.slice(0, i), ...(parts ? [parts[0]] : [])];
  const tail = [parts ? parts[1] : items[i]!, ...items.slice(i + 1)];
  if (!head.length) return undefined;
  return [assemble(head, rule, false), assemble(tail, rule, last)];
}

/** Each item's top, summed in the same order as stackLaid so heights agree to the last bit. */
function tops(items: Laid[], rule: Laid | undefined): number[] {
  let y = 0;
  return items.map((_, i) => {
    if (i > 0) {
      y += items[i - 1]!.height + items[i - 1]!.gapAfter;
      if (rule) y += rule.height + rule.gapAfter;
    }
    return y;
  });
}
