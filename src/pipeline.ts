/**
 * The stages in order: a loaded sheet → template → markup per section → SheetDoc → pages
 * (fitted to the page count) → PDF. Read this first; each step is one function in its own module.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { error, hasErrors, withLineText, type Diagnostic, type Result } from './diag/diagnostic.js';
import { chartAltText } from './charts/altText.js';
import { chartSpec } from './charts/spec.js';
import { buildSheetDoc, type SheetDoc } from './doc/buildSheetDoc.js';
import { buildStructure, type Structure } from './doc/structure.js';
import type { Chart } from './schema/chart.js';
import { numberNotes } from './doc/parseInline.js';
import { loadFontRegistry, type FontFamily } from './fonts/registry.js';
import type { Theme } from './theme/theme.js';
import { fitPages, type Fitted } from './layout/fitPages.js';
import type { PageSize } from './layout/types.js';
import { spanAt } from './load/spanAt.js';
import { parseDataPath } from './load/parseDataPath.js';
import type { LoadedSheet } from './loadSheet.js';
import { defaultCaches, type EngineCaches } from './engine.js';
import { FONTS_DIR, TEMPLATES_DIR } from './paths.js';
import { isCmyk } from './pdf/color.js';
import { writePdf, type WriteOptions } from './pdf/writePdf.js';
import { chartId, richTexts, sheetCharts } from './sections/walk.js';
import { loadTemplate } from './template/loadTemplate.js';
import { renderSections } from './template/renderSections.js';
import { resolveTheme } from './theme/resolveTheme.js';
import type { World } from './world.js';

export const PAGE_SIZES: Record<'letter' | 'a4', PageSize> = {
  letter: { name: 'letter', width: 612, height: 792 },
  a4: { name: 'a4', width: 595.28, height: 841.89 },
};

export interface PipelineOptions {
  world: World;
  templatesDir?: string;
  fontsDir?: string;
  /** The engine's caches; the default engine's when not given. */
  caches?: EngineCaches;
  /** Overrides the sheet's page_size. */
  pageSize?: 'letter' | 'a4';
  /** PDF/A-2b output for archiving. */
  pdfa?: boolean;
  /** Print bleed in millimetres: crop marks, TrimBox and BleedBox. */
  bleedMm?: number;
}

export interface Rendered {
  pdf: Buffer;
  pages: number;
  /** The type scale copyfit used to meet the page count; 1 when nothing had to shrink. */
  scale: number;
}

/** A render that failed because the content does not fit may still carry a proof to look at. */
export type RenderResult = Result<Rendered | undefined> & { proof?: Buffer };

const mmToPt = (mm: number) => (mm * 72) / 25.4;

/** A date that never changes, for when neither SOURCE_DATE_EPOCH nor the sheet's date is set. */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** What layout produced for a sheet: its pages (fitted, or a proof), before any PDF is written. */
export interface LaidOutSheet {
  fitted: Fitted;
  structure: Structure;
  charts: ReadonlyMap<string, Chart>;
  fonts: FontFamily;
}

export async function renderLoadedSheet(
  loaded: LoadedSheet,
  options: PipelineOptions,
): Promise<RenderResult> {
  const opts = { ...options, caches: options.caches ?? defaultCaches() };
  const laid = await layoutLoadedSheet(loaded, opts);
  // Messages about the sheet carry their line, for code frames printed elsewhere.
  const diagnostics = withLineText(laid.diagnostics, [loaded.source]);
  if (!laid.value) return { value: undefined, diagnostics };
  const { fitted } = laid.value;
  const missing = laid.value.charts.size ? missingCanvas() : undefined;
  if (missing) return { value: undefined, diagnostics: [...diagnostics, missing] };
  const pdf = await writeSheet(laid.value, loaded, opts);
  if (hasErrors(diagnostics)) return { value: undefined, diagnostics, proof: pdf };
  return { value: { pdf, pages: fitted.pages.length, scale: fitted.scale }, diagnostics };
}

