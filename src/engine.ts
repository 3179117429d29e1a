/**
 * Turns a world and the folders of templates and fonts into an Engine: the library's functions
 * with the registries and caches they need (compiled templates, parsed fonts, chart renderers),
 * each bounded and owned by the engine. A server holds one engine; a test makes a fresh one.
 * `renderSheet` and friends in api.ts are shortcuts on a default engine.
 */
import { BoundedCache } from './cache.js';
import type { FileHashCache } from './build/dependencies.js';
import type { ChartRendererCache } from './charts/render.js';
import type { DeflateCache } from './pdf/deflateOnce.js';
import { error, SheetError, type Diagnostic } from './diag/diagnostic.js';
import type { FontCache } from './fonts/registry.js';
import type { LoadedSheet, OrgCache } from './loadSheet.js';
import type { TrueTypeTableCache } from './pdf/trueTypeTables.js';
import type { PrintProfileCache } from './print/printProfile.js';
import type { ShapeStore } from './persist/shapeStore.js';
import { FONTS_DIR, TEMPLATES_DIR } from './paths.js';
import type { SegmentCache } from './text/breakOpportunities.js';
import type { HyphenatorCache } from './text/hyphenate.js';
import type { TemplateCache } from './template/loadTemplate.js';
import type { QrMatrix } from './layout/blocks/qr.js';
import { diskWorld, type World } from './world.js';

export interface EngineOptions {
  /** Where every file comes from (sheets, org, images, templates, fonts); the disk by default. */
  world?: World;
  /** Your own templates folder (one subfolder per template); the bundled ones by default. */
  templatesDir?: string;
  /** Your own fonts folder with its fonts.yaml (see the README); the bundled Lato by default. */
  fontsDir?: string;
  /** @internal The default engine shares its caches with pipeline calls that name none. */
  caches?: EngineCaches;
}

/** What an engine keeps between calls; each cache has a ceiling, so a long-lived server stays flat. */
export interface EngineCaches {
  templates: TemplateCache;
  fonts: FontCache;
  /** Where each TrueType face's glyf, loca and hmtx lie, for the PDF writer's font subsets. */
  trueTypeTables: TrueTypeTableCache;
  charts: ChartRendererCache;
  /** Hashes of the files a sheet's PDF depends on, for incremental builds. */
  fileHashes: FileHashCache;
  /** The parsed print profile (`--print`). */
  print: PrintProfileCache;
  /** Hyphenation patterns by language, loaded when a sheet in that language is laid out. */
  hyphenators: HyphenatorCache;
  /** Line-break opportunities by paragraph text. */
  segments: SegmentCache;
  /** QR code modules by URL. */
  qrCodes: BoundedCache<string, QrMatrix>;
  /** Deflated PDF streams by their bytes: font subsets and maps that sheets share. */
  deflated: DeflateCache;
  /** Organisation files parsed and checked, by path, while their text stays the same. */
  orgs: OrgCache;
  /** Shaped text kept on disk across processes (batch builds set it; see persist/shapeStore.ts). */
  shapeStore?: ShapeStore;
}

/** The folders and caches the pipeline needs: an engine without its functions. */
export interface EngineContext {
  world: World;
  templatesDir: string;
  fontsDir: string;
  caches: EngineCaches;
}

export function createCaches(): EngineCaches {
  // A few templates and font folders are usual; the ceilings only matter to a server that
  // is handed many folders over its life.
  // File hashes: a batch's sheets, images, templates and fonts, many more than the rest.
  return {
    templates: new BoundedCache(32),
    fonts: new BoundedCache(8),
    // A face each: a family's five and their fallbacks' (about a dozen for the bundled fonts).
    trueTypeTables: new BoundedCache(64),
    charts: new BoundedCache(8),
    fileHashes: new BoundedCache(10_000),
    print: new BoundedCache(2),
    hyphenators: new BoundedCache(8),
    // A sheet has a hundred paragraphs or so; a few kB each.
    segments: new BoundedCache(2_000),
    qrCodes: new BoundedCache(64),
    // A sheet's fonts write a dozen or two streams; those other sheets share are asked for
    // again at once and stay, the rest pass through (a few MB at most).
    deflated: new BoundedCache(256),
    // One organisation file per folder of sheets; a few kB each.
    orgs: new BoundedCache(32),
  };
}

let sharedCaches: EngineCaches | undefined;
/**
 * The default engine's caches: the one process-wide set, behind `renderSheet` and friends and
 * any pipeline call that names no engine. Everything else makes its own.
 */
export const defaultCaches = (): EngineCaches => (sharedCaches ??= createCaches());

export function engineContext(options: EngineOptions = {}): EngineContext {
  return {
    world: options.world ?? diskWorld(),
    templatesDir: options.templatesDir ?? TEMPLATES_DIR,
    fontsDir: options.fontsDir ?? FONTS_DIR,
    caches: options.caches ?? createCaches(),
  };
}

/**
 * Runs a library call so that it fails only with a SheetError: a file that cannot be read (a
 * world's ENOENT, EACCES) names the file, anything else is an internal error with its stack.
 */
export async function asSheetError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof SheetError) throw e;
    throw new SheetError([toDiagnostic(e)]);
  }
}

function toDiagnostic(e: unknown): Diagnostic {
  const err: NodeJS.ErrnoException = e instanceof Error ? e : new Error(String(e));
  if (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR' || err.code === 'ENOTREG')
    return error('read', `cannot read ${err.path ?? 'a file'}: ${err.code}`, {
      hint: 'check that the file exists and that the folders given to createEngine are right',
    });
  return error('internal', `internal error: ${err.message}`, { stack: err.stack });
}

export type { LoadedSheet };
