/** `factsheet build [paths…] --out DIR [--jobs N]`: one PDF per sheet; a failing sheet never stops the rest. */
import * as os from 'node:os';
import * as path from 'node:path';
import { sheetName } from '../api.js';
import { findSheets } from '../findSheets.js';
import type { BuildOptions, SheetResult } from './buildOne.js';
import { plural, Reporter } from './report.js';
import { runBuilds } from './runBuilds.js';
import { UsageError } from './usage.js';
import { removeStaleTemps } from './writeAtomic.js';

export interface BuildCommandOptions extends BuildOptions {
  jobs?: number;
}

export async function buildCommand(paths: string[], opts: BuildCommandOptions): Promise<number> {
  const found = findSheets(paths.length ? paths : ['sheets']);
  if (found.missing.length) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  if (!found.sheets.length) throw new UsageError(`no sheets (*.yaml) found in ${paths.join(', ') || 'sheets'}`);
  const reporter = new Reporter();
  const jobs = found.sheets.map((file) => ({ file, outFile: path.join(opts.out, `${sheetName(file)}.pdf`) }));
  removeStaleTemps(opts.out);
  let failed = 0;
  const { jobs: threads, ...buildOpts } = opts;
  await runBuilds(jobs, buildOpts, threads ?? os.availableParallelism(), (r: SheetResult) => {
    reporter.report(r.diagnostics);
    if (r.pages === undefined) {
      failed++;
      process.stdout.write(`fail ${r.file}\n`);
    } else process.stdout.write(`ok   ${r.file} → ${r.outFile} (${plural(r.pages, 'page')}, ${r.ms} ms)\n`);
  });
  process.stdout.write(`${plural(found.sheets.length, 'sheet')}: ${found.sheets.length - failed} built, ${failed} failed\n`);
  return failed ? 1 : 0;
}
