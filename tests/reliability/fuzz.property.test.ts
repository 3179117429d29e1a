/**
 * Fuzz: random valid sheets, then hostile edits (values of the wrong type, huge and tiny numbers,
 * control characters, prototype keys, footnote ids, dates, language tags, long URLs, stray
 * keys, removed keys) and now and then a byte-level edit of the YAML text, through the library
 * (`loadSheet` + `renderSheet`). Whatever comes in: only a SheetError escapes, no case takes
 * over 10 s (a bound for hangs, not a speed expectation), every PDF opens in pdf.js, and no
 * text is drawn off the page. Short by default; FC_RUNS=20000 runs long, FC_SEED replays.
 */
import * as path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSheet, renderSheet } from '../../src/api.js';
import { SheetError } from '../../src/diag/diagnostic.js';
import { memoryWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { sheetArbitrary } from '../helpers/sheetArbitrary.js';
import { SHEETS } from '../helpers/sheetDir.js';

const RUNS = Number(process.env.FC_RUNS ?? 12);
const SEED = Number(process.env.FC_SEED ?? 20261207);
const CASE_BOUND_MS = 10_000;

const HOSTILE_STRINGS = [
  '', ' ', 'a\u000bb', 'line\u2028sep', 'para\u2029sep', 'soft\u00adhyphen', 'bell\u0007', 'esc\u001b[31m',
  '\u0000', 'tab\there', 'cr\rlf\n', '[^constructor]', '[^__proto__]', '[^missing]', '[^a]', '**', '*', '\\',
  '{{#each this}}x{{/each}}', '<script>', '%PDF-1.7', '💧 emoji', 'שלום', 'مرحبا', '中文字', 'x'.repeat(400),
  'word '.repeat(900), `https://example.org/${'ü'.repeat(300)}`, 'javascript:alert(1)', '::error ::x',
  '2019-13-01', '2019-02-30', 'en-US-US', 'xx-YY', '\ufeffbom', 'ﬁ ligature', 'e\u0301', '\u200b', '-', '0',
];
const HOSTILE_NUMBERS = [
  0, -0, -1, 0.000001, 1e-300, 150000000000, 1e21, 1e308, -1e308, 2 ** 53 + 1, 123456789.123456, 999999.995,
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'sources', 'x'];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(null, true, [], {}, [1, 2, 3], [0.000001, 1e21], { a: 1 }),
  },
);

type Edit =
  | { kind: 'set'; at: number; value: unknown }
  /** A hostile value of the type already there: most pass validation and reach layout. */
  | { kind: 'typed'; at: number; pick: number }
  | { kind: 'key'; at: number; key: string; value: unknown }
  | { kind: 'drop'; at: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('typed' as const), at: fc.nat(), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('key' as const),
      at: fc.nat(),
      key: fc.constantFrom(...HOSTILE_KEYS),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
);

/** A byte-level edit of the YAML text: a character inserted, or a stretch deleted. */
const textEdit = fc.record({ at: fc.nat(), remove: fc.nat(6), insert: fc.string({ maxLength: 3 }) });

const caseArbitrary = fc.record({
  sheet: sheetArbitrary,
  edits: fc.array(editArbitrary, { minLength: 1, maxLength: 4 }),
  text: fc.option(textEdit, { freq: 5, nil: undefined }),
});

type Container = Record<string, unknown> | unknown[];

/** Every container and key in the sheet, depth first, in a stable order: where edits land. */
function places(root: Container): { parent: Container; key: string | number }[] {
  const out: { parent: Container; key: string | number }[] = [];
  const walk = (node: Container) => {
    for (const [k, v] of Object.entries(node)) {
      out.push({ parent: node, key: Array.isArray(node) ? Number(k) : k });
      if (v !== null && typeof v === 'object') walk(v as Container);
    }
  };
  walk(root);
  return out;
}

