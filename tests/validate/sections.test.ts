/**
 * The sections model: `sections:` is a list of one-key maps naming their kind. Each rule has its
 * exact message and position: the old top-level shape, unknown kinds, items that are not one
 * kind, field errors deep in a section, footnotes in any rich text, charts inside sections, and
 * a result whose printed figures disagree with its chart.
 */
import { describe, expect, it } from 'vitest';
import { parseSheetText } from '../../src/loadSheet.js';
import { KIND_NAMES } from '../../src/sections/registry.js';
import { brief } from '../helpers/diagnostics.js';
import { MINIMAL_SHEET } from '../helpers/sheetDir.js';

const parse = (text: string) => parseSheetText(text, 'x.yaml');
/** MINIMAL_SHEET (lines 1–9, one stats section) with more `sections:` items after it, from line 10. */
const withSections = (yaml: string) => `${MINIMAL_SHEET}${yaml}`;
const kindList = KIND_NAMES.map((k) => `\`${k}\``).join(', ');

describe('the old shape: a section at the top level', () => {
  it('is an error at its key, with a hint to move it under `sections:`', () => {
    const { value, diagnostics } = parse(`${MINIMAL_SHEET}quote:\n  text: Words.\n  who: Prema\n`);
    expect(value).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'section-at-top',
      message: '`quote` is a section: it belongs in the `sections:` list',
      expected: 'sections written as list items under `sections:`, in reading order',
      hint: 'move it under `sections:` as an item: `- quote:` with its fields indented below',
      span: { line: 10, col: 1 },
    });
  });

  it('names every misplaced section, in file order, among the other errors', () => {
    const text = MINIMAL_SHEET
      .replace('  title: Test\n', '  title: ""\n')
      .replace('sections:\n', 'stats:\n  items: []\nquote:\n  text: Words.\nsections:\n');
    expect(brief(parse(text).diagnostics)).toEqual([
      '4:10 error empty: `header.title` is empty',
      '5:1 error section-at-top: `stats` is a section: it belongs in the `sections:` list (move it under `sections:` as an item: `- stats:` with its fields indented below)',
      '7:1 error section-at-top: `quote` is a section: it belongs in the `sections:` list (move it under `sections:` as an item: `- quote:` with its fields indented below)',
    ]);
  });

  it('is not confused with keys that are not kinds', () => {
    expect(brief(parse(`${MINIMAL_SHEET}colour: blue\n`).diagnostics)).toEqual([
      '10:1 error unknown-key: unknown key `colour` (remove it, or check the spelling against the list above)',
    ]);
  });
});

describe('unknown section kinds', () => {
  it('suggests the nearest kind, at the kind\'s key', () => {
    const { diagnostics } = parse(MINIMAL_SHEET.replace('  - stats:', '  - stat:'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'unknown-section',
      message: 'unknown section kind `stat`',
      expected: `one of ${kindList}`,
      hint: 'did you mean `stats`?',
      span: { line: 6, col: 5 },
    });
  });

  it('lists the kinds when nothing is near', () => {
    expect(brief(parse(withSections('  - banana:\n      text: x\n')).diagnostics)).toEqual([
      '10:5 error unknown-section: unknown section kind `banana` (choose one of the kinds above)',
    ]);
  });
});

describe('section items that are not one kind', () => {
  it('two keys: a field written at the kind\'s level instead of under it', () => {
    const { diagnostics } = parse(withSections('  - quote:\n      text: Words.\n      who: Prema\n    place: side\n'));
    expect(brief(diagnostics)).toEqual([
      '10:5 error section-shape: `sections[1]` has 2 keys; a section has exactly one, its kind (start each section with its own `- ` dash, or indent its fields under the kind)',
    ]);
    expect(diagnostics[0]).toMatchObject({ expected: `one of ${kindList}`, found: '`quote`, `place`' });
  });

  it('no keys: an empty map', () => {
    const { diagnostics } = parse(withSections('  - {}\n'));
    expect(brief(diagnostics)).toEqual(['10:5 error section-shape: `sections[1]` has 0 keys; a section has exactly one, its kind']);
    expect(diagnostics[0]?.found).toBe('nothing');
  });

  it('not a map at all: a kind written without its colon', () => {
    const { diagnostics } = parse(withSections('  - quote\n'));
    expect(brief(diagnostics)).toEqual(['10:5 error section-shape: `sections[1]` should name its kind, e.g. `- quote:`']);
    expect(diagnostics[0]?.expected).toBe(`a map with one key: ${kindList}`);
  });
});

