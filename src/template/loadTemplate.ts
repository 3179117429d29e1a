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
  /** sheet.hbs then the partials it can call, as read: a runtime error is placed in one of them. */
  sources: { file: string; text: string }[];
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
  const key = JSON.stringify([sources.main, sources.theme, sources.partials]);
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
  const render = (ctx: object) =>
    compiled(ctx, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  const files = [{ file: main, text: sources.main }, ...Object.values(sources.partialFiles)];
  const template: Template = { name, dir, theme: theme.value, render, sources: files };
  cache.set(dir, { key, template });
  return { value: template, diagnostics: theme.diagnostics };
}

/** Runs a template; a mistake in it (strict mode: a field that does not exist) becomes a diagnostic. */
export function renderTemplate(template: Template, context: object): string | Diagnostic {
  try {
    return template.render(context);
  } catch (e) {
    const { message, span } = describeFailure(template, e);
    return error('template', `template \`${template.name}\` failed: ${message}`, {
      span,
      hint: 'the template asks for something the sheet data does not have; '
        + 'guard optional fields with {{#if}}',
    });
  }
}

/** What Handlebars' exceptions carry besides the message: 1-based lines, 0-based columns. */
type HandlebarsError = Error & {
  lineNumber?: number;
  column?: number;
  endLineNumber?: number;
  endColumn?: number;
};

/**
 * Handlebars' strict-mode text, `"titel" not defined in [object Object] - 1:11`, names only the
 * last segment and prints the object it searched in; a template author needs the path as written
 * and the file it is in (sheet.hbs or a partial), so both are recovered from the error's position.
 */
function describeFailure(template: Template, e: unknown): { message: string; span: Span } {
  const err: HandlebarsError = e instanceof Error ? e : new Error(String(e));
  const text = err.message.replace(/ - \d+:\d+$/, '');
  const main = template.sources[0]!;
  const { lineNumber: line, column: col } = err;
  if (line === undefined || col === undefined) return describeUnplaced(template, text);
  const name = /^"(.*)" not defined in /.exec(text)?.[1];
  const placed = name === undefined ? undefined : findPath(template.sources, name, err);
  const source = placed?.source ?? main;
  const start = offsetOf(source.text, line, col);
  const end = start + (placed?.path.length ?? 0);
  const span = { file: source.file, start, end, line, col: col + 1 };
  if (name === undefined) return { message: text, span };
  return { message: `\`${placed?.path ?? name}\` is not defined`, span };
}

/**
 * Asking for a field of a text or a number (`{{sheet.title.size}}`) fails inside Handlebars with
 * a TypeError, `Cannot use 'in' operator to search for 'size' in <the whole text>`: no position,
 * and the sheet's content in the message. The path is found by its last segment when only one
 * path in the template's files ends that way.
 */
function describeUnplaced(template: Template, text: string): { message: string; span: Span } {
  const main = template.sources[0]!;
  const at = { file: main.file, start: 0, end: 0, line: 1, col: 1 };
  const name = /^Cannot use 'in' operator to search for '(.*?)' in /s.exec(text)?.[1];
  if (name === undefined) return { message: text, span: at };
  const escaped = name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const ending = new RegExp(`[^\\s{}()=#>/]*[./]${escaped}(?![^\\s{}()=])`, 'g');
  const found = template.sources.flatMap((source) =>
    [...source.text.matchAll(/\{\{[^}]*\}\}/g)].flatMap((m) =>
      [...m[0].matchAll(ending)].map((p) => ({ source, path: p[0], start: m.index + p.index }))));
  const why = 'it asks for a field of a text or a number';
  if (found.length !== 1) return { message: `\`${name}\` is not defined: ${why}`, span: at };
  const { source, path, start } = found[0]!;
  const before = source.text.slice(0, start).split('\n');
  const line = before.length;
  const span = { file: source.file, start, end: start + path.length, line, col: before.at(-1)!.length + 1 };
  return { message: `\`${path}\` is not defined: ${why}`, span };
}

/**
 * The path expression containing `name` that the error's position covers, and the source holding
 * it. The error does not say which file it came from, so each is tried, sheet.hbs first.
 */
function findPath(sources: Template['sources'], name: string, err: HandlebarsError) {
  const line = err.lineNumber!;
  const col = err.column!;
  for (const source of sources) {
    const lineText = source.text.split(/\r?\n/)[line - 1];
    if (lineText === undefined) continue;
    const end = err.endLineNumber === line && err.endColumn !== undefined ? err.endColumn : lineText.length;
    const path = /^[^\s{}()=]+/.exec(lineText.slice(col, end))?.[0];
    if (path && path.split(/[./]/).includes(name)) return { source, path };
  }
  return undefined;
}

function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return Math.min(at + col, text.length);
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
  const partialFiles: Record<string, { file: string; text: string }> = {};
  for (const partialsDir of [path.join(templatesDir, 'partials'), path.join(dir, 'partials')]) {
    if (!fs.existsSync(partialsDir)) continue;
    for (const f of fs.readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).sort()) {
      const name = f.replace(/\.hbs$/, '');
      const file = path.join(partialsDir, f);
      partials[name] = world.readText(file);
      partialFiles[name] = { file, text: partials[name] };
    }
  }
  const main = world.readText(path.join(dir, 'sheet.hbs'));
  return { main, theme: world.readText(path.join(dir, 'theme.yaml')), partials, partialFiles };
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
