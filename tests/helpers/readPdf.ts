/** Reads a PDF back with pdf.js, an independent parser: pages, text with boxes, metadata, links. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextBox {
  str: string;
  x: number;
  /** Top of the box, from the page top. */
  y: number;
  w: number;
  h: number;
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
      const [, , , d, e, f] = item.transform as number[];
      const size = Math.abs(d!);
      boxes.push({ str: item.str, x: e!, y: height - f! - size * 0.8, w: item.width, h: size });
    }
    const annotations = await page.getAnnotations();
    pages.push({ width, height, text: boxes.map((b) => b.str).join(' ').replace(/\s+/g, ' '), boxes, links: annotations.filter((a) => a.subtype === 'Link').map((a) => a.url as string) });
  }
  const meta = await doc.getMetadata();
  const markInfo = await doc.getMarkInfo().catch(() => null);
  void markInfo;
  await doc.destroy();
  return { pages, info: meta.info as Record<string, unknown>, lang: (meta.info as { Language?: string }).Language };
}

/** Pairs of boxes from different runs that overlap by more than a sliver. */
export function overlaps(boxes: readonly TextBox[]): [TextBox, TextBox][] {
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
