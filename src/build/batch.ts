/**
 * Turns the paths a user gave into built sheets: finds the sheets, skips those whose inputs did
 * not change (the manifest), builds the rest, and writes the contact sheet (`index.html`). The one
 * implementation behind `build`, `build --watch` and `preview`; callers see each result as it
 * comes (`onResult`) and decide how to tell the user.
 */
import * as path from 'node:path';
import { error, type Diagnostic } from '../diag/diagnostic.js';
import { findSheets, outputCollisions, type Collision } from '../findSheets.js';
import type { BuildOptions, Job, SheetResult } from '../cli/buildOne.js';
import { manifestKey, readManifest, writeManifest, type Manifest } from '../cli/manifest.js';
import { pruneExtraPreviews, pruneRemovedSheets } from '../cli/prune.js';
import { runBuilds } from '../cli/runBuilds.js';
import { inShard, type Shard } from '../cli/shard.js';
import { removeStaleTemps } from '../cli/writeAtomic.js';
import { writeContactSheet } from '../preview/contactSheet.js';
import type { World } from '../world.js';

export interface BatchOptions extends BuildOptions {
  /** Lane processes to build in; 1 builds in this process (warm caches kept); by default, for a
   * batch large enough to gain from them, as many as the free CPUs keep busy and at least one,
   * else this process (see lanesFor). */
  jobs?: number;
  shard?: Shard;
  /** Write `index.html` into the output folder after the batch (default: yes). */
  contactSheet?: boolean;
}

export interface BatchSummary {
  results: SheetResult[];
  /** About the search rather than a sheet (a linked folder not searched). */
  warnings: Diagnostic[];
  /** Output files removed because no sheet makes them any more. */
  removed: string[];
  built: number;
  skipped: number;
  failed: number;
}

/** The paths name nothing to build: a usage mistake, not a failed sheet. */
export class NoSheetsError extends Error {}

export interface BatchHooks {
  /** Where files are read in this process (the disk by default; tests inject read failures). */
  world?: World;
  /** Problems of the search itself (a linked folder not searched), before any sheet is built. */
  onWarnings?(warnings: Diagnostic[]): void;
  /** Called once the jobs are known, before any is built. */
  onStart?(total: number): void;
  onResult?(r: SheetResult): void;
}

export async function buildSheets(
  paths: string[],
  opts: BatchOptions,
  hooks: BatchHooks = {},
): Promise<BatchSummary> {
  const found = findSheets(paths);
  if (found.missing.length) throw new NoSheetsError(`no such file or folder: ${found.missing.join(', ')}`);
  const refused = refusedResults(found.refused, found.names, opts.out);
  if (!found.sheets.length && !refused.size)
    throw new NoSheetsError(`no sheets (*.yaml) found in ${paths.join(', ')}`);
  removeStaleTemps(opts.out);
  const manifest = readManifest(opts.out);
  const warnings = found.refused.filter((d) => d.severity === 'warning');
  hooks.onWarnings?.(warnings);
  // Over all sheets, not just this shard's: shards of one build share an output folder.
  const collided = collisionResults(found.sheets, found.names, opts.out);
  const mine = found.sheets.filter((f) => inShard(f, opts.shard));
  const jobs: Job[] = mine
    .filter((f) => !collided.has(f))
    .map((file) => ({
      file,
      outFile: pdfPath(opts.out, found.names.get(file)!),
      previous: manifest.sheets[manifestKey(opts.out, file)],
    }));
  const failedEarly = [
    ...mine.filter((f) => collided.has(f)).map((f) => collided.get(f)!),
    ...[...refused.values()].filter((r) => inShard(r.file, opts.shard)),
  ];
  const results: SheetResult[] = [];
  const removed = pruneRemovedSheets(opts.out, manifest);
  const { jobs: parallel, shard: _shard, contactSheet = true, ...rest } = opts;
  const buildOpts = { ...rest, thumbnail: contactSheet };
  const onResult = (r: SheetResult) => {
    results.push(r);
    if (r.status === 'built' && r.pages) removed.push(...pruneExtraPreviews(r.outFile, r.pages));
    recordInManifest(manifest, opts.out, r);
    hooks.onResult?.(r);
  };
  hooks.onStart?.(jobs.length + failedEarly.length);
  failedEarly.forEach(onResult);
  try {
    await runBuilds(jobs, buildOpts, parallel, onResult, hooks.world);
  } catch (e) {
    // A bug in running the builds: the sheets without a result fail, and the summary and the
    // manifest are still written for those that have one.
    const done = new Set(results.map((r) => r.file));
    jobs.filter((j) => !done.has(j.file)).forEach((j) => onResult(unfinished(j, e)));
  }
  // A build process that was killed leaves its temporary file; it is gone now, so is that file.
  removeStaleTemps(opts.out);
  results.sort((a, b) => a.file.localeCompare(b.file));
  if (removed.length || results.some((r) => r.status !== 'skipped')) writeManifestSafely(opts.out, manifest);
  const count = (s: SheetResult['status']) => results.filter((r) => r.status === s).length;
  const [built, skipped, failed] = [count('built'), count('skipped'), count('failed')];
  const summary = { results, warnings, removed, built, skipped, failed };
  if (contactSheet) await writeContactSheet(opts.out, summary);
  return summary;
}

