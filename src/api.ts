/** The library's functions: typed, documented, throwing one SheetError that lists every problem. */
import * as path from 'node:path';
import { stringify } from 'yaml';
import { hasErrors, SheetError, unwrap, type Diagnostic } from './diag/diagnostic.js';
import { orgFileOf, parseSheetText, readOrg, readSheet, type LoadedSheet } from './loadSheet.js';
import { renderLoadedSheet } from './pipeline.js';
import { OrgSchema, type Org } from './schema/org.js';
import type { Sheet } from './schema/sheet.js';
import { checkImages, findImageRefs } from './validate/checkImages.js';
import { checkSchema } from './validate/checkSchema.js';
import { loadYaml } from './load/loadYaml.js';
import { diskWorld, type World } from './world.js';

export interface LoadOptions {
  /** Where files come from; the disk by default. */
  world?: World;
  /** Receives warnings (e.g. an image without alt text); errors are thrown instead. */
  onWarning?: (d: Diagnostic) => void;
}

/**
 * Reads, validates and cross-checks a sheet file with its organisation file and images.
 * @throws SheetError listing every problem, each with file, line and column.
 */
export async function loadSheet(file: string, options: LoadOptions = {}): Promise<LoadedSheet> {
  const result = readSheet(file, options.world ?? diskWorld());
  result.diagnostics.filter((d) => d.severity === 'warning').forEach((d) => options.onWarning?.(d));
  return unwrap(result) as LoadedSheet;
}

/**
 * Parses and validates sheet YAML text. Files it names (org, images) are not read.
 * @param options.filename used in diagnostics; default `sheet.yaml`.
 * @throws SheetError listing every problem.
 */
export function parseSheet(yamlText: string, options: { filename?: string } = {}): Sheet {
  const result = parseSheetText(yamlText, options.filename ?? 'sheet.yaml');
  const value = unwrap(result);
  if (!value) throw new SheetError(result.diagnostics);
  return value.sheet;
}

export function sheetName(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}

export interface RenderOptions extends LoadOptions {
  /** Overrides the sheet's `page_size`. */
  pageSize?: 'letter' | 'a4';
  /** PDF/A-2b output for archiving, instead of PDF/UA identification. */
  pdfa?: boolean;
  /** Print bleed in millimetres: the page grows, crop marks are drawn, TrimBox and BleedBox set. */
  bleedMm?: number;
  /** For a plain Sheet object: the organisation (default: org.yaml in baseDir). */
  org?: Org;
  /** For a plain Sheet object: the folder its image paths are relative to (default: the working directory). */
  baseDir?: string;
}

/**
 * Renders a sheet to PDF bytes. Takes what loadSheet returns, or a plain Sheet object (it is
 * validated first, as if it had been read from `baseDir/sheet.yaml`).
 * @throws SheetError listing every problem: invalid data, overflowing text, missing images.
 */
export async function renderSheet(sheet: LoadedSheet | Sheet, options: RenderOptions = {}): Promise<Buffer> {
  const world = options.world ?? diskWorld();
  const loaded = 'source' in sheet && 'org' in sheet ? sheet : toLoaded(sheet as Sheet, options, world);
  const result = await renderLoadedSheet(loaded, {
    world,
    pageSize: options.pageSize,
    pdfa: options.pdfa,
    bleedMm: options.bleedMm,
  });
  result.diagnostics.filter((d) => d.severity === 'warning').forEach((d) => options.onWarning?.(d));
  const rendered = unwrap(result);
  if (!rendered) throw new SheetError(result.diagnostics);
  return rendered.pdf;
}

/** Loads a sheet file and renders it: `loadSheet` then `renderSheet`. */
export async function renderFile(file: string, options: RenderOptions = {}): Promise<Buffer> {
  return renderSheet(await loadSheet(file, options), options);
}

/** A plain object goes through the same checks as a file, so its errors carry positions too. */
function toLoaded(sheet: Sheet, options: RenderOptions, world: World): LoadedSheet {
  const file = path.join(options.baseDir ?? process.cwd(), 'sheet.yaml');
  const parsed = unwrap(parseSheetText(stringify(sheet), file));
  if (!parsed) throw new SheetError([]);
  const org = options.org ? checkOrgObject(options.org) : unwrap(readOrg(parsed.sheet, parsed.source, world));
  if (!org) throw new SheetError([]);
  const images = checkImages(findImageRefs(parsed.sheet), parsed.source, world);
  if (hasErrors(images.diagnostics)) throw new SheetError(images.diagnostics);
  return {
    file,
    sheet: parsed.sheet,
    org,
    orgFile: orgFileOf(parsed.sheet, parsed.source),
    source: parsed.source,
    images: images.images,
  };
}

function checkOrgObject(org: Org): Org {
  const loaded = loadYaml('org.yaml', stringify(org)).value;
  const diagnostics = checkSchema(OrgSchema, loaded.data, loaded.source);
  if (hasErrors(diagnostics)) throw new SheetError(diagnostics);
  return org;
}