/**
 * Every stage up to placed pages. The value is the sheet's pages, or (with errors) an overflow
 * proof to write instead; undefined when there is nothing worth drawing.
 */
export async function layoutLoadedSheet(
  loaded: LoadedSheet,
  opts: PipelineOptions,
): Promise<Result<LaidOutSheet | undefined>> {
  const { sheet, source } = loaded;
  const fail = (diagnostics: Diagnostic[]) => ({ value: undefined, diagnostics });
  const caches = opts.caches ?? defaultCaches();

  const template = await loadTemplate(
    sheet.template,
    opts.templatesDir ?? TEMPLATES_DIR,
    opts.world,
    caches.templates,
    spanAt(source, ['template']),
  );
  if (!template.value) return fail(template.diagnostics);
  const theme = resolveTheme(template.value.theme, loaded.org, sheet);
  const colours = opts.pdfa ? checkPdfaColours(theme, loaded) : [];
  if (colours.length) return fail(colours);
  const rendered = renderSections(loaded, template.value, theme);
  if (!rendered.value) return fail(rendered.diagnostics);
  const doc = buildSheetDoc(rendered.value, {
    notes: numberNotes(richTexts(sheet).map((t) => t.value)),
    spanOf: (p) => spanAt(source, parseDataPath(p)),
    sectionSpan: (i, kind) => spanAt(source, ['sections', i, kind], { key: true }),
  });
  if (hasErrors(doc.diagnostics)) return fail(doc.diagnostics);

  const fonts = await fontFamily(theme.font, opts.fontsDir ?? FONTS_DIR, opts.world, caches);
  if (!fonts.value) return fail(fonts.diagnostics);
  const charts = new Map(sheetCharts(sheet).map((c) => [chartId(c.path), c.value]));
  const chartAlt = (c: Chart) => chartAltText(c, sheet.language ?? 'en-US');
  const structure = buildStructure(structureParts(doc.value), (ref) =>
    charts.has(ref) ? chartAlt(charts.get(ref)!) : undefined,
  );
  const fitted = fitPages(
    doc.value,
    template.value.layout,
    {
      theme,
      fonts: fonts.value,
      images: loaded.images,
      charts,
      chartAlt,
      tags: structure.of,
      bleed: mmToPt(opts.bleedMm ?? 0),
      diagnostics: [],
    },
    {
      size: PAGE_SIZES[opts.pageSize ?? sheet.page_size ?? 'letter'],
      target: sheet.pages ?? template.value.layout.pages,
    },
  );
  const diagnostics = [...doc.diagnostics, ...fitted.diagnostics];
  const usable = fitted.value && (!hasErrors(diagnostics) || fitted.value.proof);
  const laid = usable ? { fitted: fitted.value!, structure, charts, fonts: fonts.value } : undefined;
  return { value: laid, diagnostics };
}

async function writeSheet(
  laid: LaidOutSheet,
  loaded: LoadedSheet,
  opts: PipelineOptions & { caches: EngineCaches },
): Promise<Buffer> {
  const lang = loaded.sheet.language ?? 'en-US';
  const { fitted, charts, fonts } = laid;
  return writePdf(fitted.pages, {
    fonts,
    structure: laid.structure.root,
    charts: charts.size ? await chartPainter(charts, fitted.theme, fonts, lang, opts.caches) : undefined,
    pdfa: opts.pdfa,
    bleed: mmToPt(opts.bleedMm ?? 0),
    meta: pdfMeta(loaded, opts.world),
  });
}

/** Reading order: the first page's header (the title), the sections, the last page's footer. */
function structureParts(doc: SheetDoc) {
  return [
    { nodes: doc.masters.first?.header ?? [] },
    ...doc.sections.map((s) => ({ nodes: s.children, sect: true })),
    { nodes: doc.masters.last?.footer ?? [] },
  ];
}

