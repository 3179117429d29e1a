/** The DocTree: semantic blocks a template asked for, with the sheet positions they show. */
import type { Span } from '../diag/diagnostic.js';

/** A typographic role; its size, face and colour come from the theme. */
export type TextRole =
  | 'body'
  | 'lead'
  | 'small'
  | 'caption'
  | 'label'
  | 'kicker'
  | 'title'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'quote'
  | 'stat'
  | 'footer';

export type Emphasis = 'bold' | 'italic' | 'boldItalic' | 'black';

/** A piece of text with its inline style. */
export interface Inline {
  text: string;
  emphasis?: Emphasis;
  /** Footnote marker: drawn small and raised. */
  sup?: boolean;
  link?: string;
}

interface Base {
  /** The sheet position this block shows, when the template named one (`path="…"`). */
  span?: Span;
  /** The section it belongs to, for messages: `facts`, `stats.items[2]`. */
  path?: string;
}

export interface Style {
  role: TextRole;
  color?: string;
  align?: 'left' | 'center' | 'right';
  upper?: boolean;
}

/** A container laid out top to bottom. */
export interface Stack extends Base {
  kind: 'stack';
  children: DocNode[];
}
/** One physical page. */
export interface PageNode extends Base {
  kind: 'page';
  children: DocNode[];
}
/** A coloured area, full page width when `bleed`; `pin: bottom` puts it at the page foot. */
/** `artifact`: page furniture (a running header or footer), not part of the document's logical content. */
export interface Band extends Base {
  kind: 'band';
  fill?: string;
  pad: number;
  bleed: boolean;
  pin?: 'bottom';
  artifact: boolean;
  children: DocNode[];
}
/** Side-by-side columns with relative widths. */
export interface Row extends Base {
  kind: 'row';
  widths: number[];
  gap: number;
  align: 'top' | 'stretch';
  children: Stack[];
}
/** A framed box: tint, a coloured bar at the left or top, padding. */
export interface Box extends Base {
  kind: 'box';
  fill?: string;
  bar?: string;
  barSide: 'left' | 'top';
  pad: number;
  children: DocNode[];
}
/** Blocks flowing through N balanced columns. */
export interface Flow extends Base {
  kind: 'flow';
  columns: number;
  gap: number;
  children: DocNode[];
}
/** Stats side by side (`<stats>`), their values set at one shared size so the numbers align. */
export interface Stats extends Base {
  kind: 'stats';
  gap: number;
  align: 'left' | 'center';
  children: Stat[];
}
/** `heading` is the outline level (1–6) of an `<h>`; plain paragraphs have none. */
export interface Paragraph extends Base {
  kind: 'para';
  style: Style;
  inlines: Inline[];
  gap: number;
  keepWithNext: boolean;
  heading?: number;
}
export interface Stat extends Base {
  kind: 'stat';
  value: string;
  label: string;
  color?: string;
  align: 'left' | 'center';
}
export interface QuoteNode extends Base {
  kind: 'quote';
  text: string;
  attribution: string;
  color?: string;
  size: 'large' | 'medium';
}
export interface QrNode extends Base {
  kind: 'qr';
  url: string;
  size: number;
  alt?: string;
}
export interface ImageNode extends Base {
  kind: 'image';
  src: string;
  alt?: string;
  height: number;
  caption?: string;
  /** `contain`: the whole picture at its own proportions, left-aligned (a logo); else cropped to fill. */
  shape: 'rect' | 'circle' | 'contain';
}
/** `keepWithNext`: set under a heading, so a heading's accent rule never ends a page without it. */
export interface Rule extends Base {
  kind: 'rule';
  color?: string;
  weight: number;
  gap: number;
  length?: number;
  keepWithNext?: boolean;
}
export interface Space extends Base {
  kind: 'space';
  height: number;
  flex: boolean;
}
/** The sheet position one list item shows, so a message about it points at its own line. */
export interface ItemAt {
  path?: string;
  span?: Span;
}
/** `itemAt[i]` belongs to `items[i]`; an item without one is reported at the list's position. */
export interface ListNode extends Base {
  kind: 'list';
  marker: 'bullet' | 'number' | 'none';
  items: Inline[][];
  style: Style;
  gap: number;
  ruled: boolean;
  itemAt?: ItemAt[];
}
export interface TimelineEvent {
  year: string;
  title: string;
  text?: string;
  span?: Span;
}
export interface Timeline extends Base {
  kind: 'timeline';
  events: TimelineEvent[];
}
export interface Notes extends Base {
  kind: 'notes';
  items: { marker: string; text: string }[];
}
/** A chart from the sheet; `size` sets its height from its width (equal sizes line up in a grid). */
export interface ChartNode extends Base {
  kind: 'chart';
  ref: string;
  height: number;
  size?: 'small' | 'medium' | 'large' | 'full';
  /** Printed before the chart's source ("Source:"), in the sheet's language. */
  sourceLabel?: string;
}
export interface Figure extends Base {
  kind: 'figure';
  value: string;
  label?: string;
  color?: string;
}
/** One table row: the plain text of its cells, and the sheet position it shows. */
export interface TableRow extends ItemAt {
  cells: string[];
}
export type CellAlign = 'left' | 'center' | 'right';
/**
 * A table of plain-text cells. The first `headRows` rows are headers, repeated at the top of
 * every piece when the table splits. `widths` (relative) and `aligns` have one entry per column.
 */
export interface TableNode extends Base {
  kind: 'table';
  rows: TableRow[];
  headRows: number;
  widths: number[];
  aligns: CellAlign[];
  /** The text role of the cells; header cells are set in its bold face. */
  role: TextRole;
  gap: number;
}

export type Block =
  | Paragraph
  | Stat
  | QuoteNode
  | QrNode
  | ImageNode
  | Rule
  | Space
  | ListNode
  | Timeline
  | Notes
  | ChartNode
  | Figure
  | TableNode;
export type Container = Stack | Band | Row | Box | Flow | Stats;
export type DocNode = Block | Container;

export interface DocTree {
  pages: PageNode[];
}
