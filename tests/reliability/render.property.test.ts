/**
 * Property: a random valid sheet renders to a readable PDF with all its text on the page, or
 * fails with diagnostics; it never crashes and never overflows silently. FC_RUNS and FC_SEED
 * run longer or replay a failure locally.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { SheetError, type Diagnostic } from '../../src/diag/diagnostic.js';
import { readSheet } from '../../src/loadSheet.js';
import type { Sheet } from '../../src/schema/sheet.js';
import { diskWorld } from '../../src/world.js';
import { overlaps, readPdf, type ReadPdf, type TextBox } from '../helpers/readPdf.js';
import { overflowingSheetArbitrary, sheetArbitrary } from '../helpers/sheetArbitrary.js';
import { SHEETS, sheetDir } from '../helpers/sheetDir.js';

const RUNS = Number(process.env.FC_RUNS ?? 30);
const SEED = Number(process.env.FC_SEED ?? 20261123);

/** A number as the `statValue` helper prints it; computed here with Intl, not with the helper. */
const printed = (n: number, lang: string) => {
  try {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
  } catch {
    return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
  }
};

/**
 * The sheet's text each template prints, read off templates/<name>/sheet.hbs and
 * templates/partials (including their {{#if}}/{{else}} fallbacks). Organisation text is left out:
 * it is the same in every run. Charts are never generated, so `result` shows its figures.
 */
function shownText(sheet: Sheet): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  const show = (field: string, text: string | number | undefined) => {
    if (text !== undefined) out.push({ field, text: String(text) });
  };
  const lang = sheet.language ?? 'en-US';
  const { header, problem, stats, facts, quote } = sheet;
  const statsAndFacts = () => {
    show('stats.title', stats?.title);
    stats?.items.forEach((s, i) => {
      show(`stats.items[${i}].value`, `${s.prefix ?? ''}${printed(s.value, lang)}${s.suffix ?? ''}`);
      show(`stats.items[${i}].label`, s.label);
    });
    if (!facts) return;
    show('facts.title', facts.title);
    facts.items.forEach((f, i) => show(`facts.items[${i}]`, f));
    // Only cited sources are printed (numbered by first use); unused ones are a warning.
    const cited = new Set(facts.items.flatMap((f) => [...f.matchAll(/\[\^([\w-]+)\]/g)].map((m) => m[1]!)));
    for (const [id, text] of Object.entries(facts.sources ?? {})) {
      if (cited.has(id)) show(`facts.sources.${id}`, text);
    }
  };
  const showQuote = (at: string, q: Sheet['quote']) => {
    if (!q) return;
    show(`${at}.text`, q.text);
    show(`${at}.who`, q.who);
    show(`${at}.role`, q.role);
  };
  const footerFull = () => sheet.notes?.forEach((n, i) => show(`notes[${i}]`, n));
  switch (sheet.template) {
    case 'program-office':
      show('header.series', header.series);
      show('header.location|title', header.location ?? header.title);
      show('header.cover.caption', problem ? header.cover?.caption : undefined);
      if (problem) {
        show('problem.topic|header.title', problem.topic ?? header.title);
        show('problem.lead', problem.lead);
        show('problem.text', problem.text);
      }
      statsAndFacts();
      showQuote('quote', quote);
      show('title', sheet.title);
      if (sheet.approach) {
        show('approach.title', sheet.approach.title);
        sheet.approach.pillars.forEach((p, i) => show(`approach.pillars[${i}]`, `${p.lead} ${p.text}`));
      }
      show('milestones.title', sheet.milestones?.title);
      sheet.milestones?.items.forEach((m, i) => {
        show(`milestones.items[${i}].year`, m.year);
        show(`milestones.items[${i}].title`, m.title);
        show(`milestones.items[${i}].text`, m.text);
      });
      if (sheet.leader) {
        show('leader.role', sheet.leader.role);
        show('leader.name', sheet.leader.name);
        show('leader.bio', sheet.leader.bio);
      }
      footerFull();
      break;
    case 'casework': {
      show('header.series', header.series);
      show('header.title', header.title);
      show('problem.lead', problem?.lead);
      show('problem.text', problem?.text);
      statsAndFacts();
      const { prevalence: pre, story, regions, result, cta } = sheet;
      if (pre) {
        show('prevalence.title', pre.title);
        pre.figures?.forEach((f, i) => {
          show(`prevalence.figures[${i}].value`, f.value);
          show(`prevalence.figures[${i}].label`, f.label);
        });
        show('prevalence.text', pre.text);
      }
      show('title', sheet.title);
      if (story) {
        show('story.title', story.title);
        showQuote('story.quote', story.quote);
        show('story.text', story.text);
      }
      show('regions.title', regions?.title);
      regions?.items.forEach((r, i) => {
        show(`regions.items[${i}].name`, r.name);
        show(`regions.items[${i}].places`, r.places.join(' '));
      });
      if (result) {
        show('result.label', result.label);
        show('result.place', result.place);
        for (const side of ['before', 'after'] as const) {
          show(`result.${side}.value`, result[side].value);
          show(`result.${side}.label`, result[side].label);
        }
        show('result.text', result.text);
      }
      if (cta) {
        show('cta.title', cta.title);
        show('cta.text', cta.text);
        show('cta.label|url', cta.label ?? cta.url);
      }
      footerFull();
      break;
    }
    case 'news':
      show('header.series', header.series);
      show('header.title', header.title);
      show('news.title', sheet.news?.title);
      sheet.news?.items.forEach((n, i) => {
        show(`news.items[${i}].headline`, n.headline);
        show(`news.items[${i}].dateline`, n.dateline);
        show(`news.items[${i}].summary`, n.summary);
      });
      footerFull();
      break;
    default:
      throw new Error(`no model of template ${sheet.template}: add one above`);
  }
  return out;
}

