/**
 * The words a template and a chart print that are not content, in the sheet's language:
 * real YAML in, a real PDF out, read back with pdf.js; chart descriptions from the layout.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/loadSheet.js';
import { layoutLoadedSheet, renderLoadedSheet } from '../../src/pipeline.js';
import { diskWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { sheetDir } from '../helpers/sheetDir.js';

const sheet = (language: string) => `title: Hoja de prueba
template: program-office
language: ${language}
date: 2019-06-01
header:
  title: Prueba
sections:
  - problem:
      text: Muchas niñas son explotadas.
  - chart:
      type: bar
      title: Niñas rescatadas
      labels: ["2011", "2015"]
      series: [{ values: [3800, 12] }]
      unit: count
      source: Estudios de IJM
  - quote:
      text: Quiero ayudar a rescatar a otras.
      who: Sani
      pseudonym: true
`;

async function load(language: string) {
  const dir = sheetDir({ 'x.yaml': sheet(language) });
  const loaded = await readSheet(path.join(dir, 'x.yaml'), diskWorld());
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.value!;
}

describe('words in the sheet language', () => {
  it('prints Spanish section titles, "Fuente:" and the pseudonym note', async () => {
    const rendered = await renderLoadedSheet(await load('es-MX'), { world: diskWorld() });
    expect(rendered.diagnostics).toEqual([]);
    const text = (await readPdf(rendered.value!.pdf)).pages.map((p) => p.text).join(' ');
    for (const words of ['EL PROBLEMA', 'Fuente: Estudios de IJM', '*Seudónimo.']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/Source:|A pseudonym|THE PROBLEM/);
  });

  it('describes a chart for screen readers in the sheet language', async () => {
    const laid = await layoutLoadedSheet(await load('es-MX'), { world: diskWorld() });
    const items = laid.value!.fitted.pages.flatMap((p) => p.items);
    const chart = items.find((i) => i.kind === 'chart');
    expect(chart).toMatchObject({ alt: 'Gráfico de barras: Niñas rescatadas. 2011 3,800, 2015 12.' });
  });

  it('prints a word the language lacks in English and warns at the sheet’s language', async () => {
    const laid = await layoutLoadedSheet(await load('fr-FR'), { world: diskWorld() });
    const warning = laid.diagnostics.find((d) => d.code === 'strings');
    expect(warning).toMatchObject({ severity: 'warning', span: { line: 3 } });
    expect(warning!.message).toBe('no strings table for French (France): its words are printed in English');
    const items = laid.value!.fitted.pages.flatMap((p) => p.items);
    expect(items.some((i) => i.kind === 'text' && i.text.startsWith('Source: '))).toBe(true);
  });
});
