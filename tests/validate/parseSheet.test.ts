import { describe, expect, it } from 'vitest';
import { parseSheetText } from '../../src/loadSheet.js';
import { brief } from '../helpers/diagnostics.js';
import { MINIMAL_SHEET } from '../helpers/sheetDir.js';

const parse = (text: string) => parseSheetText(text, 'x.yaml');

describe('parseSheetText', () => {
  it('accepts a minimal sheet', () => {
    const { value, diagnostics } = parse(MINIMAL_SHEET);
    expect(diagnostics).toEqual([]);
    expect(value?.sheet.sections).toEqual([{ stats: { items: [{ value: 435, label: 'survivors rescued' }] } }]);
  });

  it('reports malformed YAML with its position and a hint', () => {
    const { value, diagnostics } = parse('title: "unclosed\ntemplate: x\n');
    expect(value).toBeUndefined();
    expect(brief(diagnostics)[0]).toBe('3:1 error yaml-missing-char: YAML syntax: Missing closing "quote (a quote or bracket was opened and not closed)');
  });

  it('suggests the nearest key for a misspelt one', () => {
    const { diagnostics } = parse(`${MINIMAL_SHEET}langauge: en-US\n`);
    expect(brief(diagnostics)).toEqual(['10:1 error unknown-key: unknown key `langauge` (did you mean `language`?)']);
    expect(diagnostics[0]?.expected).toContain('`language`');
  });

  it('suggests the nearest kind for a misspelt section', () => {
    const { diagnostics } = parse(MINIMAL_SHEET.replace('- stats:', '- stas:'));
    expect(brief(diagnostics)).toEqual(['6:5 error unknown-section: unknown section kind `stas` (did you mean `stats`?)']);
    expect(diagnostics[0]?.expected).toContain('`stats`');
  });

  it('names a misspelt nested key with its path', () => {
    const { diagnostics } = parse(MINIMAL_SHEET.replace('          label:', '          lable:'));
    expect(brief(diagnostics)).toEqual([
      '8:11 error missing-key: missing `label` in sections[0].stats.items[0] (add a line `label: …`)',
      '9:11 error unknown-key: unknown key `lable` in sections[0].stats.items[0] (did you mean `label`?)',
    ]);
  });

  it('explains a number written with a comma', () => {
    const { diagnostics } = parse(MINIMAL_SHEET.replace('value: 435', 'value: 5,470'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'wrong-type',
      message: expect.stringMatching(/^`sections\[0\]\.stats\.items\[0\]\.value` should be a number/),
      expected: expect.stringMatching(/^a number/),
      found: 'text "5,470"',
      span: { line: 8, col: 18 },
    });
    expect(diagnostics[0]?.hint).toMatch(/without commas/);
  });

  it('reports a missing required field at its section', () => {
    const { diagnostics } = parse(MINIMAL_SHEET.replace('header:\n  title: Test\n', 'header:\n  location: Kolkata\n'));
    expect(brief(diagnostics)).toEqual(['4:3 error missing-key: missing `title` in header (add a line `title: …`)']);
  });

  it('lists allowed values for a wrong choice', () => {
    const { diagnostics } = parse(`${MINIMAL_SHEET}page_size: A5\n`);
    expect(diagnostics[0]).toMatchObject({ message: '`page_size` should be one of `letter`, `a4`', found: 'text "A5"', span: { line: 10, col: 12 } });
  });

  it('reports duplicate keys', () => {
    const { diagnostics } = parse(`${MINIMAL_SHEET}title: Again\n`);
    expect(brief(diagnostics)[0]).toMatch(/^10:1 error yaml-duplicate-key: YAML syntax: Map keys must be unique/);
  });

  it('reports every problem, not just the first', () => {
    const text = MINIMAL_SHEET.replace('- stats:', '- stas:').replace('title: Test\n', 'title: ""\n') + 'page_size: A5\n';
    expect(parse(text).diagnostics.map((d) => d.code)).toEqual(['empty', 'unknown-section', 'wrong-type']);
  });

  it('refuses alias bombs', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const { diagnostics } = parse(`${bomb.join('\n')}\n${MINIMAL_SHEET}`);
    expect(brief(diagnostics)).toEqual(['1:1 error alias-limit: too many alias expansions (`*name`) (a sheet may expand at most 100 aliases; write the repeated text out)']);
  });

  it('refuses deeply nested input without overflowing the stack', () => {
    for (const depth of [30, 5000]) {
      const { diagnostics } = parse(`title: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
      expect(brief(diagnostics)[0]).toMatch(/^1:\d+ error too-deep: the YAML is nested more than 24 levels deep/);
    }
  });

  it('refuses enormous strings', () => {
    const { diagnostics } = parse(MINIMAL_SHEET.replace('title: Test\n', `title: ${'a'.repeat(6000)}\n`));
    expect(diagnostics[0]).toMatchObject({ code: 'too-long', expected: 'at most 5000 characters', found: '6000 characters', span: { line: 4, col: 10 } });
  });

  it('says when a file is not a sheet at all', () => {
    expect(brief(parse('- a\n- b\n').diagnostics)).toEqual(['1:1 error not-a-sheet: this file is not a fact sheet']);
    expect(brief(parse('').diagnostics)).toEqual(['1:1 error not-a-sheet: this file is not a fact sheet']);
  });

  it('checks footnote references against the sources', () => {
    const text = `${MINIMAL_SHEET}  - facts:\n      items:\n        - "A fact.[^ilo]"\n      sources:\n        ilo2017: The ILO.\n`;
    expect(brief(parse(text).diagnostics)).toEqual([
      '12:11 error unknown-footnote: footnote `[^ilo]` has no source (did you mean `[^ilo2017]`?)',
      '14:9 warning unused-footnote: source `ilo2017` is never referred to (add [^ilo2017] after the figure it supports, or remove the source)',
    ]);
  });
});
