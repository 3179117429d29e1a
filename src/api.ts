/** The library's functions: typed, documented, throwing one SheetError that lists every problem. */
import * as path from 'node:path';
import { stringify } from 'yaml';
import { hasErrors, SheetError, unwrap, type Diagnostic } from './diag/diagnostic.js';
import {
  asSheetError,
  defaultCaches,
  engineContext,
  type EngineContext,
  type EngineOptions,
} from './engine.js';
import {
  LOGO_IMAGE,
  orgFileOf,
  parseSheetText,
  readOrg,
  readSheet,
  type LoadedOrg,
  type LoadedSheet,
} from './loadSheet.js';
import { renderLoadedSheet } from './pipeline.js';
import type { Org } from './schema/org.js';
import { FILE_CHECKS } from './schema/compiled.js';
import type { Sheet } from './schema/sheet.js';
import { checkImages, findImageRefs } from './validate/checkImages.js';
import { checkSchema } from './validate/checkSchema.js';
import { loadYaml } from './load/loadYaml.js';
import type { World } from './world.js';

export interface LoadOptions {
  /** For this call only: another world than the engine's (its caches are still used). */
  world?: World;
  /** Receives warnings (e.g. an image without alt text); errors are thrown instead. */
  onWarning?: (d: Diagnostic) => void;
}

export interface RenderOptions extends LoadOptions {
  /** Overrides the sheet's `page_size`. */
  pageSize?: 'letter' | 'a4';
  /** PDF/A-2a for archiving (true or 2), or PDF/A-3a with the sheet's YAML attached (3); both
   * also claim PDF/UA-1. */
  pdfa?: boolean | 2 | 3;
  /** Print bleed in millimetres: the page grows, crop marks are drawn, TrimBox and BleedBox set. */
  bleedMm?: number;
  /** PDF/X-4 for print: CMYK output intent, K-only grey text, registration marks; bleed 3 mm
   * unless `bleedMm` says otherwise. Cannot go with `pdfa`. */
  print?: boolean;
  /** For a plain Sheet object: the organisation (default: org.yaml in baseDir). */
  org?: Org;
  /**
   * For a plain Sheet object: the folder its image paths are relative to (default: the working
   * directory).
   */
  baseDir?: string;
  /** For a plain Sheet object: the name its problems are reported at (default `sheet.yaml`). */
  filename?: string;
}

/** The library's functions bound to one world, one templates folder, one fonts folder and their caches. */
export interface Engine {
  /**
   * Reads, validates and cross-checks a sheet file with its organisation file and images.
   * @throws SheetError listing every problem, each with file, line and column.
   */
  loadSheet(file: string, options?: LoadOptions): Promise<LoadedSheet>;
  /**
   * Parses and validates sheet YAML text. Files it names (org, images) are not read.
   * @param options.filename used in diagnostics; default `sheet.yaml`.
   * @throws SheetError listing every problem.
   */
  parseSheet(yamlText: string, options?: { filename?: string }): Sheet;
  /**
   * Renders a sheet to PDF bytes. Takes what loadSheet returns, or a plain Sheet object (it is
   * validated first, as if it had been read from `baseDir/filename`).
   * @throws SheetError listing every problem: invalid data, overflowing text, missing images.
   */
  renderSheet(sheet: LoadedSheet | Sheet, options?: RenderOptions): Promise<Buffer>;
  /** Loads a sheet file and renders it: `loadSheet` then `renderSheet`. */
  renderFile(file: string, options?: RenderOptions): Promise<Buffer>;
}

/** An engine of its own: registries and bounded caches that live as long as it does. */
export function createEngine(options: EngineOptions = {}): Engine {
  const engine = engineContext(options);
  const ctx = (o: LoadOptions): EngineContext => (o.world ? { ...engine, world: o.world } : engine);
  return {
    loadSheet: (file, opts = {}) => asSheetError(() => load(ctx(opts), file, opts)),
    parseSheet: (text, opts = {}) => parse(text, opts.filename ?? 'sheet.yaml'),
    renderSheet: (sheet, opts = {}) => asSheetError(() => render(ctx(opts), sheet, opts)),
    renderFile: (file, opts = {}) =>
      asSheetError(async () => render(ctx(opts), await load(ctx(opts), file, opts), opts)),
  };
}

