import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetError } from '../../src/diag/diagnostic.js';
import { renderFile, renderSheet, parseSheet } from '../../src/api.js';
import { readSheet } from '../../src/loadSheet.js';
import { renderLoadedSheet } from '../../src/pipeline.js';
import { overlaps, readPdf } from '../helpers/readPdf.js';
import { MINIMAL_SHEET, SHEETS, sheetDir } from '../helpers/sheetDir.js';
import { diskWorld, memoryWorld } from '../../src/world.js';

const kolkata = path.join(SHEETS, 'kolkata.yaml');

const SENTENCE = 'This sentence makes the problem section much longer than a page can hold.';

/** One page of stats and a problem `sentences` sentences long (its `- problem:` is line 11). */
const problemSheet = (sentences: number, pages: number | 'auto' = 1) =>
  `${MINIMAL_SHEET.replace('template: program-office\n', `template: program-office\npages: ${pages}\n`)}`
  + `  - problem:\n      text: >-\n        ${Array(sentences).fill(SENTENCE).join(' ')}\n`;

/** Renders sheet text as the CLI does: the result, its diagnostics and, on overflow, the proof. */
async function render(text: string) {
  const dir = sheetDir({ 'x.yaml': text });
  const loaded = await readSheet(path.join(dir, 'x.yaml'), diskWorld());
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return renderLoadedSheet(loaded.value!, { world: diskWorld() });
}

