/**
 * `factsheet build [paths…]`: one PDF per sheet into --out; sheets whose inputs did not change
 * are skipped (--force builds all); a failing sheet never stops the rest.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { error, type Diagnostic } from '../diag/diagnostic.js';
import { findSheets, outputCollisions } from '../findSheets.js';
import type { BuildOptions, Job, SheetResult } from './buildOne.js';
import { manifestKey, readManifest, writeManifest } from './manifest.js';
import { resolveFrom, type CliIo } from './io.js';
import { createProgress, progressMode } from './progress.js';
import { plural, Reporter } from './report.js';
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
  built: number;
  skipped: number;
  failed: number;
  /** About the search rather than a sheet (a linked folder not searched). */
  warnings: Diagnostic[];
}

export async function buildCommand(paths: string[], opts: BuildCommandOptions, io: CliIo): Promise<number> {
  const summary = await buildBatch(paths, opts, io);
  if (opts.json) io.stdout.write(`${JSON.stringify(toJson(summary), null, 2)}\n`);
  else io.stdout.write(`${summaryLine(summary)}\n`);
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
  const refused = refusedResults(found.refused, found.names, opts.out);
  if (!found.sheets.length && !refused.size)
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
  const failedEarly = [
    ...found.sheets.filter((f) => inShard(f, opts.shard) && collided.has(f)).map((f) => collided.get(f)!),
    ...[...refused.values()].filter((r) => inShard(r.file, opts.shard)),
  ];
  const reporter = new Reporter(io.stderr, io.env, opts.debug);
  const warnings = found.refused.filter((d) => d.severity === 'warning');
  if (!quiet) reporter.report(warnings);
  const progress = createProgress(
    jobs.length + failedEarly.length,
    quiet ? 'quiet' : progressMode(opts.json ?? false, io),
    io.stdout,
  );
  const results: SheetResult[] = [];
  const { jobs: parallel, shard: _shard, json: _json, debug: _debug, ...buildOpts } = opts;
  const onResult = (r: SheetResult) => {
    results.push(r);
    if (r.diagnostics.length && !quiet) {
      progress.clear();
      reporter.report(r.diagnostics);
    }
    progress.result(r);
    const key = manifestKey(opts.out, r.file);
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
  try {
    await runBuilds(jobs, buildOpts, parallel ?? os.availableParallelism(), onResult, io.world);
  } catch (e) {
    // A bug in running the builds: the sheets without a result fail, and the summary and the
    // manifest are still written for those that have one.
    const done = new Set(results.map((r) => r.file));
    jobs.filter((j) => !done.has(j.file)).forEach((j) => onResult(unfinished(j, e)));
  }
  progress.done();
  // A build process that was killed leaves its temporary file; it is gone now, so is that file.
  removeStaleTemps(opts.out);
  results.sort((a, b) => a.file.localeCompare(b.file));
  if (results.some((r) => r.status === 'built') || results.some((r) => r.status === 'failed'))
    writeManifestSafely(opts.out, manifest);
  const count = (s: SheetResult['status']) => results.filter((r) => r.status === s).length;
  return { results, built: count('built'), skipped: count('skipped'), failed: count('failed'), warnings };
}

/** `a/x` → out/a/x.pdf: a sheet's output name (see findSheets) as a path in the output folder. */
const pdfPath = (out: string, name: string) => path.join(out, ...`${name}.pdf`.split('/'));

/** Sheet links that are not built (leading out of the folder, or nowhere) fail at the link. */
function refusedResults(
  refused: Diagnostic[],
  names: Map<string, string>,
  out: string,
): Map<string, SheetResult> {
  const results = new Map<string, SheetResult>();
  for (const d of refused.filter((r) => r.severity === 'error')) {
    const file = d.span!.file;
    const name = names.get(file) ?? path.basename(file).replace(/\.ya?ml$/i, '');
    results.set(file, { file, outFile: pdfPath(out, name), status: 'failed', ms: 0, diagnostics: [d] });
  }
  return results;
}

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
  for (const { name, sheets: group } of outputCollisions({ sheets, names })) {
    const isProof = (f: string) => names.get(f)!.toLowerCase() !== name;
    for (const file of group.filter((f) => !results.has(f))) {
      const outFile = pdfPath(out, names.get(file)!);
      const others = group.filter((f) => f !== file);
      const role = (f: string) => `${f} (${isProof(f) ? 'its overflow proof' : 'its PDF'})`;
      const message = group.some(isProof)
        ? `${[file, ...others].map(role).join(' and ')} would both write ${pdfPath(out, name)}`
        : `${file} and ${others.join(' and ')} would both be built into ${outFile}`;
      const hint = group.some(isProof)
        ? 'rename the sheet whose name ends in `.overflow`: a sheet that does not fit writes NAME.overflow.pdf'
        : 'rename one of them; sheets build into the output folder by name (and by subfolder when you give a folder), so names must differ by more than `.yml`/`.yaml` or letter case';
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

function unfinished(job: Job, e: unknown): SheetResult {
  const reason = e instanceof Error ? e.message : String(e);
  const message = `internal error: the build of ${job.file} did not finish: ${reason}`;
  return {
    file: job.file,
    outFile: job.outFile,
    status: 'failed',
    ms: 0,
    diagnostics: [
      error('internal', message, {
        span: { file: job.file, start: 0, end: 0, line: 1, col: 1 },
        hint: 'this is a bug in factsheet; run with --debug for details and report it',
        stack: e instanceof Error ? e.stack : undefined,
      }),
    ],
  };
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
