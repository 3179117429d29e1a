/** Turns placed pages (display lists) into PDF bytes with pdfkit. Nothing here decides layout. */
import PDFDocument from 'pdfkit';
import type { DisplayItem } from '../layout/types.js';
import type { PlacedPage } from '../layout/paginate.js';
import type { FontFamily } from '../fonts/registry.js';
import type { ChartPainter } from './chartPainter.js';

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
  charts?: ChartPainter;
}

export function writePdf(pages: readonly PlacedPage[], opts: WriteOptions): Promise<Buffer> {
  const { meta } = opts;
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
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
  });
  // The parsed fontkit fonts are handed over as they are: pdfkit would otherwise re-parse each file.
  for (const face of Object.values(opts.fonts)) doc.registerFont(face.name, face.font as unknown as string);
  const done = collect(doc);
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const item of page.items) draw(doc, item, opts);
  }
  doc.end();
  return done;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

type Drawer<K extends DisplayItem['kind']> = (doc: PDFKit.PDFDocument, item: Extract<DisplayItem, { kind: K }>, opts: WriteOptions) => void;

const DRAWERS: { [K in DisplayItem['kind']]: Drawer<K> } = {
  text: (doc, it) => {
    doc.font(it.face.name).fontSize(it.size).fillColor(it.color);
    doc.text(it.text, it.x, it.y, { lineBreak: false, baseline: 'alphabetic', characterSpacing: it.tracking || undefined });
  },
  rect: (doc, it) => {
    const path = it.radius ? doc.roundedRect(it.x, it.y, it.w, it.h, it.radius) : doc.rect(it.x, it.y, it.w, it.h);
    if (it.fill && it.stroke) path.lineWidth(it.lineWidth ?? 1).fillAndStroke(it.fill, it.stroke);
    else if (it.fill) path.fill(it.fill);
    else if (it.stroke) path.lineWidth(it.lineWidth ?? 1).stroke(it.stroke);
  },
  line: (doc, it) => {
    doc.moveTo(it.x1, it.y1).lineTo(it.x2, it.y2).lineWidth(it.width).stroke(it.color);
  },
  circle: (doc, it) => {
    const path = doc.circle(it.cx, it.cy, it.r);
    if (it.fill) path.fill(it.fill);
    else if (it.stroke) path.lineWidth(it.lineWidth ?? 1).stroke(it.stroke);
  },
  image: (doc, it) => {
    doc.save();
    if (it.shape === 'circle') doc.circle(it.x + it.w / 2, it.y + it.h / 2, Math.min(it.w, it.h) / 2).clip();
    else doc.rect(it.x, it.y, it.w, it.h).clip();
    doc.image(it.image.file, it.x, it.y, { cover: [it.w, it.h], align: 'center', valign: 'center' });
    doc.restore();
  },
  path: (doc, it) => {
    doc.save().translate(it.x, it.y).scale(it.scale, -it.scale).path(it.d).fill(it.fill).restore();
  },
  link: (doc, it) => {
    doc.link(it.x, it.y, it.w, it.h, it.url);
  },
  chart: (doc, it, opts) => {
    if (!opts.charts) throw new Error(`chart ${it.ref} placed but no chart painter given`);
    opts.charts.paint(doc, it);
  },
};

function draw(doc: PDFKit.PDFDocument, item: DisplayItem, opts: WriteOptions): void {
  (DRAWERS[item.kind] as Drawer<typeof item.kind>)(doc, item as never, opts);
}