describe('rendering', () => {
  it('is deterministic: two builds are byte-identical', async () => {
    const a = await renderFile(kolkata);
    const b = await renderFile(kolkata);
    expect(a.equals(b)).toBe(true);
  });

  it('takes its date from SOURCE_DATE_EPOCH when set, else from the sheet', async () => {
    const world = (epoch?: string) => memoryWorld({}, undefined, epoch === undefined ? {} : { SOURCE_DATE_EPOCH: epoch });
    const fromSheet = await readPdf(await renderFile(kolkata, { world: world() }));
    expect(String(fromSheet.info.CreationDate)).toMatch(/^D:20190601/);
    const fromEpoch = await readPdf(await renderFile(kolkata, { world: world('1700000000') }));
    expect(String(fromEpoch.info.CreationDate)).toMatch(/^D:20231114/);
  });

  it('prints template syntax in content literally, never evaluating it', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET.replace('label: survivors rescued', 'label: "{{org.name}} {{#each x}}<b>&amp;</b>"') });
    const pdf = await readPdf(await renderFile(path.join(dir, 'x.yaml')));
    expect(pdf.pages[0]!.text).toContain('{{org.name}} {{#each x}}<b>&amp;</b>');
  });

  it('shrinks type a little to meet the page count, then fails with the spilling section, its line, and a proof', async () => {
    let shrunk: number | undefined;
    for (let n = 30; n <= 90; n += 2) {
      const result = await render(problemSheet(n));
      if (result.value) {
        expect(result.value.pages).toBe(1);
        expect(result.value.scale).toBeGreaterThanOrEqual(0.92);
        if (result.value.scale < 1) shrunk ??= result.value.scale;
        continue;
      }
      // Copyfit shrank type before it gave up: some length fitted only at a smaller scale.
      expect(shrunk).toBeLessThan(1);
      expect(result.diagnostics).toHaveLength(1);
      const [d] = result.diagnostics;
      expect(d).toMatchObject({ severity: 'error', code: 'overflow', span: { line: 11, col: 5 } });
      expect(d!.message).toMatch(/^`sections\[1\]\.problem` does not fit in 1 page: about \d+ lines? \(\d+ pt\) run past page 1$/);
      expect(d!.hint).toMatch(/`pages: 2` or `pages: auto`/);
      // The proof shows the spill on a second page, framed and labelled in red.
      const proof = await readPdf(result.proof!);
      expect(proof.pages).toHaveLength(2);
      expect(proof.pages[0]!.text).not.toContain('OVERSET');
      expect(proof.pages[1]!.text).toContain('OVERSET: page 2 is beyond the 1 page this sheet may use.');
      expect(proof.pages[1]!.text).toContain('hold.');
      // renderFile throws it as a SheetError.
      const dir = sheetDir({ 'x.yaml': problemSheet(n) });
      const thrown = await renderFile(path.join(dir, 'x.yaml')).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(SheetError);
      expect((thrown as SheetError).diagnostics[0]).toMatchObject({ code: 'overflow' });
      return;
    }
    expect.fail('90 sentences still fit one page');
  });

  it('adds pages for `pages: auto`, and no more than the text needs', async () => {
    const more = `  - text:\n      text: >-\n        ${Array(60).fill(SENTENCE).join(' ')}\n`;
    const result = await render(problemSheet(60, 'auto') + more);
    expect(result.diagnostics).toEqual([]);
    expect(result.value!.scale).toBe(1);
    const pdf = await readPdf(result.value!.pdf);
    expect(pdf.pages.length).toBe(result.value!.pages);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages.length).toBeLessThanOrEqual(3);
    // Each sentence ends in `hold.` once: all 120 are there, whatever the page breaks.
    const ends = pdf.pages.map((p) => p.text).join(' ').match(/\bhold\./g) ?? [];
    expect(ends).toHaveLength(120);
    for (const p of pdf.pages) expect(overlaps(p.boxes)).toEqual([]);
  });

  it('fails, never truncates, when `pages: auto` needs more pages than the limit of 20', async () => {
    // 60 full-width sections of some 4,500 characters each: about 40 pages of text.
    const long = Array(60).fill(SENTENCE).join(' ');
    const sheet = `title: T\ntemplate: program-office\npages: auto\nheader:\n  title: T\nsections:\n`
      + Array(60).fill(`  - text:\n      place: full\n      text: >-\n        ${long}\n`).join('');
    const result = await render(sheet);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.some((d) => d.code === 'overflow' && d.severity === 'error')).toBe(true);
  });

  it('never reports a section as taller than the page when it fits the page it is on', async () => {
    // A quote never splits. Followed by a short text, it is laid out on page 1 as if page 1
    // were the last page (whose full footer is taller); when the text then moves to page 2,
    // page 1 keeps its slim footer, and a quote that fits above that must not be an error.
    // Whether it fits is shown by the same quote with the text sent to page 2 (`break: before`).
    // Long notes make the full footer taller still, so the quote has a wide range of lengths to hit.
    const notes = Array.from({ length: 4 }, (_, i) => `  - Note ${i}, ${Array(30).fill('a note about the photos').join(' ')}.\n`).join('');
    const sheet = (words: number, brk: boolean) => `title: T\ntemplate: program-office\npages: auto\nheader:\n  title: T\nnotes:\n${notes}sections:\n`
      + `  - quote:\n      place: full\n      who: Someone\n      text: ${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')}\n`
      + `  - text:\n      place: full\n${brk ? '      break: before\n' : ''}      text: A short closing line.\n`;
    // The longest quote that fits page 1 with the text moved on: found coarsely, then word by word below it.
    const fitsApart = async (words: number) => !(await render(sheet(words, true))).diagnostics.length;
    let longest = 100;
    while (longest < 900 && await fitsApart(longest + 40)) longest += 40;
    const wrong: string[] = [];
    for (let words = longest + 40; words >= longest - 200; words -= 20) {
      if (!(await fitsApart(words))) continue;
      const together = await render(sheet(words, false));
      if (together.diagnostics.length) wrong.push(`${words} words: ${together.diagnostics.map((d) => d.message).join('; ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('renders a plain Sheet object given its organisation', async () => {
    const sheet = parseSheet(MINIMAL_SHEET);
    const org = { name: 'Example Org', web: { url: 'https://example.org', label: 'example.org' } };
    const pdf = await readPdf(await renderSheet(sheet, { org, pageSize: 'a4' }));
    expect(pdf.pages[0]!.width).toBeCloseTo(595.28, 1);
    expect(pdf.pages.map((p) => p.text).join(' ')).toContain('EXAMPLE ORG');
  });

  it('names a template that does not exist and suggests the nearest', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET.replace('program-office', 'program-ofice') });
    const err = (await renderFile(path.join(dir, 'x.yaml')).catch((e: unknown) => e)) as SheetError;
    expect(err.diagnostics[0]).toMatchObject({ code: 'unknown-template', hint: 'did you mean `program-office`?', span: { line: 2, col: 11 } });
  });

  it('refuses characters the font lacks, by position, instead of printing empty boxes', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET.replace('label: survivors rescued', 'label: survivors 💧 rescued') });
    const err = (await renderFile(path.join(dir, 'x.yaml')).catch((e: unknown) => e)) as SheetError;
    expect(err.diagnostics[0]).toMatchObject({ code: 'missing-glyph', span: { line: 8, col: 11 } });
    expect(err.diagnostics[0]!.message).toContain('"💧" (U+1F4A7) in `sections[0].stats.items[0]`');
  });

  it('sample images are small', () => {
    for (const f of fs.readdirSync(path.join(SHEETS, 'images')).filter((f) => f.endsWith('.jpg'))) {
      expect(fs.statSync(path.join(SHEETS, 'images', f)).size).toBeLessThan(150_000);
    }
  });
});
