/**
 * No template drops a section: every kind, in every template, prints every word it holds; and
 * a sheet crowded with repeats (two quotes, three charts, two leaders, a table, a callout, a
 * text section, a range stat) builds in every template with nothing overlapping.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { KIND_NAMES, type KindName } from '../../src/sections/registry.js';
import { listTemplates } from '../../src/template/loadTemplate.js';
import { diskWorld } from '../../src/world.js';
import { overlaps, readPdf } from '../helpers/readPdf.js';
import { SHEETS, sheetDir } from '../helpers/sheetDir.js';
import { KIND_SAMPLES, printedWords, words } from './kindSamples.js';

const TEMPLATES = await listTemplates(TEMPLATES_DIR, diskWorld());

function folder(): string {
  const dir = sheetDir();
  fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
  return dir;
}

async function build(template: string, sections: object[]) {
  const dir = folder();
  const sheet = { title: 'Every kind', template, pages: 'auto', header: { title: 'Header Quokka', series: 'Series Wombat' }, sections };
  fs.writeFileSync(path.join(dir, 'x.yaml'), stringify(sheet));
  return readPdf(await renderFile(path.join(dir, 'x.yaml')));
}

/** The PDF's words, lower case, whatever line or page they fell on. */
const pdfWords = (pdf: Awaited<ReturnType<typeof readPdf>>) =>
  new Set(pdf.pages.flatMap((p) => words(p.text.toLowerCase())));

describe('every section kind in every template', () => {
  it('has a template list and a kind list to check', () => {
    expect(TEMPLATES).toEqual(['casework', 'news', 'press-release', 'program-office', 'results']);
    expect(KIND_NAMES).toHaveLength(20);
  });

  it.each(TEMPLATES)('%s prints every word of every kind, nothing overlapping', async (template) => {
    const sections = KIND_NAMES.map((k) => ({ [k]: KIND_SAMPLES[k] }));
    const pdf = await build(template, sections);
    const found = pdfWords(pdf);
    for (const kind of KIND_NAMES) {
      const missing = printedWords(KIND_SAMPLES[kind]).filter((w) => !found.has(w.toLowerCase()));
      expect(missing, `${template} / ${kind}`).toEqual([]);
    }
    // Printed as the language writes them, not as the YAML does.
    expect(pdf.pages.map((p) => p.text).join(' ')).toMatch(/DATELINE QUAY, May 2019 – Summary/);
    for (const page of pdf.pages) expect(overlaps(page.boxes)).toEqual([]);
  });

  it.each(TEMPLATES)('%s takes repeats: two quotes, three charts, two leaders, a table, a callout, a range stat', async (template) => {
    const pick = (k: KindName, extra: object = {}) => ({ [k]: { ...KIND_SAMPLES[k], ...extra } });
    const sections = [
      pick('stats'), pick('quote'), pick('chart'), pick('leader'), pick('table'),
      pick('quote', { who: 'Second Speaker Tabard' }), pick('chart', { title: 'Second chart rebate', size: 'small' }),
      pick('callout'), pick('leader', { name: 'Second Leader Baldric' }), pick('text'),
      pick('chart', { title: 'Third chart chamfer', type: 'line', size: 'large' }),
    ];
    const pdf = await build(template, sections);
    const found = pdfWords(pdf);
    const missing = sections.flatMap((s) => printedWords(Object.values(s)[0])).filter((w) => !found.has(w.toLowerCase()));
    expect(missing).toEqual([]);
    expect(pdf.pages.map((p) => p.text).join(' ')).toContain('20–50%');
    for (const page of pdf.pages) {
      expect(overlaps(page.boxes)).toEqual([]);
      for (const b of page.boxes) expect(b.x + b.w).toBeLessThanOrEqual(page.width);
    }
  });
});
