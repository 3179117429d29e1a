/**
 * Writes the text of `precompiled.js` (see precompiled.ts): every `.hbs` file under a templates
 * folder, precompiled by Handlebars with the options and helpers every template is compiled with,
 * keyed by `templateKey`. Files in name order, so the output depends only on the files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { compileOptions, knownHelpers, templateKey } from './compileTemplate.js';
import { registerHelpers } from './helpers.js';

function hbsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function precompiledSource(templatesDir: string): string {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const known = knownHelpers(hbs);
  const texts = [...new Set(hbsFiles(templatesDir).map((f) => fs.readFileSync(f, 'utf8')))];
  const entries = texts.map((text) => {
    const code = hbs.precompile(text, compileOptions(known));
    return `  [${JSON.stringify(templateKey(text, known))}, ${code}]`;
  });
  return [
    '// Generated at build time by template/writePrecompiled.js from the .hbs files of templates/;',
    '// replaces the output of precompiled.ts. Do not edit.',
    `export const PRECOMPILED = new Map([\n${entries.join(',\n')}\n]);`,
    `export const PRECOMPILED_BY = 'generated';`,
    '',
  ].join('\n');
}
