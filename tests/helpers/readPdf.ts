/** Reads a PDF back with pdf.js, an independent parser: pages, text with boxes, metadata, links. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextBox {
  str: string;
  x: number;
  /** Top of the box, from the page top. */
  y: number;
  w: number;
  h: number;
  /** Set for text not on a horizontal baseline (a chart's slanted labels), in degrees. */
  angle?: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  boxes: TextBox[];
  links: string[];
}

export interface ReadPdf {
  pages: PdfPage[];
  info: Record<string, unknown>;
  lang?: string;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const boxes: TextBox[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [a, b, , d, e, f] = item.transform as number[];
      const size = Math.hypot(a!, b!) || Math.abs(d!);
      const box: TextBox = { str: item.str, x: e!, y: height - f! - size * 0.8, w: item.width, h: size };
      if (Math.abs(b!) > 1e-6) box.angle = (Math.atan2(b!, a!) * 180) / Math.PI;
      boxes.push(box);
    }
    const annotations = await page.getAnnotations();
    pages.push({ width, height, text: boxes.map((b) => b.str).join(' ').replace(/\s+/g, ' '), boxes, links: annotations.filter((a) => a.subtype === 'Link').map((a) => a.url as string) });
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, info: meta.info as Record<string, unknown>, lang: (meta.info as { Language?: string }).Language };
}

/** Pairs of boxes from different runs that overlap by more than a sliver. */
export function overlaps(all: readonly TextBox[]): [TextBox, TextBox][] {
  // The box pdf.js gives slanted text is not its outline (chart.js slants category labels only
  // after measuring that they fit so), so only horizontal text is compared.
  const boxes = all.filter((b) => b.angle === undefined);
  const out: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (ox > 1 && oy > Math.min(a.h, b.h) * 0.3) out.push([a, b]);
    }
  }
  return out;
}

/** A node of a page's structure tree as pdf.js gives it: a role (H1, P, Sect…), alt text, children. */
export interface TagNode {
  role?: string;
  alt?: string;
  children?: TagNode[];
}

export interface ReadTags {
  /** Each page's structure tree: the part of the document's tree drawn on that page. */
  pages: TagNode[];
  /** The bookmarks' titles, in order. */
  outline: string[];
  markInfo: unknown;
}

/** Reads the tagged-PDF side of a file: structure trees, bookmarks and MarkInfo. */
export async function readTags(bytes: Uint8Array): Promise<ReadTags> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: TagNode[] = [];
  for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getStructTree()) as TagNode);
  const result = { pages, outline: ((await doc.getOutline()) ?? []).map((o) => o.title), markInfo: await doc.getMarkInfo() };
  await doc.destroy();
  return result;
}

/** Roles in reading order, depth first, without the Root. */
export const roles = (n: TagNode): string[] =>
  [...(n.role && n.role !== 'Root' ? [n.role] : []), ...(n.children ?? []).flatMap(roles)];

/** The alt texts of every Figure under a node, in reading order. */
export const figureAlts = (n: TagNode): string[] =>
  [...(n.role === 'Figure' && n.alt ? [n.alt] : []), ...(n.children ?? []).flatMap(figureAlts)];
