/**
 * Checks, before a byte is written, that every text run reads against what is drawn under it
 * (WCAG 2.x AA, 1.4.3). The pairs come from the display list, so they are the pairs the sheet
 * really uses, whichever layer (template, brand, sheet) chose each colour. Too little contrast
 * is an error for body text and a warning for labels, headings and large text.
 */
import { warning, error, type Diagnostic, type Span } from '../diag/diagnostic.js';
import type { PaintedItem, PaintedPage } from '../layout/types.js';
import type { Theme } from './theme.js';
import { backgroundUnder, type TextBox } from './background.js';
import { contrastRatio, minimumRatio, nearestPassing, parseColor, toHex } from './wcag.js';

/** What the check needs to know of a face: is it bold, and its units per em. */
export type FaceInfo = (face: string) => { bold: boolean; unitsPerEm: number };

type TextItem = Extract<PaintedItem, { kind: 'text' }>;

interface Finding {
  item: TextItem;
  page: number;
  fg: string;
  bg: string;
  ratio: number;
  min: number;
  bold: boolean;
}

export function checkContrast(pages: readonly PaintedPage[], theme: Theme, faceInfo: FaceInfo): Diagnostic[] {
  const found = new Map<string, Finding>();
  pages.forEach((page, i) => {
    page.items.forEach((item, at) => {
      // A lone bullet or quote mark is decoration, which WCAG 1.4.3 exempts.
      if (item.kind !== 'text' || !/[\p{L}\p{N}]/u.test(item.text)) return;
      const finding = judge(item, page, at, faceInfo);
      const key = finding && `${finding.fg}|${finding.bg}|${finding.min}|${finding.bold}`;
      if (finding && !found.has(key!)) found.set(key!, { ...finding, page: i + 1 });
    });
  });
  return [...found.values()].map((f) => describe(f, theme));
}

function judge(
  item: TextItem,
  page: PaintedPage,
  at: number,
  faceInfo: FaceInfo,
): Omit<Finding, 'page'> | undefined {
  const fg = parseColor(item.color);
  const { bold, unitsPerEm } = faceInfo(item.face);
  const bg = backgroundUnder(page.items, at, textBox(item, unitsPerEm));
  // Over a photo the background varies from letter to letter: left to the eye (and to pdfcheck).
  if (!fg || !bg || bg === 'image') return undefined;
  const ratio = contrastRatio(fg, bg);
  const min = minimumRatio(item.size, bold);
  if (ratio >= min) return undefined;
  return { item, fg: toHex(fg), bg: toHex(bg), ratio, min, bold };
}

function textBox(item: TextItem, unitsPerEm: number): TextBox {
  const advance = item.glyphs.reduce((s, g) => s + g.advance, 0);
  const width = (advance * item.size) / unitsPerEm + item.tracking * item.glyphs.length;
  return { x: item.x, y: item.y - item.size * 0.7, w: Math.max(width, 0.1), h: item.size * 0.7 };
}

/** Body text: regular weight, not large. Everything else (kickers, headings, links) warns. */
const isBody = (f: Finding) => !f.bold && f.min > 3;

function describe(f: Finding, theme: Theme): Diagnostic {
  const fgName = nameOf(theme, f.fg);
  const bgName = nameOf(theme, f.bg);
  const better = toHex(nearestPassing(parseColor(f.fg)!, parseColor(f.bg)!, f.min));
  const label = (name: string | undefined, hex: string) => (name ? `\`${name}\` ${hex}` : hex);
  const size = `${+f.item.size.toFixed(1)} pt${f.bold ? ' bold' : ''}`;
  const sample = f.item.text.trim().slice(0, 40);
  const message =
    `text in ${label(fgName, f.fg)} on ${label(bgName, f.bg)} has a contrast of ` +
    `${f.ratio.toFixed(2)}:1; ${size} text needs ${f.min}:1 (WCAG AA): "${sample}" on page ${f.page}`;
  const extra = {
    span: spanFor(theme, fgName, f.item.span),
    expected: `a contrast of at least ${f.min}:1`,
    found: `${f.ratio.toFixed(2)}:1`,
    hint: fgName
      ? `the nearest colour to ${f.fg} that passes is ${better}: set \`${fgName}: "${better}"\``
      : `the nearest colour to ${f.fg} that passes is ${better}`,
  };
  return isBody(f) ? error('contrast', message, extra) : warning('contrast', message, extra);
}

/**
 * The theme's name for a colour, for messages. Names are in merge order (template, brand, sheet,
 * derived), so the last one with the colour is the most specific: `paper` over `white`, a
 * sheet's own `highlight` over the brand's `accent` of the same value.
 */
function nameOf(theme: Theme, hex: string): string | undefined {
  const same = ([, c]: [string, string]) => parseColor(c) !== undefined && toHex(parseColor(c)!) === hex;
  return Object.entries(theme.colors).reverse().find(same)?.[0];
}

function spanFor(theme: Theme, name: string | undefined, fallback: Span | undefined): Span | undefined {
  return (name && theme.colorOrigins?.[name]) || fallback;
}
