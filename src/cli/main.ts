/** The command line as a function: arguments and an io → printed output and an exit code. */
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { orgJsonSchema, sheetJsonSchema } from '../schema/jsonSchema.js';
import { TEMPLATES_DIR } from '../paths.js';
import { listTemplates } from '../template/loadTemplate.js';
import { diskWorld } from '../world.js';
import { buildCommand, type BuildCommandOptions } from './buildCommand.js';
import { initCommand } from './initCommand.js';
import { resolveFrom, type CliIo } from './io.js';
import { previewCommand, type PreviewCommandOptions } from './previewCommand.js';
import { parseShard } from './shard.js';
import { commandOptions, commandUsage, isCommand, USAGE, UsageError, type Command } from './usage.js';
import { validateCommand } from './validateCommand.js';
import { watchCommand } from './watchCommand.js';

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
  if (values.version) return print(createRequire(import.meta.url)('../../package.json').version);
  if (!command) return print(USAGE, values.help ? 0 : 2);
  if (!isCommand(command)) throw new UsageError(`unknown command \`${command}\``);
  if (values.help) return print(commandUsage(command));
  refuseForeignOptions(command, values);
  switch (command) {
    case 'validate':
      return validateCommand(paths, io, {
        render: values.render,
        debug: values.debug,
        templatesDir: templatesOption(values, io),
        fontsDir: fontsOption(values, io),
      });
    case 'build': {
      const opts = buildOptions(values, io);
      return values.watch ? watchCommand(paths, opts, io) : buildCommand(paths, opts, io);
    }
    case 'preview':
      return previewCommand(paths, previewOptions(values, io), io);
    case 'init':
      return initCommand(rawPaths, values.template ?? 'program-office', io);
    case 'schema':
      return print(
        JSON.stringify(values.org ? orgJsonSchema() : await editorSheetSchema(values, io), null, 2),
      );
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

/** The sheet schema with `template:` listing the templates found (in --templates DIR, or bundled). */
async function editorSheetSchema(values: Values, io: CliIo) {
  const dir = values.templates === undefined ? TEMPLATES_DIR : resolveFrom(io, values.templates);
  return sheetJsonSchema(await listTemplates(dir, diskWorld()));
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