/** Applies the edits to a deep copy (fast-check's values are never changed in place). */
function edited(sheet: unknown, edits: Edit[]): unknown {
  const copy = structuredClone(sheet) as Container;
  for (const edit of edits) {
    const all = places(copy);
    const place = all[edit.at % all.length]!;
    const parent = place.parent as Record<string | number, unknown>;
    if (edit.kind === 'set') parent[place.key] = structuredClone(edit.value);
    else if (edit.kind === 'typed') parent[place.key] = sameType(parent[place.key], edit.pick);
    else if (edit.kind === 'drop') delete parent[place.key];
    else {
      const target = parent[place.key];
      // Defined, not assigned: `__proto__` assigned would set the prototype instead of adding a key.
      const property = { value: edit.value, enumerable: true, writable: true, configurable: true };
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, edit.key, property);
    }
  }
  return copy;
}

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** A hostile string for a string, a hostile number for a number; containers stay as they are. */
function sameType(value: unknown, pick: number): unknown {
  if (typeof value === 'string') return HOSTILE_STRINGS[pick % HOSTILE_STRINGS.length];
  if (typeof value === 'number') return HOSTILE_NUMBERS[pick % HOSTILE_NUMBERS.length];
  return value;
}

function yamlOf(c: Case): string {
  const text = stringify(edited(c.sheet, c.edits), { lineWidth: 0 });
  if (!c.text) return text;
  const at = c.text.at % (text.length + 1);
  return text.slice(0, at) + c.text.insert + text.slice(at + c.text.remove);
}

/** Renders through the library; the outcome is a PDF or a SheetError, anything else fails the case. */
async function render(yamlText: string): Promise<Buffer | SheetError> {
  const file = path.join(SHEETS, 'fuzz-case.yaml');
  const world = memoryWorld({ [file]: yamlText });
  try {
    return await renderSheet(await loadSheet(file, { world }), { world });
  } catch (e) {
    if (e instanceof SheetError) return e;
    throw new Error(`not a SheetError: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/** Text boxes pdf.js reads that reach past the page's edges (a point of slack for rounding). */
async function offPage(pdf: Buffer): Promise<string[]> {
  const read = await readPdf(pdf);
  return read.pages.flatMap((p, i) =>
    p.boxes
      .filter((b) => b.x < -1 || b.y < -1 || b.x + b.w > p.width + 1 || b.y + b.h > p.height + 1)
      .map((b) => `page ${i + 1}: "${b.str}" at ${b.x.toFixed(0)},${b.y.toFixed(0)} (${b.w.toFixed(0)} wide)`),
  );
}

describe('fuzz: hostile sheets through the library', () => {
  it(
    'only SheetError escapes, no case over 10 s, every PDF opens in pdf.js with all text on the page',
    async () => {
      const seen = { rendered: 0, refused: 0, slowestMs: 0 };
      await fc.assert(
        fc.asyncProperty(caseArbitrary, async (c) => {
          const yamlText = yamlOf(c);
          if (process.env.FC_PATH) console.info(yamlText);
          const started = performance.now();
          const outcome = await render(yamlText);
          const ms = performance.now() - started;
          seen.slowestMs = Math.max(seen.slowestMs, Math.round(ms));
          expect(ms, 'a case this slow is stuck (bound for hangs)').toBeLessThan(CASE_BOUND_MS);
          if (outcome instanceof SheetError) {
            seen.refused++;
            expect(outcome.diagnostics.length, outcome.message).toBeGreaterThan(0);
            return;
          }
          seen.rendered++;
          expect(await offPage(outcome)).toEqual([]);
        }).afterEach(() => {
          // A long run says how far it got, so a run stopped early still has figures.
          const runs = seen.rendered + seen.refused;
          if (RUNS > 100 && runs % 500 === 0) console.info(`fuzz: ${runs} of ${RUNS}: ${JSON.stringify(seen)}`);
        }),
        // FC_PATH (with FC_SEED) replays one case, as fast-check's failure report gives it.
        { numRuns: RUNS, seed: SEED, endOnFailure: true, path: process.env.FC_PATH },
      );
      // Long runs are read for these figures; a short run stays quiet.
      if (RUNS > 100) console.info(`fuzz: ${RUNS} runs, seed ${SEED}: ${JSON.stringify(seen)}`);
    },
    Math.max(60_000, RUNS * 3_000),
  );
});
