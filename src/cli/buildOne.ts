/** Builds one sheet file into one PDF, atomically; shared by the build command and its workers. */
import { performance } from 'node:perf_hooks';
import { error, hasErrors, type Diagnostic } from '../diag/diagnostic.js';
import { readSheet } from '../loadSheet.js';
import { renderLoadedSheet } from '../pipeline.js';
import type { World } from '../world.js';
import { writeAtomic } from './writeAtomic.js';

export interface BuildOptions {
  out: string;
  pageSize?: 'letter' | 'a4';
  pdfa?: boolean;
  bleedMm?: number;
}

export interface SheetResult {
  file: string;
  outFile: string;
  /** Undefined when the sheet failed. */
  pages?: number;
  bytes?: number;
  ms: number;
  diagnostics: Diagnostic[];
}

export async function buildOne(file: string, outFile: string, world: World, opts: BuildOptions): Promise<SheetResult> {
  const started = performance.now();
  const done = (r: Partial<SheetResult> & { diagnostics: Diagnostic[] }): SheetResult => ({ file, outFile, ms: Math.round(performance.now() - started), ...r });
  const loaded = readSheet(file, world);
  if (!loaded.value) return done({ diagnostics: loaded.diagnostics });
  let rendered;
  try {
    rendered = await renderLoadedSheet(loaded.value, { world, pageSize: opts.pageSize, pdfa: opts.pdfa, bleedMm: opts.bleedMm });
  } catch (e) {
    // A bug, or a library failing on input we did not foresee: this sheet fails, the batch goes on.
    const message = e instanceof Error ? e.message : String(e);
    return done({ diagnostics: [...loaded.diagnostics, error('internal', `internal error while rendering: ${message}`, {
      span: { file, start: 0, end: 0, line: 1, col: 1 }, hint: 'this is a bug in factsheet; run with --debug for details and report it', stack: e instanceof Error ? e.stack : undefined,
    })] });
  }
  const diagnostics = [...loaded.diagnostics, ...rendered.diagnostics];
  if (!rendered.value || hasErrors(diagnostics)) return done({ diagnostics });
  try {
    writeAtomic(outFile, rendered.value.pdf);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return done({ diagnostics: [...diagnostics, error('write', `cannot write ${outFile}: ${reason}`, { hint: 'check that the output folder is writable and the disk is not full' })] });
  }
  return done({ pages: rendered.value.pages, bytes: rendered.value.pdf.length, diagnostics });
}
