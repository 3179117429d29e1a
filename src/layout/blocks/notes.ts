/** Lowers footnote sources: small text with the note number hanging in the margin. */
import type { Notes } from '../../doc/types.js';
import { textWidth } from '../../fonts/measure.js';
import { stackLaid } from '../stackLaid.js';
import { baselineOffset, layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { moved, type Laid, type LayoutContext } from '../types.js';
import { textRun } from '../textRun.js';

export function lowerNotes(node: Notes, width: number, ctx: LayoutContext): Laid {
  const style = resolveStyle(ctx, 'caption');
  const indent = style.size * 1.2;
  const face = ctx.fonts.bold;
  const tags = ctx.tags.get(node)?.children ?? [];
  // The number hangs at the start of the line: the right in a right-to-left sheet.
  const markerX = (marker: string) => (ctx.rtl ? width - textWidth(face, marker, style.size) : 0);
  const items = node.items.map((note, i) => {
    // The number and the text are one Note: "1 International Labour Organization, …".
    const noteTag = tags[i];
    const body = layoutText([{ text: note.text }], style, width - indent, ctx, {
      path: node.path,
      span: node.span,
      gapAfter: 2,
      tag: noteTag,
    });
    const y = baselineOffset(style, face.ascent, face.descent);
    const { size, color } = style;
    return {
      ...body,
      items: [
        textRun(face, note.marker, { x: markerX(note.marker), y, size, color, tag: noteTag }),
        ...moved(body.items, ctx.rtl ? 0 : indent, 0),
      ],
      split: undefined,
    };
  });
  return stackLaid(items);
}
