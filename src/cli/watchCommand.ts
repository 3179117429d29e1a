/**
 * `factsheet build --watch`: builds, then rebuilds whenever a sheet, the organisation file, a
 * template, a font or an image changes, printing one line per rebuilt sheet. Errors are
 * printed and watching goes on until the io's signal aborts (or the process is stopped).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { sheetDependencies } from '../build/dependencies.js';
import { findSheets } from '../findSheets.js';
import { readSheet } from '../loadSheet.js';
import { FONTS_DIR, TEMPLATES_DIR } from '../paths.js';
import { diskWorld } from '../world.js';
import { buildBatch, type BuildCommandOptions } from './buildCommand.js';
import { resolveFrom, type CliIo } from './io.js';
import { plural, Reporter } from './report.js';

const DEBOUNCE_MS = 150;

export async function watchCommand(paths: string[], opts: BuildCommandOptions, io: CliIo): Promise<number> {
  const roots = paths.length ? paths : [resolveFrom(io, 'sheets')];
  const options = { ...opts, jobs: 1 };
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rebuild = () => {
    running = running.then(async () => {
      await buildAndReport(roots, options, io);
      if (!io.signal?.aborted) await watchFolders(await watchedFolders(roots, options), watchers, schedule);
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, DEBOUNCE_MS);
  };
  rebuild();
  await running;
  io.stdout.write(`watching ${watchers.size} folders for changes (Ctrl-C to stop)\n`);
  await stopped(io.signal);
  clearTimeout(timer);
  await Promise.all([...watchers.values()].map((w) => w.close()));
  await running;
  return 0;
}

/** Resolves when the signal aborts; never, without one. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}

async function buildAndReport(roots: string[], opts: BuildCommandOptions, io: CliIo): Promise<void> {
  const reporter = new Reporter(io.stderr, io.env, opts.debug);
  const time = new Date().toTimeString().slice(0, 8);
  try {
    const summary = await buildBatch(roots, opts, io, true);
    for (const r of summary.results) {
      if (r.status === 'built') {
        io.stdout.write(`${time} built ${r.file} in ${r.ms} ms (${plural(r.pages ?? 0, 'page')})\n`);
      }
      if (r.status === 'failed') {
        const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
        io.stdout.write(`${time} failed ${r.file}: ${plural(errors, 'error')}\n`);
      }
      reporter.report(r.diagnostics);
    }
  } catch (e) {
    io.stdout.write(`${time} ${e instanceof Error ? e.message : String(e)}\n`);
  }
}

/** The folders holding the sheets and what they depend on (files are replaced on save, folders stay). */
async function watchedFolders(roots: string[], opts: BuildCommandOptions): Promise<Set<string>> {
  const world = diskWorld();
  const folderOf = (r: string) =>
    fs.statSync(r, { throwIfNoEntry: false })?.isDirectory() ? r : path.dirname(r);
  const folders = new Set<string>(roots.map((r) => path.resolve(folderOf(r))));
  for (const file of findSheets(roots).sheets) {
    folders.add(path.dirname(path.resolve(file)));
    const loaded = (await readSheet(file, world)).value;
    const dirs = { templates: opts.templatesDir ?? TEMPLATES_DIR, fonts: opts.fontsDir ?? FONTS_DIR };
    const deps = loaded ? await sheetDependencies(loaded, world, dirs) : [];
    for (const dep of deps) folders.add(path.dirname(dep));
  }
  return folders;
}

/**
 * Our own writes (PDFs, previews, temporary files, the manifest) and editors' scratch files
 * (vim's swap files and its `4913` probe, emacs's `.#x` locks, `x~` backups) are not changes.
 */
const IGNORED = /\.(pdf|png|swp|swx|tmp)$|~$|(^|[\\/])(\.factsheet-|\.#|4913$)/;

/**
 * chokidar rather than fs.watch: an editor's atomic save (write a temporary file, rename it
 * over the sheet) arrives as one change, a file still being written is waited for, and
 * FACTSHEET_WATCH_POLL=1 polls, for network drives where change events never come.
 */
async function watchFolders(
  folders: Set<string>,
  watchers: Map<string, FSWatcher>,
  onChange: () => void,
): Promise<void> {
  const ready: Promise<unknown>[] = [];
  for (const folder of folders) {
    if (watchers.has(folder) || !fs.existsSync(folder)) continue;
    const watcher = watch(folder, {
      depth: 0,
      ignoreInitial: true,
      atomic: true,
      awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
      usePolling: process.env.FACTSHEET_WATCH_POLL === '1',
      ignored: (file) => IGNORED.test(path.basename(file)),
    });
    // Listening only once chokidar has scanned the folder: a change before that would be lost.
    ready.push(new Promise<void>((resolve) => watcher.once('ready', () => resolve())));
    watcher.on('all', onChange);
    watchers.set(folder, watcher);
  }
  await Promise.all(ready);
}
