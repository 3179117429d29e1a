/**
 * Turns a template folder into a compiled Template: template.yaml (page masters, places,
 * defaults), theme.yaml (the look), and the partials that draw headers, footers and each kind
 * of section. Shared partials live in templates/partials/ (sections in partials/sections/); a
 * template's own partials of the same name win.
 */
import * as path from 'node:path';
import Handlebars from 'handlebars';
import type { BoundedCache } from '../cache.js';
import { error, hasErrors, type Diagnostic, type Result, type Span } from '../diag/diagnostic.js';
import { spanAt } from '../load/spanAt.js';
import { readStringTables, stringFiles, type StringTables } from '../i18n/strings.js';
import { readYaml } from '../loadSheet.js';
import type { TemplateLayout } from '../schema/template.js';
import type { ThemeFile } from '../schema/theme.js';
import type { Theme } from '../theme/theme.js';
import { nearest } from '../validate/suggest.js';
import { validateData } from '../validate/validateSheet.js';
import type { FileInfo, World } from '../world.js';
import { compileTemplate, knownHelpers } from './compileTemplate.js';
import { registerHelpers } from './helpers.js';
import { describeFailure, type TemplateSource } from './templateFailure.js';

export interface Template {
  name: string;
  dir: string;
  theme: Theme;
  layout: TemplateLayout;
  /** This template's own wording (template.yaml's `labels`), in English. */
  labels: Record<string, string>;
  /** The strings tables of every language (templates/strings/); see src/i18n/strings.ts. */
  strings: StringTables;
  /** Renders a partial by name (`header-cover`, `sections/quote`); throws on a template mistake. */
  render(partial: string, context: object): string;
  /** Every partial, as read: a runtime error is placed in one of them. */
  sources: TemplateSource[];
}

/** Compiled templates by folder, with the text they were compiled from (an edit recompiles). */
export type TemplateCache = BoundedCache<string, { key: string; stamp?: string; template: Template }>;

/**
 * Sizes and modification times of a template's files: when they are what they were, the texts
 * are too, and a batch need not read every partial again for each sheet. Undefined in a world
 * without times (memory worlds), which compares the texts instead.
 */
function fileStamp(infos: readonly (FileInfo | undefined)[]): string | undefined {
  if (infos.some((i) => i && !(i.mtimeMs > 0))) return undefined;
  return JSON.stringify(infos.map((i) => (i ? [i.size, i.mtimeMs] : null)));
}

const LAYOUT_FILE = 'template.yaml';

export async function loadTemplate(
  name: string,
  templatesDir: string,
  world: World,
  cache: TemplateCache,
  at?: Span,
): Promise<Result<Template | undefined>> {
  const dir = path.join(templatesDir, name);
  if (!(await world.info(path.join(dir, LAYOUT_FILE)))) return unknownTemplate(name, templatesDir, world, at);
  const files = await templateFiles(templatesDir, name, world);
  const infos = await Promise.all(files.map((f) => world.info(f)));
  const stamp = fileStamp(infos);
  const hit = cache.get(dir);
  if (hit && stamp && hit.stamp === stamp) return { value: hit.template, diagnostics: [] };
  const texts = await Promise.all(files.map((f, i) => (infos[i] ? world.readText(f) : '')));
  const key = JSON.stringify(texts);
  if (hit && hit.key === key) {
    cache.set(dir, { ...hit, stamp });
    return { value: hit.template, diagnostics: [] };
  }
  const theme = await readTheme(path.join(dir, 'theme.yaml'), world);
  const layout = await readLayout(path.join(dir, LAYOUT_FILE), world);
  const diagnostics = [...theme.diagnostics, ...layout.diagnostics];
  if (!theme.value || !layout.value) return { value: undefined, diagnostics };
  const strings = await readStringTables(templatesDir, world);
  diagnostics.push(...strings.diagnostics);
  const sources = await partialSources(templatesDir, dir, world);
  const template: Template = {
    name,
    dir,
    theme: theme.value,
    layout: layout.value,
    labels: layout.value.labels ?? {},
    strings: strings.value,
    render: compileAll(sources),
    sources: [...sources.values()],
  };
  cache.set(dir, { key, stamp, template });
  return { value: template, diagnostics };
}

async function unknownTemplate(
  name: string,
  templatesDir: string,
  world: World,
  at?: Span,
): Promise<Result<undefined>> {
  const known = await listTemplates(templatesDir, world);
  const guess = nearest(name, known);
  return {
    value: undefined,
    diagnostics: [
      error('unknown-template', `no template called \`${name}\``, {
        span: at,
        expected: `one of ${known.map((k) => `\`${k}\``).join(', ')}`,
        hint: guess ? `did you mean \`${guess}\`?` : `templates live in ${templatesDir}`,
      }),
    ],
  };
}