function recordInManifest(manifest: Manifest, out: string, r: SheetResult): void {
  const key = manifestKey(out, r.file);
  if (r.status === 'failed') delete manifest.sheets[key];
  else
    manifest.sheets[key] = {
      hash: r.hash!,
      pdf: path.relative(out, r.outFile).split(path.sep).join('/'),
      bytes: r.bytes!,
      pages: r.pages!,
      ...(r.scale !== undefined && r.scale < 1 ? { scale: r.scale } : {}),
    };
}

/** `a/x` → out/a/x.pdf: a sheet's output name (see findSheets) as a path in the output folder. */
const pdfPath = (out: string, name: string) => path.join(out, ...`${name}.pdf`.split('/'));

/** Sheet links that are not built (leading out of the folder, or nowhere) fail at the link. */
function refusedResults(
  refused: Diagnostic[],
  names: Map<string, string>,
  out: string,
): Map<string, SheetResult> {
  const failures = refused
    .filter((r) => r.severity === 'error')
    .map((d) => {
      const file = d.span!.file;
      const name = names.get(file) ?? path.basename(file).replace(/\.ya?ml$/i, '');
      return failure(file, pdfPath(out, name), d);
    });
  return byFile(failures);
}

/**
 * Sheets that would write the same PDF (`x.yml` beside `x.yaml`, two files given by themselves
 * with one name, or `x.overflow.yaml` beside `x.yaml`'s proof) all fail, each naming the others,
 * rather than one silently winning.
 */
function collisionResults(
  sheets: string[],
  names: Map<string, string>,
  out: string,
): Map<string, SheetResult> {
  const failures = outputCollisions({ sheets, names }).flatMap((collision) =>
    collision.sheets.map((file) => collisionFailure(file, collision, names, out)),
  );
  return byFile(failures);
}

/** `file` fails naming the others of its group, and which of them would write a proof. */
function collisionFailure(file: string, collision: Collision, names: Map<string, string>, out: string) {
  const { name, sheets: group } = collision;
  const isProof = (f: string) => names.get(f)!.toLowerCase() !== name;
  const outFile = pdfPath(out, names.get(file)!);
  const others = group.filter((f) => f !== file);
  const role = (f: string) => `${f} (${isProof(f) ? 'its overflow proof' : 'its PDF'})`;
  const message = group.some(isProof)
    ? `${[file, ...others].map(role).join(' and ')} would both write ${pdfPath(out, name)}`
    : `${file} and ${others.join(' and ')} would both be built into ${outFile}`;
  const hint = group.some(isProof)
    ? 'rename the sheet whose name ends in `.overflow`: ' +
      'a sheet that does not fit writes NAME.overflow.pdf'
    : 'rename one of them; sheets build into the output folder by name ' +
      '(and by subfolder when you give a folder), ' +
      'so names must differ by more than `.yml`/`.yaml` or letter case';
  return failure(file, outFile, error('output-collision', message, { span: at(file), hint }));
}

/** Failures by sheet file; a sheet in two groups keeps the first. */
function byFile(failures: SheetResult[]): Map<string, SheetResult> {
  const results = new Map<string, SheetResult>();
  for (const r of failures) if (!results.has(r.file)) results.set(r.file, r);
  return results;
}

function unfinished(job: Job, e: unknown): SheetResult {
  const reason = e instanceof Error ? e.message : String(e);
  const message = `internal error: the build of ${job.file} did not finish: ${reason}`;
  const d = error('internal', message, {
    span: at(job.file),
    hint: 'this is a bug in factsheet; run with --debug for details and report it',
    stack: e instanceof Error ? e.stack : undefined,
  });
  return failure(job.file, job.outFile, d);
}

const at = (file: string) => ({ file, start: 0, end: 0, line: 1, col: 1 });

const failure = (file: string, outFile: string, d: Diagnostic): SheetResult => ({
  file,
  outFile,
  status: 'failed',
  ms: 0,
  diagnostics: [d],
});

/** The manifest only saves work next time; failing to write it must not fail the build. */
function writeManifestSafely(out: string, manifest: Manifest): void {
  try {
    writeManifest(out, manifest);
  } catch {
    // the output folder was not writable: every sheet has already said so
  }
}
