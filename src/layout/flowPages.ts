/**
 * Turns measured sections and page frames into placed pages: the pagination engine. Pure:
 * heights in, positions out; it never measures text or draws.
 *
 * Sections pour in reading order. Consecutive `full` sections stack across the whole width;
 * consecutive `main`/`side` sections form a column group whose two columns fill side by side
 * and continue together onto the next page. A section that does not fit splits where its box
 * allows (between paragraph lines, list items, table rows; headings stay with what follows),
 * else it moves to the next page. A box taller than a whole page is placed anyway at the top
 * of a fresh page and reported, so the loop always progresses and nothing is dropped.
 */
import type { Laid } from './types.js';

export type Place = 'full' | 'main' | 'side';

/** One section measured at the width of its place. */
export interface FlowItem {
  place: Place;
  /** Starts a new page, unless the page is still empty. */
  breakBefore: boolean;
  laid: Laid;
  /** Index of the section in the sheet, for messages. */
  section: number;
}

/** The body area of a page, between its running header and footer, in points from the top. */
export interface Frame {
  top: number;
  bottom: number;
}

export interface FrameChoice {
  first: boolean;
  last: boolean;
}

export interface PlacedPiece {
  laid: Laid;
  place: Place;
  section: number;
  y: number;
  /** True for the first piece of its section, false for a continuation. */
  first: boolean;
}

export interface FlowPage extends FrameChoice {
  pieces: PlacedPiece[];
}

/** A box that could not fit even a fresh page: placed anyway, `excess` points too tall. */
export interface Forced {
  section: number;
  page: number;
  excess: number;
}

export interface FlowOptions {
  /** Space between consecutive sections in a column, and between rows on the page. */
  sectionGap: number;
  maxPages: number;
  /** Most extra space added between rows of a page that is not the last, to balance it. */
  maxStretch: number;
}

interface Entry {
  laid: Laid;
  section: number;
  first: boolean;
}

interface Group {
  columns: boolean;
  breakBefore: boolean;
  full: Entry[];
  main: Entry[];
  side: Entry[];
}

const EPS = 0.01;

export function flowPages(
  items: readonly FlowItem[],
  frameOf: (c: FrameChoice) => Frame,
  opts: FlowOptions,
): { pages: FlowPage[]; forced: Forced[] } {
  let groups = groupItems(items);
  const pages: FlowPage[] = [];
  const forced: Forced[] = [];
  while ((groups.length || !pages.length) && pages.length < opts.maxPages) {
    const first = pages.length === 0;
    const page = pages.length + 1;
    const asOther = fillPage(groups, frameOf({ first, last: false }), opts);
    const asLast = asOther.rest.length ? undefined : fillPage(groups, frameOf({ first, last: true }), opts);
    // The last page may have a taller footer: when the rest does not fit above it, this page
    // keeps its usual frame but only takes what fits the last one, so the next page has content.
    const chosen = asLast ?? asOther;
    const last = Boolean(asLast && !asLast.rest.length);
    const body = frameOf({ first, last });
    pages.push({ first, last, pieces: balance(chosen.rows, body, last, opts) });
    // Laid out for the last frame but drawn in the usual one: a box forced there may fit after all.
    const slack = chosen === asLast && !last ? body.bottom - frameOf({ first, last: true }).bottom : 0;
    const overrun = chosen.forced
      .map((f) => ({ ...f, page, excess: f.excess - slack }))
      .filter((f) => f.excess > EPS);
    forced.push(...overrun);
    groups = chosen.rest;
  }
  if (pages.length && !pages.at(-1)!.last && !groups.length) pages.at(-1)!.last = true;
  return { pages, forced };
}

function groupItems(items: readonly FlowItem[]): Group[] {
  const groups: Group[] = [];
  for (const it of items) {
    const columns = it.place !== 'full';
    let g = groups.at(-1);
    if (!g || it.breakBefore || g.columns !== columns) {
      g = { columns, breakBefore: it.breakBefore, full: [], main: [], side: [] };
      groups.push(g);
    }
    g[it.place].push({ laid: it.laid, section: it.section, first: true });
  }
  return groups;
}

