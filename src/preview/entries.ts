/** Turns build results into what the preview pages and the contact sheet show about each sheet. */
import * as path from 'node:path';
import type { SheetResult } from '../cli/buildOne.js';
import type { Diagnostic } from '../diag/diagnostic.js';

export interface SheetEntry {
  /** Output name without extension, `/`-separated (`kolkata`, `a/x`): also its address. */
  name: string;
  /** The sheet file as the user named it. */
  file: string;
  /** The PDF, relative to the output folder, `/`-separated. */
  pdf: string;
  status: SheetResult['status'];
  /** The dependency hash of a built or skipped sheet: its page images change only with it. */
  hash?: string;
  /** Failed because the content does not fit; `proof` is the proof PDF to look at instead. */
  overflow: boolean;
  proof?: string;
  proofPages?: number;
  pages?: number;
  bytes?: number;
  /** Below 1 when copyfit set the type smaller to meet the page count. */
  scale?: number;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

const relative = (out: string, file: string) => path.relative(out, file).split(path.sep).join('/');

export function sheetEntry(out: string, r: SheetResult): SheetEntry {
  const pdf = relative(out, r.outFile);
  return {
    name: pdf.replace(/\.pdf$/, ''),
    file: r.file,
    pdf,
    status: r.status,
    hash: r.hash,
    overflow: r.status === 'failed' && r.diagnostics.some((d) => d.code === 'overflow'),
    proof: r.proof ? relative(out, r.proof) : undefined,
    proofPages: r.proofPages,
    pages: r.pages,
    bytes: r.bytes,
    scale: r.scale,
    errors: r.diagnostics.filter((d) => d.severity === 'error'),
    warnings: r.diagnostics.filter((d) => d.severity === 'warning'),
  };
}

/** The word on a sheet's status pill, and its class. */
export function statusOf(e: SheetEntry): { label: string; css: string } {
  if (e.overflow) return { label: 'does not fit', css: 'overflow' };
  if (e.status === 'failed')
    return { label: e.errors.length === 1 ? '1 error' : `${e.errors.length} errors`, css: 'failed' };
  if (e.warnings.length)
    return {
      label: e.warnings.length === 1 ? '1 warning' : `${e.warnings.length} warnings`,
      css: 'warnings',
    };
  return { label: e.status === 'built' ? 'built' : 'up to date', css: e.status };
}

/** "Copyfit set the type at 97% to fit the page count", or nothing when nothing shrank. */
export function copyfitNote(e: SheetEntry): string | undefined {
  if (e.scale === undefined || e.scale >= 1) return undefined;
  return (
    `Copyfit set the type at ${Math.round(e.scale * 100)}% of its size ` +
    'so the sheet meets its page count.'
  );
}

/** One line per problem, for a table cell or a Markdown summary. */
export function problemLine(d: Diagnostic): string {
  const where = d.span ? `${d.span.file}:${d.span.line}:${d.span.col}: ` : '';
  return `${where}${d.message}`;
}
