/**
 * Turns placed pages (display lists) into PDF bytes with pdfkit: tagged in reading order,
 * with metadata, bookmarks, and optionally PDF/A-2b identification and print bleed.
 * Nothing here decides layout.
 */
import PDFDocument from 'pdfkit';
import type { StructNode } from '../doc/structure.js';
import { facesOf, type FontFamily } from '../fonts/registry.js';
import type { PaintedItem, PaintedPage } from '../layout/types.js';
import { pdfColor } from './color.js';
import { drawGlyphs } from './drawGlyphs.js';
import { drawImage } from './drawImage.js';
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
  /** Identify as PDF/A-2b (XMP, sRGB output intent) instead of PDF/UA-1. */
  pdfa?: boolean;
  /** Bleed in points; adds TrimBox, BleedBox and crop marks. */
  bleed?: number;
}

interface Ctx {
  doc: PDFKit.PDFDocument;
  opts: WriteOptions;
  tagger: Tagger;
}

export function writePdf(pages: readonly PaintedPage[], opts: WriteOptions): Promise<Buffer> {
  const doc = createDocument(opts);
  // The parsed fontkit fonts are handed over as they are: pdfkit would otherwise re-parse each file.
  for (const face of facesOf(opts.fonts)) doc.registerFont(face.name, face.font as unknown as string);
  const done = collect(doc);
  const ctx: Ctx = { doc, opts, tagger: new Tagger(doc, opts.structure) };
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

type Drawer<K extends PaintedItem['kind']> = (
  doc: PDFKit.PDFDocument,
  item: Extract<PaintedItem, { kind: K }>,
  ctx: Ctx,
) => void;

const color = (c: string) => pdfColor(c) as PDFKit.Mixins.ColorValue;

const DRAWERS: { [K in PaintedItem['kind']]: Drawer<K> } = {
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
  image: (doc, it) => drawImage(doc, it),
  link: (doc, it, ctx) => {
    const structParent = ctx.tagger.linkParent(it.tag, it.url);
    // /Contents is what a screen reader announces for the link: where it goes.
    const contents = new String(it.url.replace(/^https?:\/\//, ''));
    doc.link(it.x, it.y, it.w, it.h, it.url, { structParent, Contents: contents } as never);
  },
};

function draw(ctx: Ctx, item: PaintedItem): void {
  // Annotations are not page content: they are tied to their Link element instead.
  if (item.kind !== 'link') ctx.tagger.mark(item.tag, item.kind === 'text' ? item.link : undefined);
  (DRAWERS[item.kind] as Drawer<typeof item.kind>)(ctx.doc, item as never, ctx);
}