describe('field errors inside a section', () => {
  const five = withSections(`  - quote:
      text: Words.
      who: Prema
  - text:
      text: Some words.
  - milestones:
      items:
        - year: 2006
          title: Opens
  - approach:
      pillars:
        - lead: We act
          text: with partners.
        - lead: We rescue
          txt: victims.
`);

  it('name the path through the section list and point at the exact item, here in the 5th section', () => {
    const { value, diagnostics } = parse(five);
    expect(value).toBeUndefined();
    expect(brief(diagnostics)).toEqual([
      '23:11 error missing-key: missing `text` in sections[4].approach.pillars[1] (add a line `text: …`)',
      '24:11 error unknown-key: unknown key `txt` in sections[4].approach.pillars[1] (did you mean `text`?)',
    ]);
    expect(diagnostics[1]?.expected).toBe('one of `lead`, `text`');
  });

  it('a wrong value deep in a section', () => {
    expect(parse(five.replace('txt:', 'text:')).diagnostics).toEqual([]);
    const { diagnostics } = parse(five.replace('txt:', 'text:').replace('year: 2006', 'year: soon'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'wrong-type',
      message: '`sections[3].milestones.items[0].year` should be a whole number from 1800 to 2200',
      found: 'text "soon"',
      span: { line: 17, col: 17 },
    });
  });

  it('every section takes `place` and `break`, checked like any field', () => {
    const quote = (extra: string) => withSections(`  - quote:\n      text: Words.\n      who: Prema\n${extra}`);
    expect(parse(quote('      place: side\n      break: before\n')).diagnostics).toEqual([]);
    expect(brief(parse(quote('      place: left\n')).diagnostics)).toEqual([
      '13:14 error wrong-type: `sections[1].quote.place` should be one of `main`, `side`, `full`',
    ]);
  });

  it('a result says `location`, no longer `place`', () => {
    const text = withSections('  - result:\n      place: Cambodia\n      text: Fell.\n      before: { value: 15–30% }\n      after: { value: 0.1% }\n');
    expect(brief(parse(text).diagnostics)).toEqual([
      '11:7 error missing-key: missing `location` in sections[1].result (add a line `location: …`)',
      '11:14 error wrong-type: `sections[1].result.place` should be one of `main`, `side`, `full` '
        + '(where the result happened is now `location: Cambodia`; `place` says where the section goes)',
    ]);
  });

  it('the header has no `cover` any more', () => {
    const text = MINIMAL_SHEET.replace('  title: Test\n', '  title: Test\n  cover:\n    src: a.jpg\n');
    expect(brief(parse(text).diagnostics)).toEqual([
      '5:3 error unknown-key: unknown key `cover` in header (remove it, or check the spelling against the list above)',
    ]);
  });
});

describe('stats', () => {
  it('take a number or a [low, high] range, a prefix and suffix up to 20 characters, and `compact`', () => {
    const text = withSections(`  - stats:
      items:
        - value: 150000000000
          prefix: "$"
          compact: true
          label: a year in profits
        - value: [20, 50]
          prefix: up to and more than
          suffix: "% fewer in the city"
          label: drop in trafficking
`);
    expect(parse(text).diagnostics).toEqual([]);
  });

  it('refuse a prefix longer than 20 characters', () => {
    const { diagnostics } = parse(MINIMAL_SHEET.replace('value: 435\n', `value: 435\n          prefix: "${'x'.repeat(21)}"\n`));
    expect(brief(diagnostics)).toEqual([
      '9:19 error too-long: `sections[0].stats.items[0].prefix` is too long (shorten it; a fact sheet has room for a few sentences per field)',
    ]);
    expect(diagnostics[0]).toMatchObject({ expected: 'at most 20 characters', found: '21 characters' });
  });

  it('refuse a range that is not two numbers', () => {
    for (const range of ['[20]', '[20, 50, 80]', '[20, lots]']) {
      const { diagnostics } = parse(MINIMAL_SHEET.replace('value: 435', `value: ${range}`));
      expect(diagnostics.map((d) => [d.code, d.span?.line, d.span?.col]), range).toEqual([['wrong-type', 8, 18]]);
      expect(diagnostics[0]?.message, range).toMatch(/^`sections\[0\]\.stats\.items\[0\]\.value` should be a number/);
    }
  });
});

