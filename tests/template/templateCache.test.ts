import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/loadSheet.js';
import { renderLoadedSheet } from '../../src/pipeline.js';
import { createCaches } from '../../src/engine.js';
import { diskWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { statsPartial, templatesWith } from '../helpers/probeTemplate.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

/** Renders MINIMAL_SHEET with the probe template through one engine's caches; returns page 1's text. */
async function pageText(templatesDir: string, caches: ReturnType<typeof createCaches>) {
  const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET.replace('program-office', 'probe') });
  const loaded = (await readSheet(path.join(dir, 'x.yaml'), diskWorld())).value!;
  const result = await renderLoadedSheet(loaded, { world: diskWorld(), templatesDir, caches });
  return (await readPdf(result.value!.pdf)).pages[0]!.text;
}


describe('compiled templates are kept by the engine until a file changes', () => {
  it('uses an edited partial at once, in the same engine', async () => {
    const templates = templatesWith('<p>first wording</p>');
    const caches = createCaches();
    expect(await pageText(templates, caches)).toContain('first wording');
    expect(await pageText(templates, caches)).toContain('first wording');
    fs.writeFileSync(statsPartial(templates), '<p>second wording, longer</p>');
    expect(await pageText(templates, caches)).toContain('second wording, longer');
  });

  it('sees an edit that keeps the size, by its modification time', async () => {
    const templates = templatesWith('<p>wording AAAA</p>');
    const caches = createCaches();
    const file = statsPartial(templates);
    const { atime, mtime } = fs.statSync(file);
    expect(await pageText(templates, caches)).toContain('wording AAAA');
    fs.writeFileSync(file, '<p>wording BBBB</p>');
    // One millisecond later, as a quick save on a coarse clock could be.
    fs.utimesSync(file, atime, new Date(mtime.getTime() + 1));
    expect(await pageText(templates, caches)).toContain('wording BBBB');
  });
});
