/**
 * The stages in order: a loaded sheet → template → markup per section → SheetDoc → pages
 * (fitted to the page count) → PDF. Read this first; each step is one function in its own module.
 */
import * as path from 'node:path';
import { error, hasErrors, warning, withLineText, type Diagnostic, type Result } from './diag/diagnostic.js';
import { chartAltText } from './charts/altText.js';
import { paintCharts } from './charts/paintCharts.js';
import { buildSheetDoc, type SheetDoc } from './doc/buildSheetDoc.js';
import { buildStructure, type Structure } from './doc/structure.js';
import { checkStructure } from './doc/checkStructure.js';
import type { Chart } from './schema/chart.js';
import { numberNotes } from './doc/parseInline.js';
import { loadFontRegistry, type FontFamily } from './fonts/registry.js';
import type { Theme } from './theme/theme.js';
import { fitPages, type Fitted } from './layout/fitPages.js';
import { encodeQr } from './layout/blocks/qr.js';
import type { PageSize, PaintedPage } from './layout/types.js';
import { spanAt } from './load/spanAt.js';
import { parseDataPath } from './load/parseDataPath.js';
import type { LoadedSheet } from './loadSheet.js';
import { cached } from './cache.js';
import { defaultCaches, type EngineCaches } from './engine.js';
import { FONTS_DIR, TEMPLATES_DIR } from './paths.js';
import { isCmyk } from './pdf/color.js';
import { writePdf, type PrintOutput, type WriteOptions } from './pdf/writePdf.js';
import { checkPrintColours } from './print/checkPrint.js';
import { printColours } from './print/printColours.js';
import { printProfile } from './print/printProfile.js';
import { chartId, richTexts, sheetCharts } from './sections/walk.js';
import { loadTemplate } from './template/loadTemplate.js';
import { renderSections } from './template/renderSections.js';
import { cachedSegments } from './text/breakOpportunities.js';
import { hyphenatorFor } from './text/hyphenate.js';
import { isRightToLeft } from './text/direction.js';
import { localStrings } from './i18n/strings.js';
import { resolveTheme } from './theme/resolveTheme.js';
import { checkContrast, type FaceInfo } from './theme/checkContrast.js';
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
  /** PDF/A for archiving, with PDF/UA-1: part 2, or 3 with the sheet's YAML attached (true = 2). */
  pdfa?: boolean | 2 | 3;
  /** Print bleed in millimetres: crop marks, TrimBox and BleedBox. */
  bleedMm?: number;
  /** PDF/X-4 for a print shop: CMYK colours, output intent; bleed 3 mm unless given. */
  print?: boolean;
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

/** Print files need bleed; 3 mm is what most print shops ask for when none is given. */
export const PRINT_BLEED_MM = 3;
const bleedPt = (opts: PipelineOptions) => mmToPt(opts.bleedMm ?? (opts.print ? PRINT_BLEED_MM : 0));

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
  const painted = await paintLoadedSheet(loaded, opts);
  const { value, diagnostics } = painted;
  if (!value) return { value: undefined, diagnostics };
  const svgWarnings = new Set<string>();
  const pdf = await writeSheet(value, loaded, opts, (message) => svgWarnings.add(message));
  const logo = withLineText([...svgWarnings].map((m) => logoWarning(m, loaded)), orgSources(loaded));
  const all = [...diagnostics, ...logo];
  if (hasErrors(all)) return { value: undefined, diagnostics: all, proof: pdf };
  return { value: { pdf, pages: value.pages.length, scale: value.scale }, diagnostics: all };
}

/** A sheet's pages as the writer receives them: display lists with charts painted in. */
export interface PaintedSheet {
  pages: PaintedPage[];
  structure: Structure;
  fonts: FontFamily;
  /** The type scale copyfit used; 1 when nothing had to shrink. */
  scale: number;
  theme: Theme;
}

/**
 * Every stage up to the display lists the writer converts (what golden tests compare). With
 * errors, the value is the overflow proof's pages, or undefined when nothing is worth drawing.
 */
