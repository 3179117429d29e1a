/**
 * The pagination engine on its own: synthetic measured boxes (heights only, no text) poured
 * over page frames. A box splits at whole "lines" of 10 pt, as a paragraph does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowPages, type FlowItem, type FlowOptions, type FlowPage, type Frame, type FrameChoice, type Place } from '../../../src/layout/flowPages.js';
import { laid, type Laid } from '../../../src/layout/types.js';

const LINE = 10;

/** A box `height` high that splits after any whole number of lines (or never, if `rigid`). */
function box(height: number, rigid = false): Laid {
  return laid(height, [], {
    split: rigid ? undefined : (available) => {
      const head = Math.floor(available / LINE) * LINE;
      return head > 0 && head < height ? [box(head), box(height - head)] : undefined;
    },
  });
}

interface Spec {
  place?: Place;
  rigid?: boolean;
  breakBefore?: boolean;
}

/** Sections numbered in order, as layoutSheet numbers them. */
const items = (...specs: [number, Spec?][]): FlowItem[] => specs.map(([height, s = {}], section) => ({
  place: s.place ?? 'full', breakBefore: s.breakBefore ?? false, laid: box(height, s.rigid), section,
}));

const OPTS: FlowOptions = { sectionGap: 10, maxPages: 20, maxStretch: 0 };
const page100 = (): Frame => ({ top: 0, bottom: 100 });

function flow(input: FlowItem[], frameOf: (c: FrameChoice) => Frame = page100, opts: Partial<FlowOptions> = {}) {
  return flowPages(input, frameOf, { ...OPTS, ...opts });
}

/** Each page's pieces as `place section @y height`, `+` marking a continuation. */
const show = (pages: readonly FlowPage[]) => pages.map((p) =>
  p.pieces.map((pc) => `${pc.place} ${pc.section} @${pc.y} ${pc.laid.height}${pc.first ? '' : '+'}`));
const flags = (pages: readonly FlowPage[]) => pages.map((p) => [p.first, p.last]);

