/**
 * Turns placed pages (display lists) into PDF bytes with pdfkit: tagged in reading order,
 * with metadata, bookmarks, and optionally PDF/A-2b identification and print bleed.
 * Nothing here decides layout.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { StructNode } from '../doc/structure.js';
import { facesOf, type FontFamily } from '../fonts/registry.js';
import type { PaintedItem, PaintedPage } from '../layout/types.js';
import type { PrintColours } from '../print/printColours.js';
import { drawGlyphs, type GlyphCodes } from './drawGlyphs.js';
import { drawImage } from './drawImage.js';
import { drawShape } from './drawShape.js';
import { deflateStreamsOnce, type DeflateCache } from './deflateOnce.js';
import { stampContentId } from './fileId.js';
import { embeddableFont } from './subsetTrueType.js';
import type { TrueTypeTableCache } from './trueTypeTables.js';
import { PDFUA_IN_PDFA_XMP, type SourceAttachment } from './pdfaMetadata.js';
import { ImageProfiles } from './imageProfile.js';
import { identifyPdfx, type OutputCondition } from './pdfx.js';
import { drawCropMarks, pageGeometry, setPrintBoxes } from './printMarks.js';
import { Overprint, painter, type Paint } from './printPaint.js';
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
  /** The engine's parsed TrueType tables (see subsetTrueType.ts); read afresh when not given. */
  trueTypeTables?: TrueTypeTableCache;
  /** The engine's deflated streams (see deflateOnce.ts); every stream deflated when not given. */
  deflated?: DeflateCache;
  meta: PdfMetadata;
  structure: StructNode;
  /** PDF/A part (2 or 3) at level A, with an sRGB output intent, claimed together with PDF/UA-1. */
  pdfa?: 2 | 3;
  /** PDF/A-3 only: a file embedded as the handout's source (the sheet's YAML). */
  source?: SourceAttachment;
  /** Bleed in points; adds TrimBox, BleedBox and crop marks. */
  bleed?: number;
  /** PDF/X-4 for print: every colour as its CMYK, photos tagged with their profile. */
  print?: PrintOutput;
  /** What the SVG drawer could not draw of a logo (the writer never prints; the caller reports). */
  onSvgWarning?: (message: string) => void;
}

export interface PrintOutput {
  colours: PrintColours;
  condition: OutputCondition;
  /** The profile of an RGB photo that embeds none. */
  srgb: Uint8Array;
}

interface Ctx {
  doc: PDFKit.PDFDocument;
  opts: WriteOptions;
  tagger: Tagger;
  /** Where the page's own coordinates start on the sheet of paper (the bleed and slug). */
  offset: number;
  /** Structure IDs already given a named destination (a Note's first line). */
  destinations: Set<string>;
  paint: Paint;
  /** The glyphs drawn so far, as the document's font subsets code them. */
  glyphCodes: GlyphCodes;
  overprint?: Overprint;
  images?: ImageProfiles;
}

export function writePdf(pages: readonly PaintedPage[], opts: WriteOptions): Promise<Buffer> {
  const doc = createDocument(opts);
  // The parsed fontkit fonts are handed over (pdfkit would otherwise re-parse each file), with
  // TrueType subsets of our own.
  for (const face of facesOf(opts.fonts))
    doc.registerFont(face.name, embeddableFont(face, opts.trueTypeTables) as unknown as string);
  const done = collect(doc);
  addDocumentMetadata(doc, opts.meta);
  if (opts.pdfa) addPdfaParts(doc, opts);
  const tagger = new Tagger(doc, opts.structure);
  const print = printContext(doc, opts.print);
  const glyphCodes: GlyphCodes = new Map();
  const ctx: Ctx = { doc, opts, tagger, offset: 0, destinations: new Set(), glyphCodes, ...print };
  const bleed = opts.bleed ?? 0;
  for (const page of pages) {
    const g = pageGeometry(page.width, page.height, bleed);
    doc.addPage({ size: [g.mediaWidth, g.mediaHeight], margin: 0 });
    ctx.offset = g.offset;
    // PDF/X needs a TrimBox even without bleed; the marks need the bleed's slug to sit in.
    if (bleed > 0 || opts.print) setPrintBoxes(doc, page.width, page.height, bleed, g);
    if (bleed > 0) {
      ctx.tagger.mark(undefined);
      drawCropMarks(doc, page.width, page.height, bleed, g);
    }
    doc.save().translate(g.offset, g.offset);
    for (const item of page.items) draw(ctx, item);
    ctx.tagger.close();
    doc.restore();
  }
  ctx.tagger.end();
  // The streams made from here on (font subsets and their maps, an output intent's profile)
  // are the ones sheets share; page contents, made before, are each sheet's own and are not
  // worth hashing.
  if (opts.deflated) deflateStreamsOnce(doc, opts.deflated);
  if (opts.print) identifyPdfx(doc, opts.print.condition);
  doc.end();
  return done;
}

function printContext(doc: PDFKit.PDFDocument, print: PrintOutput | undefined) {
  const paint = painter(print?.colours);
  if (!print) return { paint };
  return { paint, overprint: new Overprint(doc), images: new ImageProfiles(doc, print.srgb) };
}

function createDocument(opts: WriteOptions): PDFKit.PDFDocument {
  const { meta } = opts;
  return new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would parse Helvetica's metrics for every document, unused.
    font: null,
    compress: true,
    tagged: true,
    // Level A: the tagged structure and Unicode text PDF/UA needs anyway.
    subset: opts.pdfa ? `PDF/A-${opts.pdfa}a` : 'PDF/UA',
    lang: meta.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: meta.title,
      Author: meta.author,
      // Empty entries are left out: XMP has no twin for an empty value (PDF/A asks for twins).
      ...(meta.subject ? { Subject: meta.subject } : {}),
      ...(meta.keywords?.length ? { Keywords: meta.keywords.join(', ') } : {}),
      Creator: 'factsheet',
      Producer: 'factsheet (pdfkit)',
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
}

