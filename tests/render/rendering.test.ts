import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetError } from '../../src/diag/diagnostic.js';
import { renderFile, renderSheet, parseSheet } from '../../src/api.js';
import { readPdf } from '../helpers/readPdf.js';
import { MINIMAL_SHEET, SHEETS, sheetDir } from '../helpers/sheetDir.js';
import { memoryWorld } from '../../src/world.js';

const kolkata = path.join(SHEETS, 'kolkata.yaml');

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

  it('fails an overflowing sheet with the section, the page, the amount and the line', async () => {
    const long = Array(14).fill('This sentence makes the problem section much longer than a page can hold.').join(' ');
    const dir = sheetDir({ 'x.yaml': `${MINIMAL_SHEET}problem:\n  text: >-\n    ${long}\n    ${long}\n    ${long}\n` });
    const err = await renderFile(path.join(dir, 'x.yaml')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetError);
    const [d] = (err as SheetError).diagnostics;
    expect(d).toMatchObject({ code: 'overflow', span: { line: 10, col: 9 } });
    expect(d!.message).toMatch(/^`problem\.text` does not fit on page 1: the page is \d+ pt \(\d+ mm\) too full$/);
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
    expect(err.diagnostics[0]).toMatchObject({ code: 'missing-glyph', span: { line: 7, col: 7 } });
    expect(err.diagnostics[0]!.message).toContain('"💧" (U+1F4A7) in `stats.items[0]`');
  });

  it('sample images are small', () => {
    for (const f of fs.readdirSync(path.join(SHEETS, 'images')).filter((f) => f.endsWith('.jpg'))) {
      expect(fs.statSync(path.join(SHEETS, 'images', f)).size).toBeLessThan(150_000);
    }
  });
});
