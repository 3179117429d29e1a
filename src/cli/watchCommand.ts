/**
 * `factsheet build --watch`: builds, then rebuilds whenever a sheet, the organisation file, a
 * template, a font or an image changes, printing one line per rebuilt sheet. Errors are
 * printed and watching goes on until the io's signal aborts (or the process is stopped).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sheetDependencies } from '../build/dependencies.js';
import { findSheets } from '../findSheets.js';
import { readSheet } from '../loadSheet.js';
import { diskWorld, type World } from '../world.js';
import { buildBatch, type BuildCommandOptions } from './buildCommand.js';
import { resolveFrom, type CliIo } from './io.js';
import { escapeControl } from '../diag/formatDiagnostic.js';
import { plural, Reporter } from './report.js';

const DEBOUNCE_MS = 150;

export async function watchCommand(paths: string[], opts: BuildCommandOptions, io: CliIo): Promise<number> {
  const roots = paths.length ? paths : [resolveFrom(io, 'sheets')];
  const options = { ...opts, jobs: 1 };
  const watchers = new Map<string, fs.FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rebuild = () => {
    running = running.then(async () => {
      await buildAndReport(roots, options, io);
      if (io.signal?.aborted) return;
      try {
        watchFolders(watchedFolders(roots, io.world ?? diskWorld()), watchers, schedule, (m) => say(io, m));
      } catch (e) {
        say(io, `cannot watch for changes: ${describe(e)}; still watching the folders found before`);
      }
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
  for (const w of watchers.values()) w.close();
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
    reporter.report(summary.warnings);
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
    io.stdout.write(`${time} ${escapeControl(describe(e))}\n`);
  }
}

/** One timestamped line about watching itself (not about a sheet). */
function say(io: CliIo, message: string): void {
  io.stdout.write(`${new Date().toTimeString().slice(0, 8)} ${escapeControl(message)}\n`);
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The folders holding the sheets and what they depend on (files are replaced on save, folders stay). */
function watchedFolders(roots: string[], world: World): Set<string> {
  const folderOf = (r: string) =>
    fs.statSync(r, { throwIfNoEntry: false })?.isDirectory() ? r : path.dirname(r);
  const folders = new Set<string>(roots.map((r) => path.resolve(folderOf(r))));
  for (const file of findSheets(roots).sheets) {
    folders.add(path.dirname(path.resolve(file)));
    const loaded = readSheet(file, world).value;
    if (loaded) for (const dep of sheetDependencies(loaded, world)) folders.add(path.dirname(dep));
  }
  return folders;
}

/**
 * Watches each folder not yet watched. A folder that cannot be watched, or whose watch fails
 * later (deleted, unmounted), is reported and dropped; the next rebuild watches it again if
 * it is back. A watcher's error event would otherwise end the process.
 */
function watchFolders(
  folders: Set<string>,
  watchers: Map<string, fs.FSWatcher>,
  onChange: () => void,
  report: (message: string) => void,
): void {
  for (const folder of folders) {
    if (watchers.has(folder) || !fs.existsSync(folder)) continue;
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(folder, (_event, name) => {
        // Our own writes (PDFs, previews, temporary files, the manifest) are not changes to react to.
        if (name && !/\.(pdf|png)$|^\.factsheet-/.test(String(name))) onChange();
      });
    } catch (e) {
      report(`cannot watch ${folder}: ${(e as Error).message}`);
      continue;
    }
    watcher.on('error', (e) => {
      report(`stopped watching ${folder}: ${e.message}`);
      watcher.close();
      watchers.delete(folder);
      onChange();
    });
    watchers.set(folder, watcher);
  }
}