/** One Handlebars environment per template: every partial registered, each compiled once. */
function compileAll(sources: ReadonlyMap<string, TemplateSource>): Template['render'] {
  const hbs = Handlebars.create();
  // Handlebars denies prototype access (as wanted) but reports each denial on the console;
  // the library never prints, so its logger is raised above its highest level.
  (hbs.logger as { level: number | string }).level = 4;
  registerHelpers(hbs);
  const known = knownHelpers(hbs);
  // Partials are registered compiled: Handlebars compiles a partial registered as text again on
  // every top-level render that uses it (its partials table is copied per call), which cost more
  // than the rendering. The bundled ones come precompiled (compileTemplate.ts).
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, source] of sources) {
    const fn = compileTemplate(hbs, source.text, known);
    compiled.set(name, fn);
    hbs.registerPartial(name, fn);
  }
  return (partial, context) => {
    const fn = compiled.get(partial);
    if (!fn) throw new Error(`the template has no partial \`${partial}\``);
    return fn(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  };
}

/** Runs a partial; a mistake in it (strict mode: a field that does not exist) becomes a diagnostic. */
export function renderPartial(template: Template, partial: string, context: object): string | Diagnostic {
  try {
    return template.render(partial, context);
  } catch (e) {
    const own = template.sources.find((s) => s.name === partial);
    const ordered = own ? [own, ...template.sources.filter((s) => s !== own)] : template.sources;
    const { message, span } = describeFailure(ordered, e);
    return error('template', `template \`${template.name}\` failed: ${message}`, {
      span,
      hint:
        'the template asks for something the sheet data does not have; ' +
        'guard optional fields with {{#if}}',
    });
  }
}

/** The templates in a folder: its subfolders that hold a template.yaml. */
export async function listTemplates(templatesDir: string, world: World): Promise<string[]> {
  const names = await world.list(templatesDir);
  const found = await Promise.all(names.map((n) => world.info(path.join(templatesDir, n, LAYOUT_FILE))));
  return names.filter((_, i) => found[i]?.isFile);
}

/** The partial folders, shared first: a later folder's partial of the same name wins. */
const partialDirs = (templatesDir: string, dir: string) =>
  [
    [path.join(templatesDir, 'partials'), ''],
    [path.join(templatesDir, 'partials', 'sections'), 'sections/'],
    [path.join(dir, 'partials'), ''],
    [path.join(dir, 'partials', 'sections'), 'sections/'],
  ] as const;

const hbsFiles = async (d: string, world: World) => (await world.list(d)).filter((f) => f.endsWith('.hbs'));

/** Every file a template is made of: template.yaml, theme.yaml, the strings and its partials. */
export async function templateFiles(templatesDir: string, name: string, world: World): Promise<string[]> {
  const dir = path.join(templatesDir, name);
  const listed = await Promise.all(
    partialDirs(templatesDir, dir).map(async ([d]) => (await hbsFiles(d, world)).map((f) => path.join(d, f))),
  );
  const partials = listed.flat();
  return [
    path.join(dir, LAYOUT_FILE),
    path.join(dir, 'theme.yaml'),
    ...(await stringFiles(templatesDir, world)),
    ...partials,
  ];
}

async function partialSources(
  templatesDir: string,
  dir: string,
  world: World,
): Promise<Map<string, TemplateSource>> {
  const out = new Map<string, TemplateSource>();
  for (const [d, prefix] of partialDirs(templatesDir, dir)) {
    for (const f of await hbsFiles(d, world)) {
      const name = `${prefix}${f.replace(/\.hbs$/, '')}`;
      const file = path.join(d, f);
      out.set(name, { name, file, text: await world.readText(file) });
    }
  }
  return out;
}

async function readLayout(file: string, world: World): Promise<Result<TemplateLayout | undefined>> {
  const read = await readYaml(file, world);
  if (!read.value || hasErrors(read.diagnostics)) return { value: undefined, diagnostics: read.diagnostics };
  const checked = validateData<TemplateLayout>('template', read.value, 'a template layout (template.yaml)');
  const layout = checked.value;
  if (!layout || layout.columns) return checked;
  // Without columns there is no side column: a kind placed there could never be drawn.
  const side = Object.entries(layout.places)
    .filter(([, p]) => p === 'side')
    .map(([k]) => k);
  if (!side.length) return checked;
  return {
    value: undefined,
    diagnostics: [
      error(
        'template',
        `${file}: places ${side.join(', ')} in the side column, ` + 'but the template has no `columns:`',
        { hint: 'add `columns: { main: 2, side: 1, gap: 24 }` or place them main' },
      ),
    ],
  };
}

async function readTheme(file: string, world: World): Promise<Result<Theme | undefined>> {
  const read = await readYaml(file, world);
  if (!read.value || hasErrors(read.diagnostics)) return { value: undefined, diagnostics: read.diagnostics };
  const checked = validateData<ThemeFile>('theme', read.value, 'a template theme');
  if (!checked.value) return { value: undefined, diagnostics: checked.diagnostics };
  const t = checked.value;
  const type = Object.fromEntries(
    Object.entries(t.type).map(([role, s]) => [
      role,
      { ...s, tracking: s.tracking ?? 0, upper: s.upper ?? false },
    ]),
  );
  return {
    value: {
      font: t.font,
      margin: t.margin,
      colors: t.colors,
      colorOrigins: Object.fromEntries(
        Object.keys(t.colors).map((k) => [k, spanAt(read.value!.source, ['colors', k])]),
      ),
      type: type as Theme['type'],
    },
    diagnostics: checked.diagnostics,
  };
}
