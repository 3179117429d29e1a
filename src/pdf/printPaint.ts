/**
 * How the writer paints a colour string: as the theme gave it (`#rrggbb` as RGB, `cmyk()` as
 * CMYK), or in a print file as the CMYK the sheet's print colours converted it to. Ink text in
 * a print file overprints, so a hairline of misregistration shows no white gap around it.
 */
import type { PrintColours } from '../print/printColours.js';
import { pdfColor } from './color.js';

export type Paint = (color: string) => PDFKit.Mixins.ColorValue;

export function painter(print: PrintColours | undefined): Paint {
  if (!print) return (c) => pdfColor(c) as PDFKit.Mixins.ColorValue;
  return (c) => {
    const cmyk = print.cmyk.get(c) ?? print.convert.toCmyk(c);
    if (!cmyk) throw new Error(`no print colour for \`${c}\``);
    return [...cmyk] as PDFKit.Mixins.ColorValue;
  };
}

interface PdfkitInternals {
  page: { ext_gstates: Record<string, unknown> };
  addContent(op: string): unknown;
}

/** One ExtGState per document: overprint on for fills and strokes, non-zero overprint mode. */
export class Overprint {
  private state: unknown;
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Runs `draw` with overprint on, inside a save/restore so nothing after it overprints. */
  around(draw: () => void): void {
    const pdf = this.doc as unknown as PdfkitInternals;
    if (!this.state) {
      const ref = this.doc.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 } as never);
      ref.end(undefined as never);
      this.state = ref;
    }
    pdf.page.ext_gstates.GsOverprint = this.state;
    this.doc.save();
    pdf.addContent('/GsOverprint gs');
    draw();
    this.doc.restore();
  }
}
