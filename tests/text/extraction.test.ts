/**
 * The samples read back in logical order. Bengali: poppler's pdftotext (Debian poppler-utils;
 * .ci/run installs it) extracts the sample, and every sentence of the YAML (NFC, inline markup
 * removed) must be in it; pdf.js is not used for it, as it ignores ActualText and reads Indic
 * glyphs in drawing order. Arabic: every word must come out whole from pdf.js.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderFile } from '../../src/api.js';
import { readPdf } from '../helpers/readPdf.js';
import { SHEETS } from '../helpers/sheetDir.js';

function pdftotext(pdf: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-text-')), 'x.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
}

/**
 * Text as compared: NFC, a line broken after a hyphen joined, no bidi embedding controls
 * (pdftotext marks directions with them), one space between words.
 */
const normal = (text: string) =>
  text
    .normalize('NFC')
    .replace(/-\n/g, '-')
    .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The sentences of a YAML field, without markdown emphasis and note references. */
function sentences(value: string): string[] {
  const plain = normal(value.replace(/\*\*/g, '').replace(/\[\^[^\]]+\]/g, ''));
  return plain.split(/(?<=[।.:!?؟])\s+/u).filter((s) => s.length > 8);
}

/**
 * Whether the words appear in the text one after another, each whole, though an extracted word
 * may carry more (a note number, the quotation marks a template adds). Other words may come
 * between them: poppler may read a running header between a heading's two lines.
 */
function inOrder(wanted: readonly string[], words: readonly string[]): boolean {
  const find = (w: string, from: number) => words.findIndex((x, i) => i >= from && x.includes(w));
  for (let start = find(wanted[0]!, 0); start >= 0; start = find(wanted[0]!, start + 1)) {
    let at = start;
    if (wanted.every((w) => (at = find(w, at)) >= 0 && ++at <= start + wanted.length + 12)) return true;
  }
  return false;
}

const PROSE = ['text', 'label', 'title', 'subtitle', 'bio', 'items', 'lead', 'role'];

/** Every prose field of a sheet's sections or header: text, labels, titles, list items. */
function proseOf(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return PROSE.includes(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((n) => proseOf(n, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => proseOf(v, k));
  return [];
}

describe('text extracts in logical order (pdftotext)', () => {
  // The Arabic sample (press-release-ar) is not compared yet: poppler reads its words in
  // order, but lifts Arabic marks drawn with an offset (tanwin, shadda) out of their word and
  // places brackets around a Latin word by their place on the page (see the README).
  const LIMITS: Record<string, (text: string) => string> = { 'kolkata-bn': (text) => text };
  for (const [name, limits] of Object.entries(LIMITS)) {
    it(`${name}: every sentence of the YAML is in the PDF's text`, async () => {
      const file = path.join(SHEETS, `${name}.yaml`);
      const sheet = parse(fs.readFileSync(file, 'utf8')) as { sections: unknown };
      const pdf = await renderFile(file);
      const words = normal(limits(normal(pdftotext(pdf)))).split(' ');
      const wanted = proseOf(sheet.sections).flatMap((p) => sentences(limits(p.normalize('NFC'))));
      expect(wanted.length).toBeGreaterThan(5);
      expect(wanted.filter((s) => !inOrder(s.split(' '), words))).toEqual([]);
    });
  }
});

describe('right-to-left text reads back in logical order, word by word (pdf.js)', () => {
  // pdf.js reverses a right-to-left run character by character: each glyph's text is stored
  // so that this gives the word as typed (lam-alef ligatures, marks and all).
  it('press-release-ar: every Arabic word of the YAML is a word of the PDF', async () => {
    const file = path.join(SHEETS, 'press-release-ar.yaml');
    const sheet = parse(fs.readFileSync(file, 'utf8')) as { sections: unknown; header: unknown };
    const pdf = await readPdf(await renderFile(file));
    const found = new Set(pdf.pages.flatMap((p) => p.boxes.flatMap((b) => normal(b.str).split(' '))));
    const arabic = (w: string) => /^\p{Script=Arabic}+$/u.test(w);
    const words = [...proseOf(sheet.sections), ...proseOf(sheet.header)]
      .flatMap((t) => normal(t.replace(/\*\*/g, '')).split(/[\s،.:]+/u))
      .filter(arabic);
    expect(words.length).toBeGreaterThan(60);
    expect(words.filter((w) => ![...found].some((f) => f.includes(w)))).toEqual([]);
  });
});
