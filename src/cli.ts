#!/usr/bin/env node
/** The command line: arguments → library → printed diagnostics → exit code. */
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { buildCommand } from './cli/buildCommand.js';
import { parseShard } from './cli/shard.js';
import { initCommand } from './cli/initCommand.js';
import { watchCommand } from './cli/watchCommand.js';
import { validateCommand } from './cli/validateCommand.js';
import { USAGE, UsageError } from './cli/usage.js';
import { orgJsonSchema, sheetJsonSchema } from './schema/jsonSchema.js';

const OPTIONS = {
  out: { type: 'string' },
  'page-size': { type: 'string' },
  pdfa: { type: 'boolean' },
  bleed: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  force: { type: 'boolean' },
  shard: { type: 'string' },
  json: { type: 'boolean' },
  preview: { type: 'boolean' },
  watch: { type: 'boolean', short: 'w' },
  template: { type: 'string', short: 't' },
  templates: { type: 'string' },
  render: { type: 'boolean' },
  org: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...paths] = positionals;
  if (values.version) return print(createRequire(import.meta.url)('../package.json').version);
  if (values.help || !command) return print(USAGE, command || values.help ? 0 : 2);
  switch (command) {
    case 'validate':
      return validateCommand(paths, values.render);
    case 'build': {
      const opts = { out: values.out ?? 'out', jobs: jobsOption(values.jobs), force: values.force, preview: values.preview, templatesDir: values.templates, shard: parseShard(values.shard), json: values.json, ...printOptions(values) };
      return values.watch ? watchCommand(paths, opts) : buildCommand(paths, opts);
    }
    case 'init':
      return initCommand(paths, values.template ?? 'program-office');
    case 'schema':
      return print(JSON.stringify(values.org ? orgJsonSchema() : sheetJsonSchema(), null, 2));
    default:
      throw new UsageError(`unknown command \`${command}\``);
  }
}

function jobsOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not \`${raw}\``);
  return n;
}

function printOptions(values: { 'page-size'?: string; pdfa?: boolean; bleed?: string }) {
  const size = values['page-size'];
  if (size !== undefined && size !== 'letter' && size !== 'a4') throw new UsageError(`--page-size must be letter or a4, not \`${size}\``);
  const bleed = values.bleed === undefined ? undefined : Number(values.bleed);
  if (bleed !== undefined && !(bleed >= 0 && bleed <= 25)) throw new UsageError(`--bleed takes millimetres from 0 to 25, not \`${values.bleed}\``);
  return { pageSize: size as 'letter' | 'a4' | undefined, pdfa: values.pdfa, bleedMm: bleed };
}

function print(text: string, code = 0): number {
  (code === 0 ? process.stdout : process.stderr).write(`${text}\n`);
  return code;
}

const debug = process.argv.includes('--debug');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    const usage = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`factsheet: ${usage ? '' : 'internal error: '}${e instanceof Error ? e.message : String(e)}\n`);
    if (usage) process.stderr.write('Run `factsheet --help` for usage.\n');
    if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
