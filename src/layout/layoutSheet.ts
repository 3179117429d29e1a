/**
 * Turns the SheetDoc into placed pages: each section measured at the width of its place, the
 * page masters' headers and footers measured once, the sections poured over pages by the pure
 * engine (flowPages), and every piece moved to its place on its page.
 */
import type { DocNode } from '../doc/types.js';
import type { SheetDoc } from '../doc/buildSheetDoc.js';
import type { Place } from '../sections/kind.js';
import type { TemplateLayout } from '../schema/template.js';
import { flowPages, type FlowItem, type FlowPage, type Forced, type FrameChoice } from './flowPages.js';
import { lowerNode } from './lowerNode.js';
import type { PageSize, PlacedPage } from './types.js';
import { stackLaid } from './stackLaid.js';
import { mirrorX } from '../text/direction.js';
import { flatten, shift, type DisplayItem, type Laid, type LayoutContext } from './types.js';

/** Space kept between a page's content and its running header or pinned footer. */
const HEADER_GAP = 18;
const FOOTER_GAP = 14;

export interface SheetPages {
  pages: PlacedPage[];
  /** Which sections each page holds, for overflow messages. */
  flow: FlowPage[];
  forced: Forced[];
}

interface Region {
  x: number;
  width: number;
}

interface Furniture {
  laid: Laid;
  bleeds: { top: boolean; bottom: boolean };
}

export function layoutSheet(
  doc: SheetDoc,
  layout: TemplateLayout,
  size: PageSize,
  ctx: LayoutContext,
  maxPages: number,
): SheetPages {
  const regions = regionsOf(layout, size, ctx.theme.margin, ctx.rtl === true);
  const items: FlowItem[] = doc.sections.map((s) => ({
    place: s.place,
    breakBefore: s.breakBefore,
    section: s.index,
    laid: measureSection(s.children, regions[s.place].width, ctx, s.path, s.span),
  }));
  const full = regions.full.width;
  const furniture = (nodes: DocNode[] | undefined): Furniture | undefined =>
    nodes?.length
      ? {
          laid: stackLaid(nodes.map((n) => lowerNode(n, full, ctx))),
          bleeds: { top: bleeds(nodes[0]), bottom: bleeds(nodes.at(-1)) },
        }
      : undefined;
  const m = doc.masters;
  const headers = { first: furniture(m.first?.header), following: furniture(m.following?.header) };
  const footers = {
    first: furniture(m.first?.footer),
    following: furniture(m.following?.footer),
    last: furniture(m.last?.footer),
  };
  const chrome = (c: FrameChoice) => ({
    header: c.first ? headers.first : headers.following,
    footer: (c.last ? footers.last : undefined) ?? (c.first ? footers.first : footers.following),
  });
  const margin = ctx.theme.margin;
  const frameOf = (c: FrameChoice) => {
    const { header, footer } = chrome(c);
    const top = header ? (header.bleeds.top ? 0 : margin) + header.laid.height + HEADER_GAP : margin;
    const bottom = footer ? footTop(footer, size, margin) - FOOTER_GAP : size.height - margin;
    return { top, bottom };
  };
  const flowed = flowPages(items, frameOf, {
    sectionGap: layout.section_gap,
    maxPages,
    maxStretch: layout.stretch ?? 18,
  });
  const pages = flowed.pages.map((page) => {
    const { header, footer } = chrome(page);
    const drawn: DisplayItem[] = [];
    if (header) drawn.push(...atTop(header, margin, ctx.bleed));
    for (const p of page.pieces) drawn.push(...flatten(p.laid.items, regions[p.place].x, p.y));
    if (footer) drawn.push(...atFoot(footer, size, margin, ctx.bleed));
    return { width: size.width, height: size.height, items: drawn };
  });
  return { pages, flow: flowed.pages, forced: flowed.forced };
}

/** A section shorter than this moves whole rather than splitting. */
const KEEP_WHOLE = 90;
/** Neither piece of a split section may be shorter than this: no stray last line on a page. */
const MIN_PIECE = 30;

/** A section's blocks stacked, with one extent for the whole section (for messages). */
function measureSection(
  nodes: DocNode[],
  width: number,
  ctx: LayoutContext,
  path: string,
  span: FlowItem['laid']['sections'][number]['span'],
): Laid {
  const laid = stackLaid(nodes.map((n) => lowerNode(n, width, ctx)));
  const whole = { ...laid, sections: [...laid.sections, { path, span, top: 0, bottom: laid.height }] };
  return laid.height < KEEP_WHOLE ? { ...whole, split: undefined } : guardSplits(whole);
}

/** The box's splits, refused when they would leave a sliver on either side. */
function guardSplits(box: Laid): Laid {
  const split = box.split;
  if (!split) return box;
  return {
    ...box,
    split: (available) => {
      const parts = split(available);
      if (!parts || parts[0].height < MIN_PIECE || parts[1].height < MIN_PIECE) return undefined;
      return [parts[0], guardSplits(parts[1])];
    },
  };
}

/**
 * The full width, and the main and side columns when the template has them: main at the left,
 * or at the right in a right-to-left sheet (read first either way).
 */
function regionsOf(
  layout: TemplateLayout,
  size: PageSize,
  margin: number,
  rtl: boolean,
): Record<Place, Region> {
  const full = { x: margin, width: size.width - 2 * margin };
  const c = layout.columns;
  if (!c) return { full, main: full, side: full };
  const share = (full.width - c.gap) / (c.main + c.side);
  const [main, side] = [share * c.main, share * c.side];
  const at = (x: number, width: number) => ({ x: margin + mirrorX(x, width, full.width, rtl), width });
  return { full, main: at(0, main), side: at(main + c.gap, side) };
}

const bleeds = (n: DocNode | undefined) => n?.kind === 'band' && n.bleed;

const footTop = (f: Furniture, size: PageSize, margin: number) =>
  size.height - (f.bleeds.bottom ? 0 : margin) - f.laid.height;

function atTop(h: Furniture, margin: number, bleed: number): DisplayItem[] {
  const items = flatten(h.laid.items);
  return shift(h.bleeds.top ? bleedEdge(items, 0, -bleed) : items, margin, h.bleeds.top ? 0 : margin);
}

function atFoot(f: Furniture, size: PageSize, margin: number, bleed: number): DisplayItem[] {
  const items = flatten(f.laid.items);
  const edged = f.bleeds.bottom ? bleedEdge(items, f.laid.height, bleed) : items;
  return shift(edged, margin, footTop(f, size, margin));
}

/** Stretches background rectangles that touch the page edge at `edgeY` by `by` points, into the bleed. */
function bleedEdge(items: DisplayItem[], edgeY: number, by: number): DisplayItem[] {
  if (by === 0) return items;
  return items.map((it) => {
    if (it.kind !== 'rect' || it.tag) return it;
    if (by < 0 && Math.abs(it.y - edgeY) < 0.01) return { ...it, y: it.y + by, h: it.h - by };
    if (by > 0 && Math.abs(it.y + it.h - edgeY) < 0.01) return { ...it, h: it.h + by };
    return it;
  });
}