describe('footnotes in any rich text', () => {
  const sheet = (refs: Record<string, string>) => withSections(`  - facts:
      items:
        - "A fact.[^ilo]"
      sources:
        ilo: The ILO.
        cbi: The CBI.
  - problem:
      text: "The problem.${refs.problem ?? ''}"
  - story:
      title: Meet Sani
      text: "A story.${refs.story ?? ''}"
  - leader:
      name: A
      role: B
      bio: "Bio.${refs.leader ?? ''}"
  - callout:
      title: T
      text: "Callout.${refs.callout ?? ''}"
  - news:
      items:
        - headline: H
          summary: "Summary.${refs.news ?? ''}"
  - text:
      text: "Text.${refs.text ?? ''}"
`);

  it('resolve against the sources of a facts section, wherever they are used', () => {
    const refs = { problem: '[^cbi]', story: '[^ilo]', leader: '[^cbi]', callout: '[^ilo]', news: '[^cbi]', text: '[^ilo]' };
    const { value, diagnostics } = parse(sheet(refs));
    expect(diagnostics).toEqual([]);
    expect(value).toBeDefined();
  });

  it('count as uses: a source cited only outside the facts is not unused', () => {
    expect(parse(sheet({ problem: '[^cbi]' })).diagnostics).toEqual([]);
    expect(brief(parse(sheet({})).diagnostics)).toEqual([
      '15:9 warning unused-footnote: source `cbi` is never referred to (add [^cbi] after the figure it supports, or remove the source)',
    ]);
  });

  it('an unknown id is an error at the field that uses it, with the nearest id', () => {
    const refs = { problem: '[^cbi]', story: '[^nope]', leader: '[^cb1]', callout: '[^ilo]', news: '[^ilx]', text: '[^ilo]' };
    const { value, diagnostics } = parse(sheet(refs));
    expect(value).toBeUndefined();
    expect(brief(diagnostics)).toEqual([
      '20:13 error unknown-footnote: footnote `[^nope]` has no source (add `nope: "…"` under the `sources:` of a facts section)',
      '24:12 error unknown-footnote: footnote `[^cb1]` has no source (did you mean `[^cbi]`?)',
      '31:20 error unknown-footnote: footnote `[^ilx]` has no source (did you mean `[^ilo]`?)',
    ]);
    expect(diagnostics.every((d) => d.expected === 'one of `ilo`, `cbi`')).toBe(true);
  });

  it('an id with no facts section at all says where sources go', () => {
    expect(brief(parse(withSections('  - text:\n      text: "Text.[^ilo]"\n')).diagnostics)).toEqual([
      '11:13 error unknown-footnote: footnote `[^ilo]` has no source (add `ilo: "…"` under the `sources:` of a facts section)',
    ]);
  });
});

