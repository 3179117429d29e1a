/**
 * `factsheet build --watch`: builds, then rebuilds whenever a sheet, the organisation file, a
 * template, a font or an image changes, printing one line per rebuilt sheet. Errors are
 * printed and watching goes on until the io's signal aborts (or the process is stopped).
 */
import { watchInputs, type InputWatch } from '../build/watchInputs.js';
import { buildBatch, type BuildCommandOptions } from './buildCommand.js';
import { resolveFrom, type CliIo } from './io.js';
import { escapeControl } from '../diag/formatDiagnostic.js';
import { plural, Reporter } from './report.js';

export async function watchCommand(paths: string[], opts: BuildCommandOptions, io: CliIo): Promise<number> {
  const roots = paths.length ? paths : [resolveFrom(io, 'sheets')];
  const options = { ...opts, jobs: 1 };
  let running = Promise.resolve();
  const rebuild = () => {
    running = running.then(async () => {
      await buildAndReport(roots, options, io);
      if (!io.signal?.aborted) await refreshSafely(watch, io);
    });
  };
  // Templates and fonts of the user's own (--templates) are watched, not the bundled ones.
  const dirs = { templatesDir: opts.templatesDir, fontsDir: opts.fontsDir };
  const watch = watchInputs(roots, dirs, rebuild);
  rebuild();
  await running;
  io.stdout.write(`watching ${watch.size} folders for changes (Ctrl-C to stop)\n`);
  await stopped(io.signal);
  await watch.close();
  await running;
  return 0;
}

async function refreshSafely(watch: InputWatch, io: CliIo): Promise<void> {
  try {
    await watch.refresh();
  } catch (e) {
    // a folder vanished between listing and watching: the next change refreshes again
    const why = e instanceof Error ? e.message : String(e);
    say(io, `cannot watch for changes: ${why}; still watching the folders found before`);
  }
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
    io.stdout.write(`${time} ${escapeControl(e instanceof Error ? e.message : String(e))}\n`);
  }
}

/** One timestamped line about watching itself (not about a sheet). */
function say(io: CliIo, message: string): void {
  io.stdout.write(`${new Date().toTimeString().slice(0, 8)} ${escapeControl(message)}\n`);
}
