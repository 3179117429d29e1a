/**
 * Writes shaped glyph runs as PDF text operators, without shaping again: pdfkit embeds and
 * subsets the font; the glyph ids, advances and the text each glyph stands for (its ToUnicode
 * entry) come from layout.
 */
import type * as fontkit from 'fontkit';
import { cached } from '../cache.js';
import type { Glyph } from '../fonts/shape.js';
import type { DisplayItem } from '../layout/types.js';
import { rightToLeftActualText } from './extractionOrder.js';

type TextItem = Extract<DisplayItem, { kind: 'text' }>;

/** The parts of pdfkit's EmbeddedFont this writer fills in (see pdfkit's `encode`). */
interface EmbeddedFont {
  id: string;
  font: fontkit.Font;
  subset: { includeGlyph(id: number): number };
  /** Per subset glyph id: advance in 1/1000 em, and the code points it stands for. */
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

interface PdfkitInternals {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown> };
  addContent(op: string): unknown;
}

/** Numbers as PDF writes them: at most 3 decimals, no exponent, no "-0". */
export function pdfNumber(v: number): string {
  const r = Math.round(v * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}

/** A glyph as a document's font subset writes it: its code, and its advance in font units. */
interface GlyphCode {
  hex: string;
  nominal: number;
}

/**
 * The codes of the glyphs a document has drawn, by font and glyph id: one document for each
 * writer, as the subsets are the document's. A run asks again for glyphs the runs before it
 * drew, and fontkit's lookup of a glyph's advance is a chain of getters each time.
 */
export type GlyphCodes = Map<string, Map<number, GlyphCode>>;

export function drawGlyphs(doc: PDFKit.PDFDocument, item: TextItem, glyphCodes: GlyphCodes): void {
  const pdf = doc as unknown as PdfkitInternals;
  doc.font(item.face);
  const font = pdf._font;
  pdf.page.fonts[font.id] ??= font.ref();
  const unitsPerEm = font.font.unitsPerEm;
  const codes = cached(glyphCodes, font.id, () => new Map<number, GlyphCode>());
  const scale = item.size / unitsPerEm;
  const rad = ((item.angle ?? 0) * Math.PI) / 180;
  const [cos, sin] = item.angle ? [Math.cos(rad), Math.sin(rad)] : [1, 0];
  // The text matrix at a point `along` the baseline and `up` from it. The page's user space
  // runs y down, so the matrix flips y back for glyphs to stand upright (and turns by `angle`).
  const matrix = (along: number, up: number) => {
    const [x, y] = [item.x + along * cos + up * sin, item.y + along * sin - up * cos];
    return [cos, sin, sin, -cos, x, y].map(pdfNumber).join(' ') + ' Tm';
  };
  // Text state (Tc) outlives ET; a tracked run is fenced so the next run starts from none.
  if (item.tracking) doc.save();
  // The run's operators go to the page in one piece: pdfkit converts and buffers each call.
  const out: string[] = ['BT'];
  out.push(matrix(0, 0));
  out.push(`/${font.id} ${pdfNumber(item.size)} Tf`);
  if (item.tracking) out.push(`${pdfNumber(item.tracking)} Tc`);
  // Inside the text object, after Tf: poppler gives the ActualText the font size set when the
  // span opens (opened before BT, a small subtitle took the big title's size above it).
  const actual = actualText(item);
  if (actual) out.push(`/Span <</ActualText ${actual}>> BDC`);
  let pen = 0;
  let segment: string[] = [];
  const flush = () => {
    if (segment.length) out.push(`[${segment.join(' ')}] TJ`);
    segment = [];
  };
  for (const glyph of item.glyphs) {
    const { hex, nominal } = codes.get(glyph.id) ?? encodeGlyph(font, glyph, codes);
    if (glyph.dx || glyph.dy) {
      flush();
      out.push(matrix(pen + (glyph.dx ?? 0) * scale, (glyph.dy ?? 0) * scale));
      out.push(`<${hex}> Tj`);
      pen += glyph.advance * scale + item.tracking;
      out.push(matrix(pen, 0));
      continue;
    }
    // Inside the run's own ActualText a glyph's is already said (and spans must not nest).
    const own = glyph.actualText !== undefined && !actual;
    if (own) {
      flush();
      out.push(`/Span <</ActualText ${textString(glyph.actualText!)}>> BDC`);
    }
    segment.push(`<${hex}>`);
    const kern = glyph.advance - nominal;
    if (kern) segment.push(pdfNumber((-kern * 1000) / unitsPerEm));
    pen += glyph.advance * scale + item.tracking;
    if (own) {
      flush();
      out.push('EMC');
    }
  }
  flush();
  if (actual) out.push('EMC');
  out.push('ET');
  pdf.addContent(out.join('\n'));
  if (item.tracking) doc.restore();
}

/** A PDF text string in UTF-16BE with its byte order mark, as hex: any character, no escaping. */
function textString(text: string): string {
  // Every UTF-16 unit, surrogates included (a CJK extension character is two).
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/**
 * The run's text as a UTF-16BE hex string, for a run of a complex script (Bengali, Devanagari,
 * Chinese…), whose glyphs read through the font's ToUnicode map do not spell it: vowel signs
 * and reph are drawn before the letters they follow, a conjunct's marks sit apart from it, and
 * a glyph's one map entry (set where it was first drawn) may stand for other text here, as a
 * Bengali "ন" that first came as "ন্য". Extraction (poppler, screen readers) reads this instead.
 * Plain text (Latin) never needs it. A right-to-left run always has it, in the order poppler
 * reads it back (see extractionOrder.ts): read glyph by glyph, Arabic marks drawn with an offset
 * left their word and mirrored brackets moved. A lone space too: after digits, its mark keeps it
 * on the digits' right-to-left side.
 */
function actualText(item: TextItem): string | undefined {
  if (item.rtl) return textString(rightToLeftActualText(item.text));
  if (PLAIN.test(item.text)) return undefined;
  return textString(item.text);
}

/** Text whose glyphs map one to one onto its characters: Latin, Greek, Cyrillic, symbols. */
const PLAIN = /^[\u0000-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]*$/;

/**
 * The glyph's id in the subset, as 4 hex digits, and its advance; records its width and text
 * the first time (later runs with the glyph find its code in `codes` and leave both as they are).
 */
function encodeGlyph(font: EmbeddedFont, glyph: Glyph, codes: Map<number, GlyphCode>): GlyphCode {
  const nominal = font.font.getGlyph(glyph.id).advanceWidth;
  const gid = font.subset.includeGlyph(glyph.id);
  if (font.widths[gid] == null) font.widths[gid] = (nominal * 1000) / font.font.unitsPerEm;
  if (font.unicode[gid] == null) font.unicode[gid] = [...glyph.text].map((ch) => ch.codePointAt(0)!);
  const code = { hex: gid.toString(16).padStart(4, '0'), nominal };
  codes.set(glyph.id, code);
  return code;
}
