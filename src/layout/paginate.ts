/**
 * Turns the DocTree's pages into placed pages: each page's blocks measured at the content
 * width, stacked from the top, footer bands pinned to the bottom, flexible space shared out.
 * Content taller than its page is never clipped: it is an `overflow` diagnostic naming the
 * section, the page, the amount and the YAML line.
 */
import { error, type Diagnostic, type Result } from '../diag/diagnostic.js';
import type { Band, DocNode, DocTree, PageNode } from '../doc/types.js';
import { lowerNode } from './lowerNode.js';
import { gapBelow, shift, type DisplayItem, type Laid, type LayoutContext, type SectionExtent } from './types.js';

export interface PageSize {
  name: string;
  width: number;
  height: number;
}

export interface PlacedPage {
  width: number;
  height: number;
  items: DisplayItem[];
}

/** Space kept between the page's content and its pinned footer. */
const FOOTER_GAP = 14;

export function paginate(doc: DocTree, size: PageSize, ctx: LayoutContext): Result<PlacedPage[]> {
  const pages = doc.pages.map((page, i) => placePage(page, i + 1, size, ctx));
  return { value: pages, diagnostics: ctx.diagnostics };
}

const isPinned = (n: DocNode): n is Band => n.kind === 'band' && n.pin === 'bottom';
const bleeds = (n: DocNode | undefined) => n?.kind === 'band' && n.bleed;

function placePage(page: PageNode, number: number, size: PageSize, ctx: LayoutContext): PlacedPage {
  const m = ctx.theme.margin;
  const width = size.width - 2 * m;
  const flowNodes = page.children.filter((c) => !isPinned(c));
  const pinnedNodes = page.children.filter(isPinned);
  const flow = flowNodes.map((n) => lowerNode(n, width, ctx));
  const pinned = pinnedNodes.map((n) => lowerNode(n, width, ctx));
  const pinnedHeight = pinned.reduce((s, b) => s + b.height, 0);
  const footTop = size.height - (bleeds(pinnedNodes.at(-1)) ? 0 : m) - pinnedHeight;
  const top = bleeds(flowNodes[0]) ? 0 : m;
  const limit = pinned.length ? footTop - FOOTER_GAP : size.height - m;
  const used = flow.reduce((s, b, i) => s + b.height + gapBelow(flow, i), 0);
  const leftover = limit - top - used;
  if (leftover < -0.01) ctx.diagnostics.push(overflowDiagnostic(flow, top, limit, number, -leftover));
  const flexCount = flow.filter((b) => b.flex).length;
  const items: DisplayItem[] = [];
  let y = top;
  for (const [i, b] of flow.entries()) {
    const edge = i === 0 && top === 0 ? bleedEdge(b.items, 0, -ctx.bleed) : b.items;
    items.push(...shift(edge, m, y));
    y += b.height + gapBelow(flow, i) + (b.flex && leftover > 0 ? leftover / flexCount : 0);
  }
  let fy = footTop;
  for (const b of pinned) {
    const edge = fy + b.height >= size.height - 0.01 ? bleedEdge(b.items, b.height, ctx.bleed) : b.items;
    items.push(...shift(edge, m, fy));
    fy += b.height;
  }
  return { width: size.width, height: size.height, items };
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

function overflowDiagnostic(flow: Laid[], top: number, limit: number, page: number, amount: number): Diagnostic {
  const sections: SectionExtent[] = [];
  let y = top;
  for (const [i, b] of flow.entries()) {
    sections.push(...b.sections.map((s) => ({ ...s, top: s.top + y, bottom: s.bottom + y })));
    y += b.height + gapBelow(flow, i);
  }
  const culprit = sections.find((s) => s.bottom > limit + 0.01) ?? sections.reduce<SectionExtent | undefined>((a, s) => (!a || s.bottom >= a.bottom ? s : a), undefined);
  const name = culprit ? `\`${culprit.path}\`` : 'the content';
  const pt = Math.ceil(amount);
  return error('overflow', `${name} does not fit on page ${page}: the page is ${pt} pt (${(amount / 72 * 25.4).toFixed(0)} mm) too full`, {
    span: culprit?.span,
    hint: `shorten this section or the text above it on page ${page} by about ${Math.ceil(amount / 12)} line${amount > 12 ? 's' : ''}, or remove an item`,
  });
}