export async function paintLoadedSheet(
  loaded: LoadedSheet,
  opts: PipelineOptions,
): Promise<Result<PaintedSheet | undefined>> {
  const caches = opts.caches ?? defaultCaches();
  const laid = await layoutLoadedSheet(loaded, { ...opts, caches });
  // Messages about the sheet carry their line, for code frames printed elsewhere.
  const diagnostics = withLineText(laid.diagnostics, [loaded.source]);
  if (!laid.value) return { value: undefined, diagnostics };
  const { fitted, charts, fonts, structure } = laid.value;
  const lang = loaded.sheet.language ?? 'en-US';
  const env = { theme: fitted.theme, fonts, lang, renderers: caches.charts };
  const pages = await paintCharts(fitted.pages, charts, env);
  const contrast = checkContrast(pages.value, fitted.theme, faceInfoOf(fonts));
  const sources = [loaded.source, ...(loaded.orgSource ? [loaded.orgSource] : [])];
  const all = [...diagnostics, ...withLineText([...pages.diagnostics, ...contrast], sources)];
  // Text that cannot be read (too faint, or empty boxes in a chart) is not written at all: a PDF
  // is never a false claim of PDF/UA, and this is no overflow to proof.
  if (hasErrors(contrast) || hasErrors(pages.diagnostics)) return { value: undefined, diagnostics: all };
  const value = { pages: pages.value, structure, fonts, scale: fitted.scale, theme: fitted.theme };
  return { value, diagnostics: all };
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
  const sources = { org: loaded.orgSource, sheet: source };
  const theme = resolveTheme(template.value.theme, loaded.org, sheet, sources);
  const colours = opts.pdfa ? checkPdfaColours(theme, loaded, opts.print) : [];
  if (colours.length) return fail(colours);
  const printing = opts.print ? checkPrintColours(theme, loaded, await printProfile(caches.print)) : [];
  if (hasErrors(printing)) return fail(printing);
  const language = sheet.language ?? 'en-US';
  const words = localStrings(template.value.strings, language, sheet.template, template.value.labels);
  words.diagnostics.forEach((d) => (d.span ??= spanAt(source, ['language'])));
  const rendered = renderSections(loaded, template.value, theme, words.value);
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
  // Asked for by the structure and by every copyfit pass: made once per chart.
  const alts = new Map<Chart, string>();
  const chartAlt = (c: Chart) => cached(alts, c, (chart) => chartAltText(chart, language, words.value));
  const structure = buildStructure(
    structureParts(doc.value),
    (ref) => (charts.has(ref) ? chartAlt(charts.get(ref)!) : undefined),
    (n) => n.kind === 'para' && (n.style.upper ?? theme.type[n.style.role]?.upper ?? false),
  );
  const broken = checkStructure(structure.root);
  if (broken.length) return fail(broken);
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
      bleed: bleedPt(opts),
      hyphenator: await hyphenatorFor(language, caches.hyphenators),
      language,
      rtl: isRightToLeft(language),
      breaks: (paragraph) => cachedSegments(paragraph, caches.segments),
      qr: (url) => cached(caches.qrCodes, url, encodeQr),
      diagnostics: [],
    },
    {
      size: PAGE_SIZES[opts.pageSize ?? sheet.page_size ?? 'letter'],
      target: sheet.pages ?? template.value.layout.pages,
    },
  );
  const diagnostics = [...printing, ...words.diagnostics, ...doc.diagnostics, ...fitted.diagnostics];
  const usable = fitted.value && (!hasErrors(diagnostics) || fitted.value.proof);
  const laid = usable ? { fitted: fitted.value!, structure, charts, fonts: fonts.value } : undefined;
  return { value: laid, diagnostics };
}