/** One row of a page: a full-width piece, or the pieces of a column group. */
interface Row {
  y: number;
  pieces: PlacedPiece[];
}

interface Filled {
  rows: Row[];
  rest: Group[];
  forced: Omit<Forced, 'page'>[];
}

function fillPage(groups: readonly Group[], frame: Frame, opts: FlowOptions): Filled {
  const rows: Row[] = [];
  const forced: Omit<Forced, 'page'>[] = [];
  const rest = groups.map((g) => ({ ...g, full: [...g.full], main: [...g.main], side: [...g.side] }));
  let y = frame.top;
  while (rest.length) {
    const g = rest[0]!;
    const fresh = rows.length === 0;
    if (g.breakBefore && !fresh && isUntouched(g)) break;
    const top = fresh ? y : y + opts.sectionGap;
    const avail = frame.bottom - top;
    const queues = g.columns ? (['main', 'side'] as const) : (['full'] as const);
    const filled = queues.map((q) => ({ q, ...fillQueue(g[q], avail, fresh, opts.sectionGap) }));
    const pieces = filled.flatMap((f) => f.placed.map((p) => ({ ...p, place: f.q, y: top + p.y })));
    for (const f of filled) g[f.q] = f.rest;
    forced.push(...filled.flatMap((f) => f.forced));
    if (pieces.length) {
      rows.push(...(g.columns ? [{ y: top, pieces }] : pieces.map((p) => ({ y: p.y, pieces: [p] }))));
      y = top + Math.max(...filled.map((f) => f.used));
    }
    if (g.full.length || g.main.length || g.side.length) break;
    rest.shift();
  }
  return { rows, rest, forced };
}

const isUntouched = (g: Group) => [...g.full, ...g.main, ...g.side].every((e) => e.first);

/** Places entries top down in `avail` points; splits the one that does not fit if it can. */
function fillQueue(queue: readonly Entry[], avail: number, fresh: boolean, gap: number) {
  const placed: Omit<PlacedPiece, 'place'>[] = [];
  const forced: Omit<Forced, 'page'>[] = [];
  const rest = [...queue];
  let y = 0;
  while (rest.length) {
    const e = rest[0]!;
    const at = placed.length ? y + gap : 0;
    const room = avail - at;
    if (e.laid.height <= room + EPS) {
      placed.push({ laid: e.laid, section: e.section, first: e.first, y: at });
      y = at + e.laid.height;
      rest.shift();
      continue;
    }
    const parts = room > 0 ? e.laid.split?.(room) : undefined;
    if (parts && parts[0].height <= room + EPS) {
      placed.push({ laid: parts[0], section: e.section, first: e.first, y: at });
      y = at + parts[0].height;
      rest[0] = { laid: parts[1], section: e.section, first: false };
      break;
    }
    if (placed.length || !fresh) break;
    // Taller than a whole page and unsplittable: place it anyway, so nothing is lost; reported.
    placed.push({ laid: e.laid, section: e.section, first: e.first, y: 0 });
    forced.push({ section: e.section, excess: e.laid.height - avail });
    y = e.laid.height;
    rest.shift();
    break;
  }
  return { placed, rest, used: y, forced };
}

/** Shares a page's leftover height between its rows (capped), so a full page does not end in a gap. */
function balance(rows: readonly Row[], frame: Frame, last: boolean, opts: FlowOptions): PlacedPiece[] {
  const bottom = Math.max(
    ...rows.map((r) => Math.max(...r.pieces.map((p) => p.y + p.laid.height))),
    frame.top,
  );
  const leftover = frame.bottom - bottom;
  const stretch =
    last || rows.length < 2 || leftover <= 0 ? 0 : Math.min(leftover / (rows.length - 1), opts.maxStretch);
  return rows.flatMap((r, i) => r.pieces.map((p) => ({ ...p, y: p.y + i * stretch })));
}
