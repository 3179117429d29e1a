/**
 * Property: whatever happens to a sheet's text, the loader returns a sheet or diagnostics,
 * never throws. FC_RUNS and FC_SEED let a developer run longer or replay a failure locally.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors, type Diagnostic } from '../../src/diag/diagnostic.js';
import { parseSheetText } from '../../src/loadSheet.js';
import { SAMPLE_SHEETS, SHEETS } from '../helpers/sheetDir.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? 20261123);
const samples = SAMPLE_SHEETS.map((n) => fs.readFileSync(path.join(SHEETS, `${n}.yaml`), 'utf8'));

type Edit = { at: number; kind: 'delete' | 'insert' | 'duplicate-line' | 'swap-lines' | 'flip'; text: string; len: number };

const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'insert', 'duplicate-line', 'swap-lines', 'flip') as fc.Arbitrary<Edit['kind']>,
  text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(':', '- ', '\n  ', '"', "'", '&a', '*a', '[', '{', '\t', '#', '---\n', '!!binary', '? ', '|\n', '>-\n')),
  len: fc.integer({ min: 1, max: 40 }),
});

function apply(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  const lines = text.split('\n');
  const li = e.at % lines.length;
  switch (e.kind) {
    case 'delete': return text.slice(0, at) + text.slice(at + e.len);
    case 'insert': return text.slice(0, at) + e.text + text.slice(at);
    case 'duplicate-line': return [...lines.slice(0, li + 1), lines[li], ...lines.slice(li + 1)].join('\n');
    case 'swap-lines': { const j = (li + e.len) % lines.length; [lines[li], lines[j]] = [lines[j]!, lines[li]!]; return lines.join('\n'); }
    case 'flip': return text.slice(0, at) + String.fromCharCode((text.charCodeAt(at) ^ e.len) & 0xffff) + text.slice(at + 1);
  }
}

/** The 1-based line and column of a string offset, counted here rather than by the loader. */
function position(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

/**
 * A diagnostic's span must point into the text it was given: an offset range inside it, and the
 * line and column of that range's start, so an editor jumps to the place the message is about.
 */
function expectSpanInside(d: Diagnostic, text: string) {
  const what = `${d.code}: ${d.message}`;
  expect(d.span, what).toBeDefined();
  const { file, start, end, line, col } = d.span!;
  expect(file, what).toBe('mutated.yaml');
  expect(start, what).toBeGreaterThanOrEqual(0);
  expect(start, what).toBeLessThanOrEqual(end);
  expect(start, what).toBeLessThanOrEqual(text.length);
  // yaml marks what is missing at the end of the file (a closing quote) as the character after it.
  expect(end, what).toBeLessThanOrEqual(start === text.length ? text.length + 1 : text.length);
  const lines = text.split('\n');
  expect(line, what).toBeGreaterThanOrEqual(1);
  expect(line, what).toBeLessThanOrEqual(lines.length);
  expect(col, what).toBeGreaterThanOrEqual(1);
  expect(col, what).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
  expect({ line, col }, what).toEqual(position(text, start));
}

describe('loader under random mutation', () => {
  it('loads or explains, never throws, and places every error inside the file', () => {
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const text = edits.reduce(apply, samples[which]!);
        const { value, diagnostics } = parseSheetText(text, 'mutated.yaml');
        if (value === undefined) expect(hasErrors(diagnostics)).toBe(true);
        for (const d of diagnostics) {
          expect(d.message.length).toBeGreaterThan(0);
          if (d.severity === 'error' || d.span) expectSpanInside(d, text);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
