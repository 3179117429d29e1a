/** Turns inline runs into a measured, splittable text block (the basis of every text in a sheet). */
import type { Inline } from '../doc/types.js';
import type { Span } from '../diag/diagnostic.js';
import type { StructNode } from '../doc/structure.js';
import { textWidth } from '../fonts/measure.js';
import type { LoadedFace } from '../fonts/registry.js';
import { missingGlyphError } from '../text/coverage.js';
import { breakLines, type Line } from './breakLines.js';
import type { ResolvedStyle } from './textStyle.js';
import { laid, type DisplayItem, type Laid, type LayoutContext } from './types.js';

/** Lines kept together at the top and the bottom of a split paragraph. */
const MIN_LINES = 2;

export interface TextOptions {
  path?: string;
  span?: Span;
  gapAfter?: number;
  keepWithNext?: boolean;
  /** Structure node the text is tagged with. */
  tag?: StructNode;
}

export function layoutText(
  runs: readonly Inline[],
  style: ResolvedStyle,
  width: number,
  ctx: LayoutContext,
  opts: TextOptions = {},
): Laid {
  const missing = new Set<string>();
  const lines = breakLines(runs, style, width, ctx, missing);
  if (missing.size) reportMissing(missing, ctx, opts);
  const metrics = { face: ctx.fonts[style.face], family: new Set(Object.values(ctx.fonts)) };
  return fromLines(lines, style, opts, metrics);
}

/** A one-line value (a big number) set smaller, down to half size, when it is wider than its box. */
export function fitOneLine(
  text: string,
  style: ResolvedStyle,
  width: number,
  ctx: LayoutContext,
): ResolvedStyle {
  const face = ctx.fonts[style.face];
  const natural =
    textWidth(face, style.upper ? text.toUpperCase() : text, style.size) +
    style.tracking * style.size * [...text].length;
  if (natural <= width) return style;
  return { ...style, size: Math.max(style.size / 2, (style.size * width) / natural - 0.01) };
}

export function lineHeight(style: ResolvedStyle): number {
  return style.size * style.leading;
}

/** Baseline of a line, from the line's top: the half-leading model with the font's own metrics. */
export function baselineOffset(style: ResolvedStyle, ascent: number, descent: number): number {
  return (lineHeight(style) - (ascent - descent) * style.size) / 2 + ascent * style.size;
}

/**
 * `metrics.face` is the style's own face: every piece of a line sits on its baseline, also one
 * set in a fallback face (Noto Sans Bengali's ascent and descent would put Bengali words 0.13 em
 * higher than the Latin words beside them).
 */
function fromLines(lines: Line[], style: ResolvedStyle, opts: TextOptions, metrics: Metrics): Laid {
  const items: DisplayItem[] = [];
  const boxes = lineBoxes(lines, style, metrics);
  lines.forEach((line, i) => {
    const { top, height: lh, baseline: base } = boxes[i]!;
    for (const p of line.pieces) {
      const text: DisplayItem = {
        kind: 'text',
        x: p.x,
        y: base + p.dy,
        text: p.text,
        face: p.face.name,
        glyphs: p.glyphs,
        size: p.size,
        color: p.color,
        tracking: p.tracking,
        link: p.link,
        tag: opts.tag,
      };
      if (p.level % 2) text.rtl = true;
      items.push(text);
      if (p.link)
        items.push({ kind: 'link', x: p.x, y: top, w: p.width, h: lh, url: p.link, tag: opts.tag });
    }
  });
  // n × leading exactly (as before lines could grow), plus what lines grew.
  const lh = lineHeight(style);
  const height = lines.length * lh + boxes.reduce((sum, b) => sum + (b.height - lh), 0);
  const sections = opts.path ? [{ path: opts.path, span: opts.span, top: 0, bottom: height }] : [];
  return laid(height, items, {
    gapAfter: opts.gapAfter ?? 0,
    keepWithNext: opts.keepWithNext ?? false,
    sections,
    split:
      lines.length >= 2 * MIN_LINES
        ? (available) => splitAt(lines, style, opts, metrics, available)
        : undefined,
  });
}

/** The style's own face, whose metrics place every line, and its family's faces. */
interface Metrics {
  face: LoadedFace;
  family: ReadonlySet<LoadedFace>;
}

interface LineBox {
  top: number;
  height: number;
  baseline: number;
}

/**
 * Where each line goes. A line is the style's leading tall, with its baseline where the style's
 * own face puts it; a line with a taller script set in a fallback face (Bengali, Arabic) grows
 * by what that face's ascent and descent need beyond the line, so it never runs into the line or
 * block next to it. Lines in the family's own faces never grow: English layout is unchanged.
 */
function lineBoxes(lines: readonly Line[], style: ResolvedStyle, metrics: Metrics): LineBox[] {
  const lh = lineHeight(style);
  const baseline = baselineOffset(style, metrics.face.ascent, metrics.face.descent);
  // Tops as i × leading plus what lines above grew, so lines that grow nothing land exactly
  // where a multiple of the leading puts them.
  let grown = 0;
  return lines.map((line, i) => {
    let [above, below] = [0, 0];
    for (const p of line.pieces) {
      if (metrics.family.has(p.face)) continue;
      above = Math.max(above, p.face.ascent * p.size - baseline - p.dy);
      below = Math.max(below, -p.face.descent * p.size - (lh - baseline) + p.dy);
    }
    const top = i * lh + grown;
    grown += above + below;
    return { top, height: lh + above + below, baseline: top + above + baseline };
  });
}

function splitAt(
  lines: Line[],
  style: ResolvedStyle,
  opts: TextOptions,
  metrics: Metrics,
  available: number,
): [Laid, Laid] | undefined {
  const boxes = lineBoxes(lines, style, metrics);
  const fitting = boxes.filter((b) => b.top + b.height <= available + 0.01).length;
  const fit = Math.min(fitting, lines.length - MIN_LINES);
  if (fit < MIN_LINES) return undefined;
  return [
    fromLines(lines.slice(0, fit), style, { ...opts, gapAfter: 0 }, metrics),
    fromLines(lines.slice(fit), style, opts, metrics),
  ];
}

function reportMissing(missing: Set<string>, ctx: LayoutContext, opts: TextOptions) {
  const where = opts.path ? ` in \`${opts.path}\`` : '';
  ctx.diagnostics.push(missingGlyphError(missing, where, ctx.fonts, opts.span));
}
