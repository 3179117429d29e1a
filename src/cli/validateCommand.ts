/** `factsheet validate [paths…]`: every problem of every sheet; exit 0 when all are valid. */
import { defaultCaches } from '../engine.js';
import { hasErrors } from '../diag/diagnostic.js';
import { findSheets } from '../findSheets.js';
import { readOrgFile, readSheet } from '../loadSheet.js';
import { renderLoadedSheet } from '../pipeline.js';
import { diskWorld } from '../world.js';
import { plural, Reporter } from './report.js';
import { resolveFrom, type CliIo } from './io.js';
import { UsageError } from './usage.js';

/** With `render`, each valid sheet is also laid out in memory, so overflow shows up before a build. */
export async function validateCommand(
  paths: string[],
  io: CliIo,
  opts: { render?: boolean; debug?: boolean; templatesDir?: string; fontsDir?: string } = {},
): Promise<number> {
  const found = findSheets(paths.length ? paths : [resolveFrom(io, 'sheets')]);
  if (found.missing.length) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  if (!found.sheets.length && !found.refused.length)
    throw new UsageError(`no sheets (*.yaml) found in ${paths.join(', ') || 'sheets'}`);
  const world = diskWorld();
  const caches = defaultCaches();
  const reporter = new Reporter(io.stderr, io.env, opts.debug);
  reporter.report(found.refused);
  let invalid = found.refused.filter((d) => d.severity === 'error').length;
  for (const file of found.orgs) {
    const { diagnostics } = await readOrgFile(file, world);
    reporter.report(diagnostics);
    if (hasErrors(diagnostics)) invalid++;
  }
  for (const file of found.sheets) {
    const read = await readSheet(file, world);
    const where = { world, caches, templatesDir: opts.templatesDir, fontsDir: opts.fontsDir };
    const rendered = opts.render && read.value ? await renderLoadedSheet(read.value, where) : undefined;
    const diagnostics = [...read.diagnostics, ...(rendered?.diagnostics ?? [])];
    reporter.report(diagnostics);
    if (hasErrors(diagnostics)) invalid++;
    else io.stdout.write(`ok  ${file}\n`);
  }
  const total =
    found.sheets.length + found.orgs.length + found.refused.filter((d) => d.severity === 'error').length;
  io.stdout.write(
    `${plural(total, 'file')} checked: ${total - invalid} valid, ${invalid} invalid` +
      `${reporter.warnings ? `, ${plural(reporter.warnings, 'warning')}` : ''}\n`,
  );
  return invalid ? 1 : 0;
}
