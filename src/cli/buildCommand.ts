/**
 * `factsheet build [paths…]`: one PDF per sheet into --out; sheets whose inputs did not change
 * are skipped (--force builds all); a failing sheet never stops the rest.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { error } from '../diag/diagnostic.js';
import { findSheets, outputCollisions } from '../findSheets.js';
import type { BuildOptions, Job, SheetResult } from './buildOne.js';
import { manifestKey, readManifest, writeManifest } from './manifest.js';
import { resolveFrom, type CliIo } from './io.js';
import { createProgress, progressMode } from './progress.js';
import { plural, Reporter } from './report.js';
import { pruneExtraPreviews, pruneRemovedSheets } from './prune.js';
import { runBuilds } from './runBuilds.js';
import { inShard, type Shard } from './shard.js';
import { UsageError } from './usage.js';
import { removeStaleTemps } from './writeAtomic.js';

export interface BuildCommandOptions extends BuildOptions {
  jobs?: number;
  shard?: Shard;
  json?: boolean;
  /** Print the stack of internal errors. */
  debug?: boolean;
}

export interface BatchSummary {
  results: SheetResult[];
  /** Output files removed because no sheet makes them any more. */
  removed: string[];
  built: number;
  skipped: number;
  failed: number;
}

export async function buildCommand(paths: string[], opts: BuildCommandOptions, io: CliIo): Promise<number> {
  const summary = await buildBatch(paths, opts, io);
  if (opts.json) io.stdout.write(`${JSON.stringify(toJson(summary), null, 2)}\n`);
  else {
    for (const f of summary.removed) io.stdout.write(`removed ${f}: no sheet makes it any more\n`);
    io.stdout.write(`${summaryLine(summary)}\n`);
  }
  return summary.failed ? 1 : 0;
}

const summaryLine = (s: BatchSummary) =>
  `${plural(s.results.length, 'sheet')}: ${s.built} built, ${s.skipped} skipped, ${s.failed} failed`;

/** Builds the sheets under `paths`; also the engine of --watch. */
export async function buildBatch(
  paths: string[],
  opts: BuildCommandOptions,
  io: CliIo,
  quiet = false,
): Promise<BatchSummary> {
  const found = findSheets(paths.length ? paths : [resolveFrom(io, 'sheets')]);
  if (found.missing.length) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  if (!found.sheets.length)
    throw new UsageError(`no sheets (*.yaml) found in ${paths.join(', ') || 'sheets'}`);
  removeStaleTemps(opts.out);
  const manifest = readManifest(opts.out);
  // Over all sheets, not just this shard's: shards of one build share an output folder.
  const collided = collisionResults(found.sheets, found.names, opts.out);
  const jobs: Job[] = found.sheets
    .filter((f) => inShard(f, opts.shard) && !collided.has(f))
    .map((file) => ({
      file,
      outFile: pdfPath(opts.out, found.names.get(file)!),
      previous: manifest.sheets[manifestKey(opts.out, file)],
    }));
  const failedEarly = found.sheets
    .filter((f) => inShard(f, opts.shard) && collided.has(f))
    .map((f) => collided.get(f)!);
  const reporter = new Reporter(io.stderr, io.env, opts.debug);
  const progress = createProgress(
    jobs.length + failedEarly.length,
    quiet ? 'quiet' : progressMode(opts.json ?? false, io),
    io.stdout,
  );
  const results: SheetResult[] = [];
  const removed = pruneRemovedSheets(opts.out, manifest);
  const { jobs: parallel, shard: _shard, json: _json, debug: _debug, ...buildOpts } = opts;
  const onResult = (r: SheetResult) => {
    results.push(r);
    if (r.diagnostics.length && !quiet) {
      progress.clear();
      reporter.report(r.diagnostics);
    }
    progress.result(r);
    const key = manifestKey(opts.out, r.file);
    if (r.status === 'built' && r.pages) removed.push(...pruneExtraPreviews(r.outFile, r.pages));
    if (r.status === 'failed') delete manifest.sheets[key];
    else
      manifest.sheets[key] = {
        hash: r.hash!,
        pdf: path.relative(opts.out, r.outFile).split(path.sep).join('/'),
        bytes: r.bytes!,
        pages: r.pages!,
      };
  };
  failedEarly.forEach(onResult);
  await runBuilds(jobs, buildOpts, parallel ?? os.availableParallelism(), onResult);
  progress.done();
  results.sort((a, b) => a.file.localeCompare(b.file));
  if (removed.length || results.some((r) => r.status === 'built' || r.status === 'failed'))
    writeManifestSafely(opts.out, manifest);
  const count = (s: SheetResult['status']) => results.filter((r) => r.status === s).length;
  return { results, removed, built: count('built'), skipped: count('skipped'), failed: count('failed') };
}

/** `a/x` → out/a/x.pdf: a sheet's output name (see findSheets) as a path in the output folder. */
const pdfPath = (out: string, name: string) => path.join(out, ...`${name}.pdf`.split('/'));

/**
 * Sheets that would write the same PDF (`x.yml` beside `x.yaml`, or two files given by
 * themselves with one name) all fail, each naming the others, rather than one silently winning.
 */
function collisionResults(
  sheets: string[],
  names: Map<string, string>,
  out: string,
): Map<string, SheetResult> {
  const results = new Map<string, SheetResult>();
  for (const group of outputCollisions({ sheets, names })) {
    for (const file of group) {
      const outFile = pdfPath(out, names.get(file)!);
      const others = group.filter((f) => f !== file);
      const message = `${file} and ${others.join(' and ')} would both be built into ${outFile}`;
      const hint =
        'rename one of them; sheets build into the output folder by name (and by subfolder when you give a folder), so names must differ by more than `.yml`/`.yaml` or letter case';
      results.set(file, {
        file,
        outFile,
        status: 'failed',
        ms: 0,
        diagnostics: [
          error('output-collision', message, { span: { file, start: 0, end: 0, line: 1, col: 1 }, hint }),
        ],
      });
    }
  }
  return results;
}

/** The manifest only saves work next time; failing to write it must not fail the build. */
function writeManifestSafely(out: string, manifest: ReturnType<typeof readManifest>): void {
  try {
    writeManifest(out, manifest);
  } catch {
    // the output folder was not writable: every sheet has already said so
  }
}

function toJson(s: BatchSummary) {
  return {
    built: s.built,
    skipped: s.skipped,
    failed: s.failed,
    removed: s.removed,
    sheets: s.results.map((r) => ({
      file: r.file,
      pdf: r.outFile,
      status: r.status,
      pages: r.pages ?? null,
      bytes: r.bytes ?? null,
      ms: r.ms,
      diagnostics: r.diagnostics.map(({ stack: _s, lineText: _l, ...d }) => d),
    })),
  };
}
