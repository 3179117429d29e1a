/**
 * The command line as a function: arguments and an io → printed output and an exit code.
 *
 * Each command's code is imported when that command runs, not before: `--version`, `--help`
 * and `schema` then start without loading TypeBox, fontkit, pdfkit or handlebars (hundreds of
 * milliseconds of module loading), and `build` does not load the preview server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SCHEMA_DIR, TEMPLATES_DIR } from '../paths.js';
import { VERSION } from '../version.js';
import type { BuildCommandOptions } from './buildCommand.js';
import { resolveFrom, type CliIo } from './io.js';
import type { PreviewCommandOptions } from './previewCommand.js';
import { parseShard } from './shard.js';
import { commandOptions, commandUsage, isCommand, USAGE, UsageError, type Command } from './usage.js';

const OPTIONS = {
  out: { type: 'string' },
  'page-size': { type: 'string' },
  pdfa: { type: 'string' },
  bleed: { type: 'string' },
  print: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  force: { type: 'boolean' },
  shard: { type: 'string' },
  json: { type: 'boolean' },
  preview: { type: 'boolean' },
  watch: { type: 'boolean', short: 'w' },
  template: { type: 'string', short: 't' },
  templates: { type: 'string' },
  fonts: { type: 'string' },
  render: { type: 'boolean' },
  port: { type: 'string' },
  org: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Runs one command; never throws: usage errors exit 2, internal errors exit 1. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    const usage = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`factsheet: ${usage ? '' : 'internal error: '}${message}\n`);
    if (usage) io.stderr.write('Run `factsheet --help` for usage.\n');
    if (argv.includes('--debug') && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return usage ? 2 : 1;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = withPdfaPart(argv);
  const parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  const { values } = parsed;
  const [command, ...rawPaths] = parsed.positionals;
  const paths = rawPaths.map((p) => resolveFrom(io, p));
  const print = (text: string, code = 0) => {
    (code === 0 ? io.stdout : io.stderr).write(`${text}\n`);
    return code;
  };
  if (values.version) return print(VERSION);
  if (!command) return print(USAGE, values.help ? 0 : 2);
  if (!isCommand(command)) throw new UsageError(`unknown command \`${command}\``);
  if (values.help) return print(commandUsage(command));
  refuseForeignOptions(command, values);
  switch (command) {
    case 'validate': {
      const { validateCommand } = await import('./validateCommand.js');
      return validateCommand(paths, io, {
        render: values.render,
        debug: values.debug,
        templatesDir: templatesOption(values, io),
        fontsDir: fontsOption(values, io),
      });
    }
    case 'build': {
      const opts = buildOptions(values, io);
      if (values.watch) return (await import('./watchCommand.js')).watchCommand(paths, opts, io);
      return (await import('./buildCommand.js')).buildCommand(paths, opts, io);
    }
    case 'preview': {
      const opts = previewOptions(values, io);
      return (await import('./previewCommand.js')).previewCommand(paths, opts, io);
    }
    case 'init': {
      const { initCommand } = await import('./initCommand.js');
      return initCommand(rawPaths, values.template ?? 'program-office', io);
    }
    case 'schema':
      return print(await schemaText(values, io));
  }
}

/** An option another command takes (`validate --out x`) is a mistake to say, not to ignore. */
function refuseForeignOptions(command: Command, values: Values): void {
  const allowed = commandOptions(command);
  const given = Object.keys(values).filter((k) => values[k as keyof Values] !== undefined);
  const foreign = given.filter((k) => !allowed.includes(k));
  if (!foreign.length) return;
  const own = allowed.filter((o) => !['debug', 'help', 'version'].includes(o)).map((o) => `--${o}`);
  throw new UsageError(
    `\`${command}\` does not take ${foreign.map((f) => `--${f}`).join(', ')}` +
      (own.length ? ` (its options: ${own.join(', ')})` : ' (it takes no options)'),
  );
}

/**
 * The sheet schema with `template:` listing the templates found (in --templates DIR, or bundled),
 * or the org file's. With the bundled templates it is the file the build wrote into dist/schema/
 * (from the same code), so printing it loads no schema library.
 */
async function schemaText(values: Values, io: CliIo): Promise<string> {
  if (values.templates === undefined) {
    const shipped = path.join(SCHEMA_DIR, values.org ? 'org.schema.json' : 'sheet.schema.json');
    if (fs.existsSync(shipped)) return fs.readFileSync(shipped, 'utf8').trimEnd();
  }
  const { orgJsonSchema, sheetJsonSchema } = await import('../schema/jsonSchema.js');
  if (values.org) return JSON.stringify(orgJsonSchema(), null, 2);
  const [{ listTemplates }, { diskWorld }] = await Promise.all([
    import('../template/loadTemplate.js'),
    import('../world.js'),
  ]);
  const dir = values.templates === undefined ? TEMPLATES_DIR : resolveFrom(io, values.templates);
  return JSON.stringify(sheetJsonSchema(await listTemplates(dir, diskWorld())), null, 2);
}

function buildOptions(values: Values, io: CliIo): BuildCommandOptions {
  return {
    out: resolveFrom(io, values.out ?? 'out'),
    jobs: jobsOption(values.jobs),
    force: values.force,
    preview: values.preview,
    templatesDir: templatesOption(values, io),
    fontsDir: fontsOption(values, io),
    shard: parseShard(values.shard),
    json: values.json,
    debug: values.debug,
    ...printOptions(values),
  };
}

const templatesOption = (values: Values, io: CliIo) =>
  values.templates === undefined ? undefined : resolveFrom(io, values.templates);

const fontsOption = (values: Values, io: CliIo) =>
  values.fonts === undefined ? undefined : resolveFrom(io, values.fonts);

function previewOptions(values: Values, io: CliIo): PreviewCommandOptions {
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes a port number from 1 to 65535, not \`${values.port}\``);
  return { ...buildOptions(values, io), port };
}

function jobsOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new UsageError(`--jobs takes a whole number from 1 to 256, not \`${raw}\``);
  }
  return n;
}

/**
 * `--pdfa` takes an optional part: `--pdfa` alone means 2, `--pdfa 3` attaches the sheet. The
 * argument parser knows no optional values, so a bare flag is given its default here.
 */
function withPdfaPart(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--pdfa') out.push(argv[i]!);
    else if (argv[i + 1] === '2' || argv[i + 1] === '3') out.push(`--pdfa=${argv[++i]}`);
    else out.push('--pdfa=2');
  }
  return out;
}

function pdfaOption(raw: string | undefined): 2 | 3 | undefined {
  if (raw === undefined) return undefined;
  if (raw === '2' || raw === '3') return Number(raw) as 2 | 3;
  throw new UsageError(`--pdfa takes the PDF/A part, 2 or 3, not \`${raw}\``);
}

function printOptions(values: Values) {
  const size = values['page-size'];
  if (size !== undefined && size !== 'letter' && size !== 'a4') {
    throw new UsageError(`--page-size must be letter or a4, not \`${size}\``);
  }
  const bleed = values.bleed === undefined ? undefined : Number(values.bleed);
  if (bleed !== undefined && !(bleed >= 0 && bleed <= 25)) {
    throw new UsageError(`--bleed takes millimetres from 0 to 25, not \`${values.bleed}\``);
  }
  if (values.print && values.pdfa) {
    throw new UsageError('--print (PDF/X) and --pdfa (PDF/A) cannot go into one file: build once with each');
  }
  const pageSize = size as 'letter' | 'a4' | undefined;
  return { pageSize, pdfa: pdfaOption(values.pdfa), bleedMm: bleed, print: values.print };
}
