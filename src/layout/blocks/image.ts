/** Lowers a photo: scaled to cover its box (or a circle), with an optional caption below. */
import { error } from '../../diag/diagnostic.js';
import type { ImageNode } from '../../doc/types.js';
import { stackLaid } from '../stackLaid.js';
import { layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { laid, type Laid, type LayoutContext } from '../types.js';

/** The photo's Figure or its Caption: the node itself, or a child of its Div. */
function ownTag(node: ImageNode, ctx: LayoutContext, type: 'Figure' | 'Caption') {
  const own = ctx.tags.get(node);
  return own?.type === type ? own : own?.children.find((c) => c.type === type);
}

export function lowerImage(node: ImageNode, width: number, ctx: LayoutContext): Laid {
  const image = ctx.images.get(node.src);
  if (!image) {
    ctx.diagnostics.push(
      error('template', `the template shows image \`${node.src}\`, which the sheet did not declare`, {
        span: node.span,
      }),
    );
    return laid(0, []);
  }
  const w =
    node.shape === 'circle'
      ? Math.min(width, node.height)
      : node.shape === 'contain'
        ? Math.min(width, (node.height * image.width) / Math.max(1, image.height))
        : width;
  const picture = laid(
    node.height,
    [
      {
        kind: 'image',
        x: 0,
        y: 0,
        w,
        h: node.height,
        image,
        shape: node.shape,
        alt: node.alt,
        tag: ownTag(node, ctx, 'Figure'),
      },
    ],
    { gapAfter: 4 },
  );
  const parts = [picture];
  if (node.caption)
    parts.push(
      layoutText([{ text: node.caption }], resolveStyle(ctx, 'caption'), width, ctx, {
        tag: ownTag(node, ctx, 'Caption'),
      }),
    );
  const whole = stackLaid(parts);
  return {
    ...whole,
    split: undefined,
    sections: node.path ? [{ path: node.path, span: node.span, top: 0, bottom: whole.height }] : [],
  };
}
