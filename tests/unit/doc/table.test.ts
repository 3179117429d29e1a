import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/diag/diagnostic.js';
import { buildDoc } from '../../../src/doc/buildDoc.js';
import { parseMarkup } from '../../../src/doc/parseMarkup.js';
import { buildStructure, type StructNode } from '../../../src/doc/structure.js';
import type { DocNode, ListNode, TableNode } from '../../../src/doc/types.js';
import { lowerNode } from '../../../src/layout/lowerNode.js';
import { flatten, type Laid, type PaintedItem } from '../../../src/layout/types.js';
import { writePdf } from '../../../src/pdf/writePdf.js';
import { lato, testContext } from '../layout/context.js';

/** Every sheet path resolves to a span on line (its length): enough to tell them apart. */
const spanOf = (p: string): Span => ({ file: 's.yaml', start: 0, end: 1, line: p.length, col: 1 });
const ctx = {
  notes: new Map<string, number>(),
  spanOf,
  templateSpan: (at: number): Span => ({ file: 't', start: at, end: at, line: 1, col: at + 1 }),
};

function build(inner: string) {
  const parsed = parseMarkup(`<page>${inner}</page>`, 't');
  expect(parsed.diagnostics).toEqual([]);
  const r = buildDoc(parsed.value, ctx);
  return { nodes: r.value.pages[0]?.children ?? [], messages: r.diagnostics.map((d) => d.message) };
}
function only<T extends DocNode>(inner: string): T {
  const { nodes, messages } = build(inner);
  expect(messages).toEqual([]);
  return nodes[0] as T;
}

const PLACES = `<table widths="2 1 1" align="left right right" path="places">
  <tr head="true"><td>Place</td><td>Before</td><td>After</td></tr>
  <tr path="places.rows[0]"><td> Cebu
    City </td><td>1,204</td><td>87</td></tr>
  <tr path="places.rows[1]"><td>Manila</td><td>310</td><td>12</td></tr>
</table>`;

describe('<table>', () => {
  it('builds rows of collapsed cell text, header rows counted, widths, aligns and row positions', () => {
    const t = only<TableNode>(PLACES);
    expect(t).toMatchObject({
      kind: 'table', path: 'places', headRows: 1, widths: [2, 1, 1], aligns: ['left', 'right', 'right'],
      role: 'body', gap: 12,
    });
    expect(t.rows.map((r) => [r.cells, r.path, r.span?.line])).toEqual([
      [['Place', 'Before', 'After'], undefined, undefined],
      [['Cebu City', '1,204', '87'], 'places.rows[0]', 14],
      [['Manila', '310', '12'], 'places.rows[1]', 14],
    ]);
  });

  it('defaults to equal, left-aligned columns as many as the widest row, and takes role and gap', () => {
    const t = only<TableNode>('<table role="small" gap="4"><tr><td>a</td><td>b</td></tr></table>');
    expect(t).toMatchObject({ headRows: 0, widths: [1, 1], aligns: ['left', 'left'], role: 'small', gap: 4 });
  });

  it('reports short rows, misplaced headers, bad widths and aligns, stray content', () => {
    // Widths that do not parse fall back to equal columns, as many as the widest row (three).
    const { messages } = build(`<table widths="1 x" align="left middle">
      <tr><td>a</td></tr><tr head="true"><td>b</td><td>c</td><td>d</td></tr>stray<p>x</p></table>`);
    expect([...messages].sort()).toEqual([
      '<p> inside <table>; expected <tr>',
      '<table align="left middle">: expected 3 of left, center, right',
      '<table widths="1 x">: expected positive numbers',
      '<tr head="true"> rows must come first in a <table>',
      '<tr> has 1 cell; the table has 3 columns',
      'text "stray" directly inside <table>; put it in a <p>',
    ]);
  });

  it('draws nothing for a table without rows', () => {
    expect(build('<table></table>').nodes).toEqual([]);
  });

  it('is tagged Table > TR > TH | TD, header cells scoped to their column', () => {
    const t = only<TableNode>(PLACES);
    const root = buildStructure([{ nodes: [t] }], () => undefined).root;
    const shape = (n: StructNode): unknown => (n.children.length ? [n.type, n.children.map(shape)] : n.type);
    expect(shape(root)).toEqual(['Document', [['Table', [
      ['TR', ['TH', 'TH', 'TH']], ['TR', ['TD', 'TD', 'TD']], ['TR', ['TD', 'TD', 'TD']],
    ]]]]);
    expect(root.children[0]!.children[0]!.children[0]!.scope).toBe('Column');
  });
});

