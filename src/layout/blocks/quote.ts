/** Lowers a pull quote: a large accent opening mark hanging to the left, the words, the attribution. */
import type { QuoteNode } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { textWidth } from '../../fonts/measure.js';
import { baselineOffset, layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { moved, shiftSections, type Laid, type LayoutContext } from '../types.js';
import { textRun } from '../textRun.js';

export function lowerQuote(node: QuoteNode, width: number, ctx: LayoutContext): Laid {
  const at = { path: node.path, span: node.span };
  const [wordsTag, byTag] = ctx.tags.get(node)?.children ?? [];
  const style = resolveStyle(ctx, { role: 'quote', color: node.color });
  const size = node.size === 'large' ? style.size : style.size * 0.85;
  const markSize = size * 2.6;
  const face = ctx.fonts.black;
  // The opening mark hangs in a gutter of its own, so its (large) text box never overlaps the words.
  const gutter = textWidth(face, '“', markSize) + 4;
  const words = layoutText([{ text: `${node.text}”` }], { ...style, size }, width - gutter, ctx, {
    ...at,
    gapAfter: 6,
    tag: wordsTag,
  });
  const quoteFace = ctx.fonts[style.face];
  const firstBaseline = baselineOffset({ ...style, size }, quoteFace.ascent, quoteFace.descent);
  // The mark shares the first line's baseline, so text extraction reads "“I want…" as one line;
  // room is kept above the block for the part of the (tall) mark that rises over the line.
  const rise = Math.max(0, face.ascent * markSize - firstBaseline);
  // It hangs at the start of the first line: the right in a right-to-left sheet.
  const mark = textRun(face, '“', {
    x: ctx.rtl ? width - gutter + 4 : 0,
    y: rise + firstBaseline,
    size: markSize,
    color: colorOf(ctx.theme, node.color ?? 'accent'),
    tag: wordsTag,
  });
  const parts = [words];
  if (node.attribution)
    parts.push(
      layoutText([{ text: node.attribution }], resolveStyle(ctx, 'caption'), width - gutter, ctx, {
        ...at,
        tag: byTag,
      }),
    );
  const body = stackLaid(parts);
  return {
    ...body,
    height: body.height + rise,
    items: [mark, ...moved(body.items, ctx.rtl ? 0 : gutter, rise)],
    sections: shiftSections(body.sections, rise),
    split: undefined,
  };
}
