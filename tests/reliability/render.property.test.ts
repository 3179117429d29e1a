/**
 * Property: a random valid sheet renders to a readable PDF with all its text on the page, or
 * fails with diagnostics; it never crashes and never overflows silently. FC_RUNS and FC_SEED
 * run longer or replay a failure locally.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { SheetError } from '../../src/diag/diagnostic.js';
import { readSheet } from '../../src/loadSheet.js';
import { diskWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { sheetArbitrary } from '../helpers/sheetArbitrary.js';
import { SHEETS, sheetDir } from '../helpers/sheetDir.js';

const RUNS = Number(process.env.FC_RUNS ?? 30);
const SEED = Number(process.env.FC_SEED ?? 20261123);

describe('random sheets', () => {
  const dir = sheetDir();
  fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
  const file = path.join(dir, 'random.yaml');

  it('render to a PDF with every word on the page, or fail with diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArbitrary, async (sheet) => {
        fs.writeFileSync(file, stringify(sheet));
        let pdf: Buffer;
        try {
          pdf = await renderFile(file);
        } catch (e) {
          expect(e).toBeInstanceOf(SheetError);
          expect((e as SheetError).diagnostics.some((d) => d.severity === 'error')).toBe(true);
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
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('byte-level corruption of a sheet file never crashes the loader', () => {
    const original = fs.readFileSync(path.join(SHEETS, 'kolkata.yaml'));
    fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (flips) => {
        const bytes = Buffer.from(original);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        fs.writeFileSync(file, bytes);
        const { value, diagnostics } = readSheet(file, diskWorld());
        if (!value) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });
});
