/**
 * Turns a SheetDoc into pages that meet the sheet's page count: laid out at full size, then,
 * if it runs long, with type and gaps a little smaller (within the template's copyfit bounds).
 * If it still runs long, the result is an overflow error per section that spills, plus the
 * pages as laid out with the spill marked in red: a proof to trim against, not a handout.
 */
import { error, type Diagnostic, type Result } from '../diag/diagnostic.js';
import type { SheetDoc } from '../doc/buildSheetDoc.js';
import { LIMITS } from '../load/limits.js';
import type { TemplateLayout } from '../schema/template.js';
import type { Theme } from '../theme/theme.js';
import type { FlowPage } from './flowPages.js';
import { textRun } from './textRun.js';
import { layoutSheet, type SheetPages } from './layoutSheet.js';
import type { PageSize, PlacedPage } from './types.js';
import type { DisplayItem, LayoutContext } from './types.js';

export interface Fitted {
  pages: PlacedPage[];
  /** Which sections each page holds (for checks and messages). */
  flow: FlowPage[];
  /** 1 at full size; below 1 when copyfit shrank type and gaps. */
  scale: number;
  /** The theme at that scale (charts are drawn with it). */
  theme: Theme;
  /** True when these pages are an overflow proof, not the sheet. */
  proof: boolean;
}

export interface FitOptions {
  size: PageSize;
  target: number | 'auto';
}

const RED = '#d62828';

export function fitPages(
  doc: SheetDoc,
  layout: TemplateLayout,
  ctx: LayoutContext,
  opts: FitOptions,
): Result<Fitted | undefined> {
  let attempt: { laid: SheetPages; scale: number; theme: Theme; diagnostics: Diagnostic[] } | undefined;
  for (const scale of scales(layout, ctx.theme)) {
    const theme = scaleTheme(ctx.theme, scale);
    const c = { ...ctx, theme, diagnostics: [] };
    // One page past the limit, so content beyond it shows (and is named) rather than vanishing.
    const laid = layoutSheet(
      doc,
      { ...layout, section_gap: layout.section_gap * scale },
      opts.size,
      c,
      LIMITS.pages + 1,
    );
    attempt = { laid, scale, theme, diagnostics: [...c.diagnostics, ...forcedErrors(laid, doc)] };
    if (opts.target === 'auto' || laid.pages.length <= opts.target) break;
  }
  const { laid, scale, theme, diagnostics } = attempt!;
  const fits = laid.pages.length <= (opts.target === 'auto' ? LIMITS.pages : opts.target);
  if (fits) return { value: { pages: laid.pages, flow: laid.flow, scale, theme, proof: false }, diagnostics };
  const target = opts.target === 'auto' ? LIMITS.pages : opts.target;
  const lineHeight = theme.type.body.size * theme.type.body.leading;
  const overflow = spills(laid.flow, target, doc, lineHeight);
  const pages = laid.pages.map((p, i) => (i < target ? p : markOverset(p, i + 1, target, ctx)));
  return {
    value: { pages, flow: laid.flow, scale, theme, proof: true },
    diagnostics: [...diagnostics, ...overflow],
  };
}

/** Full size first, then smaller steps down to the template's floor (and never below min_body). */
function scales(layout: TemplateLayout, theme: Theme): number[] {
  const floor = Math.max(
    layout.copyfit.min_scale,
    Math.min(1, layout.copyfit.min_body / theme.type.body.size),
  );
  const steps = [1, 0.97, 0.94, 0.92, 0.9, 0.88, 0.85].filter((s) => s > floor + 1e-9);
  return [...steps, floor];
}

function scaleTheme(theme: Theme, scale: number): Theme {
  if (scale === 1) return theme;
  const type = Object.fromEntries(
    Object.entries(theme.type).map(([role, s]) => [role, { ...s, size: s.size * scale }]),
  );
  return { ...theme, type: type as Theme['type'] };
}

/** One error per section with pieces past the last allowed page, at the section's line. */
function spills(flow: readonly FlowPage[], target: number, doc: SheetDoc, lineHeight: number): Diagnostic[] {
  const over = new Map<number, number>();
  for (const page of flow.slice(target)) {
    for (const p of page.pieces) over.set(p.section, (over.get(p.section) ?? 0) + p.laid.height);
  }
  const total = [...over.values()].reduce((a, b) => a + b, 0);
  return [...over].map(([index, height]) => {
    const s = doc.sections.find((d) => d.index === index)!;
    const lines = Math.max(1, Math.ceil(height / lineHeight));
    return error(
      'overflow',
      `\`${s.path}\` does not fit in ${target} page${target === 1 ? '' : 's'}: ` +
        `about ${lines} line${lines === 1 ? '' : 's'} (${Math.ceil(height)} pt) run past page ${target}`,
      {
        span: s.span,
        hint:
          `cut about ${Math.ceil(total / lineHeight)} lines in all from this and the other sections named, ` +
          `or set \`pages: ${target + 1}\` or \`pages: auto\`; NAME.overflow.pdf shows the spill in red`,
      },
    );
  });
}

/** A box taller than a whole page was placed anyway: it runs off the page, so it is an error. */
function forcedErrors(laid: SheetPages, doc: SheetDoc): Diagnostic[] {
  return laid.forced.map((f) => {
    const s = doc.sections.find((d) => d.index === f.section)!;
    return error(
      'overflow',
      `\`${s.path}\` does not fit on page ${f.page}: it is ${Math.ceil(f.excess)} pt ` +
        `(${((f.excess / 72) * 25.4).toFixed(0)} mm) taller than the page`,
      {
        span: s.span,
        hint: 'shorten it, or split it into two sections',
      },
    );
  });
}

/** A page past the allowed count, framed and labelled in red. */
function markOverset(page: PlacedPage, n: number, target: number, ctx: LayoutContext): PlacedPage {
  const face = ctx.fonts.bold;
  const label =
    `OVERSET: page ${n} is beyond the ${target} page${target === 1 ? '' : 's'} this sheet may use. ` +
    "Cut what is shown here (see the build's errors for the sections and lines).";
  const marks: DisplayItem[] = [
    { kind: 'rect', x: 6, y: 6, w: page.width - 12, h: page.height - 12, stroke: RED, lineWidth: 4 },
    { kind: 'rect', x: 6, y: 6, w: page.width - 12, h: 16, fill: RED },
    textRun(face, label, { x: 12, y: 17, size: 7, color: '#ffffff' }),
  ];
  return { ...page, items: [...page.items, ...marks] };
}
