import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { overlaps, readPdf, type ReadPdf } from '../helpers/readPdf.js';
import { SAMPLE_SHEETS, SHEETS } from '../helpers/sheetDir.js';

const rendered: Record<string, { bytes: Buffer; pdf: ReadPdf }> = {};

beforeAll(async () => {
  for (const name of SAMPLE_SHEETS) {
    const bytes = await renderFile(path.join(SHEETS, `${name}.yaml`));
    rendered[name] = { bytes, pdf: await readPdf(bytes) };
  }
});

const allText = (name: string) => rendered[name]!.pdf.pages.map((p) => p.text).join(' ');

describe('sample sheets, read back with pdf.js', () => {
  it.each([['kolkata', 2], ['sex-trafficking', 2], ['news', 1]] as const)('%s has %i US Letter pages', (name, count) => {
    const { pages } = rendered[name]!.pdf;
    expect(pages).toHaveLength(count);
    for (const p of pages) expect([p.width, p.height]).toEqual([612, 792]);
  });

  it('kolkata shows its seed texts', () => {
    const text = allText('kolkata');
    for (const s of ['KOLKATA, INDIA', 'Sonagachi', '435', '330+', '5,470', 'IJM KOLKATA PROGRESS SINCE 2006', '40.3 million', '1.2 million children',
      '–Prema,* a survivor of sex trafficking', 'We rescue victims', 'We strengthen justice systems', 'LANDMARK CONVICTION', '2013', 'Saji Philip',
      'PO Box 58147', 'P 703.465.5495', 'F 703.465.5499', '*A pseudonym.', '© 2019 International Justice Mission']) {
      expect(text).toContain(s);
    }
  });

  it('sex-trafficking shows its seed texts', () => {
    const text = allText('sex-trafficking');
    for (const s of ['IJM CASEWORK SERIES', 'SEX TRAFFICKING', '3,801', '79%', '697', 'QUICK FACTS', '$150 billion a year', 'Meet Sani',
      'Sani* was drugged by a trafficker and sold', 'Kolkata, India • Mumbai, India', '15%–30%', '(0.1%)', 'IJM.org/Get-Involved', 'PO Box 58147', 'F 703.465.5499', '*A pseudonym.']) {
      expect(text).toContain(s);
    }
  });

  it('sex-trafficking keeps the casework footer\'s wording: "T" before the phone, "Learn more:" before the web address', () => {
    // The printed handout (and the casework template before sections) says "T 703…" and
    // "Learn more: IJM.org"; template.yaml masters cannot pass those parameters to footer-full.
    const text = allText('sex-trafficking');
    expect(text).toContain('T 703.465.5495');
    expect(text).toContain('Learn more: IJM.org');
  });

  it('news shows its seed texts', () => {
    const text = allText('news');
    for (const s of ['LATEST NEWS', 'SEX TRAFFICKING', 'STORIES FROM THE FIELD', 'Series Of Sex Trafficking Rescue Operations In Kolkata',
      'MUMBAI, INDIA –', 'MANILA, THE PHILIPPINES –', 'One Girl Celebrates 13th Birthday', 'It was business as usual.', 'PO Box 58147']) {
      expect(text).toContain(s);
    }
  });

  it('starts a new page where a section says `break: before`, under the running header', () => {
    const kolkata = rendered.kolkata!.pdf.pages;
    expect(kolkata[0]!.text).not.toContain('How IJM Kolkata Combats');
    expect(kolkata[1]!.text).toMatch(/^KOLKATA, INDIA IJM FACT SHEET (HOW IJM KOLKATA COMBATS|How IJM Kolkata Combats)/i);
    const casework = rendered['sex-trafficking']!.pdf.pages;
    expect(casework[0]!.text).not.toContain('Meet Sani');
    expect(casework[1]!.text).toMatch(/^SEX TRAFFICKING IJM CASEWORK SERIES Meet Sani/);
  });

  it('numbers footnotes in order of use and lists their sources', () => {
    const text = allText('kolkata');
    expect(text).toMatch(/worldwide\. ?1/);
    expect(text).toMatch(/globally\. ?2/);
    expect(text).toContain('1 International Labour Organization and Walk Free Foundation');
  });

  it.each(SAMPLE_SHEETS)('%s keeps all text on the page, 18 pt from the edge, never over other text', (name) => {
    for (const page of rendered[name]!.pdf.pages) {
      for (const b of page.boxes) {
        expect(b.x, b.str).toBeGreaterThanOrEqual(18);
        expect(b.x + b.w, b.str).toBeLessThanOrEqual(page.width - 18);
        expect(b.y, b.str).toBeGreaterThanOrEqual(18);
        expect(b.y + b.h, b.str).toBeLessThanOrEqual(page.height - 18);
      }
      expect(overlaps(page.boxes).map(([a, b]) => `${a.str} / ${b.str}`)).toEqual([]);
    }
  });

  it('sets title, author, subject and language', () => {
    const { info } = rendered.kolkata!.pdf;
    expect(info).toMatchObject({ Title: 'IJM Kolkata: Sex Trafficking Fact Sheet', Author: 'International Justice Mission', Language: 'en-US' });
    expect(String(info.Subject)).toMatch(/^How IJM Kolkata protects/);
  });

  it('links the web address and the call to action', () => {
    const links = rendered['sex-trafficking']!.pdf.pages.flatMap((p) => p.links);
    expect(links).toContain('https://www.ijm.org/Get-Involved');
    expect(links).toContain('https://www.ijm.org/');
  });

  it.each(SAMPLE_SHEETS)('%s embeds only subset fonts of the bundled families', (name) => {
    const raw = rendered[name]!.bytes.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont \/([^\s/]+)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+(Lato|NotoSans(Bengali|Devanagari|Arabic)UI)-/);
    expect(raw.match(/\/FontFile2/g)?.length).toBe(new Set(fonts).size);
  });
});
