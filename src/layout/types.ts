/** What layout produces: measured blocks and, per page, a display list of placed drawing items. */
import type { Diagnostic, Span } from '../diag/diagnostic.js';
import type { FontFamily } from '../fonts/registry.js';
import type { Glyph } from '../fonts/shape.js';
import type { Theme } from '../theme/theme.js';
import type { ResolvedImage } from '../validate/checkImages.js';
import type { Chart } from '../schema/chart.js';
import type { DocNode } from '../doc/types.js';
import type { StructNode } from '../doc/structure.js';
import type { Segment } from '../text/breakOpportunities.js';
import type { Hyphenator } from '../text/hyphenate.js';
import type { QrMatrix } from './blocks/qr.js';

/** One drawing instruction, in points from the page's top-left corner. `tag` is the structure
 * node it belongs to; untagged items are artifacts (decoration, page furniture). `span` is the
 * sheet position of the block that drew it, when it shows one. */
export type DisplayItem = ItemShape & { tag?: StructNode; span?: Span };

type ItemShape =
  /** A run of shaped glyphs in one face (by name); `y` is the baseline. `text` is what the
   * glyphs stand for, in order; `tracking` is extra space after each glyph, in points. */
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      face: string;
      size: number;
      color: string;
      tracking: number;
      glyphs: readonly Glyph[];
      link?: string;
      /** Rotation about (x, y) in degrees, clockwise on the page (a chart's slanted labels). */
      angle?: number;
      /** Drawn right to left (an odd bidi level): `text` in logical order, glyphs as drawn. */
      rtl?: true;
    }
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string;
      stroke?: string;
      lineWidth?: number;
      radius?: number;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill?: string; stroke?: string; lineWidth?: number }
  /** A raster image scaled to cover the box, cropped to it (or to the inscribed circle). */
  | {
      kind: 'image';
      x: number;
      y: number;
      w: number;
      h: number;
      image: ResolvedImage;
      shape: 'rect' | 'circle' | 'contain';
      alt?: string;
    }
  /** A filled vector outline (SVG path data in its own units, y up), e.g. a decorative glyph. */
  | { kind: 'path'; x: number; y: number; scale: number; d: string; fill: string }
  /** A vector outline in page points (a chart's bars, lines and arcs), filled and/or stroked. */
  | {
      kind: 'shape';
      ops: readonly PathOp[];
      fill?: string;
      stroke?: string;
      lineWidth?: number;
      /** 0–1; applies to fill and stroke. */
      opacity?: number;
      /** Fill by the even-odd rule (a ring drawn as two outlines) rather than non-zero. */
      evenOdd?: boolean;
      dash?: readonly number[];
      lineCap?: 'butt' | 'round' | 'square';
      lineJoin?: 'miter' | 'round' | 'bevel';
    }
  /** A clickable area. */
  | { kind: 'link'; x: number; y: number; w: number; h: number; url: string }
  /** A chart drawn at its placed size by the chart renderer. */
  | { kind: 'chart'; x: number; y: number; w: number; h: number; ref: string; alt: string };

/** What the writer converts: every item but chart boxes, which painting has replaced. */
export type PaintedItem = Exclude<DisplayItem, { kind: 'chart' }>;

/** Path construction in page points: move, line, cubic curve, close. */
export type PathOp =
  | readonly ['M', number, number]
  | readonly ['L', number, number]
  | readonly ['C', number, number, number, number, number, number]
  | readonly ['Z'];

export interface PageSize {
  name: string;
  width: number;
  height: number;
}

/** One finished page: its size and its display list, in drawing order. */
export interface PlacedPage {
  width: number;
  height: number;
  items: DisplayItem[];
}

/** A block of the sheet (a heading, a stat…) that a measured box shows, for messages. */
export interface SectionExtent {
  path: string;
  span?: Span;
  top: number;
  bottom: number;
}

/** A page ready to write: its display list with charts painted as paths and glyph runs. */
export interface PaintedPage {
  width: number;
  height: number;
  items: PaintedItem[];
}

/**
 * Items placed as a whole inside a measured box: moved by (dx, dy) and, where `span` is set,
 * stamped with it unless they carry their own (the innermost block that drew them wins). A
 * box's items are copied once, when its page is flattened, not at every level that moves them.
 */
export interface ItemGroup {
  kind: 'group';
  dx: number;
  dy: number;
  span?: Span;
  items: readonly LaidItem[];
}

export type LaidItem = DisplayItem | ItemGroup;

/** A measured box: its height and drawing items relative to its own top-left corner. */
export interface Laid {
  height: number;
  items: LaidItem[];
  /** Space to leave below it before the next block. */
  gapAfter: number;
  /** A heading: never the last thing in a column. */
  keepWithNext: boolean;
  /** A flexible spacer: takes a share of the page's leftover height. */
  flex: boolean;
  /** An explicit space: it replaces the gap the block above would leave. */
  spacer?: boolean;
  sections: SectionExtent[];
  /** Splits so the first part is at most `available` high; undefined when it cannot. */
  split?: (available: number) => [Laid, Laid] | undefined;
}

