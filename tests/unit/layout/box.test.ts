import { describe, expect, it } from 'vitest';
import type { Box, DocNode } from '../../../src/doc/types.js';
import { lowerNode } from '../../../src/layout/lowerNode.js';
import { flatten, type Laid } from '../../../src/layout/types.js';
import { testContext } from './context.js';

// A box 200 pt wide, padding 10, around six 10 pt rules 5 pt apart: a body 85 pt high whose
// rules sit at 0, 15, 30, 45, 60 and 75. Its tint is primary (#0000ff), its bar ink (#111111).
const rule = (i: number): DocNode => ({ kind: 'rule', weight: 10, gap: 5, path: `r[${i}]` });
const box = (extra: Partial<Box> = {}): Box => ({
  kind: 'box', fill: 'primary', bar: 'ink', barSide: 'left', pad: 10,
  children: Array.from({ length: 6 }, (_, i) => rule(i)), ...extra,
});
const lower = (node: Box) => lowerNode(node, 200, testContext());
/** One 12 pt line of body text with a 3 pt gap below. */
const line = (path: string): DocNode => ({
  kind: 'para', path, style: { role: 'body' }, inlines: [{ text: 'One line' }], gap: 3, keepWithNext: false,
});

/** [x, y, w, h] of the tint, the bar, and the body's rules (in ink, primary, muted). */
const fills = (l: Laid, fill: string) =>
  flatten(l.items).flatMap((it) => (it.kind === 'rect' && it.fill === fill ? [[it.x, it.y, it.w, it.h]] : []));
const tint = (l: Laid) => fills(l, '#0000ff');
const bar = (l: Laid) => fills(l, '#111111');
const rules = (l: Laid) => fills(l, '#777777');

describe('box', () => {
  it('pads its body and runs the tint and a left bar over its full height', () => {
    const b = lower(box());
    expect(b.height).toBe(105);
    expect(tint(b)).toEqual([[0, 0, 200, 105]]);
    expect(bar(b)).toEqual([[0, 0, 4, 105]]);
    expect(rules(b)[0]).toEqual([14, 10, 176, 10]);
    expect(b.gapAfter).toBe(12);
  });

  it('splits its body: the head keeps the top padding, the tail the bottom one', () => {
    const b = lower(box());
    const [head, tail] = b.split!(52)!;
    // 42 pt of body room below the top padding: three rules (0–40) fit, the fourth does not.
    expect(head.height).toBe(50);
    expect(tail.height).toBe(50);
    expect(head.height + tail.height).toBe(b.height - 5); // the gap at the break goes
    expect(tint(head)).toEqual([[0, 0, 200, 50]]);
    expect(tint(tail)).toEqual([[0, 0, 200, 50]]);
    expect(bar(head)).toEqual([[0, 0, 4, 50]]);
    expect(bar(tail)).toEqual([[0, 0, 4, 50]]);
    expect(rules(head).map((r) => r[1])).toEqual([10, 25, 40]);
    expect(rules(tail).map((r) => r[1])).toEqual([0, 15, 30]);
    expect([head.gapAfter, tail.gapAfter]).toEqual([0, 12]);
  });

  it('draws a top bar on the first piece only, and counts it in the head', () => {
    const b = lower(box({ barSide: 'top' }));
    expect(b.height).toBe(109);
    const [head, tail] = b.split!(54)!;
    expect(head.height).toBeLessThanOrEqual(54);
    expect(head.height).toBe(54);
    expect(bar(head)).toEqual([[0, 0, 200, 4]]);
    expect(bar(tail)).toEqual([]);
    expect(rules(head)[0]).toEqual([10, 14, 180, 10]);
    expect(rules(tail)[0]).toEqual([10, 0, 180, 10]);
  });

  it('keeps the head within the room it is given, and splits the tail again without top padding', () => {
    const b = lower(box());
    for (const available of [20, 26, 37, 51, 66, 90]) {
      const parts = b.split!(available);
      if (parts) expect(parts[0].height).toBeLessThanOrEqual(available);
    }
    expect(b.split!(19)).toBeUndefined(); // not even the first rule below the top padding
    const [, tail] = b.split!(20)!;
    const [middle, end] = tail.split!(25)!;
    expect([middle.height, end.height]).toEqual([25, 50]);
    expect(rules(middle).map((r) => r[1])).toEqual([0, 15]);
    expect(tint(end)).toEqual([[0, 0, 200, 50]]);
  });

  it('moves the sections of its body with each piece', () => {
    const b = lower(box({ children: [0, 1, 2, 3].map((i) => line(`p[${i}]`)) }));
    // Lines 12 pt high every 15 pt, below 10 pt of padding.
    expect(b.sections.map((s) => s.top)).toEqual([10, 25, 40, 55]);
    const [head, tail] = b.split!(40)!;
    expect(head.sections.map((s) => [s.path, s.top, s.bottom])).toEqual([['p[0]', 10, 22], ['p[1]', 25, 37]]);
    expect(tail.sections.map((s) => [s.path, s.top, s.bottom])).toEqual([['p[2]', 0, 12], ['p[3]', 15, 27]]);
    expect(tail.height).toBe(37);
  });

  it('cannot split around a single unsplittable child', () => {
    expect(lower(box({ children: [rule(0)] })).split).toBeUndefined();
    expect(lower(box({ children: [line('p')] })).split).toBeUndefined();
  });
});
