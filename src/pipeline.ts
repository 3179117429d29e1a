/**
 * The stages in order: a loaded sheet → template → markup → DocTree → placed pages → PDF.
 * Read this first; each step is one function in its own module.
 */
import * as path from 'node:path';
import { error, hasErrors, warning, type Diagnostic, type Result } from './diag/diagnostic.js';
import { chartAltText } from './charts/altText.js';
import { chartSpec } from './charts/spec.js';
import { buildDoc } from './doc/buildDoc.js';
import { buildStructure } from './doc/structure.js';
import type { Chart } from './schema/chart.js';
import { numberNotes } from './doc/parseInline.js';
import { parseMarkup } from './doc/parseMarkup.js';
import { loadFontRegistry, type FontFamily } from './fonts/registry.js';
import type { Theme } from './theme/theme.js';
import { paginate, type PageSize } from './layout/paginate.js';
import type { LayoutContext } from './layout/types.js';
import { spanAt } from './load/spanAt.js';
import { parseDataPath } from './load/parseDataPath.js';
import type { LoadedSheet } from './loadSheet.js';
import { FONTS_DIR, TEMPLATES_DIR } from './paths.js';
import { isCmyk } from './pdf/color.js';
import { writePdf } from './pdf/writePdf.js';
import { loadTemplate, renderTemplate } from './template/loadTemplate.js';
import { viewModel } from './template/viewModel.js';
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
}

const mmToPt = (mm: number) => (mm * 72) / 25.4;

/** A date that never changes, for when neither SOURCE_DATE_EPOCH nor the sheet's date is set. */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export async function renderLoadedSheet(loaded: LoadedSheet, opts: PipelineOptions): Promise<Result<Rendered | undefined>> {
  const { sheet, org, source } = loaded;
  const fail = (diagnostics: Diagnostic[]) => ({ value: undefined, diagnostics });

  const template = loadTemplate(sheet.template, opts.templatesDir ?? TEMPLATES_DIR, opts.world, spanAt(source, ['template']));
  if (!template.value) return fail(template.diagnostics);
  const theme = resolveTheme(template.value.theme, org, sheet);
  const colours = opts.pdfa ? checkPdfaColours(theme, loaded) : [];
  if (colours.length) return fail(colours);
  const markupFile = `${path.join(template.value.dir, 'sheet.hbs')} (rendered markup)`;
  const rendered = renderTemplate(template.value, viewModel(loaded, theme));
  if (typeof rendered !== 'string') return fail([rendered]);
  const markup = parseMarkup(rendered, markupFile);
  const doc = buildDoc(markup.value, {
    notes: numberNotes(sheet.facts?.items ?? []),
    spanOf: (p) => spanAt(source, parseDataPath(p)),
    templateSpan: (offset) => ({ file: markupFile, start: offset, end: offset, line: 1, col: offset + 1 }),
  });
  if (hasErrors([...markup.diagnostics, ...doc.diagnostics])) return fail([...markup.diagnostics, ...doc.diagnostics]);

  const fonts = loadFontRegistry(opts.fontsDir ?? FONTS_DIR, opts.world).families.get(theme.font);
  if (!fonts) return fail([error('template', `template \`${sheet.template}\` asks for font family \`${theme.font}\`, which fonts/fonts.yaml does not list`)]);
  const lang = sheet.language ?? 'en-US';
  const charts = new Map((sheet.charts ?? []).map((c) => [c.id, c]));
  const chartAlt = (c: Chart) => chartAltText(c, lang);
  const structure = buildStructure(doc.value, (ref) => (charts.has(ref) ? chartAlt(charts.get(ref)!) : undefined));
  const bleed = mmToPt(opts.bleedMm ?? 0);
  const ctx: LayoutContext = { theme, fonts, images: loaded.images, charts, chartAlt, tags: structure.of, bleed, diagnostics: [] };
  const pages = paginate(doc.value, PAGE_SIZES[opts.pageSize ?? sheet.page_size ?? 'letter'], ctx);
  if (hasErrors(pages.diagnostics)) return fail(pages.diagnostics);
  const shown = new Set(pages.value.flatMap((p) => p.items.flatMap((it) => (it.kind === 'chart' ? [it.ref] : []))));
  pages.diagnostics.push(...unshownCharts(loaded, shown));

  const pdf = await writePdf(pages.value, {
    fonts,
    structure: structure.root,
    charts: shown.size ? await chartPainter(charts, theme, fonts, lang) : undefined,
    pdfa: opts.pdfa,
    bleed,
    meta: {
      title: sheet.title, author: org.name, subject: sheet.subject, keywords: sheet.keywords,
      language: lang,
      date: opts.world.buildDate(sheet.date ? new Date(`${sheet.date}T00:00:00Z`) : FIXED_DATE),
    },
  });
  return { value: { pdf, pages: pages.value.length }, diagnostics: pages.diagnostics };
}

/** chart.js, canvas and svg-to-pdfkit load only when a sheet shows a chart (they cost start-up time). */
async function chartPainter(charts: ReadonlyMap<string, Chart>, theme: Theme, fonts: FontFamily, lang: string) {
  const [{ createChartPainter }, { chartRenderer }] = await Promise.all([import('./charts/painter.js'), import('./charts/render.js')]);
  const specs = new Map([...charts].map(([id, c]) => [id, chartSpec(c, theme, lang)]));
  return createChartPainter(specs, chartRenderer(fonts, theme.font));
}

/** PDF/A here carries an sRGB output intent, so CMYK theme colours cannot go with it. */
function checkPdfaColours(theme: Theme, loaded: LoadedSheet): Diagnostic[] {
  const cmyk = Object.entries(theme.colors).find(([, c]) => isCmyk(c));
  if (!cmyk) return [];
  return [error('pdfa-cmyk', `PDF/A output uses an sRGB output intent, but colour \`${cmyk[0]}\` is CMYK`, {
    span: spanAt(loaded.source, ['theme']), hint: 'give the colour as #rrggbb for PDF/A, or build without --pdfa for print',
  })];
}

/** A chart the template never placed is probably a mistake in the sheet: a warning at its id. */
function unshownCharts(loaded: LoadedSheet, shown: ReadonlySet<string>): Diagnostic[] {
  const { sheet, source } = loaded;
  return (sheet.charts ?? []).flatMap((c, i) => (shown.has(c.id) ? [] : [warning('unused-chart',
    `chart \`${c.id}\` is not shown: template \`${sheet.template}\` shows charts named by a section's \`chart:\``, { span: spanAt(source, ['charts', i, 'id']) })]));
}
