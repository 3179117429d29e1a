import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/diag/diagnostic.js';
import { buildDoc } from '../../../src/doc/buildDoc.js';
import { parseMarkup } from '../../../src/doc/parseMarkup.js';
import type { Stats } from '../../../src/doc/types.js';
import { textWidth } from '../../../src/fonts/measure.js';
import { lowerNode } from '../../../src/layout/lowerNode.js';
import { flatten, type DisplayItem, type Laid } from '../../../src/layout/types.js';
import { lato, testContext, testTheme } from './context.js';

/** Stat values 40 pt Lato Black, as the templates set them; labels 10 pt. */
const theme = testTheme({ stat: { size: 40, face: 'black', leading: 1.05 } });
const buildCtx = {
  notes: new Map(),
  spanOf: () => undefined,
  templateSpan: (at: number): Span => ({ file: 't', start: at, end: at, line: 1, col: at + 1 }),
};

function build(inner: string) {
  const parsed = parseMarkup(`<page>${inner}</page>`, 't');
  expect(parsed.diagnostics).toEqual([]);
  return buildDoc(parsed.value, buildCtx);
}

function statsNode(inner: string): Stats {
  const built = build(inner);
  expect(built.diagnostics).toEqual([]);
  return built.value.pages[0]!.children[0] as Stats;
}

const stat = (value: string, label = 'people helped in the last year') =>
  `<stat value="${value}" label="${label}"/>`;

function lay(values: string[], width: number, attrs = '') {
  const ctx = testContext(theme);
  const node = statsNode(`<stats gap="12"${attrs}>${values.map((v) => stat(v)).join('')}</stats>`);
  return { laid: lowerNode(node, width, ctx), ctx };
}

type Text = Extract<DisplayItem, { kind: 'text' }>;
/** Text items with their visible text: each line's text ends in the space it broke at, past its width. */
const texts = (l: Laid) =>
  flatten(l.items).flatMap((it) => (it.kind === 'text' ? [{ ...it, text: it.text.trimEnd() }] : []));
/** The text items that draw a value: everything set larger than the 10 pt labels. */
const valueItems = (l: Laid) => texts(l).filter((t) => t.size > 10);
const faceOf = (t: Text) => Object.values(lato).find((f) => f.name === t.face)!;
const drawnWidth = (t: Text) => textWidth(faceOf(t), t.text, t.size);

describe('<stats>', () => {
  const values = ['3,801', '40,000–100,000', '79%'];

  it('sets every value at one size, on one line each, within its column, on one baseline', () => {
    // 3 columns of 160 pt: "40,000–100,000" is about 300 pt wide at 40 pt and sets the size for all.
    const { laid, ctx } = lay(values, 504);
    expect(ctx.diagnostics).toEqual([]);
    const items = valueItems(laid);
    expect(items.map((t) => t.text)).toEqual(values);
    const size = items[0]!.size;
    expect(size).toBeLessThan(40);
    expect(size).toBeGreaterThanOrEqual(20);
    expect(items.every((t) => t.size === size)).toBe(true);
    expect(new Set(items.map((t) => t.y)).size).toBe(1);
    items.forEach((t, i) => {
      const left = i * (160 + 12);
      expect(t.x).toBeCloseTo(left, 6);
      expect(t.x + drawnWidth(t)).toBeLessThanOrEqual(left + 160 + 0.01);
    });
    // The widest value is what limits the size: it fills its column.
    expect(drawnWidth(items[1]!)).toBeGreaterThan(159.5);
  });

  it('keeps the role size when every value fits, and lays labels out under each value', () => {
    const { laid } = lay(['12', '79%'], 400);
    expect(valueItems(laid).map((t) => t.size)).toEqual([40, 40]);
    const labels = texts(laid).filter((t) => t.size === 10);
    expect(labels.map((t) => t.x)).toEqual([0, 206]);
    expect(labels.every((t) => t.y > valueItems(laid)[0]!.y)).toBe(true);
  });

  it('never splits', () => {
    expect(lay(values, 504).laid.split).toBeUndefined();
  });

  it('puts five or six stats on two rows of equal columns, all at one size', () => {
    const six = ['1', '22', '333', '4,444', '55,555', '666,666'];
    const { laid } = lay(six, 348);
    const items = valueItems(laid);
    expect(items.map((t) => t.text)).toEqual(six);
    expect(new Set(items.map((t) => t.size)).size).toBe(1);
    expect(items.map((t) => t.x)).toEqual([0, 120, 240, 0, 120, 240].map((x) => expect.closeTo(x, 6)));
    const [top, bottom] = [items.slice(0, 3), items.slice(3)].map((row) => new Set(row.map((t) => t.y)));
    expect([top!.size, bottom!.size]).toEqual([1, 1]);
    expect([...bottom!][0]).toBeGreaterThan([...top!][0]!);
  });

  it('centres a short second row when the stats are centred', () => {
    const { laid } = lay(['1', '2', '3', '4', '5'], 348, ' align="center"');
    const xs = texts(laid).filter((t) => t.size > 10).map((t) => t.x + drawnWidth(t) / 2);
    // Row one: column centres 54, 174, 294; row two's two columns sit in the middle: 114, 234.
    expect(xs).toEqual([54, 174, 294, 114, 234].map((x) => expect.closeTo(x, 6)));
  });

  it('warns when a value is too wide for its column even at half size, and wraps it between words', () => {
    const { laid, ctx } = lay(['about\u00a03,801\u00a0million', '1'], 200);
    expect(ctx.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'stat-too-wide']]);
    const lines = valueItems(laid).map((t) => t.text.trim());
    expect(lines).toEqual(['about', '3,801', 'million', '1']);
  });
});

describe('<stats> markup', () => {
  it('passes its align to stats that set none, and defaults to a 24 pt gap', () => {
    const inner = '<stat value="1" label="a"/><stat value="2" label="b" align="left"/>';
    const node = statsNode(`<stats align="center">${inner}</stats>`);
    expect(node).toMatchObject({ kind: 'stats', gap: 24, align: 'center' });
    expect(node.children.map((s) => [s.kind, s.value, s.label, s.align])).toEqual([
      ['stat', '1', 'a', 'center'], ['stat', '2', 'b', 'left'],
    ]);
  });

  it('holds only stats, at most six', () => {
    const messages = (inner: string) => build(inner).diagnostics.map((d) => d.message);
    const seven = `<stats>${stat('1').repeat(7)}</stats>`;
    expect(messages(seven)).toEqual(['<stats> holds 7 stats; at most 6 fit']);
    expect(messages('<stats><p>x</p></stats>')).toEqual(['<p> inside <stats>; expected <stat>']);
  });
});
