/**
 * Marks drawn content for the PDF's logical structure: each item goes into a marked-content
 * sequence of its structure element, or into an Artifact when it has none. Consecutive items
 * of one element share a sequence. Headings also become bookmarks.
 */
import type { StructNode } from '../doc/structure.js';

type Element = PDFKit.PDFStructureElement;

/** pdfkit writes `scope` as the table attribute /Scope of a TH; its type declarations omit it. */
function structOptions(n: StructNode): { alt?: string } {
  const options: { alt?: string; scope?: string; actual?: string } = {};
  if (n.alt) options.alt = n.alt;
  if (n.scope) options.scope = n.scope;
  if (n.actualText) options.actual = n.actualText;
  return options;
}

export class Tagger {
  private readonly elements = new Map<StructNode, Element>();
  private readonly ids = new Map<StructNode, number>();
  private readonly links = new Map<string, Element>();
  private readonly bookmarked = new Set<StructNode>();
  private readonly root: Element;
  private open: StructNode | 'artifact' | undefined;
  private openLink: string | undefined;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    tree: StructNode,
  ) {
    // Every element is created up front, in reading order, so drawing order cannot reorder them.
    this.root = this.create(tree);
    doc.addStructure(this.root);
  }

  private create(n: StructNode): Element {
    const el = this.doc.struct(n.type as never, structOptions(n));
    // pdfkit has no option for /ID (a Note needs one, PDF/UA 7.9): set on the dictionary.
    const dict = (el as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary;
    if (n.id) dict.data.ID = new String(n.id);
    this.elements.set(n, el);
    this.ids.set(n, this.ids.size);
    for (const c of n.children) el.add(this.create(c));
    return el;
  }

  /** Opens the right marked-content sequence for an item about to be drawn. */
  mark(tag: StructNode | undefined, link?: string): void {
    const want = tag ?? 'artifact';
    const linkKey = tag && link ? this.linkKey(tag, link) : undefined;
    if (want === this.open && linkKey === this.openLink) return;
    this.close();
    if (want === 'artifact') this.doc.markContent('Artifact');
    else {
      const el = linkKey ? this.linkElement(want, linkKey, link!) : this.elements.get(want)!;
      el.add(this.doc.markStructureContent(linkKey ? 'Link' : (want.type as never)));
      this.bookmark(want);
    }
    this.open = want;
    this.openLink = linkKey;
  }

  /**
   * The Link element a link annotation belongs to: the one made with its text, else a new one
   * in the item's element, or (for a link over page furniture) at the end of the document.
   * PDF/UA wants every link annotation inside a Link element.
   */
  linkParent(tag: StructNode | undefined, url: string): Element {
    if (!tag) {
      const el = this.doc.struct('Link');
      this.root.add(el);
      return el;
    }
    return this.links.get(this.linkKey(tag, url)) ?? this.linkElement(tag, this.linkKey(tag, url), url);
  }

  close(): void {
    if (this.open !== undefined) this.doc.endMarkedContent();
    this.open = undefined;
    this.openLink = undefined;
  }

  end(): void {
    this.close();
    this.root.end();
  }

  private linkKey(tag: StructNode, url: string): string {
    return `${this.ids.get(tag)}|${url}`;
  }

  /** A link inside the document (`#note-1`, a footnote marker) is a Reference to its Note. */
  private linkElement(tag: StructNode, key: string, url: string): Element {
    let el = this.links.get(key);
    if (!el) {
      el = this.doc.struct('Link');
      const parent = url.startsWith('#') ? this.doc.struct('Reference') : undefined;
      this.elements.get(tag)!.add(parent ?? el);
      parent?.add(el);
      this.links.set(key, el);
    }
    return el;
  }

  private bookmark(n: StructNode): void {
    if (!/^H[12]$/.test(n.type) || !n.title || this.bookmarked.has(n)) return;
    this.bookmarked.add(n);
    this.doc.outline.addItem(n.title);
  }
}
