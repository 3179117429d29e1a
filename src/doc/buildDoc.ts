/** Turns the template's markup element tree into the typed DocTree, checking every element. */
import { error, type Diagnostic, type Result, type Span } from '../diag/diagnostic.js';
import { LIMITS } from '../load/limits.js';
import type { MarkupElement, MarkupNode } from './parseMarkup.js';
import { parseInline, splitParagraphs, type NoteNumbers } from './parseInline.js';
import type { DocNode, DocTree, Inline, PageNode, Stack, Style, TextRole } from './types.js';

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
    return el.children.flatMap((c) => (typeof c === 'string' ? this.strayText(el, c) : this.build(c)));
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
  const paras = el.attrs.rich === 'true' ? splitParagraphs(raw) : [raw.replace(/\s+/g, ' ').trim()];
  const link = el.attrs.href;
  return paras.map((p) => (el.attrs.rich === 'true' ? parseInline(p, cx.ctx.notes) : [{ text: p }]).map((r) => (link ? { ...r, link } : r)));
}

/** Outline level of an `<h>`: its `level`, else from its role (kickers and labels are not headings). */
const HEADING_LEVELS: Partial<Record<TextRole, number>> = { title: 1, h1: 2, h2: 2, h3: 3 };

function para(role: TextRole, keepWithNext: boolean): Builder {
  return (el, cx) => inlines(el, cx).map((runs, i, all) => ({
    heading: keepWithNext ? (el.attrs.level ? cx.num(el, 'level', 2) : HEADING_LEVELS[(el.attrs.role as TextRole) ?? role]) : undefined,
    kind: 'para' as const, ...cx.base(el), style: style(el, role), inlines: runs,
    gap: i < all.length - 1 ? cx.num(el, 'para-gap', 6) : cx.num(el, 'gap', 8),
    keepWithNext: keepWithNext || el.attrs.keep === 'next',
  }));
}

const stack = (el: MarkupElement, cx: Cx): Stack => ({ kind: 'stack', ...cx.base(el), children: cx.children(el) });

const BUILDERS: Record<string, Builder> = {
  p: para('body', false),
  h: para('h2', true),
  col: stack,
  stack,
  band: (el, cx) => ({ kind: 'band', ...cx.base(el), fill: el.attrs.fill, pad: cx.num(el, 'pad', 0), bleed: el.attrs.bleed === 'true', artifact: el.attrs.artifact === 'true', pin: el.attrs.pin === 'bottom' ? 'bottom' : undefined, children: cx.children(el) }),
  row: (el, cx) => {
    const cols = el.children.filter((c): c is MarkupElement => typeof c !== 'string').map((c) => stack(c, cx));
    const widths = (el.attrs.widths ?? '').split(/\s+/).filter(Boolean).map(Number);
    if (widths.length && widths.length !== cols.length) cx.fail(el, `<row widths="${el.attrs.widths}"> has ${cols.length} columns`);
    return { kind: 'row', ...cx.base(el), widths: widths.length === cols.length ? widths : cols.map(() => 1), gap: cx.num(el, 'gap', 18), align: el.attrs.align === 'stretch' ? 'stretch' : 'top', children: cols };
  },
  box: (el, cx) => ({ kind: 'box', ...cx.base(el), fill: el.attrs.fill, bar: el.attrs.bar, barSide: el.attrs['bar-side'] === 'top' ? 'top' : 'left', pad: cx.num(el, 'pad', 10), children: cx.children(el) }),
  flow: (el, cx) => ({ kind: 'flow', ...cx.base(el), columns: cx.num(el, 'columns', 2), gap: cx.num(el, 'gap', 18), children: cx.children(el) }),
  stat: (el, cx) => ({ kind: 'stat', ...cx.base(el), value: el.attrs.value ?? '', label: el.attrs.label ?? text(el).trim(), color: el.attrs.color, align: el.attrs.align === 'center' ? 'center' : 'left' }),
  figure: (el, cx) => ({ kind: 'figure', ...cx.base(el), value: el.attrs.value ?? '', label: el.attrs.label, color: el.attrs.color }),
  quote: (el, cx) => ({ kind: 'quote', ...cx.base(el), text: text(el).replace(/\s+/g, ' ').trim(), attribution: el.attrs.by ?? '', color: el.attrs.color, size: el.attrs.size === 'medium' ? 'medium' : 'large' }),
  image: (el, cx) => ({ kind: 'image', ...cx.base(el), src: el.attrs.src ?? '', alt: el.attrs.alt, height: cx.num(el, 'height', 120), caption: el.attrs.caption, shape: el.attrs.shape === 'circle' ? 'circle' : 'rect' }),
  rule: (el, cx) => ({ kind: 'rule', ...cx.base(el), color: el.attrs.color, weight: cx.num(el, 'weight', 1), gap: cx.num(el, 'gap', 8), length: el.attrs.length ? cx.num(el, 'length', 0) : undefined }),
  space: (el, cx) => ({ kind: 'space', ...cx.base(el), height: cx.num(el, 'h', 0), flex: el.attrs.flex === 'true' }),
  list: (el, cx) => ({
    kind: 'list', ...cx.base(el), marker: (el.attrs.marker as 'bullet' | 'number' | 'none') ?? 'bullet', style: style(el, 'body'), gap: cx.num(el, 'gap', 6), ruled: el.attrs.ruled === 'true',
    items: el.children.filter((c): c is MarkupElement => typeof c !== 'string' && c.name === 'li').map((li) => parseInline(text(li).replace(/\s+/g, ' ').trim(), cx.ctx.notes)),
  }),
  timeline: (el, cx) => ({
    kind: 'timeline', ...cx.base(el),
    events: el.children.filter((c): c is MarkupElement => typeof c !== 'string' && c.name === 'event').map((ev) => ({
      year: ev.attrs.year ?? '', title: ev.attrs.title ?? '', text: text(ev).replace(/\s+/g, ' ').trim() || undefined, span: cx.base(ev).span,
    })),
  }),
  notes: (el, cx) => ({
    kind: 'notes', ...cx.base(el),
    items: el.children.filter((c): c is MarkupElement => typeof c !== 'string' && c.name === 'note').map((n) => ({ marker: n.attrs.marker ?? '', text: text(n).replace(/\s+/g, ' ').trim() })),
  }),
  qr: (el, cx) => ({ kind: 'qr', ...cx.base(el), url: el.attrs.href ?? '', size: cx.num(el, 'size', 64), alt: el.attrs.alt }),
  chart: (el, cx) => ({ kind: 'chart', ...cx.base(el), ref: el.attrs.ref ?? '', height: cx.num(el, 'height', 160) }),
};

export function buildDoc(root: MarkupElement, ctx: BuildContext): Result<DocTree> {
  const cx = new Cx(ctx);
  const pages: PageNode[] = [];
  for (const child of root.children) {
    if (typeof child === 'string' || child.name !== 'page') {
      cx.diagnostics.push(error('template', 'the template must contain only <page> elements at the top', { span: ctx.templateSpan(typeof child === 'string' ? 0 : child.offset) }));
      continue;
    }
    pages.push({ kind: 'page', ...cx.base(child), children: cx.children(child) });
  }
  if (pages.length > LIMITS.pages) {
    cx.diagnostics.push(error('too-many-pages', `the template lays out ${pages.length} pages; the limit is ${LIMITS.pages}`, { span: ctx.templateSpan(0) }));
  }
  return { value: { pages }, diagnostics: cx.diagnostics };
}
