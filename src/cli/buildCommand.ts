/** `factsheet build [paths…] --out DIR`: one PDF per sheet; a failing sheet never stops the rest. */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sheetName } from '../api.js';
import { error, hasErrors, type Diagnostic } from '../diag/diagnostic.js';
import { findSheets } from '../findSheets.js';
import { readSheet } from '../loadSheet.js';
import { renderLoadedSheet } from '../pipeline.js';
import { diskWorld, type World } from '../world.js';
import { plural, Reporter } from './report.js';
import { UsageError } from './usage.js';
import { writeAtomic } from './writeAtomic.js';

export interface BuildOptions {
  out: string;
  pageSize?: 'letter' | 'a4';
  pdfa?: boolean;
  bleedMm?: number;
}

export async function buildCommand(paths: string[], opts: BuildOptions): Promise<number> {
  const found = findSheets(paths.length ? paths : ['sheets']);
  if (found.missing.length) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  if (!found.sheets.length) throw new UsageError(`no sheets (*.yaml) found in ${paths.join(', ') || 'sheets'}`);
  const world = diskWorld();
  const reporter = new Reporter();
  let failed = 0;
  for (const file of found.sheets) {
    const started = performance.now();
    const outFile = path.join(opts.out, `${sheetName(file)}.pdf`);
    const result = await buildOne(file, outFile, world, opts);
    reporter.report(result.diagnostics);
    const ms = Math.round(performance.now() - started);
    if (result.pages === undefined) {
      failed++;
      process.stdout.write(`fail ${file}\n`);
    } else process.stdout.write(`ok   ${file} → ${outFile} (${plural(result.pages, 'page')}, ${ms} ms)\n`);
  }
  const built = found.sheets.length - failed;
  process.stdout.write(`${plural(found.sheets.length, 'sheet')}: ${built} built, ${failed} failed\n`);
  return failed ? 1 : 0;
}

async function buildOne(file: string, outFile: string, world: World, opts: BuildOptions): Promise<{ pages?: number; diagnostics: Diagnostic[] }> {
  const loaded = readSheet(file, world);
  if (!loaded.value) return { diagnostics: loaded.diagnostics };
  const rendered = await renderLoadedSheet(loaded.value, { world, pageSize: opts.pageSize, pdfa: opts.pdfa, bleedMm: opts.bleedMm });
  const diagnostics = [...loaded.diagnostics, ...rendered.diagnostics];
  if (!rendered.value || hasErrors(diagnostics)) return { diagnostics };
  try {
    writeAtomic(outFile, rendered.value.pdf);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { diagnostics: [...diagnostics, error('write', `cannot write ${outFile}: ${reason}`, { hint: 'check that the output folder is writable and the disk is not full' })] };
  }
  return { pages: rendered.value.pages, diagnostics };
}
