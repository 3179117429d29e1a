/**
 * Turns the DocTree into the PDF's logical structure: headings, paragraphs, lists, quotes and
 * figures in reading order (the template's order). Layout tags what it draws with these
 * nodes; whatever is drawn untagged (shapes, page furniture) becomes an artifact.
 */
import type { DocNode, DocTree } from './types.js';

export interface StructNode {
  /** Standard structure type: Document, H1–H6, P, L, LI, Lbl, LBody, BlockQuote, Figure, Div. */
  type: string;
  /** Alternative text of a Figure. */
  alt?: string;
  /** Heading text, for the outline (bookmarks). */
  title?: string;
  children: StructNode[];
}

export interface Structure {
  root: StructNode;
  /** The structure node each block draws into. */
  of: ReadonlyMap<DocNode, StructNode>;
}

const node = (type: string, children: StructNode[] = [], extra: Partial<StructNode> = {}): StructNode => ({ type, children, ...extra });
const listItem = (label: boolean) => node('LI', label ? [node('Lbl'), node('LBody')] : [node('LBody')]);

/** `chartAlt` gives a chart's alt text by its id (the sheet's, or generated from the data). */
export function buildStructure(doc: DocTree, chartAlt: (ref: string) => string | undefined): Structure {
  const of = new Map<DocNode, StructNode>();
  const root = node('Document');
  const visit = (n: DocNode, parent: StructNode): void => {
    const own = structureOf(n, chartAlt);
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
  for (const page of doc.pages) page.children.forEach((c) => visit(c, root));
  return { root, of };
}

/** A block's own structure node; 'through' for layout containers, 'skip' for artifacts. */
function structureOf(n: DocNode, chartAlt: (ref: string) => string | undefined): StructNode | 'through' | 'skip' | undefined {
  switch (n.kind) {
    case 'band':
      return n.artifact ? 'skip' : 'through';
    case 'stack':
    case 'row':
    case 'box':
    case 'flow':
      return 'through';
    case 'para':
      return n.heading ? node(`H${n.heading}`, [], { title: n.inlines.map((r) => (r.sup ? '' : r.text)).join('') }) : node('P');
    case 'stat':
    case 'figure':
      return node('P');
    case 'quote':
      return node('BlockQuote', n.attribution ? [node('P'), node('P')] : [node('P')]);
    case 'image':
      return n.alt ? node('Figure', [], { alt: n.alt }) : undefined;
    case 'qr':
      return node('Figure', [], { alt: n.alt ?? `QR code linking to ${n.url}` });
    case 'chart':
      return node('Div', [node('P'), node('Figure', [], { alt: chartAlt(n.ref) }), node('P')]);
    case 'list':
      return node('L', n.items.map(() => listItem(n.marker !== 'none')));
    case 'timeline':
      return node('L', n.events.map(() => listItem(true)));
    case 'notes':
      return node('L', n.items.map(() => listItem(true)));
    case 'rule':
    case 'space':
      return undefined;
  }
}