describe('<list> items', () => {
  it('point at their own `path`, else at the list path indexed', () => {
    const l = only<ListNode>('<list path="facts.items"><li>a</li><li path="x.y[7]">b</li></list>');
    expect(l.itemAt).toEqual([
      { path: 'facts.items[0]', span: spanOf('facts.items[0]') }, { path: 'x.y[7]', span: spanOf('x.y[7]') },
    ]);
    expect(only<ListNode>('<list><li>a</li></list>').itemAt).toBeUndefined();
  });
});

interface PdfNode { role?: string; children?: PdfNode[] }
const roles = (n: PdfNode): unknown =>
  n.role && n.children?.some((c) => c.role) ? [n.role, n.children.filter((c) => c.role).map(roles)] : n.role;

type ContentItem = { str?: string; type?: string; tag?: string };
/** The marked-content tag each text is drawn in: a structure type, or Artifact. */
function marks(items: readonly ContentItem[]): Map<string, string | undefined> {
  const open: (string | undefined)[] = [];
  const out = new Map<string, string | undefined>();
  for (const it of items) {
    if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') open.push(it.tag);
    else if (it.type === 'endMarkedContent') open.pop();
    else if (it.str) out.set(it.str, open.at(-1));
  }
  return out;
}

/** Writes each laid piece on a page of its own and reads back the text and structure roles. */
async function readBack(structure: StructNode, pieces: Laid[]) {
  // A table has no charts: every item is already what the writer draws.
  const pages = pieces.map((l) => ({ width: 340, height: 200, items: flatten(l.items, 20, 20) as PaintedItem[] }));
  const pdf = await writePdf(pages, {
    fonts: lato, structure,
    meta: { title: 'T', author: 'A', language: 'en-US', date: new Date('2000-01-01T00:00:00Z') },
  });
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const out = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const content = await p.getTextContent({ includeMarkedContent: true });
    const text = content.items.map((it) => ('str' in it ? it.str : '')).filter(Boolean).join(' ');
    const tree = roles(((await p.getStructTree()) as PdfNode).children![0]!);
    out.push({ text, marks: marks(content.items), tree });
  }
  await doc.destroy();
  return { pdf, pages: out };
}

describe('a table in a PDF', () => {
  it('is read back with its cell text and a Table > TR > TH | TD structure', async () => {
    const t = only<TableNode>(PLACES.replace('<td>12</td>', '<td></td>'));
    const structure = buildStructure([{ nodes: [t] }], () => undefined);
    const laid = lowerNode(t, 300, { ...testContext(), tags: structure.of });
    const { pdf, pages: [page] } = await readBack(structure.root, [laid]);
    expect(page!.text).toMatch(/Place.*Before.*After.*Cebu City.*1,204.*87.*Manila.*310/);
    expect(page!.tree).toEqual(['Document', [['Table', [
      ['TR', ['TH', 'TH', 'TH']], ['TR', ['TD', 'TD', 'TD']], ['TR', ['TD', 'TD', 'TD']],
    ]]]]);
    expect(pdf.toString('latin1')).toMatch(/\/S \/TH[^]*?\/Scope \/Column|\/Scope \/Column[^]*?\/S \/TH/);
  });

  it('repeats the header on the next page as an artifact, outside the structure', async () => {
    const t = only<TableNode>(PLACES);
    const structure = buildStructure([{ nodes: [t] }], () => undefined);
    const laid = lowerNode(t, 300, { ...testContext(), tags: structure.of });
    const { pages } = await readBack(structure.root, laid.split!(40)!);
    expect(pages.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Place.*After.*Cebu City.*87$/),
      expect.stringMatching(/^Place.*After.*Manila.*12$/),
    ]);
    expect(pages[0]!.marks.get('Place')).toBe('TH');
    expect(pages[1]!.marks.get('Place')).toBe('Artifact');
    expect(pages[1]!.marks.get('Manila')).toBe('TD');
  });
});