describe('charts inside sections', () => {
  it('are checked at their section\'s path: counts, doughnut negatives, line ranges, one before-after series', () => {
    const text = withSections(`  - chart:
      type: doughnut
      title: Share
      labels: [a, b, c]
      series:
        - values: [1, -2]
  - prevalence:
      title: Study
      text: Found.
      chart:
        type: line
        title: Trend
        labels: [a, b]
        series:
          - values: [1, [2, 3]]
  - result:
      location: X
      text: Y.
      before: { value: "1" }
      after: { value: "2" }
      chart:
        type: before-after
        title: BA
        labels: [a, b]
        series:
          - values: [1, 2]
          - values: [3, 4]
`);
    const { value, diagnostics } = parse(text);
    expect(value).toBeUndefined();
    expect(brief(diagnostics)).toEqual([
      '15:19 error chart-shape: chart “Share”: series 1 has 2 values for 3 labels',
      '15:23 error chart-negative: chart “Share”: a doughnut cannot show the negative value -2 (use a bar chart for values that can fall below zero)',
      '24:25 error chart-range: chart “Trend”: a line chart cannot show the range [2, 3] (ranges suit bar and before-after charts)',
      '35:11 error chart-shape: chart “BA”: a before-after chart shows one series',
    ]);
    expect(diagnostics[0]).toMatchObject({ expected: '3 values, one per label', found: '2 values' });
    expect(diagnostics[3]).toMatchObject({ found: '2 series' });
  });

  it('name the section path when a value is not a number', () => {
    const text = withSections('  - chart:\n      type: bar\n      title: T\n      labels: [a, b]\n      series: [{ values: [1, lots] }]\n');
    const { diagnostics } = parse(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'wrong-type',
      message: expect.stringMatching(/^`sections\[1\]\.chart\.series\[0\]\.values\[1\]` should be a number/),
      span: { line: 14, col: 30 },
    });
  });

  it('take a size, and no id any more', () => {
    const chart = '  - chart:\n      type: bar\n      title: T\n      labels: [a, b]\n      series: [{ values: [1, 2] }]\n';
    expect(parse(withSections(`${chart}      size: full\n`)).diagnostics).toEqual([]);
    expect(brief(parse(withSections(`${chart}      id: c\n`)).diagnostics)).toEqual([
      '15:7 error unknown-key: unknown key `id` in sections[1].chart (remove it, or check the spelling against the list above)',
    ]);
  });
});

describe('a result with a chart', () => {
  const result = (before: string, after: string) => withSections(`  - result:
      location: Cambodia
      text: Fell.
      before: { value: ${before}, label: then }
      after: { value: ${after}, label: now }
      chart:
        type: before-after
        title: Children
        labels: [Then, Now]
        series:
          - values: [[15, 30], 0.1]
`);

  it('is quiet when the printed figures say what the chart shows (a range, a decimal)', () => {
    expect(parse(result('15–30%', '0.1%')).diagnostics).toEqual([]);
  });

  it('passes figures written in words', () => {
    expect(parse(result('one in five', '0.1%')).diagnostics).toEqual([]);
  });

  it('warns at the printed figure that disagrees, and still loads', () => {
    const { value, diagnostics } = parse(result('15–30%', '0.2%'));
    expect(value).toBeDefined();
    expect(brief(diagnostics)).toEqual([
      '14:23 warning result-mismatch: the after figure “0.2%” is not what the chart shows (0.1) (make the printed figure and the chart data agree)',
    ]);
  });

  it('warns for each side', () => {
    expect(brief(parse(result('10–30%', '0.2%')).diagnostics).map((d) => d.split(':').slice(0, 2).join(':'))).toEqual([
      '13:24 warning result-mismatch',
      '14:23 warning result-mismatch',
    ]);
  });
});

describe('sections with an empty body', () => {
  it('`- about:` and `- about: {}` are valid: about has no required field', () => {
    const { value, diagnostics } = parse(withSections('  - about:\n  - about: {}\n'));
    expect(diagnostics).toEqual([]);
    expect(value?.sheet.sections.slice(1).map((s) => Object.keys(s))).toEqual([['about'], ['about']]);
  });

  it('a kind with required fields says which, at the section', () => {
    expect(brief(parse(withSections('  - contact:\n')).diagnostics)).toEqual([
      '10:13 error missing-key: missing `name` in sections[1].contact (add a line `name: …`)',
    ]);
  });
});

describe('tables', () => {
  it('names a row whose cells do not match the header, with the comma hint', () => {
    const text = withSections('  - table:\n      columns: [Place, Before, After]\n      rows:\n'
      + '        - ["Cebu, the Philippines", 38, 8]\n        - [Cebu, the Philippines, 38, 8]\n');
    const { diagnostics } = parse(text);
    expect(brief(diagnostics)).toEqual(['14:11 error table-shape: table row 2 has 4 cells for 3 columns '
      + '(a cell with a comma in it needs quotes: ["Cebu, the Philippines", …])']);
  });
});
