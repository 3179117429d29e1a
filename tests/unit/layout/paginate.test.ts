import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/diag/diagnostic.js';
import type { Band, DocNode, PageNode } from '../../../src/doc/types.js';
import { paginate } from '../../../src/layout/paginate.js';
import type { DisplayItem } from '../../../src/layout/types.js';
import { testContext } from './context.js';

// A 200 × 300 pt page with 20 pt margins (testTheme): content runs from y 20 to 280.
const SIZE = { name: 'test', width: 200, height: 300 };
const rule = (weight: number, gap = 0): DocNode => ({ kind: 'rule', weight, gap });
const space = (height: number, flex = false): DocNode => ({ kind: 'space', height, flex });
/** One 12 pt line of body text (10 pt × 1.2) with an 8 pt gap below. */
const para = (path: string, span?: Span): DocNode => ({
  kind: 'para', path, span, style: { role: 'body' }, inlines: [{ text: 'Hi' }], gap: 8, keepWithNext: false,
});
/** 20 pt high: a 10 pt rule in 5 pt of padding, on a primary fill. */
const footer = (extra: Partial<Band> = {}): Band => ({
  kind: 'band', fill: 'primary', pad: 5, bleed: false, artifact: true, pin: 'bottom', children: [rule(10)],
  ...extra,
});

function place(pages: DocNode[][], bleed = 0) {
  const doc = { pages: pages.map((children): PageNode => ({ kind: 'page', children })) };
  return paginate(doc, SIZE, { ...testContext(), bleed });
}
const tops = (items: DisplayItem[]) =>
  items.map((it) => (it.kind === 'rect' || it.kind === 'text' ? it.y : NaN));
const rects = (items: DisplayItem[]) =>
  items.flatMap((it) => (it.kind === 'rect' ? [[it.x, it.y, it.w, it.h]] : []));

describe('paginate', () => {
  it('stacks blocks from the top margin with the gap below each but the last, page by page', () => {
    const r = place([[rule(10, 5), rule(20, 5), rule(30, 5)], [rule(1)]]);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.map((p) => [p.width, p.height, tops(p.items)])).toEqual([
      [200, 300, [20, 35, 60]], [200, 300, [20]],
    ]);
    expect(r.value[0]!.items[0]).toMatchObject({ kind: 'rect', x: 20, w: 160 });
  });

  it('lets an explicit space replace the gap of the block above it', () => {
    expect(tops(place([[rule(10, 8), space(6), rule(10)]]).value[0]!.items)).toEqual([20, 36]);
  });

  it('shares the leftover height equally between flexible spaces', () => {
    // 260 pt of room, 30 pt used: each of the two flexible spaces takes 115 pt.
    const page = [rule(10), space(0, true), rule(10), space(0, true), rule(10)];
    expect(tops(place([page]).value[0]!.items)).toEqual([20, 145, 270]);
  });

  it('pins a bottom band above the bottom margin, whatever its place in the page', () => {
    const items = place([[footer(), rule(10)]]).value[0]!.items;
    expect(rects(items)).toEqual([[20, 20, 160, 10], [20, 260, 160, 20], [25, 265, 150, 10]]);
    expect(items[1]).toMatchObject({ fill: '#0000ff' });
  });

  it('runs bleeding bands to the page edges and into the print bleed', () => {
    const top: Band = { ...footer(), pin: undefined, bleed: true };
    const items = place([[top, footer({ bleed: true })]], 9).value[0]!.items;
    const fills = items.filter((it) => it.kind === 'rect' && it.fill === '#0000ff');
    // Each band is 20 pt high and 200 + 2 × 9 pt wide; the top one starts 9 pt above the page.
    expect(rects(fills)).toEqual([[-9, -9, 218, 29], [-9, 280, 218, 29]]);
  });

  it('reports overflow at the first section past the limit, with its sheet position and the amount', () => {
    const span: Span = { file: 's.yaml', start: 0, end: 0, line: 9, col: 5 };
    const paras = (last?: Span) => [para('title'), para('stats'), para('facts'), para('footer.text', last)];
    // 4 × 12 + 3 × 8 = 72 pt: after 188 pt of space that just fills the 260 pt; after 200 it is 12 too many.
    expect(place([[space(188), ...paras()]]).diagnostics).toEqual([]);
    expect(place([[rule(1)], [space(200), ...paras(span)]]).diagnostics).toEqual([{
      severity: 'error', code: 'overflow', span,
      message: '`footer.text` does not fit on page 2: the page is 12 pt (4 mm) too full',
      hint: 'shorten this section or the text above it on page 2 by about 1 line, or remove an item',
    }]);
  });
});
