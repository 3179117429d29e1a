import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../../src/load/loadYaml.js';
import { parseDataPath } from '../../../src/load/parseDataPath.js';
import { spanAt } from '../../../src/load/spanAt.js';

const SHEET = 'title: Hi\nstats:\n  items:\n    - value: 5\n      label: x\n';
const load = (text: string) => loadYaml('s.yaml', text);
const nested = (levels: number) => `x: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
const ten = (name: string) => `[${Array(10).fill(`*${name}`).join(', ')}]`;

describe('loadYaml', () => {
  it('returns the plain data and no diagnostics for valid YAML', () => {
    const r = load(SHEET);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.data).toEqual({ title: 'Hi', stats: { items: [{ value: 5, label: 'x' }] } });
  });

  it('reports a YAML error at its place, without yaml\'s own position text, and gives no data', () => {
    const r = load('a: 1\na: 2\n');
    expect(r.value.data).toBeUndefined();
    expect(r.diagnostics).toEqual([{
      severity: 'error', code: 'yaml-duplicate-key', message: 'YAML syntax: Map keys must be unique',
      span: { file: 's.yaml', start: 5, end: 6, line: 2, col: 1 },
      hint: 'each key may appear once per section; remove or rename the second one',
    }]);
  });

  it('expands a few aliases but stops an alias bomb (billion laughs) with alias-limit', () => {
    expect(load('a: &a [1, 2]\nb: [*a, *a]\n').value.data).toEqual({ a: [1, 2], b: [[1, 2], [1, 2]] });
    // `d` stands for 10 000 x's: each level multiplies the alias expansions, far past 100.
    const a = 'a: &a [x, x, x, x, x, x, x, x, x, x]';
    const bomb = [a, `b: &b ${ten('a')}`, `c: &c ${ten('b')}`, `d: ${ten('c')}`];
    const r = load(bomb.join('\n'));
    expect(r.value.data).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['alias-limit']);
    expect(r.diagnostics[0]!.hint).toContain('at most 100 aliases');
  });

  it('accepts 24 levels of nesting and refuses 25 once, pointing at the bracket that opens level 25', () => {
    expect(load(nested(23)).diagnostics).toEqual([]);
    const r = load(nested(24));
    expect(r.value.data).toBeUndefined();
    // The root map is level 1, so the 24th bracket (offset 3 + 23) opens level 25.
    expect(r.diagnostics).toMatchObject([{ code: 'too-deep', span: { start: 26, line: 1, col: 27 } }]);
    expect(load(nested(200)).diagnostics.map((d) => d.code)).toEqual(['too-deep']);
  });

  // An unquoted `*Important*` is YAML for a reference to an anchor: named at the alias, with
  // the quoting hint, not reported as an alias bomb at 1:1.
  it('reports an unquoted text starting with * as a bad alias, not as an alias bomb', () => {
    const r = load('title: Hi\nlabel: *Important*\n');
    expect(r.diagnostics[0]!.code).not.toBe('alias-limit');
    expect(r.diagnostics[0]!.span).toMatchObject({ line: 2, col: 8 });
    expect(r.diagnostics[0]!.hint).toBe('texts that start with `*` need quotes: "*Important*"');
  });
});

describe('spanAt', () => {
  const src = load(SHEET).value.source;

  it('gives the value\'s offsets with 1-based line and column, or the key\'s with key: true', () => {
    const path = ['stats', 'items', 0, 'label'];
    expect(spanAt(src, path)).toEqual({ file: 's.yaml', start: 54, end: 55, line: 5, col: 14 });
    expect(spanAt(src, path, { key: true })).toMatchObject({ start: 47, line: 5, col: 7 });
  });

  it('falls back to the nearest existing parent for a missing key or index', () => {
    expect(spanAt(src, ['stats', 'nope'])).toMatchObject({ line: 3, col: 3 });
    expect(spanAt(src, ['stats', 'items', 9])).toMatchObject({ line: 4, col: 5 });
  });
});

describe('parseDataPath', () => {
  it('splits dotted keys and bracketed indexes into a data path', () => {
    expect(parseDataPath('stats.items[2].label')).toEqual(['stats', 'items', 2, 'label']);
    expect(parseDataPath('facts.sources.un-2019')).toEqual(['facts', 'sources', 'un-2019']);
  });
});
