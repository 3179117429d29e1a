/**
 * Property: a random valid sheet (random kinds of section in random order and places) renders
 * with `pages: auto` to a readable PDF with every word of every field it shows on the page,
 * inside the page and never over other text; with `pages: 1` a sheet too long for the page
 * fails with an `overflow` per spilling section, at that section's line, and a proof. It never
 * crashes and never overflows silently. FC_RUNS and FC_SEED run longer or replay a failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { LineCounter, isMap, isPair, parseDocument, stringify, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diag/diagnostic.js';
import { readSheet } from '../../src/loadSheet.js';
import { renderLoadedSheet } from '../../src/pipeline.js';
import { diskWorld } from '../../src/world.js';
import { figureAlts, overlaps, readPdf, readTags, type ReadPdf, type TextBox } from '../helpers/readPdf.js';
import { endOfLong, overflowingSheetArbitrary, sheetArbitrary, type RandomSheet } from '../helpers/sheetArbitrary.js';
import { SHEETS, sheetDir } from '../helpers/sheetDir.js';

const RUNS = Number(process.env.FC_RUNS ?? 30);
const SEED = Number(process.env.FC_SEED ?? 20261123);
/** A run renders one sheet (a second or so at most): longer runs get a longer bound. */
const TIMEOUT = Math.max(30_000, RUNS * 2_000);

/** Section data as generated: any shape, read by the model below. */
type Body = Record<string, any>;

/** A number as the `number` helper prints it; computed here with Intl, not with the helper. */
const printed = (n: number, lang: string, compact = false) => {
  const options: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', compactDisplay: 'long', numberingSystem: 'latn' }
    : { maximumFractionDigits: 2, numberingSystem: 'latn' };
  try {
    return new Intl.NumberFormat(lang, options).format(n);
  } catch {
    return new Intl.NumberFormat('en-US', options).format(n);
  }
};

