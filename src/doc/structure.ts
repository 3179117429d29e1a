/**
 * Turns the DocTree into the PDF's logical structure: headings, paragraphs, lists, quotes and
 * figures in reading order (the template's order). Layout tags what it draws with these
 * nodes; whatever is drawn untagged (shapes, page furniture) becomes an artifact.
 */
import { noteTarget } from './parseInline.js';
import type { Span } from '../diag/diagnostic.js';
import type { DocNode, DocTree, Inline, TableNode } from './types.js';

export interface StructNode {
  /** Standard structure type: Document, H1–H6, P, L, LI, Lbl, LBody, BlockQuote, Figure, Div,
   * Table, TR, TH, TD. */
  type: string;
  /** Alternative text of a Figure. */
  alt?: string;
  /** What a TH heads; PDF/UA asks for it on header cells of tables without Headers/IDs. */
  scope?: 'Column';
  /** Heading text, for the outline (bookmarks). */
  title?: string;
  /** The element's /ID: a Note's, which its markers link to. */
  id?: string;
  /** What a reader should read instead of the drawn text (text drawn in capitals). */
  actualText?: string;
  /** The sheet position it shows, for messages about the structure. */
  span?: Span;
  children: StructNode[];
}

export interface Structure {
  root: StructNode;
  /** The structure node each block draws into. */
  of: ReadonlyMap<DocNode, StructNode>;
}

const node = (type: string, children: StructNode[] = [], extra: Partial<StructNode> = {}): StructNode => ({
  type,
  children,
  ...extra,
});
const listItem = (label: boolean) => node('LI', label ? [node('Lbl'), node('LBody')] : [node('LBody')]);
/** Table > TR > TH | TD: header rows' cells are column headers. */
const tableRows = (t: TableNode) =>
  t.rows.map((r, i) =>
    node(
      'TR',
      r.cells.map(() => (i < t.headRows ? node('TH', [], { scope: 'Column' }) : node('TD'))),
    ),
  );

/**
 * The structure of the document's content, in reading order: each part is a list of blocks, in
 * a `Sect` when it is a section. Blocks not given here (running headers and footers) are drawn
 * untagged: artifacts. `chartAlt` gives a chart's alt text by its id.
 */
export function buildStructure(
  parts: readonly { nodes: readonly DocNode[]; sect?: boolean }[],
  chartAlt: (ref: string) => string | undefined,
  drawnUpper: (n: DocNode) => boolean = () => false,
): Structure {
  const of = new Map<DocNode, StructNode>();
  const root = node('Document');
  const visit = (n: DocNode, parent: StructNode): void => {
    const own = withWrittenCase(structureOf(n, chartAlt), n, drawnUpper);
    if (own === 'skip') return;
    if (own === 'through') {
      if ('children' in n) (n.children as DocNode[]).forEach((c) => visit(c, parent));
      return;
    }
    if (own) {
      of.set(n, own);
      parent.children.push(own);
    }
  };
  for (const part of parts) {
    const parent = part.sect ? node('Sect') : root;
    part.nodes.forEach((c) => visit(c, parent));
    if (part.sect && parent.children.length) root.children.push(parent);
  }
  closeHeadingGaps(root, 0);
  return { root, of };
}

/**
 * PDF/UA headings start at H1 and never skip a level (7.4.2). Template levels are fixed, but
 * content decides which headings exist: a regions section without its own title puts a region's
 * H3 right under the sheet's H1. Each heading is raised to at most one below the one before it.
 */
function closeHeadingGaps(n: StructNode, previous: number): number {
  const level = Number(/^H([1-6])$/.exec(n.type)?.[1] ?? 0);
  if (level) {
    const fixed = Math.min(level, previous + 1);
    n.type = `H${fixed}`;
    previous = fixed;
  }
  for (const c of n.children) previous = closeHeadingGaps(c, previous);
  return previous;
}

/**
 * Text drawn in capitals keeps its written case for readers: "Join us", not "JOIN US" (which a
 * screen reader may spell out, or read "US" as "U.S."). Paragraphs with markers or links keep
 * their drawn text, since /ActualText would hide the Reference and Link elements inside them.
 */
function withWrittenCase<T>(own: T, n: DocNode, drawnUpper: (n: DocNode) => boolean): T {
  if (!own || typeof own !== 'object' || n.kind !== 'para' || !drawnUpper(n)) return own;
  if (n.inlines.some((r) => r.sup || r.link)) return own;
  const text = n.inlines.map((r) => r.text).join('');
  return text === text.toUpperCase() ? own : { ...own, actualText: text };
}

/** A heading's text for the outline: its words without footnote markers. */
const headingTitle = (inlines: readonly Inline[]) => inlines.map((r) => (r.sup ? '' : r.text)).join('');

/** A Note's /ID: the named destination its markers link to, without the '#'. */
const noteId = (marker: string | number) => noteTarget(marker).slice(1);

/** A block's own structure node; 'through' for layout containers, 'skip' for artifacts. */
function structureOf(
  n: DocNode,
  chartAlt: (ref: string) => string | undefined,
): StructNode | 'through' | 'skip' | undefined {
  switch (n.kind) {
    case 'band':
      return n.artifact ? 'skip' : 'through';
    case 'stack':
    case 'row':
    case 'box':
    case 'flow':
    case 'stats':
      return 'through';
    case 'para':
      return n.heading
        ? node(`H${n.heading}`, [], { title: headingTitle(n.inlines), span: n.span })
        : node('P');
    case 'stat':
    case 'figure':
      return node('P');
    case 'quote':
      return node('BlockQuote', n.attribution ? [node('P'), node('P')] : [node('P')]);
    case 'image': {
      // A caption is content (a place, a credit): tagged beside the photo it describes.
      const figure = n.alt ? node('Figure', [], { alt: n.alt }) : undefined;
      if (!n.caption) return figure;
      return node('Div', [...(figure ? [figure] : []), node('Caption')]);
    }
    case 'qr':
      return node('Figure', [], { alt: n.alt ?? `QR code linking to ${n.url}` });
    case 'chart':
      return node('Div', [node('P'), node('Figure', [], { alt: chartAlt(n.ref) }), node('P')]);
    case 'list':
      return node(
        'L',
        n.items.map(() => listItem(n.marker !== 'none')),
      );
    case 'timeline':
      return node(
        'L',
        n.events.map(() => listItem(true)),
      );
    case 'notes':
      // PDF/UA footnotes: a Note per source, with the /ID its markers' Reference links go to.
      return node(
        'Div',
        n.items.map((it, i) => node('Note', [], { id: noteId(it.marker || i + 1), span: n.span })),
      );
    case 'table':
      return node('Table', tableRows(n));
    case 'rule':
    case 'space':
      return undefined;
  }
}
