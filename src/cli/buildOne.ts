/** Builds one sheet file into one PDF, atomically, unless its dependency hash says it is up to date. */
import { defaultCaches, type EngineCaches } from '../engine.js';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dependencyHash, sheetDependencies } from '../build/dependencies.js';
import { error, hasErrors, type Diagnostic } from '../diag/diagnostic.js';
import { previewFile, proofFile } from './outputFiles.js';
import { readSheet } from '../loadSheet.js';
import { FONTS_DIR, TEMPLATES_DIR } from '../paths.js';
import { renderLoadedSheet } from '../pipeline.js';
import type { World } from '../world.js';
import { readFailure } from '../load/readFailure.js';
import { pdfIntact, type ManifestEntry } from './manifest.js';
import { renderPreviews } from '../preview/pageImages.js';
import { writeThumbnail } from '../preview/contactSheet.js';
import { writeAtomic } from './writeAtomic.js';

export { previewFile, proofFile };
const previewsExist = (pdfFile: string, pages: number) =>
  Array.from({ length: pages }, (_, i) => previewFile(pdfFile, i + 1)).every((f) => fs.existsSync(f));

export interface BuildOptions {
  out: string;
  pageSize?: 'letter' | 'a4';
  /** PDF/A part: 2, or 3 with the sheet's YAML attached. */
  pdfa?: 2 | 3;
  bleedMm?: number;
  print?: boolean;
  /** Build even when the manifest says the PDF is up to date. */
  force?: boolean;
  /** Also write PNG images of each page next to the PDF. */
  preview?: boolean;
  /** A templates folder of your own instead of the bundled one. */
  templatesDir?: string;
  /** A fonts folder of your own (with its fonts.yaml) instead of the bundled one. */
  fontsDir?: string;
  /** Also draw page 1 into the contact sheet's thumbnail cache (when mupdf is installed). */
  thumbnail?: boolean;
}

export interface Job {
  file: string;
  outFile: string;
  previous?: ManifestEntry;
}

export interface SheetResult {
  file: string;
  outFile: string;
  status: 'built' | 'skipped' | 'failed';
  hash?: string;
  pages?: number;
  bytes?: number;
  /** Below 1 when copyfit shrank the type to meet the page count. */
  scale?: number;
  /** The overflow proof written instead of the PDF. */
  proof?: string;
  /** Pages of the proof, when page images of it were written too (`NAME.overflow-1.png`, …). */
  proofPages?: number;
  /** The contact sheet's thumbnail of this PDF was drawn by this build. */
  thumbnail?: boolean;
  ms: number;
  diagnostics: Diagnostic[];
}

/**
 * Never throws: a read error on any file the sheet needs (EIO, EACCES), or a bug, fails this
 * sheet with a diagnostic and the batch goes on. `caches` are the process's: kept across the
 * sheets of a batch, so fonts are parsed once.
 */
export async function buildOne(
  job: Job,
  world: World,
  opts: BuildOptions,
  caches: EngineCaches = defaultCaches(),
): Promise<SheetResult> {
  const started = performance.now();
  try {
    return await buildSheet(job, { world, caches }, opts, started);
  } catch (e) {
    return failedBy(job, e, Math.round(performance.now() - started));
  }
}

function failedBy(job: Job, e: unknown, ms: number): SheetResult {
  const span = { file: job.file, start: 0, end: 0, line: 1, col: 1 };
  const code = (e as NodeJS.ErrnoException).code;
  const diagnostic = code
    ? error('read', `cannot read a file ${job.file} needs: ${readFailure(e)}`, {
        span,
        hint: 'check that the sheet, its organisation file and its images can be read, and build again',
      })
    : error('internal', `internal error: ${e instanceof Error ? e.message : String(e)}`, {
        span,
        hint: 'this is a bug in factsheet; run with --debug for details and report it',
        stack: e instanceof Error ? e.stack : undefined,
      });
  return { file: job.file, outFile: job.outFile, status: 'failed', ms, diagnostics: [diagnostic] };
}