/** A date as the `date` helper prints it: YYYY-MM-DD or YYYY-MM written out in the language. */
const printedDate = (d: string, lang: string) => {
  const month = d.length === 7;
  const options: Intl.DateTimeFormatOptions = month
    ? { year: 'numeric', month: 'long', timeZone: 'UTC', numberingSystem: 'latn' }
    : { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' };
  const date = new Date(`${month ? `${d}-01` : d}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-US', options).format(date);
  }
};

/** A stat as printed: prefix, the number or `low–high`, suffix (spacing is not compared). */
const statText = (s: Body, lang: string) => {
  const v = s.value as number | [number, number];
  const number = Array.isArray(v) ? v.map((n) => printed(n, lang, s.compact === true)).join('–') : printed(v, lang, s.compact === true);
  return `${s.prefix ?? ''}${number}${s.suffix ?? ''}`;
};

/** Rich-text fields of each kind (src/sections/*.ts `rich`), where `[^id]` cites a source. */
const RICH: Record<string, (b: Body) => unknown[]> = {
  problem: (b) => [b.text], facts: (b) => b.items, prevalence: (b) => [b.text], story: (b) => [b.text], leader: (b) => [b.bio],
  result: (b) => [b.text], news: (b) => b.items.map((n: Body) => n.summary), text: (b) => [b.text], callout: (b) => [b.text],
};

/**
 * The sheet's text the templates print, field by field, read off templates/*\/partials and
 * templates/partials (sections/<kind>.hbs, the page headers and footers). Organisation text and
 * the templates' own wording (labels) are left out: they are the same in every run.
 *
 * What these templates do not print, and so is not looked for: `header.subtitle` and
 * `header.dateline` (none of the three), `header.location` in news on one page (only its running
 * header shows it), the photo of a quote, the caption and credit
 * of story, leader and quote photos and the credit of a problem's photo, and the alt texts, labels
 * and series names of charts (alt text is not page text; a chart's own labels are vector graphics).
 */
function shownText(sheet: RandomSheet, pages: number): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  const show = (field: string, text: unknown) => {
    if (text !== undefined && text !== null) out.push({ field, text: String(text) });
  };
  const lang = (sheet.language as string | undefined) ?? 'en-US';
  const header = sheet.header as Body;
  show('header.title', header.title);
  show('header.series', header.series);
  if (sheet.template !== 'news' || pages > 1) show('header.location', header.location);
  // The sheet's title is in the slim footer of every page but the last.
  if (pages > 1) show('title', sheet.title);
  (sheet.notes as string[] | undefined)?.forEach((n, i) => show(`notes[${i}]`, n));

  // Cited sources print under the first facts section that declares them.
  const cited = new Set(sheet.sections.flatMap((item) => {
    const [kind, body] = Object.entries(item)[0]!;
    return (RICH[kind]?.(body) ?? []).flatMap((t) => [...String(t).matchAll(/\[\^([\w-]+)\]/g)].map((m) => m[1]!));
  }));
  const declared = new Map<string, number>();
  sheet.sections.forEach((item, i) => {
    for (const id of Object.keys(item.facts?.sources ?? {})) if (!declared.has(id)) declared.set(id, i);
  });

  sheet.sections.forEach((item, i) => {
    const [kind, b] = Object.entries(item)[0]! as [string, Body];
    const at = (field: string) => `sections[${i}].${kind}${field ? `.${field}` : ''}`;
    const fields = (names: string[], of: Body | undefined = b, prefix = '') => {
      for (const n of names) show(at(prefix + n), of?.[n]);
    };
    const list = (name: string, names: string[]) => (b[name] as Body[] | undefined)?.forEach((x, k) => fields(names, x, `${name}[${k}].`));
    const chart = (c: Body | undefined, prefix: string) => fields(['title', 'source'], c, prefix);
    switch (kind) {
      case 'problem':
        fields(['label', 'topic', 'lead', 'text']);
        fields(['caption'], b.photo, 'photo.');
        break;
      case 'stats':
        show(at('title'), b.title);
        b.items.forEach((s: Body, k: number) => {
          show(at(`items[${k}].value`), statText(s, lang));
          show(at(`items[${k}].label`), s.label);
        });
        break;
      case 'facts':
        show(at('title'), b.title);
        b.items.forEach((f: string, k: number) => show(at(`items[${k}]`), f));
        for (const id of Object.keys(b.sources ?? {})) if (cited.has(id) && declared.get(id) === i) show(at(`sources.${id}`), b.sources[id]);
        break;
      case 'prevalence':
        fields(['title', 'text']);
        list('figures', ['value', 'label']);
        chart(b.chart, 'chart.');
        break;
      case 'quote':
        fields(['text', 'who', 'role']);
        break;
      case 'story':
        fields(['title', 'text']);
        fields(['text', 'who', 'role'], b.quote, 'quote.');
        break;
      case 'approach':
        show(at('title'), b.title);
        list('pillars', ['lead', 'text']);
        break;
      case 'milestones':
        show(at('title'), b.title);
        list('items', ['year', 'title', 'text']);
        break;
      case 'leader':
        fields(['role', 'name', 'bio']);
        break;
      case 'regions':
        show(at('title'), b.title);
        b.items.forEach((r: Body, k: number) => {
          show(at(`items[${k}].name`), r.name);
          r.places.forEach((p: string, j: number) => show(at(`items[${k}].places[${j}]`), p));
        });
        break;
      case 'result':
        fields(['label', 'location', 'text']);
        fields(['value', 'label'], b.before, 'before.');
        fields(['value', 'label'], b.after, 'after.');
        chart(b.chart, 'chart.');
        break;
      case 'news':
        show(at('title'), b.title);
        list('items', ['tag', 'headline', 'dateline', 'summary']);
        b.items.forEach((n: Body, k: number) => show(at(`items[${k}].date`), n.date === undefined ? undefined : printedDate(n.date, lang)));
        break;
      case 'cta':
        fields(['title', 'text']);
        show(at('label|url'), b.label ?? b.url);
        break;
      case 'text':
        fields(['title', 'text']);
        break;
      case 'chart':
        chart(b, '');
        break;
      case 'table':
        fields(['title', 'source']);
        b.columns.forEach((c: string, k: number) => show(at(`columns[${k}]`), c));
        b.rows.forEach((row: unknown[], r: number) => row.forEach((cell, c) =>
          show(at(`rows[${r}][${c}]`), typeof cell === 'number' ? printed(cell, lang) : cell)));
        break;
      case 'callout':
        fields(['title', 'text']);
        list('figures', ['value', 'label']);
        break;
      case 'image':
        fields(['caption', 'credit']);
        break;
      case 'about':
        show(at('title'), b.title);
        break;
      case 'contact':
        fields(['title', 'name', 'role', 'email', 'phone']);
        break;
      default:
        throw new Error(`no model of section kind ${kind}: add one above`);
    }
  });
  return out;
}

const CHART_KIND: Record<string, string> = {
  bar: 'Bar chart', 'horizontal-bar': 'Bar chart', 'before-after': 'Bar chart', line: 'Line chart', doughnut: 'Doughnut chart',
};

/**
 * The alt text every shown chart and photo must have in the structure tree: the sheet's, or for
 * a chart without one, a description that starts with the kind of chart and its title.
 */
function expectedAlts(sheet: RandomSheet): (string | RegExp)[] {
  const out: (string | RegExp)[] = [];
  const chart = (c: Body | undefined) => {
    if (!c) return;
    const escaped = String(c.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out.push(c.alt ?? new RegExp(`^${CHART_KIND[c.type]}: ${escaped}`));
  };
  const photo = (p: Body | undefined) => { if (p?.alt) out.push(p.alt); };
  for (const item of sheet.sections) {
    const [kind, b] = Object.entries(item)[0]! as [string, Body];
    if (kind === 'chart') chart(b);
    if (kind === 'result' || kind === 'prevalence') chart(b.chart);
    if (kind === 'image') photo(b);
    if (kind === 'problem' || kind === 'story' || kind === 'leader') photo(b.photo);
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

/** The sample organisation every run uses (org.yaml beside the sheet). */
const ORG = parseDocument(fs.readFileSync(path.join(SHEETS, 'org.yaml'), 'utf8')).toJS() as { name: string; short_name?: string; web?: { label?: string; url: string } };

/**
 * Each field's words, in order, in the text of all pages; returns what is missing. A long word
 * may break at the foot of a page (it splits anywhere): its first part then ends the page's
 * content, followed by the slim footer (templates/partials/footer-short.hbs), and its second part
 * starts the next page's content, after the running header (header-running.hbs). So a word may
 * also be found in two parts exactly there.
 */
function missingWords(sheet: RandomSheet, pdf: ReadPdf): string[] {
  const header = sheet.header as Body;
  const footer = normalise(`${ORG.name} · ${String(sheet.title)}${ORG.web ? ORG.web.label ?? ORG.web.url : ''}`);
  const running = normalise(`${header.location ?? header.title}${header.series ?? `${ORG.short_name ?? ORG.name} fact sheet`}`);
  const pages = pdf.pages.map((p) => normalise(p.boxes.map((b) => b.str).join('')));
  const all = pages.join('');
  /** Where each page's content ends and the next one's starts, in `all`. */
  const breaks = pages.slice(0, -1).map((_, k) => {
    const end = pages.slice(0, k + 1).join('').length;
    return { contentEnd: end - footer.length, nextStart: end + running.length, ok: pages[k]!.endsWith(footer) && pages[k + 1]!.startsWith(running) };
  });
  /** Where the word ends when found from `at`, whole or broken over a page (the earlier); -1 when it is not. */
  const find = (word: string, at: number): number => {
    const whole = all.indexOf(word, at);
    for (const b of breaks) {
      if (!b.ok) continue;
      for (let cut = 1; cut < word.length; cut++) {
        const head = b.contentEnd - cut;
        if (head < at || (whole >= 0 && whole < head)) continue;
        if (all.slice(b.contentEnd - cut, b.contentEnd) === word.slice(0, cut) && all.startsWith(word.slice(cut), b.nextStart)) {
          return b.nextStart + word.length - cut;
        }
      }
    }
    return whole < 0 ? -1 : whole + word.length;
  };
  const missing: string[] = [];
  for (const { field, text } of shownText(sheet, pdf.pages.length)) {
    let at = 0;
    for (const word of text.split(/\s+/).map(normalise).filter(Boolean)) {
      const end = find(word, at);
      if (end < 0) {
        missing.push(`${field}: "${word}" (after ${JSON.stringify(all.slice(Math.max(0, at - 30), at))})`);
        break;
      }
      at = end;
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

/** Where `- kind:` of sections[i] is written: the line and column of its key, found apart from src. */
function sectionKeyAt(yamlText: string, i: number): { line: number; col: number } {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  const item = doc.getIn(['sections', i], true) as Node;
  if (!isMap(item) || !isPair(item.items[0])) throw new Error(`sections[${i}] is not a one-key map`);
  return lines.linePos((item.items[0].key as Node).range![0]);
}

function expectErrorsOnly(diagnostics: readonly Diagnostic[], codes: string[]) {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  expect(errors.filter((d) => !codes.includes(d.code)).map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  return errors;
}

describe('random sheets', () => {
  const dir = sheetDir();
  fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
  const file = path.join(dir, 'random.yaml');
  const world = diskWorld();

  async function render(sheet: RandomSheet) {
    const yamlText = stringify(sheet);
    fs.writeFileSync(file, yamlText);
    const loaded = await readSheet(file, world);
    // The generator makes valid sheets: anything the loader refuses is a generator (or loader) bug.
    expectErrorsOnly(loaded.diagnostics, []);
    return { yamlText, result: await renderLoadedSheet(loaded.value!, { world }) };
  }

  /** The rendered PDF is readable: text inside the page, never overlapping, every word there, alt text. */
  async function expectReadable(sheet: RandomSheet, pdf: Buffer, pages: number) {
    const read = await readPdf(pdf);
    expect(read.pages.length).toBe(pages);
    for (const page of read.pages) {
      for (const b of page.boxes) {
        expect(b.x, b.str).toBeGreaterThanOrEqual(-0.5);
        expect(b.y, b.str).toBeGreaterThanOrEqual(-0.5);
        expect(b.x + b.w, b.str).toBeLessThanOrEqual(page.width + 0.5);
        expect(b.y + b.h, b.str).toBeLessThanOrEqual(page.height + 0.5);
      }
      expect(overlapping(page.boxes)).toEqual([]);
    }
    expect(missingWords(sheet, read)).toEqual([]);
    const alts = (await readTags(pdf)).pages.flatMap(figureAlts);
    for (const want of expectedAlts(sheet)) {
      expect(alts.some((a) => (typeof want === 'string' ? a === want : want.test(a))), `alt text ${String(want)} in ${JSON.stringify(alts)}`).toBe(true);
    }
  }

  it('render with `pages: auto`: every word of every field on the page, inside it and never over other text; charts and photos with alt text', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArbitrary, async (sheet) => {
        const { result } = await render(sheet);
        expectErrorsOnly(result.diagnostics, []);
        expect(result.value!.scale).toBe(1);
        await expectReadable(sheet, result.value!.pdf, result.value!.pages);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);

  it('meet a page count of 1 to 3 by shrinking type a little, still readable, or fail with `overflow` and a proof', async () => {
    const withCount = fc.record({ sheet: sheetArbitrary, pages: fc.integer({ min: 1, max: 3 }) })
      .map(({ sheet, pages }) => ({ ...sheet, pages }));
    await fc.assert(
      fc.asyncProperty(withCount, async (sheet) => {
        const { result } = await render(sheet);
        const errors = expectErrorsOnly(result.diagnostics, ['overflow']);
        if (errors.length) {
          expect(result.value).toBeUndefined();
          const proof = await readPdf(result.proof!);
          expect(proof.pages.length).toBeGreaterThan(sheet.pages as number);
          return;
        }
        // The template's copyfit floor is 0.92 for all three templates.
        expect(result.value!.scale).toBeGreaterThanOrEqual(0.92 - 1e-9);
        expect(result.value!.scale).toBeLessThanOrEqual(1);
        expect(result.value!.pages).toBeLessThanOrEqual(sheet.pages as number);
        await expectReadable(sheet, result.value!.pdf, result.value!.pages);
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  }, TIMEOUT);

  it('fail with `pages: 1` when the text cannot fit: an `overflow` at the line of each spilling section, and a proof', async () => {
    await fc.assert(
      fc.asyncProperty(overflowingSheetArbitrary, async ({ sheet, longFrom }) => {
        // Each long section's text ends in a word of its own, to find where it ends in the proof.
        const ends = sheet.sections.slice(longFrom).map((_, k) => endOfLong(longFrom + k));
        const { yamlText, result } = await render(sheet);
        expect(result.value).toBeUndefined();
        const overflows = expectErrorsOnly(result.diagnostics, ['overflow']);
        expect(overflows.length).toBeGreaterThan(0);
        const named = overflows.map((d) => {
          const m = /^`sections\[(\d+)\]\.([a-z]+)` does not fit in 1 page: about \d+ lines? \(\d+ pt\) run past page 1$/.exec(d.message);
          expect(m, d.message).not.toBeNull();
          const i = Number(m![1]);
          expect(Object.keys(sheet.sections[i]!)).toEqual([m![2]]);
          expect(d.span?.file).toBe(file);
          expect({ line: d.span!.line, col: d.span!.col }, d.message).toEqual(sectionKeyAt(yamlText, i));
          return i;
        });
        expect(new Set(named).size).toBe(named.length);
        // The proof: page 1 as laid out, later pages marked as overset.
        const proof = await readPdf(result.proof!);
        expect(proof.pages.length).toBeGreaterThanOrEqual(2);
        expect(proof.pages[0]!.text).not.toContain('OVERSET');
        for (const p of proof.pages.slice(1)) expect(p.text).toContain('OVERSET: page');
        // A long section is named exactly when its end is past page 1 (the last one always is).
        const pageOf = (word: string) => proof.pages.findIndex((p) => normalise(p.text).includes(word));
        ends.forEach((end, k) => {
          const at = pageOf(end);
          expect(at, end).toBeGreaterThanOrEqual(0);
          expect(named.includes(longFrom + k), `sections[${longFrom + k}] ends on page ${at + 1}`).toBe(at > 0);
        });
        expect(named).toContain(sheet.sections.length - 1);
      }),
      // Every run fails the same way on page 1; a third of the runs still meets all three templates.
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  }, TIMEOUT);

  it('byte-level corruption of a sheet file never crashes the loader', () => {
    const original = fs.readFileSync(path.join(SHEETS, 'kolkata.yaml'));
    const byte = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }));
    const flips = fc.array(byte, { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.asyncProperty(flips, async (edits) => {
        const bytes = Buffer.from(original);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        fs.writeFileSync(file, bytes);
        const { value, diagnostics } = await readSheet(file, diskWorld());
        if (!value) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });
});
