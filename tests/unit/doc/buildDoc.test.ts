import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/diag/diagnostic.js';
import { buildDoc } from '../../../src/doc/buildDoc.js';
import { parseMarkup } from '../../../src/doc/parseMarkup.js';
import type { DocNode } from '../../../src/doc/types.js';

const sheetSpan: Span = { file: 's.yaml', start: 40, end: 45, line: 7, col: 3 };
const ctx = {
  notes: new Map([['un', 1]]),
  spanOf: (p: string) => (p === 'stats' ? sheetSpan : undefined),
  templateSpan: (at: number): Span => ({ file: 't', start: at, end: at, line: 1, col: at + 1 }),
};

function build(markup: string) {
  const parsed = parseMarkup(markup, 't');
  expect(parsed.diagnostics).toEqual([]);
  return buildDoc(parsed.value, ctx);
}
/** The children of the only page, which must build without diagnostics. */
function blocks(inner: string): DocNode[] {
  const r = build(`<page>${inner}</page>`);
  expect(r.diagnostics).toEqual([]);
  return r.value.pages[0]!.children;
}
const messages = (markup: string) => build(markup).diagnostics.map((d) => d.message);

describe('buildDoc', () => {
  it('makes a <p> a body paragraph of collapsed plain text (stars too) with the default gap', () => {
    expect(blocks('<p>  *Two*\n  words </p>')).toEqual([{
      kind: 'para', style: { role: 'body' }, inlines: [{ text: '*Two* words' }], gap: 8, keepWithNext: false,
    }]);
  });

  it('makes an <h> an h2 heading kept with the next block; its role or level sets the outline level', () => {
    const levels = blocks('<h>a</h><h role="title">b</h><h role="kicker">c</h><h level="4">d</h>')
      .map((b) => (b.kind === 'para' ? [b.style.role, b.heading, b.keepWithNext] : []));
    expect(levels).toEqual([
      ['h2', 2, true], ['title', 1, true], ['kicker', undefined, true], ['h2', 4, true],
    ]);
  });

  it('splits rich text into paragraphs with emphasis and notes; para-gap between them', () => {
    const [a, b] = blocks('<p rich="true" para-gap="3" gap="9">**Big**[^un]\n\nNext *one*</p>');
    expect(a).toMatchObject({ inlines: [{ text: 'Big', emphasis: 'bold' }, { text: '1', sup: true }] });
    expect(a).toMatchObject({ gap: 3 });
    expect(b).toMatchObject({ inlines: [{ text: 'Next ' }, { text: 'one', emphasis: 'italic' }], gap: 9 });
  });

  it('links every run of a paragraph with href', () => {
    const link = 'https://x.org';
    expect(blocks(`<p rich="true" href="${link}">a **b**</p>`)[0]).toMatchObject({
      inlines: [{ text: 'a ', link }, { text: 'b', emphasis: 'bold', link }],
    });
  });

  it('resolves path="…" to the sheet position it shows', () => {
    expect(blocks('<stack path="stats"><space h="2"/></stack>')[0]).toEqual({
      kind: 'stack', path: 'stats', span: sheetSpan, children: [{ kind: 'space', height: 2, flex: false }],
    });
  });

  it('checks attributes: row widths against its columns, numbers that are not numbers', () => {
    expect(blocks('<row><col/><col/></row>')[0]).toMatchObject({ kind: 'row', widths: [1, 1], gap: 18 });
    expect(messages('<page><row widths="2 1 1"><col/><col/></row><rule weight="thick"/></page>')).toEqual([
      '<row widths="2 1 1"> has 2 columns', '<rule weight="thick">: expected a number',
    ]);
  });

  it('reports unknown elements and stray text at their template offset', () => {
    const r = build('<page><blink/><stack>loose</stack></page>');
    expect(r.diagnostics.map((d) => [d.message.slice(0, 33), d.span!.start])).toEqual([
      ['unknown layout element <blink>; k', 6], ['text "loose" directly inside <sta', 14],
    ]);
  });

  it('requires only <page> elements at the top, at most 20 of them', () => {
    const top = 'the template must contain only <page> elements at the top';
    expect(messages('<p>x</p><page/>')).toEqual([top]);
    expect(build('<page/>'.repeat(20)).diagnostics).toEqual([]);
    expect(build('<page/>'.repeat(21)).diagnostics.map((d) => d.code)).toEqual(['too-many-pages']);
  });
});
