/**
 * svg-to-pdfkit, vendored (vendor/svg-to-pdfkit, see its README): draws SVG as PDF paths.
 * Loaded on first use: only sheets with charts or an SVG logo need it.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

export type SvgToPdf = (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: object) => void;

let loaded: SvgToPdf | undefined;

export function svgToPdf(): SvgToPdf {
  const file = path.join(PACKAGE_ROOT, 'vendor/svg-to-pdfkit/source.cjs');
  return (loaded ??= createRequire(import.meta.url)(file) as SvgToPdf);
}
