/** `factsheet init NAME [--template T]`: writes a commented starter sheet that builds at once. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ORG_FILE } from '../loadSheet.js';
import { TEMPLATES_DIR } from '../paths.js';
import { orgJsonSchema, sheetJsonSchema } from '../schema/jsonSchema.js';
import { listTemplates } from '../template/loadTemplate.js';
import { nearest } from '../validate/suggest.js';
import { diskWorld } from '../world.js';
import { resolveFrom, type CliIo } from './io.js';
import { UsageError } from './usage.js';

export async function initCommand(args: string[], template: string, io: CliIo): Promise<number> {
  const dir = resolveFrom(io, 'sheets');
  const [name, ...extra] = args;
  if (!name || extra.length)
    throw new UsageError('init takes one NAME, e.g. `factsheet init mumbai --template program-office`');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    throw new UsageError(
      `the sheet name \`${name}\` must be lowercase letters, digits and dashes ` +
        "(it becomes the PDF's file name)",
    );
  const known = await listTemplates(TEMPLATES_DIR, diskWorld());
  if (!known.includes(template)) {
    const guess = nearest(template, known);
    throw new UsageError(
      `no template called \`${template}\`${guess ? `; did you mean \`${guess}\`?` : ''} ` +
        `(templates: ${known.join(', ')})`,
    );
  }
  const file = path.join(dir, `${name}.yaml`);
  const starterFile = path.join(TEMPLATES_DIR, template, 'starter.yaml');
  if (!fs.existsSync(starterFile))
    throw new UsageError(`template \`${template}\` has no starter sheet (starter.yaml)`);
  const starter = fs.readFileSync(starterFile, 'utf8');
  fs.mkdirSync(dir, { recursive: true });
  writeNew(file, starter);
  io.stdout.write(`wrote ${file} (template ${template})\n`);
  const org = path.join(dir, ORG_FILE);
  if (!fs.existsSync(org)) {
    writeNew(org, fs.readFileSync(path.join(TEMPLATES_DIR, 'starter-org.yaml'), 'utf8'));
    io.stdout.write(`wrote ${org}: your organisation's name, address and colours, shared by every sheet\n`);
  }
  for (const [schemaFile, schema] of [
    ['sheet.schema.json', sheetJsonSchema(known)],
    ['org.schema.json', orgJsonSchema()],
  ] as const) {
    // Editors read these (the starter's first line points at them) to autocomplete and check keys.
    if (!fs.existsSync(path.join(dir, schemaFile)))
      fs.writeFileSync(path.join(dir, schemaFile), `${JSON.stringify(schema, null, 2)}\n`);
  }
  writeEditorMapping(io, dir);
  io.stdout.write(`next: edit it, then \`npx factsheet build ${file}\`\n`);
  return 0;
}

/**
 * A `$schema=` line is relative to the sheet, so sheets in subfolders would not find the schema:
 * VS Code's YAML extension maps the schemas to every sheet below the folder instead.
 */
function writeEditorMapping(io: CliIo, dir: string): void {
  const settings = path.join(io.cwd, '.vscode', 'settings.json');
  const rel = (f: string) => path.relative(io.cwd, path.join(dir, f)).split(path.sep).join('/');
  const folder = path.relative(io.cwd, dir).split(path.sep).join('/') || '.';
  const mapping = {
    'yaml.schemas': {
      [rel('sheet.schema.json')]: [`${folder}/**/*.yaml`, `!${folder}/**/org.yaml`],
      [rel('org.schema.json')]: [`${folder}/**/org.yaml`],
    },
  };
  if (fs.existsSync(settings)) {
    io.stdout.write(`${settings} exists: add this to it for schema checks in subfolders:\n`);
    io.stdout.write(`${JSON.stringify(mapping, null, 2)}\n`);
    return;
  }
  fs.mkdirSync(path.dirname(settings), { recursive: true });
  fs.writeFileSync(settings, `${JSON.stringify(mapping, null, 2)}\n`, { flag: 'wx' });
  io.stdout.write(`wrote ${settings}: editors check every sheet below ${folder}/ against the schema\n`);
}

/** Creates the file, refusing to replace one that exists (the `wx` flag makes that atomic). */
function writeNew(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${file} already exists; choose another name or edit it`);
    throw e;
  }
}