/**
 * What pdfkit leaves out: the XMP twin of Info /ModDate (with the metadata's own date) and the
 * outline's /Count, which PDF/A validators (PDFBox) and some readers expect.
 */
function addDocumentMetadata(doc: PDFKit.PDFDocument, meta: PdfMetadata): void {
  const date = meta.date.toISOString().split('.')[0] + 'Z';
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${date}</xmp:ModifyDate>
            <xmp:MetadataDate>${date}</xmp:MetadataDate>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
            <xmpMM:DocumentID>${documentUuid(meta)}</xmpMM:DocumentID>
        </rdf:Description>`);
  // The root outline is "open": its /Count is the number of visible entries (pdfkit's option).
  const outline = doc.outline as unknown as { options: object };
  outline.options = { ...outline.options, expanded: true };
}

/** PDF/UA-1 beside the PDF/A claim pdfkit writes, and PDF/A-3's source attachment. */
function addPdfaParts(doc: PDFKit.PDFDocument, opts: WriteOptions): void {
  doc.appendXML(PDFUA_IN_PDFA_XMP);
  const src = opts.source;
  if (opts.pdfa !== 3 || !src) return;
  const date = opts.meta.date;
  const file = (doc as unknown as { file: (data: Uint8Array, o: object) => void }).file;
  file.call(doc, src.bytes, {
    name: src.name,
    type: src.type,
    description: src.description,
    relationship: 'Source',
    creationDate: date,
    modifiedDate: date,
  });
}

/**
 * The XMP document ID (PDF/X-4 asks for one): the same handout keeps it from build to build, as
 * byte-identical rebuilds need; the file's /ID, from its bytes, tells versions apart.
 */
function documentUuid(meta: PdfMetadata): string {
  const identity = JSON.stringify([meta.title, meta.author, meta.language, meta.date]);
  const h = createHash('md5').update(identity).digest('hex');
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(stampContentId(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

type Drawer<K extends PaintedItem['kind']> = (
  doc: PDFKit.PDFDocument,
  item: Extract<PaintedItem, { kind: K }>,
  ctx: Ctx,
) => void;

const DRAWERS: { [K in PaintedItem['kind']]: Drawer<K> } = {
  text: (doc, it, ctx) => {
    const draw = () => drawGlyphs(doc.fillColor(ctx.paint(it.color)), it, ctx.glyphCodes);
    if (ctx.overprint && ctx.opts.print?.colours.overprint.has(it.color)) ctx.overprint.around(draw);
    else draw();
  },
  rect: (doc, it, { paint: color }) => {
    const path = it.radius
      ? doc.roundedRect(it.x, it.y, it.w, it.h, it.radius)
      : doc.rect(it.x, it.y, it.w, it.h);
    if (it.fill && it.stroke)
      path.lineWidth(it.lineWidth ?? 1).fillAndStroke(color(it.fill), color(it.stroke));
    else if (it.fill) path.fill(color(it.fill));
    else if (it.stroke) path.lineWidth(it.lineWidth ?? 1).stroke(color(it.stroke));
  },
  shape: (doc, it, ctx) => drawShape(doc, it, ctx.paint),
  line: (doc, it, { paint: color }) => {
    doc.moveTo(it.x1, it.y1).lineTo(it.x2, it.y2).lineWidth(it.width).stroke(color(it.color));
  },
  circle: (doc, it, { paint: color }) => {
    const path = doc.circle(it.cx, it.cy, it.r);
    if (it.fill) path.fill(color(it.fill));
    else if (it.stroke) path.lineWidth(it.lineWidth ?? 1).stroke(color(it.stroke));
  },
  path: (doc, it, { paint: color }) => {
    doc.save().translate(it.x, it.y).scale(it.scale, -it.scale).path(it.d).fill(color(it.fill)).restore();
  },
  image: (doc, it, ctx) => drawImage(doc, it, ctx.images, ctx.paint, ctx.opts.onSvgWarning),
  link: (doc, it, ctx) => {
    const structParent = ctx.tagger.linkParent(it.tag, it.url);
    // /Contents is what a screen reader announces for the link: where it goes.
    if (it.url.startsWith('#')) {
      const contents = new String(it.url.replace(/^#note-/, 'footnote '));
      doc.goTo(it.x, it.y, it.w, it.h, it.url.slice(1), { structParent, Contents: contents } as never);
      return;
    }
    const contents = new String(it.url.replace(/^https?:\/\//, ''));
    doc.link(it.x, it.y, it.w, it.h, it.url, { structParent, Contents: contents } as never);
  },
};

function draw(ctx: Ctx, item: PaintedItem): void {
  const id = item.tag?.id;
  if (id && item.kind === 'text' && !ctx.destinations.has(id)) {
    // A marker's link lands on the first line of its note (pdfkit measures from the page top).
    ctx.destinations.add(id);
    ctx.doc.addNamedDestination(id, 'XYZ', null, ctx.offset + item.y - item.size, null);
  }
  // Annotations are not page content: they are tied to their Link element instead.
  if (item.kind !== 'link') ctx.tagger.mark(item.tag, item.kind === 'text' ? item.link : undefined);
  (DRAWERS[item.kind] as Drawer<typeof item.kind>)(ctx.doc, item as never, ctx);
}

