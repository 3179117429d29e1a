/**
 * The samples read back in logical order, by poppler's pdftotext (Debian poppler-utils; .ci/run
 * installs it): every sentence of the YAML (NFC, inline markup removed) must be in the text,
 * whole, in plain mode; with -layout, where a column beside it may come between two lines of a
 * sentence, its words in order. pdf.js is not used for this, as it ignores ActualText and reads
 * Indic glyphs in drawing order; it must still read every Arabic word whole (last test).
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

function pdftotext(pdf: Uint8Array, mode: readonly string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-text-')), 'x.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...mode, '-enc', 'UTF-8', file, '-']).toString('utf8');
}

/**
 * Text as compared: NFC, a line broken after a hyphen joined, no bidi controls (pdftotext marks
 * directions with embeddings; our right-to-left runs carry invisible marks for it, see
 * src/pdf/extractionOrder.ts), one space between words.
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
 * may carry more (a note number, the quotation marks a template adds), with at most `between`
 * other words among them (with -layout, the lines of a column beside the sentence's).
 */
function inOrder(wanted: readonly string[], words: readonly string[], between: number): boolean {
  const find = (w: string, from: number) => words.findIndex((x, i) => i >= from && x.includes(w));
  for (let start = find(wanted[0]!, 0); start >= 0; start = find(wanted[0]!, start + 1)) {
    let at = start;
    const last = start + wanted.length + between;
    if (wanted.every((w) => (at = find(w, at)) >= 0 && ++at <= last)) return true;
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

/** A sample's sentences: every prose field of its header and sections. */
function sentencesOf(name: string): string[] {
  const sheet = parse(fs.readFileSync(path.join(SHEETS, `${name}.yaml`), 'utf8')) as Record<string, unknown>;
  return [...proseOf(sheet.header), ...proseOf(sheet.sections)].flatMap((p) => sentences(p));
}

describe('text extracts in logical order (pdftotext)', () => {
  const pdfs = new Map<string, Promise<Uint8Array>>();
  const pdfOf = (name: string) =>
    pdfs.get(name) ?? pdfs.set(name, renderFile(path.join(SHEETS, `${name}.yaml`))).get(name)!;
  for (const name of ['kolkata-bn', 'press-release-ar']) {
    it(`${name}: every sentence of the YAML is in the PDF's text, whole`, async () => {
      const text = normal(pdftotext(await pdfOf(name), []));
      const wanted = sentencesOf(name);
      expect(wanted.length).toBeGreaterThan(8);
      expect(wanted.filter((s) => !text.includes(s))).toEqual([]);
    });
    it(`${name}: with -layout, every sentence's words come in order`, async () => {
      const words = normal(pdftotext(await pdfOf(name), ['-layout'])).split(' ');
      // A line of the column beside is up to ~10 words; a sentence spans up to ~8 lines.
      expect(sentencesOf(name).filter((s) => !inOrder(s.split(' '), words, 80))).toEqual([]);
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