async function writeSheet(
  painted: PaintedSheet,
  loaded: LoadedSheet,
  opts: PipelineOptions,
  onSvgWarning: (message: string) => void,
): Promise<Buffer> {
  const caches = opts.caches ?? defaultCaches();
  return writePdf(painted.pages, {
    fonts: painted.fonts,
    trueTypeTables: caches.trueTypeTables,
    deflated: caches.deflated,
    structure: painted.structure.root,
    pdfa: pdfaPart(opts.pdfa),
    source: opts.pdfa === 3 ? sourceAttachment(loaded) : undefined,
    bleed: bleedPt(opts),
    meta: pdfMeta(loaded, opts.world),
    print: opts.print ? await printOutput(painted, caches) : undefined,
    onSvgWarning,
  });
}

const orgSources = (loaded: LoadedSheet) => (loaded.orgSource ? [loaded.orgSource] : []);

/** Only a logo is drawn from SVG (a sheet's photos are PNG or JPEG): the warning is at it. */
function logoWarning(message: string, loaded: LoadedSheet): Diagnostic {
  const span = loaded.orgSource ? spanAt(loaded.orgSource, ['brand', 'logo']) : undefined;
  return warning('svg-logo', `part of the logo's SVG cannot be drawn: ${message}`, {
    span,
    hint: 'open the logo in an SVG editor and save it again as plain SVG, or use a PNG',
  });
}

const pdfaPart = (pdfa: PipelineOptions['pdfa']) => (pdfa === true ? 2 : pdfa || undefined);

/** The sheet's YAML, as the user wrote it, to travel inside a PDF/A-3 handout. */
function sourceAttachment(loaded: LoadedSheet): WriteOptions['source'] {
  return {
    name: path.basename(loaded.file),
    bytes: Buffer.from(loaded.source.text, 'utf8'),
    type: 'application/yaml',
    description: `The fact sheet definition this handout was built from`,
  };
}

/** Each face of the family by its registered name: bold or not, and its units per em. */
function faceInfoOf(fonts: FontFamily): FaceInfo {
  const faces = new Map(
    Object.entries(fonts).map(([key, f]) => {
      const bold = key !== 'regular' && key !== 'italic';
      return [f.name, { bold, unitsPerEm: f.unitsPerEm }];
    }),
  );
  return (name) => faces.get(name) ?? { bold: false, unitsPerEm: 1000 };
}

/** The sheet's colours converted once for the print profile, handed to the writer. */
async function printOutput(painted: PaintedSheet, caches: EngineCaches): Promise<PrintOutput> {
  const profile = await printProfile(caches.print);
  const colours = printColours(painted.pages, painted.theme, profile.converter);
  return { colours, condition: profile.condition, srgb: profile.srgb };
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
  caches.shapeStore?.fill(registry);
  const found = registry.families.get(family);
  if (found) return { value: found, diagnostics: [] };
  const known = [...registry.families.keys()].map((k) => `\`${k}\``).join(', ');
  return { value: undefined, diagnostics: [error('fonts', `font family \`${family}\` is not in ${listing}`, {
    expected: `one of ${known}`,
    hint: 'add the family to fonts.yaml with its five faces, or name one it lists (`brand.font` in org.yaml)',
  })] };
}

/** PDF/A here carries an sRGB output intent, so CMYK theme colours cannot go with it. */
function checkPdfaColours(theme: Theme, loaded: LoadedSheet, print?: boolean): Diagnostic[] {
  if (print) {
    return [
      error('print-pdfa', 'PDF/X (print) and PDF/A (archive) cannot be written into one file here', {
        hint: 'build twice: once with --print for the print shop, once with --pdfa for the archive',
      }),
    ];
  }
  const cmyk = Object.entries(theme.colors).find(([, c]) => isCmyk(c));
  if (!cmyk) return [];
  return [
    error('pdfa-cmyk', `PDF/A output uses an sRGB output intent, but colour \`${cmyk[0]}\` is CMYK`, {
      span: spanAt(loaded.source, ['theme']),
      hint: 'give the colour as #rrggbb for PDF/A, or build without --pdfa for print',
    }),
  ];
}
