/**
 * Turns placed pages (display lists) into PDF bytes with pdfkit: tagged in reading order,
 * with metadata, bookmarks, and optionally PDF/A-2b identification and print bleed.
 * Nothing here decides layout.
 */
import PDFDocument from 'pdfkit';
import type { StructNode } from '../doc/structure.js';
import type { FontFamily } from '../fonts/registry.js';
import type { PlacedPage } from '../layout/types.js';
import type { DisplayItem } from '../layout/types.js';
import type { ChartPainter } from './chartPainter.js';
import { pdfColor } from './color.js';
import { drawGlyphs } from './drawGlyphs.js';
import { drawShape } from './drawShape.js';
import { drawCropMarks, pageGeometry, setPrintBoxes } from './printMarks.js';
import { Tagger } from './tagging.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject?: string;
  keywords?: string[];
  language: string;
  /** Pinned for byte-identical builds (pdfkit's default is "now"). */
  date: Date;
}

export interface WriteOptions {
  fonts: FontFamily;
  meta: PdfMetadata;
  structure: StructNode;
  charts?: ChartPainter;
  /** Identify as PDF/A-2b (XMP, sRGB output intent) instead of PDF/UA-1. */
  pdfa?: boolean;
  /** Bleed in points; adds TrimBox, BleedBox and crop marks. */
  bleed?: number;
}

interface Ctx {
  doc: PDFKit.PDFDocument;
  opts: WriteOptions;
  tagger: Tagger;
  /** Each image opened once per document from the bytes that were checked, by file. */
  images: Map<string, unknown>;
}

export function writePdf(pages: readonly PlacedPage[], opts: WriteOptions): Promise<Buffer> {
  const doc = createDocument(opts);
  // The parsed fontkit fonts are handed over as they are: pdfkit would otherwise re-parse each file.
  for (const face of Object.values(opts.fonts)) doc.registerFont(face.name, face.font as unknown as string);
  const done = collect(doc);
  const ctx: Ctx = { doc, opts, tagger: new Tagger(doc, opts.structure), images: new Map() };
  const bleed = opts.bleed ?? 0;
  for (const page of pages) {
    const g = pageGeometry(page.width, page.height, bleed);
    doc.addPage({ size: [g.mediaWidth, g.mediaHeight], margin: 0 });
    if (bleed > 0) {
      setPrintBoxes(doc, page.width, page.height, bleed, g);
      ctx.tagger.mark(undefined);
      drawCropMarks(doc, page.width, page.height, bleed, g);
    }
    doc.save().translate(g.offset, g.offset);
    for (const item of page.items) draw(ctx, item);
    ctx.tagger.close();
    doc.restore();
  }
  ctx.tagger.end();
  doc.end();
  return done;
}

function createDocument(opts: WriteOptions): PDFKit.PDFDocument {
  const { meta } = opts;
  return new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would parse Helvetica's metrics for every document, unused.
    font: null,
    compress: true,
    tagged: true,
    subset: opts.pdfa ? 'PDF/A-2b' : 'PDF/UA',
    lang: meta.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject ?? '',
      Keywords: (meta.keywords ?? []).join(', '),
      Creator: 'factsheet',
      Producer: 'factsheet (pdfkit)',
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

type Drawer<K extends DisplayItem['kind']> = (
  doc: PDFKit.PDFDocument,
  item: Extract<DisplayItem, { kind: K }>,
  ctx: Ctx,
) => void;

const color = (c: string) => pdfColor(c) as PDFKit.Mixins.ColorValue;

const DRAWERS: { [K in DisplayItem['kind']]: Drawer<K> } = {
  text: (doc, it) => {
    doc.fillColor(color(it.color));
    drawGlyphs(doc, it);
  },
  rect: (doc, it) => {
    const path = it.radius
      ? doc.roundedRect(it.x, it.y, it.w, it.h, it.radius)
      : doc.rect(it.x, it.y, it.w, it.h);
    if (it.fill && it.stroke)
      path.lineWidth(it.lineWidth ?? 1).fillAndStroke(color(it.fill), color(it.stroke));
    else if (it.fill) path.fill(color(it.fill));
    else if (it.stroke) path.lineWidth(it.lineWidth ?? 1).stroke(color(it.stroke));
  },
  shape: (doc, it) => drawShape(doc, it),
  line: (doc, it) => {
    doc.moveTo(it.x1, it.y1).lineTo(it.x2, it.y2).lineWidth(it.width).stroke(color(it.color));
  },
  circle: (doc, it) => {
    const path = doc.circle(it.cx, it.cy, it.r);
    if (it.fill) path.fill(color(it.fill));
    else if (it.stroke) path.lineWidth(it.lineWidth ?? 1).stroke(color(it.stroke));
  },
  path: (doc, it) => {
    doc.save().translate(it.x, it.y).scale(it.scale, -it.scale).path(it.d).fill(color(it.fill)).restore();
  },
  image: (doc, it, ctx) => {
    doc.save();
    if (it.shape === 'circle') doc.circle(it.x + it.w / 2, it.y + it.h / 2, Math.min(it.w, it.h) / 2).clip();
    else doc.rect(it.x, it.y, it.w, it.h).clip();
    const { bytes, file } = it.image;
    const opener = doc as unknown as { openImage(data: Buffer): unknown };
    if (!ctx.images.has(file))
      ctx.images.set(file, opener.openImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    const image = ctx.images.get(file) as string; // pdfkit's typings only admit a path
    doc.image(image, it.x, it.y, { cover: [it.w, it.h], align: 'center', valign: 'center' });
    doc.restore();
  },
  link: (doc, it, ctx) => {
    const structParent = ctx.tagger.linkParent(it.tag, it.url);
    doc.link(it.x, it.y, it.w, it.h, it.url, (structParent ? { structParent } : {}) as never);
  },
  chart: (doc, it, ctx) => {
    if (!ctx.opts.charts) throw new Error(`chart ${it.ref} placed but no chart painter given`);
    ctx.opts.charts.paint(doc, it);
  },
};

function draw(ctx: Ctx, item: DisplayItem): void {
  // Annotations are not page content: they are tied to their Link element instead.
  if (item.kind !== 'link') ctx.tagger.mark(item.tag, item.kind === 'text' ? item.link : undefined);
  (DRAWERS[item.kind] as Drawer<typeof item.kind>)(ctx.doc, item as never, ctx);
}
