import * as path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { SHEETS } from '../helpers/sheetDir.js';

interface Node { role?: string; alt?: string; children?: Node[] }

let pdf: Buffer;
let trees: Node[];
let outline: string[];
let markInfo: unknown;

beforeAll(async () => {
  pdf = await renderFile(path.join(SHEETS, 'sex-trafficking.yaml'));
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  trees = [];
  for (let i = 1; i <= doc.numPages; i++) trees.push((await (await doc.getPage(i)).getStructTree()) as Node);
  outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  markInfo = await doc.getMarkInfo();
  await doc.destroy();
});

/** Roles in reading order, depth first. */
const roles = (n: Node): string[] => [...(n.role && n.role !== 'Root' ? [n.role] : []), ...(n.children ?? []).flatMap(roles)];
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

  it('gives every figure alt text: photos from the sheet, charts generated, the QR code its link', () => {
    const alts = trees.flatMap(figures).map((f) => f.alt);
    expect(alts.every((a) => typeof a === 'string' && a.length > 10)).toBe(true);
    expect(alts).toContain('Illustration of two women side by side, standing in for the photo of Sani with her social worker.');
    expect(alts).toContain("Bar chart: Children among people in Cambodia's sex trade fell from 15–30% (When IJM opened its office) to 0.1% (2015).");
    expect(alts).toContain('QR code linking to https://www.ijm.org/Get-Involved');
  });

  it('shows the title in the title bar, declares the language, and lists sections as bookmarks', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toContain('pdfuaid:part');
    expect(outline).toEqual(['Sex Trafficking', 'Our impact around the world', 'Quick facts', 'Dominican Republic prevalence study, 2015', 'Meet Sani', 'Where we work against: sex trafficking', 'Join us']);
  });
});
