import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/diag/diagnostic.js';
import { buildStructure } from '../../../src/doc/structure.js';
import type { TableNode } from '../../../src/doc/types.js';
import { textWidth } from '../../../src/fonts/measure.js';
import { CELL_PAD } from '../../../src/layout/blocks/table.js';
import { lowerNode } from '../../../src/layout/lowerNode.js';
import { flatten, type DisplayItem, type Laid } from '../../../src/layout/types.js';
import { lato, testContext } from './context.js';

// testTheme: every role is 10 pt Lato with 1.2 leading, so a one-line row is 12 + 2 × 3 = 18 pt;
// the header rule is 1 pt and the rules between body rows 0.5 pt.
const ROW = 12 + 2 * CELL_PAD.y;
const spanAt = (line: number): Span => ({ file: 's.yaml', start: line * 9, end: line * 9 + 5, line, col: 5 });

/** A Place / Before / After table with one header row and `n` body rows, each with its own span. */
function table(n: number, extra: Partial<TableNode> = {}): TableNode {
  const body = Array.from({ length: n }, (_, i) => ({
    cells: [`Place ${i}`, `${i * 10}`, `${i * 1000}`], path: `places[${i}]`, span: spanAt(10 + i),
  }));
  return {
    kind: 'table', path: 'places', span: spanAt(9), headRows: 1, widths: [2, 1, 1],
    aligns: ['left', 'right', 'right'], role: 'body', gap: 12,
    rows: [{ cells: ['Place', 'Before', 'After'] }, ...body], ...extra,
  };
}

/** Lowers the table with its real structure tags, as the pipeline does. */
function lower(node: TableNode, width = 200): Laid {
  const tags = buildStructure([{ nodes: [node] }], () => undefined).of;
  return lowerNode(node, width, { ...testContext(), tags });
}

type Text = Extract<DisplayItem, { kind: 'text' }>;
/** Text items with their visible text: each line's text ends in the space it broke at, past its width. */
const texts = (l: Laid) =>
  flatten(l.items).flatMap((it) => (it.kind === 'text' ? [{ ...it, text: it.text.trimEnd() }] : []));
const text = (l: Laid, s: string) => texts(l).find((t) => t.text === s)!;
const rects = (l: Laid) => flatten(l.items).flatMap((it) => (it.kind === 'rect' ? [[it.y, it.h]] : []));
const faceOf = (t: Text) => Object.values(lato).find((f) => f.name === t.face)!;
const rightEdge = (t: Text) => t.x + textWidth(faceOf(t), t.text.trimEnd(), t.size);

describe('table', () => {
  it('shares the width by `widths` and aligns each column, numbers flush right in the padding', () => {
    const t = lower(table(2));
    // Columns 100, 50 and 50 pt wide.
    expect(text(t, 'Place 1').x).toBeCloseTo(CELL_PAD.x, 6);
    expect(rightEdge(text(t, '10'))).toBeCloseTo(150 - CELL_PAD.x, 6);
    expect(rightEdge(text(t, '1000'))).toBeCloseTo(200 - CELL_PAD.x, 6);
    expect(rightEdge(text(t, 'After'))).toBeCloseTo(200 - CELL_PAD.x, 6);
  });

  it('sets header cells bold and body cells in the role face, on the same first baseline per row', () => {
    const t = lower(table(1));
    const head = ['Place', 'Before', 'After'].map((s) => text(t, s).face);
    expect(head).toEqual([lato.bold.name, lato.bold.name, lato.bold.name]);
    expect(text(t, 'Place 0').face).toBe(lato.regular.name);
    expect(text(t, '0').y).toBe(text(t, 'Place 0').y);
  });

  it('puts a rule under the header and thin rules between body rows, none after the last', () => {
    const t = lower(table(3));
    expect(rects(t)).toEqual([[ROW, 1], [2 * ROW + 1, 0.5], [3 * ROW + 1.5, 0.5]]);
    expect(t.height).toBe(4 * ROW + 2);
    expect(t.gapAfter).toBe(12);
  });

  it('makes a row as tall as its longest cell, which wraps inside its column', () => {
    const long = 'A place name long enough to wrap over several lines';
    const rows = [{ cells: ['Place', 'Before', 'After'] }, { cells: [long, '1', '2'] }];
    const t = lower(table(1, { rows }));
    const lines = texts(t).filter((x) => x.y > ROW && x.face === lato.regular.name && x.x < 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.max(...lines.map(rightEdge))).toBeLessThanOrEqual(100 - CELL_PAD.x + 1e-6);
    expect(t.height).toBeCloseTo(ROW + 1 + lines.length * 12 + 2 * CELL_PAD.y, 6);
  });

  it('gives every row its own section, so a message names the exact row', () => {
    const t = lower(table(3));
    expect(t.sections.map((s) => [s.path, s.span?.line, s.top, s.bottom])).toEqual([
      ['places', 9, 0, ROW],
      ['places[0]', 10, ROW + 1, 2 * ROW + 1],
      ['places[1]', 11, 2 * ROW + 1.5, 3 * ROW + 1.5],
      ['places[2]', 12, 3 * ROW + 2, 4 * ROW + 2],
    ]);
  });

  it('splits between body rows, as many as fit first, and repeats the header atop the rest', () => {
    const t = lower(table(5));
    const available = 3 * ROW + 1.5 + 5; // the header and two rows, with room to spare
    const [head, tail] = t.split!(available)!;
    expect(head.height).toBeLessThanOrEqual(available);
    expect(head.sections.map((s) => s.path)).toEqual(['places', 'places[0]', 'places[1]']);
    expect(tail.sections.map((s) => s.path)).toEqual(['places', 'places[2]', 'places[3]', 'places[4]']);
    expect(tail.sections[1]).toMatchObject({ span: spanAt(12), top: ROW + 1 });
    expect(text(tail, 'Place').y).toBe(text(t, 'Place').y);
    expect(text(tail, 'Place 2').y).toBe(text(t, 'Place 0').y);
    expect(rects(tail)[0]).toEqual([ROW, 1]);
    expect([head.gapAfter, tail.gapAfter]).toEqual([0, 12]);
    expect(head.height + tail.height).toBe(t.height + ROW + 1 - 0.5);
  });

  it('never leaves the header alone nor a piece without a body row', () => {
    const t = lower(table(3));
    expect(t.split!(2 * ROW)).toBeUndefined();
    const [head, tail] = t.split!(1000)!;
    expect(head.sections).toHaveLength(3);
    expect(tail.sections.map((s) => s.path)).toEqual(['places', 'places[2]']);
    expect(lower(table(1)).split).toBeUndefined();
  });

  it('splits the rest again, still under its header', () => {
    const [, tail] = lower(table(6)).split!(2 * ROW + 1)!;
    const [middle, end] = tail.split!(3 * ROW + 1.5)!;
    expect(middle.sections.map((s) => s.path)).toEqual(['places', 'places[1]', 'places[2]']);
    expect(end.sections.map((s) => s.path)).toEqual(['places', 'places[3]', 'places[4]', 'places[5]']);
  });

  it('tags cells TH and TD; a repeated header is untagged (an artifact), read once', () => {
    const t = lower(table(3));
    expect(text(t, 'Place').tag?.type).toBe('TH');
    expect(text(t, 'Place 0').tag?.type).toBe('TD');
    const [head, tail] = t.split!(2 * ROW + 1)!;
    expect(text(head, 'Place').tag?.type).toBe('TH');
    expect(text(tail, 'Place').tag).toBeUndefined();
    expect(text(tail, 'Place 2').tag?.type).toBe('TD');
  });

});
