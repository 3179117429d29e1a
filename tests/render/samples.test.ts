import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { overlaps, readPdf, type ReadPdf } from '../helpers/readPdf.js';
import { SHEETS } from '../helpers/sheetDir.js';

const rendered: Record<string, { bytes: Buffer; pdf: ReadPdf }> = {};

beforeAll(async () => {
  for (const name of ['kolkata', 'sex-trafficking', 'news']) {
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
      'Sani* was drugged by a trafficker and sold', 'Kolkata, India • Mumbai, India', '15%–30%', '(0.1%)', 'IJM.org/Get-Involved', 'T 703.465.5495', 'Learn more: IJM.org']) {
      expect(text).toContain(s);
    }
  });

  it('numbers footnotes in order of use and lists their sources', () => {
    const text = allText('kolkata');
    expect(text).toMatch(/worldwide\. ?1/);
    expect(text).toMatch(/globally\. ?2/);
    expect(text).toContain('1 International Labour Organization and Walk Free Foundation');
  });

  it.each(['kolkata', 'sex-trafficking', 'news'])('%s keeps all text on the page, 18 pt from the edge, never over other text', (name) => {
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

  it('embeds only subset Lato fonts', () => {
    const raw = rendered.kolkata!.bytes.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont \/([^\s/]+)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+Lato-/);
    expect(raw.match(/\/FontFile2/g)?.length).toBe(new Set(fonts).size);
  });
});