function pdfMeta(loaded: LoadedSheet, world: World): WriteOptions['meta'] {
  const { sheet, org } = loaded;
  return {
    title: sheet.title,
    author: org.name,
    subject: sheet.subject,
    keywords: sheet.keywords,
    language: sheet.language ?? 'en-US',
    date: world.buildDate(sheet.date ? new Date(`${sheet.date}T00:00:00Z`) : FIXED_DATE),
  };
}

/** chart.js, canvas and svg-to-pdfkit load only when a sheet shows a chart (they cost start-up time). */
async function chartPainter(
  charts: ReadonlyMap<string, Chart>,
  theme: Theme,
  fonts: FontFamily,
  lang: string,
  caches: EngineCaches,
) {
  const [{ createChartPainter }, { chartRenderer }] = await Promise.all([
    import('./charts/painter.js'),
    loadChartRenderer(),
  ]);
  const specs = new Map([...charts].map(([id, c]) => [id, chartSpec(c, theme, lang)]));
  return createChartPainter(specs, chartRenderer(fonts, theme.font, caches.charts));
}

/**
 * canvas is a native module: installed with its install script skipped (pnpm's default, npm's
 * `--ignore-scripts`), its binary is missing, and only sheets with charts need it.
 */
const loadChartRenderer = () => import('./charts/render.js');

/**
 * An error to act on when canvas (charts only) cannot load: installed with its install script
 * skipped (pnpm's default, `npm --ignore-scripts`), its native binary is missing.
 */
function missingCanvas(): Diagnostic | undefined {
  try {
    // Required, not imported: a failed require is simply caught, where a failed ESM import
    // of a CommonJS module that throws is also reported again, uncaught, by some Node versions.
    createRequire(import.meta.url)('canvas');
    return undefined;
  } catch (e) {
    const message = String((e as Error).message);
    if (!/canvas\.node|Cannot find module 'canvas'|ERR_DLOPEN_FAILED|invalid ELF/.test(message)) throw e;
    return error('canvas-missing', `charts need the canvas package's native binary, which did not load`, {
      found: message.split('\n')[0],
      hint:
        'run `npm rebuild canvas` (with pnpm: `pnpm approve-builds`, then `pnpm rebuild canvas`); ' +
        'on Linux it builds from source with libcairo2-dev and libpango1.0-dev (see the README)',
    });
  }
}

/** The font family a theme names, from the fonts folder's fonts.yaml; an error names the folder. */
async function fontFamily(
  family: string,
  fontsDir: string,
  world: World,
  caches: EngineCaches,
): Promise<Result<FontFamily | undefined>> {
  const listing = path.join(fontsDir, 'fonts.yaml');
  if (!(await world.info(listing)))
    return { value: undefined, diagnostics: [error('fonts', `no fonts.yaml in the fonts folder ${fontsDir}`, {
      hint: 'a fonts folder lists its families in fonts.yaml (see the README, "Your own fonts")',
    })] };
  const registry = await loadFontRegistry(fontsDir, world, caches.fonts);
  const found = registry.families.get(family);
  if (found) return { value: found, diagnostics: [] };
  const known = [...registry.families.keys()].map((k) => `\`${k}\``).join(', ');
  return { value: undefined, diagnostics: [error('fonts', `font family \`${family}\` is not in ${listing}`, {
    expected: `one of ${known}`,
    hint: 'add the family to fonts.yaml with its five faces, or name one it lists (`brand.font` in org.yaml)',
  })] };
}

/** PDF/A here carries an sRGB output intent, so CMYK theme colours cannot go with it. */
function checkPdfaColours(theme: Theme, loaded: LoadedSheet): Diagnostic[] {
  const cmyk = Object.entries(theme.colors).find(([, c]) => isCmyk(c));
  if (!cmyk) return [];
  return [
    error('pdfa-cmyk', `PDF/A output uses an sRGB output intent, but colour \`${cmyk[0]}\` is CMYK`, {
      span: spanAt(loaded.source, ['theme']),
      hint: 'give the colour as #rrggbb for PDF/A, or build without --pdfa for print',
    }),
  ];
}
