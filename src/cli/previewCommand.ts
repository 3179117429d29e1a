/**
 * `factsheet preview [paths…]`: starts the preview server on 127.0.0.1, prints its address, and
 * serves until the io's signal aborts (Ctrl-C). Builds and page images come from the library.
 */
import { startPreview } from '../preview/server.js';
import type { BuildCommandOptions } from './buildCommand.js';
import { escapeControl } from '../diag/formatDiagnostic.js';
import { resolveFrom, type CliIo } from './io.js';

export interface PreviewCommandOptions extends BuildCommandOptions {
  /** 0: a free port. */
  port: number;
}

export async function previewCommand(
  paths: string[],
  opts: PreviewCommandOptions,
  io: CliIo,
): Promise<number> {
  const roots = paths.length ? paths : [resolveFrom(io, 'sheets')];
  const { jobs: _jobs, json: _json, debug: _debug, preview: _preview, ...rest } = opts;
  const server = await startPreview({ ...rest, roots });
  const { sheets, problem } = server.session.state;
  io.stdout.write(`preview of ${sheets.length} sheets at ${server.url}\n`);
  if (problem) io.stdout.write(`${escapeControl(problem)}\n`);
  io.stdout.write('open it in your browser; pages update as you save (Ctrl-C to stop)\n');
  await stopped(io);
  await server.close();
  return 0;
}

/** Until the io's signal aborts or, for the real process (no signal), Ctrl-C or SIGTERM. */
function stopped(io: CliIo): Promise<void> {
  return new Promise((resolve) => {
    if (io.signal) {
      if (io.signal.aborted) resolve();
      io.signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    // Stopping through close() removes the scratch folder of the template starters.
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
