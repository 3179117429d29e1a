/**
 * Turns the paths a user gave into built sheets: finds the sheets, skips those whose inputs did
 * not change (the manifest), builds the rest, and writes the contact sheet (`index.html`). The one
 * implementation behind `build`, `build --watch` and `preview`; callers see each result as it
 * comes (`onResult`) and decide how to tell the user.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { error } from '../diag/diagnostic.js';
import { findSheets, outputCollisions } from '../findSheets.js';
import type { BuildOptions, Job, SheetResult } from '../cli/buildOne.js';
import { manifestKey, readManifest, writeManifest, type Manifest } from '../cli/manifest.js';
import { pruneExtraPreviews, pruneRemovedSheets } from '../cli/prune.js';
import { runBuilds } from '../cli/runBuilds.js';
import { inShard, type Shard } from '../cli/shard.js';
import { removeStaleTemps } from '../cli/writeAtomic.js';
import { writeContactSheet } from '../preview/contactSheet.js';

export interface BatchOptions extends BuildOptions {
  /** Processes to build in; 1 builds in this process. */
  jobs?: number;
  shard?: Shard;
  /** Write `index.html` into the output folder after the batch (default: yes). */
  contactSheet?: boolean;
}

export interface BatchSummary {
  results: SheetResult[];
  /** Output files removed because no sheet makes them any more. */
  removed: string[];
  built: number;
  skipped: number;
  failed: number;
}

/** The paths name nothing to build: a usage mistake, not a failed sheet. */
export class NoSheetsError extends Error {}

export interface BatchHooks {
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
  if (!found.sheets.length) throw new NoSheetsError(`no sheets (*.yaml) found in ${paths.join(', ')}`);
  removeStaleTemps(opts.out);
  const manifest = readManifest(opts.out);
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
  const results: SheetResult[] = [];
  const removed = pruneRemovedSheets(opts.out, manifest);
  const { jobs: parallel, shard: _shard, contactSheet = true, ...buildOpts } = opts;
  const onResult = (r: SheetResult) => {
    results.push(r);
    if (r.status === 'built' && r.pages) removed.push(...pruneExtraPreviews(r.outFile, r.pages));
    recordInManifest(manifest, opts.out, r);
    hooks.onResult?.(r);
  };
  hooks.onStart?.(mine.length);
  mine.filter((f) => collided.has(f)).forEach((f) => onResult(collided.get(f)!));
  await runBuilds(jobs, buildOpts, parallel ?? os.availableParallelism(), onResult);
  results.sort((a, b) => a.file.localeCompare(b.file));
  if (removed.length || results.some((r) => r.status !== 'skipped')) writeManifestSafely(opts.out, manifest);
  const count = (s: SheetResult['status']) => results.filter((r) => r.status === s).length;
  const summary = { results, removed, built: count('built'), skipped: count('skipped'), failed: count('failed') };
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
function writeManifestSafely(out: string, manifest: Manifest): void {
  try {
    writeManifest(out, manifest);
  } catch {
    // the output folder was not writable: every sheet has already said so
  }
}
