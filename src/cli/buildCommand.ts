/**
 * `factsheet build [paths…]`: one PDF per sheet into --out; sheets whose inputs did not change
 * are skipped (--force builds all); a failing sheet never stops the rest.
 */
import { buildSheets, NoSheetsError, type BatchOptions, type BatchSummary } from '../build/batch.js';
import { resolveFrom, type CliIo } from './io.js';
import { createProgress, progressMode, type Progress } from './progress.js';
import { plural, Reporter } from './report.js';
import { writeStepSummary } from './stepSummary.js';
import { UsageError } from './usage.js';

export type { BatchSummary } from '../build/batch.js';

export interface BuildCommandOptions extends BatchOptions {
  json?: boolean;
  /** Print the stack of internal errors. */
  debug?: boolean;
}

export async function buildCommand(paths: string[], opts: BuildCommandOptions, io: CliIo): Promise<number> {
  const summary = await buildBatch(paths, opts, io);
  if (opts.json) io.stdout.write(`${JSON.stringify(toJson(summary), null, 2)}\n`);
  else {
    for (const f of summary.removed) io.stdout.write(`removed ${f}: no sheet makes it any more\n`);
    io.stdout.write(`${summaryLine(summary)}\n`);
  }
  writeStepSummary(summary, opts.out, io);
  return summary.failed ? 1 : 0;
}

const summaryLine = (s: BatchSummary) =>
  `${plural(s.results.length, 'sheet')}: ${s.built} built, ${s.skipped} skipped, ${s.failed} failed`;

/** Builds the sheets under `paths` (the library's `buildSheets`), telling the user as it goes. */
export async function buildBatch(
  paths: string[],
  opts: BuildCommandOptions,
  io: CliIo,
  quiet = false,
): Promise<BatchSummary> {
  const reporter = new Reporter(io.stderr, io.env, opts.debug);
  let progress: Progress | undefined;
  const { json: _json, debug: _debug, ...batchOpts } = opts;
  try {
    const summary = await buildSheets(paths.length ? paths : [resolveFrom(io, 'sheets')], batchOpts, {
      world: io.world,
      onWarnings: (warnings) => {
        if (!quiet) reporter.report(warnings);
      },
      onStart: (total) => {
        progress = createProgress(total, quiet ? 'quiet' : progressMode(opts.json ?? false, io), io.stdout);
      },
      onResult: (r) => {
        if (r.diagnostics.length && !quiet) {
          progress?.clear();
          reporter.report(r.diagnostics);
        }
        progress?.result(r);
      },
    });
    progress?.done();
    return summary;
  } catch (e) {
    throw e instanceof NoSheetsError ? new UsageError(e.message) : e;
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
