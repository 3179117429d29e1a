/**
 * The review's "silently wrong PDF" examples, through the library and read back with pdf.js:
 * each used to build with exit 0 and print something other than what the sheet says.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFile, SheetError } from '../../src/index.js';
import { readPdf } from '../helpers/readPdf.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

const render = (sheet: string) => renderFile(path.join(sheetDir({ 'x.yaml': sheet }), 'x.yaml'));
const boxes = async (sheet: string) => (await readPdf(await render(sheet))).pages[0]!.boxes.map((b) => b.str);
const stat = (fields: string) => MINIMAL_SHEET.replace('value: 435', fields);

describe('printed as written', () => {
  it('`value: 150000000000` with `$` prints whole on one line (not "$150,000,000,00" and a lone "0")', async () => {
    const printed = await boxes(stat('value: 150000000000\n          prefix: "$"'));
    expect(printed).toContain('$150,000,000,000');
    expect(printed).not.toContain('0');
  });

  it('`0.000001` with `+` prints "0.000001+", not "0+"', async () => {
    const printed = await boxes(stat('value: 0.000001\n          suffix: "+"'));
    expect(printed).toContain('0.000001+');
    expect(printed).not.toContain('0+');
  });

  it('a footnote id `constructor` is an id like any other (not "[object Object]")', async () => {
    const facts = `${MINIMAL_SHEET}  - facts:\n      items: ["A fact.[^constructor]"]\n      sources:\n        constructor: The source k1\n`;
    const text = (await readPdf(await render(facts))).pages[0]!.text;
    expect(text).toMatch(/A fact\. ?1/);
    expect(text).toContain('The source k1');
    expect(text).not.toContain('object');
    const missing = `${MINIMAL_SHEET}  - text:\n      text: "A claim.[^constructor]"\n`;
    const thrown = await render(missing).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(SheetError);
    expect((thrown as SheetError).message).toMatch(/x\.yaml:11:13: footnote `\[\^constructor\]` has no source/);
  });

  it('a soft hyphen is a place to break, invisible inside a line (not a printed hyphen)', async () => {
    const para = (word: string) => `${MINIMAL_SHEET}  - text:\n      text: "Working in ${word} with the police."\n`;
    // The line as pdf.js measures it from the drawn glyphs: a printed hyphen would make it wider.
    const line = async (sheet: string) =>
      (await readPdf(await render(sheet))).pages[0]!.boxes.find((b) => b.str.startsWith('Working'))!;
    const [withShy, without] = [await line(para('co\u00adoperation')), await line(para('cooperation'))];
    expect(withShy.str).not.toContain('-');
    expect(withShy.w).toBeCloseTo(without.w, 2);
    expect(withShy.x).toBeCloseTo(without.x, 2);
  });
});
