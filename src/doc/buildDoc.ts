/** Turns the template's markup element tree into the typed DocTree, checking every element. */
import { error, type Diagnostic, type Result, type Span } from '../diag/diagnostic.js';
import { LIMITS } from '../load/limits.js';
import type { MarkupElement, MarkupNode } from './parseMarkup.js';
import { parseInline, splitParagraphs, type NoteNumbers } from './parseInline.js';
import type {
  CellAlign,
  DocNode,
  DocTree,
  Inline,
  ItemAt,
  ListNode,
  PageNode,
  Stack,
  Stat,
  Stats,
  Style,
  TableNode,
  TextRole,
} from './types.js';
import { collapseSpaces } from '../text/whitespace.js';
import { autoAligns, givenAligns } from './cellAligns.js';

export interface BuildContext {
  notes: NoteNumbers;
  /** Resolves `path="stats.items[0]"` to the sheet position. */
  spanOf(path: string): Span | undefined;
  /** Where template errors point. */
  templateSpan(offset: number): Span;
}

type Builder = (el: MarkupElement, cx: Cx) => DocNode | DocNode[];

class Cx {
  diagnostics: Diagnostic[] = [];
  constructor(readonly ctx: BuildContext) {}
  fail(el: MarkupElement, message: string): void {
    this.diagnostics.push(error('template', message, { span: this.ctx.templateSpan(el.offset) }));
  }
  num(el: MarkupElement, name: string, fallback: number): number {
    const raw = el.attrs[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (Number.isFinite(n)) return n;
    this.fail(el, `<${el.name} ${name}="${raw}">: expected a number`);
    return fallback;
  }
  base(el: MarkupElement) {
    const path = el.attrs.path;
    return path ? { path, span: this.ctx.spanOf(path) } : {};
  }
  children(el: MarkupElement): DocNode[] {
    const nodes = el.children.flatMap((c) => (typeof c === 'string' ? this.strayText(el, c) : this.build(c)));
    // A rule right under a heading belongs to it: both stay with the text that follows.
    return nodes.map((n, i) => {
      const before = nodes[i - 1];
      return n.kind === 'rule' && before?.kind === 'para' && before.keepWithNext
        ? { ...n, keepWithNext: true }
        : n;
    });
  }
  build(el: MarkupElement): DocNode[] {
    const builder = BUILDERS[el.name];
    if (!builder) {
      this.fail(el, `unknown layout element <${el.name}>; known: ${Object.keys(BUILDERS).join(', ')}`);
      return [];
    }
    const out = builder(el, this);
    return Array.isArray(out) ? out : [out];
  }
  /** The child elements named `name`; with `strict`, anything else inside is a template error. */
  elements(el: MarkupElement, name: string, strict = true): MarkupElement[] {
    const ok = (c: MarkupNode): c is MarkupElement => typeof c !== 'string' && c.name === name;
    if (strict) {
      for (const c of el.children.filter((c) => !ok(c))) {
        if (typeof c === 'string') this.strayText(el, c);
        else this.fail(c, `<${c.name}> inside <${el.name}>; expected <${name}>`);
      }
    }
    return el.children.filter(ok);
  }
  private strayText(el: MarkupElement, text: string): DocNode[] {
    this.fail(el, `text "${text.trim().slice(0, 30)}" directly inside <${el.name}>; put it in a <p>`);
    return [];
  }
}

export function text(el: MarkupElement): string {
  return el.children.map((c: MarkupNode) => (typeof c === 'string' ? c : text(c))).join('');
}

function style(el: MarkupElement, role: TextRole): Style {
  const align = el.attrs.align as Style['align'];
  const upper = el.attrs.upper === undefined ? undefined : el.attrs.upper === 'true';
  return { role: (el.attrs.role as TextRole) ?? role, color: el.attrs.color, align, upper };
}

function inlines(el: MarkupElement, cx: Cx): Inline[][] {
  const raw = text(el);
  const paras = el.attrs.rich === 'true' ? splitParagraphs(raw) : [collapseSpaces(raw)];
  const link = el.attrs.href;
  return paras.map((p) =>
    (el.attrs.rich === 'true' ? parseInline(p, cx.ctx.notes) : [{ text: p }]).map((r) =>
      link ? { ...r, link } : r,
    ),
  );
}

/** Outline level of an `<h>`: its `level`, else from its role (kickers and labels are not headings). */
const HEADING_LEVELS: Partial<Record<TextRole, number>> = { title: 1, h1: 2, h2: 2, h3: 3 };

function para(role: TextRole, keepWithNext: boolean): Builder {
  return (el, cx) =>
    inlines(el, cx).map((runs, i, all) => ({
      heading: keepWithNext
        ? el.attrs.level
          ? cx.num(el, 'level', 2)
          : HEADING_LEVELS[(el.attrs.role as TextRole) ?? role]
        : undefined,
      kind: 'para' as const,
      ...cx.base(el),
      style: style(el, role),
      inlines: runs,
      gap: i < all.length - 1 ? cx.num(el, 'para-gap', 6) : cx.num(el, 'gap', 8),
      keepWithNext: keepWithNext || el.attrs.keep === 'next',
    }));
}

function list(el: MarkupElement, cx: Cx): ListNode {
  const lis = el.children.filter((c): c is MarkupElement => typeof c !== 'string' && c.name === 'li');
  const node: ListNode = {
    kind: 'list',
    ...cx.base(el),
    marker: (el.attrs.marker as ListNode['marker']) ?? 'bullet',
    style: style(el, 'body'),
    gap: cx.num(el, 'gap', 6),
    ruled: el.attrs.ruled === 'true',
    items: lis.map((li) => parseInline(plain(li), cx.ctx.notes)),
  };
  if (el.attrs.path || lis.some((li) => li.attrs.path)) {
    node.itemAt = lis.map((li, i) => itemAt(el, li, i, cx));
  }
  return node;
}

/**
 * Where an item points: its own `path`, else the list's path indexed (`facts.items[3]`), so an
 * overflow names the item's own line rather than the list's first one.
 */
function itemAt(list: MarkupElement, li: MarkupElement, i: number, cx: Cx): ItemAt {
  const path = li.attrs.path ?? (list.attrs.path ? `${list.attrs.path}[${i}]` : undefined);
  return path ? { path, span: cx.ctx.spanOf(path) } : {};
}

const plain = (el: MarkupElement) => collapseSpaces(text(el));

/** `<image size="…">`: heights (pt) of a photo section's three sizes. */
const IMAGE_HEIGHTS: Record<string, number> = { small: 110, medium: 170, large: 240 };

/** `<table widths align role gap>` of `<tr head="true">` rows of `<td>` cells; header rows first. */
function table(el: MarkupElement, cx: Cx): TableNode[] {
  const trs = cx.elements(el, 'tr');
  if (!trs.length) return [];
  const headRows = trs.findIndex((tr) => tr.attrs.head !== 'true');
  const head = headRows < 0 ? trs.length : headRows;
  if (trs.slice(head).some((tr) => tr.attrs.head === 'true')) {
    cx.fail(el, '<tr head="true"> rows must come first in a <table>');
  }
  const widths = tableWidths(el, trs, cx);
  const rows = trs.map((tr) => ({ ...cx.base(tr), cells: fitCells(tr, widths.length, cx) }));
  return [
    {
      kind: 'table',
      ...cx.base(el),
      rows,
      headRows: head,
      widths,
      aligns:
        el.attrs.align === 'auto'
          ? autoAligns(rows.slice(head), widths.length)
          : tableAligns(el, widths.length, cx),
      role: (el.attrs.role as TextRole) ?? 'body',
      gap: cx.num(el, 'gap', 12),
    },
  ];
}

/** Relative column widths: `widths="2 1 1"`, else equal columns, as many as the widest row. */
function tableWidths(el: MarkupElement, trs: MarkupElement[], cx: Cx): number[] {
  const given = (el.attrs.widths ?? '').split(/\s+/).filter(Boolean).map(Number);
  if (given.length && given.every((w) => Number.isFinite(w) && w > 0)) return given;
  if (given.length) cx.fail(el, `<table widths="${el.attrs.widths}">: expected positive numbers`);
  const columns = Math.max(1, ...trs.map((tr) => cx.elements(tr, 'td', false).length));
  return Array<number>(columns).fill(1);
}

function tableAligns(el: MarkupElement, columns: number, cx: Cx): CellAlign[] {
  const given = givenAligns(el.attrs.align, columns);
  if (el.attrs.align?.trim() && !given) {
    cx.fail(el, `<table align="${el.attrs.align}">: expected ${columns} of left, center, right`);
  }
  return given ?? Array<CellAlign>(columns).fill('left');
}

/** A row's cell texts, exactly one per column (a row of another length is a template error). */
function fitCells(tr: MarkupElement, columns: number, cx: Cx): string[] {
  const cells = cx.elements(tr, 'td').map(plain);
  if (cells.length !== columns) {
    const has = `${cells.length} cell${cells.length === 1 ? '' : 's'}`;
    cx.fail(tr, `<tr> has ${has}; the table has ${columns} columns`);
  }
  return Array.from({ length: columns }, (_, i) => cells[i] ?? '');
}

/** More stats than this would be set too small: two rows of three is the most a page takes. */
const MAX_STATS = 6;

/** `<stats gap align>` of `<stat>`s; the row's `align` applies to each stat that sets none. */
function stats(el: MarkupElement, cx: Cx): Stats {
  const align = el.attrs.align === 'center' ? 'center' : 'left';
  const children = cx.elements(el, 'stat').map((s): Stat => {
    const stat = BUILDERS.stat!(s, cx) as Stat;
    return s.attrs.align === undefined ? { ...stat, align } : stat;
  });
  if (children.length > MAX_STATS) {
    cx.fail(el, `<stats> holds ${children.length} stats; at most ${MAX_STATS} fit`);
  }
  const gap = cx.num(el, 'gap', 24);
  return { kind: 'stats', ...cx.base(el), gap, align, children: children.slice(0, MAX_STATS) };
}

const stack = (el: MarkupElement, cx: Cx): Stack => ({
  kind: 'stack',
  ...cx.base(el),
  children: cx.children(el),
});

const BUILDERS: Record<string, Builder> = {
  p: para('body', false),
  h: para('h2', true),
  col: stack,
  stack,
  band: (el, cx) => ({
    kind: 'band',
    ...cx.base(el),
    fill: el.attrs.fill,
    pad: cx.num(el, 'pad', 0),
    bleed: el.attrs.bleed === 'true',
    artifact: el.attrs.artifact === 'true',
    pin: el.attrs.pin === 'bottom' ? 'bottom' : undefined,
    children: cx.children(el),
  }),
  row: (el, cx) => {
    const cols = el.children
      .filter((c): c is MarkupElement => typeof c !== 'string')
      .map((c) => stack(c, cx));
    const widths = (el.attrs.widths ?? '').split(/\s+/).filter(Boolean).map(Number);
    if (widths.length && widths.length !== cols.length)
      cx.fail(el, `<row widths="${el.attrs.widths}"> has ${cols.length} columns`);
    return {
      kind: 'row',
      ...cx.base(el),
      widths: widths.length === cols.length ? widths : cols.map(() => 1),
      gap: cx.num(el, 'gap', 18),
      align: el.attrs.align === 'stretch' ? 'stretch' : 'top',
      children: cols,
    };
  },
  box: (el, cx) => ({
    kind: 'box',
    ...cx.base(el),
    fill: el.attrs.fill,
    bar: el.attrs.bar,
    barSide: el.attrs['bar-side'] === 'top' ? 'top' : 'left',
    pad: cx.num(el, 'pad', 10),
    children: cx.children(el),
  }),
  flow: (el, cx) => ({
    kind: 'flow',
    ...cx.base(el),
    columns: cx.num(el, 'columns', 2),
    gap: cx.num(el, 'gap', 18),
    children: cx.children(el),
  }),
  stat: (el, cx) => ({
    kind: 'stat',
    ...cx.base(el),
    value: el.attrs.value ?? '',
    label: el.attrs.label ?? text(el).trim(),
    color: el.attrs.color,
    align: el.attrs.align === 'center' ? 'center' : 'left',
  }),
  stats,
  figure: (el, cx) => ({
    kind: 'figure',
    ...cx.base(el),
    value: el.attrs.value ?? '',
    label: el.attrs.label,
    color: el.attrs.color,
  }),
  quote: (el, cx) => ({
    kind: 'quote',
    ...cx.base(el),
    text: collapseSpaces(text(el)),
    attribution: el.attrs.by ?? '',
    color: el.attrs.color,
    size: el.attrs.size === 'medium' ? 'medium' : 'large',
  }),
  image: (el, cx) => ({
    kind: 'image',
    ...cx.base(el),
    src: el.attrs.src ?? '',
    alt: el.attrs.alt,
    height: cx.num(el, 'height', IMAGE_HEIGHTS[el.attrs.size ?? ''] ?? 120),
    caption: el.attrs.caption,
    shape: el.attrs.shape === 'circle' || el.attrs.shape === 'contain' ? el.attrs.shape : 'rect',
  }),
  rule: (el, cx) => ({
    kind: 'rule',
    ...cx.base(el),
    color: el.attrs.color,
    weight: cx.num(el, 'weight', 1),
    gap: cx.num(el, 'gap', 8),
    length: el.attrs.length ? cx.num(el, 'length', 0) : undefined,
  }),
  space: (el, cx) => ({
    kind: 'space',
    ...cx.base(el),
    height: cx.num(el, 'h', 0),
    flex: el.attrs.flex === 'true',
  }),
  list,
  table,
  timeline: (el, cx) => ({
    kind: 'timeline',
    ...cx.base(el),
    events: el.children
      .filter((c): c is MarkupElement => typeof c !== 'string' && c.name === 'event')
      .map((ev) => ({
        year: ev.attrs.year ?? '',
        title: ev.attrs.title ?? '',
        text: collapseSpaces(text(ev)) || undefined,
        span: cx.base(ev).span,
      })),
  }),
  notes: (el, cx) => ({
    kind: 'notes',
    ...cx.base(el),
    items: el.children
      .filter((c): c is MarkupElement => typeof c !== 'string' && c.name === 'note')
      .map((n) => ({ marker: n.attrs.marker ?? '', text: collapseSpaces(text(n)) })),
  }),
  qr: (el, cx) => ({
    kind: 'qr',
    ...cx.base(el),
    url: el.attrs.href ?? '',
    size: cx.num(el, 'size', 64),
    alt: el.attrs.alt,
  }),
  chart: (el, cx) => ({
    kind: 'chart',
    ...cx.base(el),
    ref: el.attrs.ref ?? '',
    height: cx.num(el, 'height', 160),
    size: (['small', 'medium', 'large', 'full'] as const).find((k) => k === el.attrs.size),
    sourceLabel: el.attrs['source-label'],
  }),
};

export function buildDoc(root: MarkupElement, ctx: BuildContext): Result<DocTree> {
  const cx = new Cx(ctx);
  const pages: PageNode[] = [];
  for (const child of root.children) {
    if (typeof child === 'string' || child.name !== 'page') {
      cx.diagnostics.push(
        error('template', 'the template must contain only <page> elements at the top', {
          span: ctx.templateSpan(typeof child === 'string' ? 0 : child.offset),
        }),
      );
      continue;
    }
    pages.push({ kind: 'page', ...cx.base(child), children: cx.children(child) });
  }
  if (pages.length > LIMITS.pages) {
    cx.diagnostics.push(
      error('too-many-pages', `the template lays out ${pages.length} pages; the limit is ${LIMITS.pages}`, {
        span: ctx.templateSpan(0),
      }),
    );
  }
  return { value: { pages }, diagnostics: cx.diagnostics };
}

/** Builds the blocks of one rendered fragment: a section's markup, or a page header or footer. */
export function buildFragment(root: MarkupElement, ctx: BuildContext): Result<DocNode[]> {
  const cx = new Cx(ctx);
  return { value: cx.children(root), diagnostics: cx.diagnostics };
}
