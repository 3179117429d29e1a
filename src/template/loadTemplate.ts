/** Turns a template folder (sheet.hbs, partials/, theme.yaml) into a compiled Template. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { error, hasErrors, type Diagnostic, type Result, type Span } from '../diag/diagnostic.js';
import { readYaml } from '../loadSheet.js';
import { ThemeSchema } from '../schema/theme.js';
import type { Theme } from '../theme/theme.js';
import { nearest } from '../validate/suggest.js';
import { validateData } from '../validate/validateSheet.js';
import type { World } from '../world.js';
import { registerHelpers } from './helpers.js';

export interface Template {
  name: string;
  dir: string;
  theme: Theme;
  render: (context: object) => string;
}

const cache = new Map<string, { key: string; template: Template }>();

export function loadTemplate(name: string, templatesDir: string, world: World, at?: Span): Result<Template | undefined> {
  const dir = path.join(templatesDir, name);
  const main = path.join(dir, 'sheet.hbs');
  if (!world.info(main)) {
    const known = listTemplates(templatesDir);
    const guess = nearest(name, known);
    return { value: undefined, diagnostics: [error('unknown-template', `no template called \`${name}\``, {
      span: at, expected: `one of ${known.map((k) => `\`${k}\``).join(', ')}`, hint: guess ? `did you mean \`${guess}\`?` : `templates live in ${templatesDir}`,
    })] };
  }
  const sources = readSources(templatesDir, dir, world);
  const key = JSON.stringify(sources);
  const hit = cache.get(dir);
  if (hit && hit.key === key) return { value: hit.template, diagnostics: [] };
  const theme = readTheme(path.join(dir, 'theme.yaml'), world);
  if (!theme.value) return { value: undefined, diagnostics: theme.diagnostics };
  const hbs = Handlebars.create();
  // Handlebars denies prototype access (as wanted) but reports each denial on the console;
  // the library never prints, so its logger is raised above its highest level.
  (hbs.logger as { level: number | string }).level = 4;
  registerHelpers(hbs);
  for (const [partial, text] of Object.entries(sources.partials)) hbs.registerPartial(partial, text);
  const compiled = hbs.compile(sources.main, { strict: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(Object.keys(hbs.helpers).map((h) => [h, true])) });
  const template: Template = { name, dir, theme: theme.value, render: (ctx) => compiled(ctx, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }) };
  cache.set(dir, { key, template });
  return { value: template, diagnostics: theme.diagnostics };
}

/** Runs a template; a mistake in it (strict mode: a field that does not exist) becomes a diagnostic. */
export function renderTemplate(template: Template, context: object): string | Diagnostic {
  try {
    return template.render(context);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const [, line, col] = /- (\d+):(\d+)$/.exec(message) ?? [];
    const file = path.join(template.dir, 'sheet.hbs');
    return error('template', `template \`${template.name}\` failed: ${message.replace(/ - \d+:\d+$/, '')}`, {
      span: { file, start: 0, end: 0, line: Number(line ?? 1), col: Number(col ?? 0) + 1 },
      hint: 'the template asks for something the sheet data does not have; guard optional fields with {{#if}}',
    });
  }
}

export function listTemplates(templatesDir: string): string[] {
  if (!fs.existsSync(templatesDir)) return [];
  return fs.readdirSync(templatesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && fs.existsSync(path.join(templatesDir, d.name, 'sheet.hbs'))).map((d) => d.name).sort();
}

/** Every file a template is made of: sheet.hbs, theme.yaml and the partials it can use. */
export function templateFiles(templatesDir: string, name: string): string[] {
  const dir = path.join(templatesDir, name);
  const partials = [path.join(templatesDir, 'partials'), path.join(dir, 'partials')].flatMap((d) =>
    fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.hbs')).sort().map((f) => path.join(d, f)) : []);
  return [path.join(dir, 'sheet.hbs'), path.join(dir, 'theme.yaml'), ...partials];
}

/** Shared partials (templates/partials) first; a template's own partials of the same name win. */
function readSources(templatesDir: string, dir: string, world: World) {
  const partials: Record<string, string> = {};
  for (const partialsDir of [path.join(templatesDir, 'partials'), path.join(dir, 'partials')]) {
    if (!fs.existsSync(partialsDir)) continue;
    for (const f of fs.readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).sort()) partials[f.replace(/\.hbs$/, '')] = world.readText(path.join(partialsDir, f));
  }
  return { main: world.readText(path.join(dir, 'sheet.hbs')), theme: world.readText(path.join(dir, 'theme.yaml')), partials };
}

function readTheme(file: string, world: World): Result<Theme | undefined> {
  const read = readYaml(file, world);
  if (!read.value || hasErrors(read.diagnostics)) return { value: undefined, diagnostics: read.diagnostics };
  const checked = validateData(ThemeSchema, read.value, 'a template theme');
  if (!checked.value) return { value: undefined, diagnostics: checked.diagnostics };
  const t = checked.value;
  const type = Object.fromEntries(Object.entries(t.type).map(([role, s]) => [role, { ...s, tracking: s.tracking ?? 0, upper: s.upper ?? false }]));
  return { value: { font: t.font, margin: t.margin, colors: t.colors, type: type as Theme['type'] }, diagnostics: checked.diagnostics };
}
