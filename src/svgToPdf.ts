/**
 * svg-to-pdfkit, vendored (src/vendor/svg-to-pdfkit, see its README): draws SVG as PDF paths.
 * Loaded on first use: only sheets with an SVG logo need it (charts are drawn as display items).
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

export type SvgToPdf = (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: object) => void;

/** Read from beside the package, not compiled: package.json `files` ships it. */
export const SVG_TO_PDFKIT_FILE = path.join(PACKAGE_ROOT, 'src/vendor/svg-to-pdfkit/source.cjs');

let loaded: SvgToPdf | undefined;

export function svgToPdf(): SvgToPdf {
  return (loaded ??= createRequire(import.meta.url)(SVG_TO_PDFKIT_FILE) as SvgToPdf);
}
