import * as path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { readTags, roles, type TagNode as Node } from '../helpers/readPdf.js';
import { MINIMAL_SHEET, SHEETS, sheetDir } from '../helpers/sheetDir.js';

let pdf: Buffer;
let trees: Node[];
let outline: string[];
let markInfo: unknown;

beforeAll(async () => {
  pdf = await renderFile(path.join(SHEETS, 'sex-trafficking.yaml'));
  ({ pages: trees, outline, markInfo } = await readTags(pdf));
});

/** The Sect elements directly under the Document on a page. */
const sects = (page: Node): Node[] => (page.children ?? []).flatMap((d) => (d.children ?? []).filter((c) => c.role === 'Sect'));
const firstRole = (n: Node) => (n.children ?? []).find((c) => c.role)?.role;
const figures = (n: Node): Node[] => [...(n.role === 'Figure' ? [n] : []), ...(n.children ?? []).flatMap(figures)];

describe('tagged PDF', () => {
  it('is marked and has a structure tree on every page', () => {
    expect(markInfo).toMatchObject({ Marked: true });
    for (const t of trees) expect(roles(t)[0]).toBe('Document');
  });

  it('puts headings, paragraphs and lists in reading order', () => {
    const page1 = roles(trees[0]!);
    const at = (role: string) => page1.indexOf(role);
    expect(at('H1')).toBeGreaterThan(0);
    expect(at('H1')).toBeLessThan(at('H2'));
    expect(page1).toEqual(expect.arrayContaining(['P', 'L', 'LI', 'Lbl', 'LBody', 'Figure']));
    expect(roles(trees[1]!)).toEqual(expect.arrayContaining(['H2', 'H3', 'BlockQuote', 'Figure', 'Link']));
  });

  it('wraps each section in a Sect, in the sheet\'s order, and leaves the page header and footer outside', () => {
    // No section of this sample splits across pages, so each Sect is on one page only.
    expect(trees.map((t) => sects(t).length)).toEqual([4, 4]);
    // problem (its lead), stats, facts, prevalence | story, regions, result (its label), cta.
    expect(trees.flatMap(sects).map(firstRole)).toEqual(['P', 'H2', 'H2', 'H2', 'H2', 'H2', 'P', 'H2']);
    // The cover header (series and title) comes first, outside any Sect; the full footer last.
    const page1 = trees[0]!.children![0]!.children!.map((c) => c.role);
    expect(page1.slice(0, 3)).toEqual(['P', 'H1', 'Sect']);
    expect(trees[1]!.children![0]!.children!.at(-1)!.role).toBe('P');
  });

  it('gives a section of a kind used twice a Sect of its own', async () => {
    const quote = (who: string) => `  - quote:\n      text: Words of ${who}.\n      who: ${who}\n`;
    const dir = sheetDir({ 'x.yaml': `${MINIMAL_SHEET}${quote('Ana')}  - text:\n      text: Between.\n${quote('Bo')}` });
    const tags = await readTags(await renderFile(path.join(dir, 'x.yaml')));
    expect(tags.pages).toHaveLength(1);
    expect(sects(tags.pages[0]!).map((s) => roles(s).join(' '))).toEqual([
      'Sect H2 P', 'Sect BlockQuote P P', 'Sect P', 'Sect BlockQuote P P',
    ]);
  });

  it('gives every figure alt text: photos from the sheet, charts generated, the QR code its link', () => {
    const alts = trees.flatMap(figures).map((f) => f.alt);
    expect(alts.every((a) => typeof a === 'string' && a.length > 10)).toBe(true);
    expect(alts).toContain('Illustration of two women side by side, standing in for the photo of Sani with her social worker.');
    expect(alts).toContain("Bar chart: Children among people in Cambodia's sex trade fell from 15–30% (When IJM opened its office) to 0.1% (2015).");
    expect(alts).toContain('QR code linking to https://www.ijm.org/Get-Involved');
  });

  it('puts every link annotation in a Link element, with /Contents saying where it goes', async () => {
    const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
    const annotations = [];
    for (let i = 1; i <= doc.numPages; i++) annotations.push(...(await (await doc.getPage(i)).getAnnotations()));
    await doc.destroy();
    const links = annotations.filter((a) => a.subtype === 'Link');
    // The footer's site on both pages, the call to action's text and its QR code.
    expect(links.length).toBeGreaterThanOrEqual(4);
    // Web links say where they go; a footnote marker's link, which note it opens.
    for (const a of links) expect(a.contentsObj?.str).toMatch(/^(www\.ijm\.org|footnote \d+$)/);
    const linkElements = (n: Node): number =>
      (n.role === 'Link' ? 1 : 0) + (n.children ?? []).reduce((sum, c) => sum + linkElements(c), 0);
    expect(trees.reduce((sum, t) => sum + linkElements(t), 0)).toBe(links.length);
  });

  it('tags footnotes as PDF/UA asks: the marker a Reference linking to its Note, which has an /ID', async () => {
    const kolkata = await renderFile(path.join(SHEETS, 'kolkata.yaml'));
    const tags = await readTags(kolkata);
    const all = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(all)];
    const nodes = tags.pages.flatMap(all);
    const references = nodes.filter((n) => n.role === 'Reference');
    expect(references).toHaveLength(2);
    for (const r of references) expect(r.children?.map((c) => c.role)).toEqual(['Link']);
    expect(nodes.filter((n) => n.role === 'Note')).toHaveLength(2);
    const raw = kolkata.toString('latin1');
    expect(raw.match(/\/S \/Note/g)).toHaveLength(2);
    expect(raw).toMatch(/\/ID \(note-1\)/);
    // Following the marker lands on its note: the named destination is on the note's page.
    const doc = await getDocument({ data: new Uint8Array(kolkata), verbosity: 0, isEvalSupported: false }).promise;
    const dest = (await doc.getDestination('note-1')) as [{ num: number; gen: number }, { name: string }, null, number];
    const page = (await doc.getPageIndex(dest[0])) + 1;
    const text = (await (await doc.getPage(page)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    await doc.destroy();
    expect(text).toContain('International Labour Organization and Walk Free Foundation');
  });

  it('tags a photo caption with its figure, and gives text drawn in capitals its written case', async () => {
    const kolkata = (await renderFile(path.join(SHEETS, 'kolkata.yaml'))).toString('latin1');
    const tags = await readTags(Buffer.from(kolkata, 'latin1'));
    expect(tags.pages.flatMap((p) => roles(p))).toEqual(expect.arrayContaining(['Div', 'Figure', 'Caption']));
    // "THE FACTS" is drawn in capitals; a screen reader gets the words as written.
    expect(kolkata).toContain('/ActualText (The facts)');
    expect(kolkata).toContain('/ActualText (Kolkata, India)');
  });

  it('shows the title in the title bar, declares the language, and lists sections as bookmarks', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toContain('pdfuaid:part');
    expect(outline).toEqual(['Sex Trafficking', 'Our impact around the world', 'Quick facts', 'Dominican Republic prevalence study, 2015', 'Meet Sani', 'Where we work against: sex trafficking', 'Join us']);
  });
});
