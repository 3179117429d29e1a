/**
 * The shaped-text store on disk: a fresh engine (as a new process has) that finds the words of
 * an earlier build takes them from the store, never shapes them again, and writes the same PDF
 * bytes; a damaged store file is ignored and replaced; two engines saving into one folder
 * (as two build processes do) leave a whole file holding the words of both.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/api.js';
import { createCaches } from '../../src/engine.js';
import { loadFontRegistry } from '../../src/fonts/registry.js';
import { FONTS_DIR } from '../../src/paths.js';
import { diskShapeStore } from '../../src/persist/shapeStore.js';
import { diskWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { SHEETS, sheetDir } from '../helpers/sheetDir.js';

const KOLKATA = path.join(SHEETS, 'kolkata.yaml');

/** A fresh engine (nothing parsed or shaped) whose batch saves shaped text in `dir`. */
function engineWithStore(dir: string) {
  const caches = { ...createCaches(), shapeStore: diskShapeStore(dir) };
  return { engine: createEngine({ caches }), caches };
}

/** How many times the engine's fonts were asked to shape text (fontkit's `layout`). */
async function countShaping(caches: ReturnType<typeof createCaches>): Promise<() => number> {
  const registry = await loadFontRegistry(FONTS_DIR, diskWorld(), caches.fonts);
  let calls = 0;
  for (const family of registry.families.values())
    for (const face of Object.values(family)) {
      const layout = face.font.layout.bind(face.font);
      const counted = (...args: Parameters<typeof layout>) => (calls++, layout(...args));
      face.font.layout = counted as typeof layout;
    }
  return () => calls;
}

const storeFiles = (dir: string) => fs.readdirSync(dir).filter((f) => /^shapes-[0-9a-f]{32}\.json$/.test(f));

describe('shaped text kept on disk', () => {
  it('serves a fresh engine every word of an earlier build: no shaping, the same PDF bytes', async () => {
    const dir = sheetDir();
    const first = engineWithStore(dir);
    const shapedFirst = await countShaping(first.caches);
    const before = await first.engine.renderFile(KOLKATA);
    first.caches.shapeStore.save();
    expect(shapedFirst()).toBeGreaterThan(100);
    expect(storeFiles(dir).length).toBeGreaterThan(0);

    const second = engineWithStore(dir);
    const shapedSecond = await countShaping(second.caches);
    const after = await second.engine.renderFile(KOLKATA);
    expect(shapedSecond()).toBe(0);
    expect(after.equals(before)).toBe(true);
    expect((await readPdf(after)).pages[0]!.text).toContain('Sonagachi');
  });

  it('ignores a damaged file (a changed byte, a file cut short) and replaces it with a good one', async () => {
    const dir = sheetDir();
    const first = engineWithStore(dir);
    const expected = await first.engine.renderFile(KOLKATA);
    first.caches.shapeStore.save();
    const files = storeFiles(dir).map((f) => path.join(dir, f));
    const [flipped, cut] = [files[0]!, files[1]!];
    const bytes = fs.readFileSync(flipped);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0x04; // as an advance 1200 → 1600
    fs.writeFileSync(flipped, bytes);
    fs.writeFileSync(cut, fs.readFileSync(cut).subarray(0, 200));

    const second = engineWithStore(dir);
    const shaped = await countShaping(second.caches);
    expect((await second.engine.renderFile(KOLKATA)).equals(expected)).toBe(true);
    expect(shaped()).toBeGreaterThan(0); // the damaged faces were shaped again
    second.caches.shapeStore.save();

    const third = engineWithStore(dir);
    const shapedThird = await countShaping(third.caches);
    expect((await third.engine.renderFile(KOLKATA)).equals(expected)).toBe(true);
    expect(shapedThird()).toBe(0);
  });

  it('merges what two engines save into one folder, never leaving half a file', async () => {
    const dir = sheetDir();
    const a = engineWithStore(dir);
    const b = engineWithStore(dir);
    await a.engine.renderFile(KOLKATA);
    await b.engine.renderFile(path.join(SHEETS, 'sex-trafficking.yaml'));
    a.caches.shapeStore.save();
    b.caches.shapeStore.save();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.factsheet-tmp-'))).toEqual([]);

    const c = engineWithStore(dir);
    const shaped = await countShaping(c.caches);
    await c.engine.renderFile(KOLKATA);
    await c.engine.renderFile(path.join(SHEETS, 'sex-trafficking.yaml'));
    expect(shaped()).toBe(0);
  });
});
