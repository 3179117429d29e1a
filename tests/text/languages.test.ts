/**
 * Line breaking and hyphenation through the whole pipeline: real YAML in, a real PDF out, read
 * back with MuPDF, which honours ActualText as screen readers do. A hyphen drawn where a word
 * is broken must not reach the extracted text.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/loadSheet.js';
import { renderLoadedSheet } from '../../src/pipeline.js';
import { diskWorld } from '../../src/world.js';
import { extractLines } from '../helpers/extractText.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

const GERMAN = [
  'Die Gesundheitsversorgung in den Kinderbetreuungseinrichtungen der Bezirksverwaltung',
  'verbessert sich; Rechtsanwaltsfachangestellte und Sozialversicherungsfachangestellte',
  'unterstützen die Staatsanwaltschaften bei Ermittlungsverfahren gegen Menschenhändler',
  'in Kalkutta, 10\u00a0km vom Büro. Verwaltungs\u00adgerichtsbarkeit.',
].join(' ');

/** The minimal sheet in `language`, with a problem section holding `text`. */
const sheet = (language: string, text: string) =>
  `${MINIMAL_SHEET.replace('template: program-office', `template: program-office\nlanguage: ${language}`)}` +
  `  - problem:\n      text: >-\n        ${text}\n`;

async function pdfText(language: string, text: string) {
  const dir = sheetDir({ 'x.yaml': sheet(language, text) });
  const loaded = await readSheet(path.join(dir, 'x.yaml'), diskWorld());
  const rendered = await renderLoadedSheet(loaded.value!, { world: diskWorld() });
  expect(rendered.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return extractLines(rendered.value!.pdf);
}

describe('line breaking and hyphenation in a built PDF', () => {
  it('hyphenates German words with a visible hyphen that extracts as a soft hyphen', async () => {
    const lines = await pdfText('de-DE', GERMAN);
    const broken = lines.filter((l) => l.endsWith('\u00ad'));
    expect(broken.length).toBeGreaterThan(0);
    // No hyphen reaches the text: the source has none, and each broken word joins up whole.
    expect(lines.filter((l) => l.includes('-'))).toEqual([]);
    const joined = lines.join(' ').replace(/\u00ad /g, '').replace(/\u00ad/g, '');
    const words = GERMAN.replace(/\u00ad/g, '').split(/[\s,.;]+/).filter(Boolean);
    for (const word of words) expect(joined).toContain(word);
  });

  it('keeps "10 km" on one line and never shows a soft hyphen inside a line', async () => {
    const lines = await pdfText('de-DE', GERMAN);
    expect(lines.some((l) => /10\s?km/.test(l))).toBe(true);
    expect(lines.filter((l) => l.slice(0, -1).includes('\u00ad'))).toEqual([]);
  });
});