let shared: Engine | undefined;
/** The engine behind the shortcuts below: the disk, the bundled templates and fonts, the default caches. */
const defaultEngine = () => (shared ??= createEngine({ caches: defaultCaches() }));

/** `loadSheet` on the default engine (the disk, the bundled templates and fonts). */
export const loadSheet: Engine['loadSheet'] = (file, options) => defaultEngine().loadSheet(file, options);
/** `parseSheet` on the default engine. */
export const parseSheet: Engine['parseSheet'] = (text, options) => defaultEngine().parseSheet(text, options);
/** `renderSheet` on the default engine. */
export const renderSheet: Engine['renderSheet'] = (sheet, options) =>
  defaultEngine().renderSheet(sheet, options);
/** `renderFile` on the default engine. */
export const renderFile: Engine['renderFile'] = (file, options) => defaultEngine().renderFile(file, options);

export function sheetName(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}

async function load(ctx: EngineContext, file: string, options: LoadOptions): Promise<LoadedSheet> {
  const result = await readSheet(file, ctx.world, ctx.caches.orgs);
  result.diagnostics.filter((d) => d.severity === 'warning').forEach((d) => options.onWarning?.(d));
  return unwrap(result) as LoadedSheet;
}

function parse(yamlText: string, filename: string): Sheet {
  const result = parseSheetText(yamlText, filename);
  const value = unwrap(result);
  if (!value) throw new SheetError(result.diagnostics);
  return value.sheet;
}

async function render(
  ctx: EngineContext,
  sheet: LoadedSheet | Sheet,
  options: RenderOptions,
): Promise<Buffer> {
  const loaded = 'source' in sheet && 'org' in sheet ? sheet : await toLoaded(sheet as Sheet, options, ctx);
  const result = await renderLoadedSheet(loaded, {
    ...ctx,
    pageSize: options.pageSize,
    pdfa: options.pdfa,
    bleedMm: options.bleedMm,
    print: options.print,
  });
  result.diagnostics.filter((d) => d.severity === 'warning').forEach((d) => options.onWarning?.(d));
  const rendered = unwrap(result);
  if (!rendered) throw new SheetError(result.diagnostics);
  return rendered.pdf;
}

/** A plain object goes through the same checks as a file, so its errors carry positions too. */
async function toLoaded(sheet: Sheet, options: RenderOptions, ctx: EngineContext): Promise<LoadedSheet> {
  // Problems are reported at the name the caller gave (baseDir/filename), never at a made-up path.
  const name = options.filename ?? 'sheet.yaml';
  const file = options.baseDir ? path.join(options.baseDir, name) : name;
  const parsed = unwrap(parseSheetText(stringify(sheet), file));
  if (!parsed) throw new SheetError([]);
  const org = options.org
    ? await checkOrgObject(options.org, path.join(options.baseDir ?? '', 'org.yaml'), ctx.world)
    : unwrap(await readOrg(parsed.sheet, parsed.source, ctx.world, ctx.caches.orgs));
  if (!org) throw new SheetError([]);
  const images = await checkImages(findImageRefs(parsed.sheet), parsed.source, ctx.world);
  if (hasErrors(images.diagnostics)) throw new SheetError(images.diagnostics);
  if (org.logo) images.images.set(LOGO_IMAGE, org.logo);
  return {
    file,
    sheet: parsed.sheet,
    org: org.org,
    orgFile: orgFileOf(parsed.sheet, parsed.source),
    source: parsed.source,
    images: images.images,
  };
}

/** An organisation given as an object: checked as if it were `file`, its logo relative to that. */
async function checkOrgObject(org: Org, file: string, world: World): Promise<LoadedOrg> {
  const loaded = loadYaml(file, stringify(org)).value;
  const diagnostics = checkSchema(FILE_CHECKS.org, loaded.data, loaded.source);
  if (hasErrors(diagnostics)) throw new SheetError(diagnostics);
  const src = org.brand?.logo;
  if (!src) return { org };
  const ref = { path: ['brand', 'logo'], src, alt: org.name };
  const logo = await checkImages([ref], loaded.source, world, true);
  if (hasErrors(logo.diagnostics)) throw new SheetError(logo.diagnostics);
  return { org, logo: logo.images.get(src) };
}