/**
 * Text compared without what layout legitimately changes: case (kicker roles print upper case),
 * whitespace and line breaks (a long word is split without a hyphen, pdf.js splits runs
 * anywhere), hyphens, and markup (`**`, `*`, `\*`, `[^id]`, which rich text turns into style or
 * a raised number and plain text prints as typed).
 */
const normalise = (s: string) =>
  s.toLowerCase().replace(/\[\^[\w-]+\]/g, '').replace(/[\s*\\\-\u00ad\u2010]/g, '');

/** Each field's words, in order, in the text of all pages; returns what is missing. */
function missingWords(sheet: Sheet, pdf: ReadPdf): string[] {
  const all = normalise(pdf.pages.flatMap((p) => p.boxes.map((b) => b.str)).join(''));
  const missing: string[] = [];
  for (const { field, text } of shownText(sheet)) {
    let at = 0;
    for (const word of text.split(/\s+/).map(normalise).filter(Boolean)) {
      const found = all.indexOf(word, at);
      if (found < 0) {
        missing.push(`${field}: "${word}" (after ${JSON.stringify(all.slice(Math.max(0, at - 30), at))})`);
        break;
      }
      at = found + word.length;
    }
  }
  return missing;
}

/**
 * Overlapping text boxes, less pdf.js's own splits: it cuts a run where the font kerns a pair
 * tightly (Lato's "//" is -0.45 em), and each part's width then ends past the next part's start.
 * Such parts share a baseline and size and overlap by a fraction of an em; laid-out text never does.
 */
function overlapping(boxes: readonly TextBox[]): string[] {
  const kernSplit = (a: TextBox, b: TextBox) => Math.abs(a.y - b.y) < 0.01 && a.h === b.h
    && Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) < a.h / 2;
  return overlaps(boxes).filter(([a, b]) => !kernSplit(a, b)).map(([a, b]) => `"${a.str}" / "${b.str}"`);
}

/** The 1-based lines where the YAML node at a dotted path starts and ends, found apart from src. */
function linesOfPath(yamlText: string, dotted: string): [number, number] | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  const keys = [...dotted.matchAll(/[^.[\]]+/g)].map(([k]) => (/^\d+$/.test(k) ? Number(k) : k));
  const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? [lines.linePos(node.range[0]).line, lines.linePos(node.range[1]).line] : undefined;
}