describe('flowPages', () => {
  it('stacks full-width sections from the frame top, with the gap between them, onto later pages', () => {
    const r = flow(items([30], [20], [25], [40, { rigid: true }]), () => ({ top: 20, bottom: 120 }));
    expect(show(r.pages)).toEqual([
      ['full 0 @20 30', 'full 1 @60 20', 'full 2 @90 25'],
      ['full 3 @20 40'],
    ]);
    expect(flags(r.pages)).toEqual([[true, false], [false, true]]);
    expect(r.forced).toEqual([]);
  });

  it('fills the main and side columns side by side, and continues both on the next page', () => {
    const r = flow(items([60, { place: 'main' }], [30, { place: 'side' }], [60, { place: 'main' }], [30, { place: 'side' }], [50, { place: 'side' }]));
    expect(show(r.pages)).toEqual([
      ['main 0 @0 60', 'main 2 @70 30', 'side 1 @0 30', 'side 3 @40 30', 'side 4 @80 20'],
      ['main 2 @0 30+', 'side 4 @0 30+'],
    ]);
    expect(r.forced).toEqual([]);
  });

  it('puts a full section below the taller column, and starts new columns below it', () => {
    const r = flow(items([40, { place: 'main' }], [20, { place: 'side' }], [10], [15, { place: 'side' }]), () => ({ top: 0, bottom: 200 }));
    expect(show(r.pages)).toEqual([['main 0 @0 40', 'side 1 @0 20', 'full 2 @50 10', 'side 3 @70 15']]);
  });

  it('starts a section marked break-before on a new page', () => {
    expect(show(flow(items([30], [30, { breakBefore: true }])).pages)).toEqual([['full 0 @0 30'], ['full 1 @0 30']]);
    // In the columns too: a side section with a break does not join the main column beside it.
    expect(show(flow(items([30, { place: 'main' }], [30, { place: 'side', breakBefore: true }])).pages))
      .toEqual([['main 0 @0 30'], ['side 1 @0 30']]);
  });

  it('never leaves a page empty for a break: not at the start, nor after a page that just filled up', () => {
    expect(show(flow(items([30, { breakBefore: true }], [30])).pages)).toEqual([['full 0 @0 30', 'full 1 @40 30']]);
    expect(show(flow(items([95, { rigid: true }], [30, { breakBefore: true }])).pages)).toEqual([['full 0 @0 95'], ['full 1 @0 30']]);
  });

  it('splits a section that does not fit, marking every piece after the first as a continuation', () => {
    const r = flow(items([20], [250]));
    expect(show(r.pages)).toEqual([['full 0 @0 20', 'full 1 @30 70'], ['full 1 @0 100+'], ['full 1 @0 80+']]);
    expect(r.pages.flatMap((p) => p.pieces).filter((p) => p.section === 1).map((p) => p.first)).toEqual([true, false, false]);
  });

  it('moves a section that cannot split to the next page rather than cutting it', () => {
    expect(show(flow(items([50], [60, { rigid: true }])).pages)).toEqual([['full 0 @0 50'], ['full 1 @0 60']]);
  });

  it('forces a box taller than a page onto a fresh page of its own, and reports it', () => {
    const r = flow(items([30], [150, { rigid: true }], [20]));
    expect(show(r.pages)).toEqual([['full 0 @0 30'], ['full 1 @0 150'], ['full 2 @0 20']]);
    expect(r.forced).toEqual([{ section: 1, page: 2, excess: 50 }]);
    const inColumn = flow(items([120, { place: 'side', rigid: true }], [40, { place: 'main' }]));
    expect(show(inColumn.pages)).toEqual([['main 1 @0 40', 'side 0 @0 120']]);
    expect(inColumn.forced).toEqual([{ section: 0, page: 1, excess: 20 }]);
  });

  it('uses the first and following frames, and the last frame on the last page', () => {
    const frames = ({ first, last }: FrameChoice): Frame => ({ top: first ? 40 : 10, bottom: last ? 90 : 100 });
    const one = flow(items([20], [20]), frames);
    expect(show(one.pages)).toEqual([['full 0 @40 20', 'full 1 @70 20']]);
    expect(flags(one.pages)).toEqual([[true, true]]);
    const two = flow(items([50, { rigid: true }], [50, { rigid: true }], [20]), frames);
    expect(show(two.pages)).toEqual([['full 0 @40 50'], ['full 1 @10 50', 'full 2 @70 20']]);
    expect(flags(two.pages)).toEqual([[true, false], [false, true]]);
  });

  it('keeps the usual frame when the rest does not fit above a taller last footer, so the next page has content', () => {
    const frames = ({ last }: FrameChoice): Frame => ({ top: 0, bottom: last ? 60 : 100 });
    // 30 + 10 + 40 fits the usual frame (100) but not the last one (60): the 40 moves on.
    const r = flow(items([30], [40, { rigid: true }]), frames);
    expect(show(r.pages)).toEqual([['full 0 @0 30'], ['full 1 @0 40']]);
    expect(flags(r.pages)).toEqual([[true, false], [false, true]]);
    expect(r.forced).toEqual([]);
    // A splittable section gives the last page what does not fit above the last footer.
    const split = flow(items([30], [50]), frames);
    expect(show(split.pages)).toEqual([['full 0 @0 30', 'full 1 @40 20'], ['full 1 @0 30+']]);
    expect(flags(split.pages)).toEqual([[true, false], [false, true]]);
  });

  it('reports nothing forced when a box fits the usual frame but not the last one, and something follows it', () => {
    // 80 fits the usual frame (100) but not the last (60). Laying the page out for the last frame
    // forces the 80 there; the page then keeps its usual frame, where the 80 fits, so nothing
    // runs off the page and nothing should be reported.
    const frames = ({ last }: FrameChoice): Frame => ({ top: 0, bottom: last ? 60 : 100 });
    const r = flow(items([80, { rigid: true }], [10]), frames);
    expect(show(r.pages)).toEqual([['full 0 @0 80'], ['full 1 @0 10']]);
    expect(flags(r.pages)).toEqual([[true, false], [false, true]]);
    expect(r.forced).toEqual([]);
  });

  it('spreads a full page\'s leftover height between its rows, capped, and never on the last page', () => {
    const stretched = (maxStretch: number) => show(flow(items([30], [30], [30], [100, { rigid: true }]), () => ({ top: 0, bottom: 200 }), { maxStretch }).pages);
    // 90 pt left under three rows: 45 pt between each pair uncapped, 15 pt when capped at 15.
    expect(stretched(100)).toEqual([['full 0 @0 30', 'full 1 @85 30', 'full 2 @170 30'], ['full 3 @0 100']]);
    expect(stretched(15)).toEqual([['full 0 @0 30', 'full 1 @55 30', 'full 2 @110 30'], ['full 3 @0 100']]);
    const last = flow(items([30], [30], [30]), () => ({ top: 0, bottom: 200 }), { maxStretch: 100 });
    expect(show(last.pages)).toEqual([['full 0 @0 30', 'full 1 @40 30', 'full 2 @80 30']]);
  });

  it('moves a column group as one row when balancing', () => {
    const r = flow(items([30], [30, { place: 'main' }], [50, { place: 'side' }], [30], [100, { rigid: true }]), () => ({ top: 0, bottom: 200 }), { maxStretch: 100 });
    // Rows: full 0 (0–30), columns (40–90), full 3 (100–130); 70 pt left: 35 between rows.
    expect(show(r.pages)[0]).toEqual(['full 0 @0 30', 'main 1 @75 30', 'side 2 @75 50', 'full 3 @170 30']);
  });

  it('gives an empty sheet one (last) page', () => {
    const r = flow([]);
    expect(r.pages).toEqual([{ first: true, last: true, pieces: [] }]);
  });

  it('never drops, repeats or overlaps anything, and never leaves a page empty', () => {
    const spec = fc.record({
      place: fc.constantFrom<Place>('full', 'main', 'side'),
      height: fc.integer({ min: 1, max: 260 }),
      rigid: fc.boolean(),
      breakBefore: fc.boolean(),
    });
    const frame = fc.integer({ min: 0, max: 40 }).chain((top) =>
      fc.integer({ min: top + 60, max: top + 240 }).map((bottom) => ({ top, bottom })));
    const setup = fc.record({
      specs: fc.array(spec, { maxLength: 25 }),
      frames: fc.record({ first: frame, following: frame }),
      // The last page keeps its header but may have a taller (or shorter) footer.
      lastBottom: fc.record({ first: fc.integer({ min: -80, max: 20 }), following: fc.integer({ min: -80, max: 20 }) }),
      gap: fc.integer({ min: 0, max: 20 }),
      maxStretch: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(fc.property(setup, ({ specs, frames, lastBottom, gap, maxStretch }) => {
      const input = specs.map((s, section): FlowItem => ({ place: s.place, breakBefore: s.breakBefore, laid: box(s.height, s.rigid), section }));
      const frameOf = ({ first, last }: FrameChoice): Frame => {
        const usual = first ? frames.first : frames.following;
        const bottom = usual.bottom + (first ? lastBottom.first : lastBottom.following);
        return last ? { top: usual.top, bottom: Math.max(bottom, usual.top + 20) } : usual;
      };
      const heights = [true, false].flatMap((first) => [true, false].map((last) => frameOf({ first, last })))
        .map((f) => f.bottom - f.top);
      const r = flowPages(input, frameOf, { sectionGap: gap, maxPages: 1000, maxStretch });
      const pieces = r.pages.flatMap((p, page) => p.pieces.map((pc) => ({ ...pc, page })));

      // Every box's height appears exactly once: its pieces add up to it, one piece is its first.
      specs.forEach((s, i) => {
        const own = pieces.filter((pc) => pc.section === i);
        expect(own.reduce((sum, pc) => sum + pc.laid.height, 0)).toBeCloseTo(s.height, 6);
        expect(own.filter((pc) => pc.first)).toHaveLength(1);
        expect(own[0]!.first).toBe(true);
        // Its pieces come in order, at most one per page, and keep the section's place.
        own.forEach((pc, k) => {
          expect(pc.place).toBe(s.place);
          if (k) expect(pc.page).toBeGreaterThan(own[k - 1]!.page);
        });
      });
      // Sections start in reading order (within their column).
      for (const place of ['full', 'main', 'side']) {
        const starts = pieces.filter((pc) => pc.first && pc.place === place);
        starts.forEach((pc, k) => { if (k) expect(pc.section).toBeGreaterThan(starts[k - 1]!.section); });
      }
      // One page at least; only the last is marked last; none but an empty sheet's is empty.
      expect(r.pages.length).toBeGreaterThanOrEqual(1);
      expect(r.pages.map((p) => p.last)).toEqual(r.pages.map((_, k) => k === r.pages.length - 1));
      expect(r.pages.map((p) => p.first)).toEqual(r.pages.map((_, k) => k === 0));
      if (specs.length) for (const p of r.pages) expect(p.pieces.length).toBeGreaterThan(0);
      // Inside the page's frame (a forced box may run past the bottom), and no two pieces that
      // share a column (or where either is full width) overlap.
      r.pages.forEach((p, k) => {
        const body = frameOf(p);
        for (const pc of p.pieces) {
          expect(pc.y).toBeGreaterThanOrEqual(body.top - 1e-6);
          const forced = r.forced.some((f) => f.section === pc.section && f.page === k + 1);
          if (!forced) expect(pc.y + pc.laid.height).toBeLessThanOrEqual(body.bottom + 0.011);
        }
        for (const a of p.pieces) {
          for (const b of p.pieces) {
            if (a === b || (a.place !== b.place && a.place !== 'full' && b.place !== 'full')) continue;
            const apart = a.y + a.laid.height <= b.y + 1e-6 || b.y + b.laid.height <= a.y + 1e-6;
            expect(apart, `${a.place} ${a.section} / ${b.place} ${b.section} on page ${k + 1}`).toBe(true);
          }
        }
      });
      // A forced box is taller than some page's frame.
      for (const f of r.forced) {
        expect(f.excess).toBeGreaterThan(0);
        expect(specs[f.section]!.height).toBeGreaterThan(Math.min(...heights));
      }
    }), { numRuns: 300, seed: 20260301 });
  });
});
