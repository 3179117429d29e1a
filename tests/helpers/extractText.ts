/**
 * A PDF's text as MuPDF extracts it, line by line: like Acrobat, pdftotext and PDFium (and
 * unlike pdf.js) it honours ActualText, which is what screen readers and search get.
 */
import * as mupdf from 'mupdf';

export function extractLines(pdf: Uint8Array): string[] {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  const lines: string[] = [];
  for (let i = 0; i < doc.countPages(); i++) {
    const text = doc.loadPage(i).toStructuredText('preserve-whitespace').asText();
    lines.push(...text.split('\n').map((l) => l.trimEnd()).filter(Boolean));
  }
  return lines;
}