/** An overflow names a section of the sheet (`problem.text`) and points at that section's line. */
function expectOverflowPointsIntoSheet(d: Diagnostic, file: string, yamlText: string) {
  const section = /^`([^`]+)` does not fit on page \d+/.exec(d.message)?.[1];
  expect(section, d.message).toBeDefined();
  expect(d.span?.file).toBe(file);
  expect(d.span!.line).toBeGreaterThanOrEqual(1);
  expect(d.span!.line).toBeLessThanOrEqual(yamlText.split('\n').length);
  const item = /^(facts\.items)\[\d+\]$/.exec(section!);
  if (item) {
    // KNOWN BUG (src/layout/blocks/list.ts): a <list> item's section carries the whole list's
    // span, so `facts.items[3]` points at the first fact. Until items get spans of their own,
    // only require a line within the list; once fixed, drop this branch.
    const [first, last] = linesOfPath(yamlText, item[1]!)!;
    expect(d.span!.line, d.message).toBeGreaterThanOrEqual(first);
    expect(d.span!.line, d.message).toBeLessThanOrEqual(last);
    return;
  }
  expect(d.span!.line, d.message).toBe(linesOfPath(yamlText, section!)?.[0]);
}

describe('random sheets', () => {
  const dir = sheetDir();
  fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
  const file = path.join(dir, 'random.yaml');

  it('render to a PDF with every word on the page, or fail with diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArbitrary, async (sheet) => {
        const yamlText = stringify(sheet);
        fs.writeFileSync(file, yamlText);
        let pdf: Buffer;
        try {
          pdf = await renderFile(file);
        } catch (e) {
          expect(e).toBeInstanceOf(SheetError);
          const errors = (e as SheetError).diagnostics.filter((d) => d.severity === 'error');
          // The generator's only invalid content: footnotes without a source, and text too
          // long for the page. Anything else (`internal`, `template`) is a bug.
          expect(errors.length).toBeGreaterThan(0);
          for (const d of errors) {
            expect(['unknown-footnote', 'overflow'], d.message).toContain(d.code);
            if (d.code === 'overflow') expectOverflowPointsIntoSheet(d, file, yamlText);
          }
          return;
        }
        const read = await readPdf(pdf);
        expect(read.pages.length).toBeGreaterThanOrEqual(1);
        for (const page of read.pages) {
          for (const b of page.boxes) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.x + b.w).toBeLessThanOrEqual(page.width + 0.5);
            expect(b.y + b.h).toBeLessThanOrEqual(page.height + 0.5);
          }
          expect(overlapping(page.boxes)).toEqual([]);
        }
        expect(missingWords(sheet as Sheet, read)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('fail with an `overflow` at the YAML line of the section when the text cannot fit', async () => {
    await fc.assert(
      fc.asyncProperty(overflowingSheetArbitrary, async (sheet) => {
        const yamlText = stringify(sheet);
        fs.writeFileSync(file, yamlText);
        const thrown = await renderFile(file).then(() => undefined, (e: unknown) => e);
        expect(thrown).toBeInstanceOf(SheetError);
        const overflows = (thrown as SheetError).diagnostics.filter((d) => d.code === 'overflow');
        expect(overflows.length, (thrown as Error).message).toBeGreaterThan(0);
        for (const d of overflows) {
          expect(d.severity).toBe('error');
          expectOverflowPointsIntoSheet(d, file, yamlText);
        }
      }),
      // Every run fails the same way on page 1; a third of the runs still meets all three templates.
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  });

  it('byte-level corruption of a sheet file never crashes the loader', () => {
    const original = fs.readFileSync(path.join(SHEETS, 'kolkata.yaml'));
    const byte = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }));
    const flips = fc.array(byte, { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(flips, (edits) => {
        const bytes = Buffer.from(original);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        fs.writeFileSync(file, bytes);
        const { value, diagnostics } = readSheet(file, diskWorld());
        if (!value) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });
});