async function buildSheet(
  job: Job,
  { world, caches }: { world: World; caches: EngineCaches },
  opts: BuildOptions,
  started: number,
): Promise<SheetResult> {
  const done = (r: Omit<SheetResult, 'file' | 'outFile' | 'ms'>): SheetResult => ({
    file: job.file,
    outFile: job.outFile,
    ms: Math.round(performance.now() - started),
    ...r,
  });
  const loaded = await readSheet(job.file, world, caches.orgs);
  if (!loaded.value) return done({ status: 'failed', diagnostics: loaded.diagnostics });
  const options = { pageSize: opts.pageSize, pdfa: opts.pdfa, bleedMm: opts.bleedMm, print: opts.print };
  const hash = await dependencyHash(
    await sheetDependencies(
      loaded.value,
      world,
      { templates: opts.templatesDir ?? TEMPLATES_DIR, fonts: opts.fontsDir ?? FONTS_DIR },
      caches.fonts,
    ),
    options,
    world,
    caches.fileHashes,
  );
  const prev = job.previous;
  if (
    !opts.force &&
    prev?.hash === hash &&
    pdfIntact(job.outFile, prev.bytes) &&
    (!opts.preview || previewsExist(job.outFile, prev.pages))
  ) {
    return done({
      status: 'skipped',
      hash,
      pages: prev.pages,
      bytes: prev.bytes,
      scale: prev.scale,
      diagnostics: loaded.diagnostics,
    });
  }
  let rendered;
  try {
    const dirs = { templatesDir: opts.templatesDir, fontsDir: opts.fontsDir };
    rendered = await renderLoadedSheet(loaded.value, { world, caches, ...dirs, ...options });
  } catch (e) {
    // A bug, or a library failing on input we did not foresee: this sheet fails, the batch goes on.
    const message = e instanceof Error ? e.message : String(e);
    return done({
      status: 'failed',
      diagnostics: [
        ...loaded.diagnostics,
        error('internal', `internal error while rendering: ${message}`, {
          span: { file: job.file, start: 0, end: 0, line: 1, col: 1 },
          hint: 'this is a bug in factsheet; run with --debug for details and report it',
          stack: e instanceof Error ? e.stack : undefined,
        }),
      ],
    });
  }
  const diagnostics = [...loaded.diagnostics, ...rendered.diagnostics];
  if (!rendered.value || hasErrors(diagnostics))
    return done({ status: 'failed', diagnostics, ...(await writeProof(job, rendered.proof, opts.preview)) });
  try {
    writeAtomic(job.outFile, rendered.value.pdf);
    // The sheet fits now: an old proof would only mislead.
    fs.rmSync(proofFile(job.outFile), { force: true });
    if (opts.preview)
      (await renderPreviews(rendered.value.pdf)).forEach((png, i) =>
        writeAtomic(previewFile(job.outFile, i + 1), png),
      );
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return done({
      status: 'failed',
      diagnostics: [
        ...diagnostics,
        error('write', `cannot write ${job.outFile}: ${reason}`, {
          hint: 'check that the output folder is writable and the disk is not full',
        }),
      ],
    });
  }
  const { pages, pdf, scale } = rendered.value;
  const thumbnail = opts.thumbnail ? await writeThumbnail(opts.out, hash, pdf) : undefined;
  return done({ status: 'built', hash, pages, bytes: pdf.length, scale, thumbnail, diagnostics });
}

/** Writes the overflow proof, if there is one; failing to write it must not hide the real errors. */
async function writeProof(
  job: Job,
  proof: Buffer | undefined,
  preview: boolean | undefined,
): Promise<{ proof?: string; proofPages?: number }> {
  if (!proof) return {};
  const file = proofFile(job.outFile);
  try {
    writeAtomic(file, proof);
    if (!preview) return { proof: file };
    const pngs = await renderPreviews(proof);
    pngs.forEach((png, i) => writeAtomic(previewFile(file, i + 1), png));
    return { proof: file, proofPages: pngs.length };
  } catch {
    return fs.existsSync(file) ? { proof: file } : {};
  }
}