export interface LayoutContext {
  theme: Theme;
  fonts: FontFamily;
  images: ReadonlyMap<string, ResolvedImage>;
  charts: ReadonlyMap<string, Chart>;
  /** The structure node each block's content is tagged with. */
  tags: ReadonlyMap<DocNode, StructNode>;
  /** The chart's alt text: the sheet's, or one generated from its data. */
  chartAlt: (chart: Chart) => string;
  /** Print bleed in points: backgrounds that touch the page edge run this far past it. */
  bleed: number;
  /** Hyphenation for the sheet's language; none for languages not hyphenated. */
  hyphenator?: Hyphenator;
  /** The sheet's language (BCP 47): local forms in shaping, the direction of paragraphs. */
  language?: string;
  /** The language is written right to left: the template is mirrored (src/text/direction.ts). */
  rtl?: boolean;
  /** A paragraph's line-break opportunities (the engine keeps them); computed when absent. */
  breaks?: (paragraph: string) => readonly Segment[];
  /** A QR code's modules (the engine keeps them: every sheet of an org links the same page). */
  qr?: (url: string) => QrMatrix;
  diagnostics: Diagnostic[];
}

export function laid(height: number, items: LaidItem[], extra: Partial<Laid> = {}): Laid {
  return { height, items, gapAfter: 0, keepWithNext: false, flex: false, sections: [], ...extra };
}

/** Places a box's items at (dx, dy) in its parent, as one group (see ItemGroup). */
export function moved(items: readonly LaidItem[], dx: number, dy: number): LaidItem[] {
  if (items.length === 0) return [];
  return dx === 0 && dy === 0 ? [...items] : [{ kind: 'group', dx, dy, items }];
}

/** The drawing items of a box, every group applied: each item copied once, at most. */
export function flatten(items: readonly LaidItem[], dx = 0, dy = 0, span?: Span): DisplayItem[] {
  const out: DisplayItem[] = [];
  // Offsets are added innermost first, as moving each level's copy did: the same sums to the
  // last bit, so display lists (and PDFs) are what they were.
  const offsets: number[] = [];
  const walk = (list: readonly LaidItem[], stamp: Span | undefined) => {
    for (const it of list) {
      if (it.kind === 'group') {
        offsets.push(it.dx, it.dy);
        walk(it.items, it.span ?? stamp);
        offsets.length -= 2;
        continue;
      }
      const placed = offsets.length ? moveBy(it, offsets) : it;
      out.push(placed.span || !stamp ? placed : { ...placed, span: stamp });
    }
  };
  offsets.push(dx, dy);
  walk(items, span);
  return out;
}

/** The item moved by each (dx, dy) pair of `offsets`, the last (innermost) first; one copy. */
function moveBy(it: DisplayItem, offsets: readonly number[]): DisplayItem {
  const x = (v: number) => {
    for (let i = offsets.length - 2; i >= 0; i -= 2) v += offsets[i]!;
    return v;
  };
  const y = (v: number) => {
    for (let i = offsets.length - 1; i >= 1; i -= 2) v += offsets[i]!;
    return v;
  };
  switch (it.kind) {
    case 'line':
      return { ...it, x1: x(it.x1), x2: x(it.x2), y1: y(it.y1), y2: y(it.y2) };
    case 'circle':
      return { ...it, cx: x(it.cx), cy: y(it.cy) };
    case 'shape':
      return { ...it, ops: it.ops.map((op) => moveOp(op, x, y)) };
    default:
      return { ...it, x: x(it.x), y: y(it.y) };
  }
}

/** Moves items by (dx, dy). */
export function shift<T extends DisplayItem>(items: readonly T[], dx: number, dy: number): T[] {
  const offsets = [dx, dy];
  return items.map((it) => moveBy(it, offsets) as T);
}

function moveOp(op: PathOp, x: (v: number) => number, y: (v: number) => number): PathOp {
  switch (op[0]) {
    case 'M':
    case 'L':
      return [op[0], x(op[1]), y(op[2])];
    case 'C':
      return ['C', x(op[1]), y(op[2]), x(op[3]), y(op[4]), x(op[5]), y(op[6])];
    default:
      return op;
  }
}

export function shiftSections(sections: readonly SectionExtent[], dy: number): SectionExtent[] {
  return sections.map((s) => ({ ...s, top: s.top + dy, bottom: s.bottom + dy }));
}

/** The gap below block i: none when an explicit space follows (it replaces the gap) or at the end. */
export function gapBelow(blocks: readonly Laid[], i: number): number {
  const next = blocks[i + 1];
  return next === undefined || next.spacer ? 0 : blocks[i]!.gapAfter;
}
