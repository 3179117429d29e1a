import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/diag/diagnostic.js';
import type { ListNode } from '../../../src/doc/types.js';
import { lowerNode } from '../../../src/layout/lowerNode.js';
import { flatten, type DisplayItem, type Laid } from '../../../src/layout/types.js';
import { testContext } from './context.js';

// testTheme: 10 pt type, 12 pt lines. A ruled list with gap 6 puts a 0.75 pt rule 6 pt below each
// item but the last, and the next item 6 pt below it: one-line items start every 24.75 pt.
const STEP = 12 + 6 + 0.75 + 6;
const spanAt = (line: number): Span => ({ file: 's.yaml', start: line * 9, end: line * 9 + 5, line, col: 5 });

function list(items: string[], extra: Partial<ListNode> = {}): ListNode {
  return {
    kind: 'list', marker: 'number', style: { role: 'body' }, gap: 6, ruled: true,
    path: 'facts.items', span: spanAt(3), items: items.map((text) => [{ text }]), ...extra,
  };
}
const lower = (node: ListNode, width = 200) => lowerNode(node, width, testContext());

type Text = Extract<DisplayItem, { kind: 'text' }>;
/** Text items with their visible text: each line's text ends in the space it broke at, past its width. */
const texts = (l: Laid) =>
  flatten(l.items).flatMap((it) => (it.kind === 'text' ? [{ ...it, text: it.text.trimEnd() }] : []));
const ruleTops = (l: Laid) => flatten(l.items).flatMap((it) => (it.kind === 'rect' ? [it.y] : []));
/** Each item's top, from its section. */
const tops = (l: Laid) => l.sections.map((s) => s.top);
const five = ['One', 'Two', 'Three', 'Four', 'Five'];
/** Eight words that each take a line of their own in a 60 pt list (16 pt indent for numbers). */
const eightLines = 'Alpha Bravo Charlie Delta Echo Foxtrot Golfing Hotel';

describe('list', () => {
  it('reports each item at its own position, else at the list path indexed and the list line', () => {
    const itemAt = [{ path: 'facts.items[0]', span: spanAt(4) }, { path: 'facts.items[1]', span: spanAt(6) }];
    const where = (l: Laid) => l.sections.map((s) => [s.path, s.span?.line]);
    const own = lower(list(['a', 'b'], { itemAt }));
    expect(where(own)).toEqual([['facts.items[0]', 4], ['facts.items[1]', 6]]);
    expect(where(lower(list(['a', 'b'])))).toEqual([['facts.items[0]', 3], ['facts.items[1]', 3]]);
  });

  it('lays items out as before: a rule between each two, none after the last', () => {
    const l = lower(list(five));
    expect(tops(l)).toEqual([0, STEP, 2 * STEP, 3 * STEP, 4 * STEP]);
    expect(ruleTops(l)).toEqual([18, 18 + STEP, 18 + 2 * STEP, 18 + 3 * STEP]);
    expect(l.height).toBe(4 * STEP + 12);
    expect(l.gapAfter).toBe(6);
  });

  it('splits between items, never leaving a rule at the end or the start of a piece', () => {
    const l = lower(list(five));
    // Room for two items and the rule below the second, but not a third item.
    const [head, tail] = l.split!(2 * STEP + 6)!;
    expect(head.sections.map((s) => s.path)).toEqual(['facts.items[0]', 'facts.items[1]']);
    expect(head.height).toBe(STEP + 12);
    expect(ruleTops(head)).toEqual([18]);
    expect(tail.sections.map((s) => s.path)).toEqual(['facts.items[2]', 'facts.items[3]', 'facts.items[4]']);
    expect(tops(tail)).toEqual([0, STEP, 2 * STEP]);
    expect(ruleTops(tail)).toEqual([18, 18 + STEP]);
    expect(texts(tail).map((t) => t.text).slice(0, 2)).toEqual(['3.', 'Three']);
    expect([head.gapAfter, tail.gapAfter]).toEqual([0, 6]);
  });

  it('keeps the head within the room given, for any room', () => {
    const l = lower(list(five));
    for (let available = 0; available < l.height; available += 3.3) {
      const parts = l.split!(available);
      if (available < 12) expect(parts).toBeUndefined();
      else expect(parts![0].height).toBeLessThanOrEqual(available);
    }
  });

  it('keeps an item of up to six lines whole', () => {
    const six = 'Alpha Bravo Charlie Delta Echo Foxtrot';
    expect(lower(list([six]), 60).split).toBeUndefined();
    const l = lower(list(['One', six]), 60);
    const [head, tail] = l.split!(STEP + 36)!;
    expect([head.sections.length, tail.sections.length]).toEqual([1, 1]);
    expect(tail.height).toBe(72);
  });

  it('splits a taller item between lines, two at least each side, its marker on the first piece', () => {
    const l = lower(list([eightLines], { ruled: false }), 60);
    expect(l.height).toBe(96);
    expect(l.split!(23)).toBeUndefined();
    const [head, tail] = l.split!(75)!;
    expect([head.height, tail.height]).toEqual([72, 24]);
    expect(texts(head).filter((t) => t.text === '1.')).toHaveLength(1);
    expect(texts(tail).map((t) => t.text)).toEqual(['Golfing', 'Hotel']);
    expect(texts(tail)[0]!.x).toBe(16);
    const [, last] = l.split!(95)!;
    expect(last.height).toBe(24); // never fewer than two lines left over
    expect(tail.sections[0]).toMatchObject({ path: 'facts.items[0]', span: spanAt(3) });
  });
});
