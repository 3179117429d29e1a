/** Lowers a milestones timeline: a line with a dot per event; year, title and sentence beside it. */
import type { StructNode } from '../../doc/structure.js';
import type { Timeline, TimelineEvent } from '../../doc/types.js';
import { colorOf } from '../../theme/resolveTheme.js';
import { stackLaid } from '../stackLaid.js';
import { layoutText } from '../textBlock.js';
import { resolveStyle } from '../textStyle.js';
import { moved, type Laid, type LayoutContext } from '../types.js';

const INDENT = 16;
const DOT = 3.5;
const GAP = 10;

export function lowerTimeline(node: Timeline, width: number, ctx: LayoutContext): Laid {
  const tags = ctx.tags.get(node)?.children ?? [];
  const events = node.events.map((ev, i) =>
    lowerEvent(
      ev,
      i === node.events.length - 1,
      width,
      ctx,
      tags[i],
      node.path ? `${node.path}[${i}]` : undefined,
    ),
  );
  return stackLaid(events);
}

function lowerEvent(
  ev: TimelineEvent,
  last: boolean,
  width: number,
  ctx: LayoutContext,
  tag: StructNode | undefined,
  path?: string,
): Laid {
  const at = { path, span: ev.span };
  const [label, body] = tag?.children ?? [];
  const year = layoutText(
    [{ text: ev.year }],
    resolveStyle(ctx, { role: 'h3', color: 'primary' }),
    width - INDENT,
    ctx,
    { ...at, gapAfter: 0, tag: label },
  );
  const title = layoutText(
    [{ text: ev.title }],
    resolveStyle(ctx, { role: 'kicker', color: 'ink' }),
    width - INDENT,
    ctx,
    { ...at, gapAfter: 2, tag: body },
  );
  const parts = [year, title];
  if (ev.text)
    parts.push(
      layoutText([{ text: ev.text }], resolveStyle(ctx, 'small'), width - INDENT, ctx, { ...at, tag: body }),
    );
  const stacked = stackLaid(parts, GAP);
  const dotY = year.height / 2;
  const color = colorOf(ctx.theme, 'accent');
  // The line of dots runs down the start of the column: its right in a right-to-left sheet.
  const dot = ctx.rtl ? width - DOT : DOT;
  const line = last
    ? []
    : [
        {
          kind: 'line' as const,
          x1: dot,
          y1: dotY,
          x2: dot,
          y2: stacked.height + GAP + dotY,
          color: colorOf(ctx.theme, 'rule', 'muted'),
          width: 1,
        },
      ];
  return {
    ...stacked,
    items: [
      ...line,
      { kind: 'circle', cx: dot, cy: dotY, r: DOT, fill: color },
      ...moved(stacked.items, ctx.rtl ? 0 : INDENT, 0),
    ],
    sections: path ? [{ ...at, path, top: 0, bottom: stacked.height }] : [],
    split: undefined,
  };
}
