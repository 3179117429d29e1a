import { describe, expect, it } from 'vitest';
import { numberNotes, parseInline, splitParagraphs } from '../../../src/doc/parseInline.js';

describe('parseInline', () => {
  it('turns **bold** and *italic* into runs with emphasis, plain text into plain runs', () => {
    expect(parseInline('Plain.')).toEqual([{ text: 'Plain.' }]);
    expect(parseInline('a **b** and *c*.')).toEqual([
      { text: 'a ' }, { text: 'b', emphasis: 'bold' }, { text: ' and ' },
      { text: 'c', emphasis: 'italic' }, { text: '.' },
    ]);
  });

  it('makes italic inside bold bold italic', () => {
    expect(parseInline('**a *b* c**')).toEqual([
      { text: 'a ', emphasis: 'bold' }, { text: 'b', emphasis: 'boldItalic' },
      { text: ' c', emphasis: 'bold' },
    ]);
  });

  it('reads ***both*** as bold italic', () => {
    expect(parseInline('a ***b c*** d')).toEqual([
      { text: 'a ' }, { text: 'b c', emphasis: 'boldItalic' }, { text: ' d' },
    ]);
  });

  it('prints a `**` that is never closed as written, instead of making the rest bold', () => {
    expect(parseInline('**a** and **b c')).toEqual([{ text: 'a', emphasis: 'bold' }, { text: ' and **b c' }]);
  });

  it('turns [text](https://…) into a linked run and leaves other brackets alone', () => {
    expect(parseInline('see **[our report](https://ijm.org/r)** or [this](javascript:x)')).toEqual([
      { text: 'see ' }, { text: 'our report', link: 'https://ijm.org/r', emphasis: 'bold' },
      { text: ' or [this](javascript:x)' },
    ]);
  });

  it('keeps stars that do not open a word ("5 * 3", "a*b", "Sani*") and \\* as stars', () => {
    expect(parseInline('5 * 3, a*b, Sani* was')).toEqual([{ text: '5 * 3, a*b, Sani* was' }]);
    expect(parseInline('\\*not italic\\*')).toEqual([{ text: '*not italic*' }]);
  });

  it('turns [^id] into its raised note number, linked to its note, keeping the emphasis around it', () => {
    const notes = new Map([['un', 1], ['ilo', 2]]);
    expect(parseInline('**12%[^ilo]** of all[^un]', notes)).toEqual([
      { text: '12%', emphasis: 'bold' }, { text: '2', sup: true, link: '#note-2', emphasis: 'bold' },
      { text: ' of all' }, { text: '1', sup: true, link: '#note-1' },
    ]);
  });

  it('keeps invalid references as text and drops unnumbered ones (checkReferences reports those)', () => {
    expect(parseInline('[^two words] and [^ unclosed')).toEqual([{ text: '[^two words] and [^ unclosed' }]);
    expect(parseInline('x[^nope] y')).toEqual([{ text: 'x' }, { text: ' y' }]);
  });
});

describe('numberNotes', () => {
  it('numbers note ids in order of first use across all texts', () => {
    expect([...numberNotes(['a[^b] c[^a]', 'd[^b] e[^z]'])]).toEqual([['b', 1], ['a', 2], ['z', 3]]);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines (even with spaces), collapses whitespace and drops empty ones', () => {
    expect(splitParagraphs('One\n  line.\n \t\nTwo.\n\n\n\n')).toEqual(['One line.', 'Two.']);
  });
});
