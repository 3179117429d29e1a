import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { readSheet } from '../../src/loadSheet.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { renderLoadedSheet } from '../../src/pipeline.js';
import { registerHelpers } from '../../src/template/helpers.js';
import { diskWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

/** A templates folder holding one template whose sheet.hbs is `body`. */
function templatesWith(body: string): string {
  const dir = sheetDir();
  const t = path.join(dir, 'templates', 'probe');
  fs.mkdirSync(t, { recursive: true });
  fs.copyFileSync(path.join(TEMPLATES_DIR, 'program-office', 'theme.yaml'), path.join(t, 'theme.yaml'));
  fs.writeFileSync(path.join(t, 'sheet.hbs'), body);
  return path.join(dir, 'templates');
}

async function renderWith(templatesDir: string) {
  const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET.replace('program-office', 'probe') });
  const loaded = readSheet(path.join(dir, 'x.yaml'), diskWorld()).value!;
  return renderLoadedSheet(loaded, { world: diskWorld(), templatesDir });
}

describe('templates are trusted, content is not', () => {
  it('gives templates no prototype access, and says nothing on the console about it', async () => {
    const spy = vi.spyOn(console, 'error');
    const result = await renderWith(templatesWith('<page><p>[{{sheet.constructor}}][{{lookup sheet "__proto__"}}][{{#with sheet}}{{__proto__}}{{/with}}]</p></page>'));
    expect(result.diagnostics).toEqual([]);
    expect((await readPdf(result.value!.pdf)).pages[0]!.text).toBe('[][][]');
    expect(spy).not.toHaveBeenCalled();
  });

  it('has only formatting helpers: none reads files, the clock or the environment', () => {
    const hbs = Handlebars.create();
    const builtIn = Object.keys(hbs.helpers);
    registerHelpers(hbs);
    expect(Object.keys(hbs.helpers).filter((h) => !builtIn.includes(h)).sort()).toEqual(['join', 'number', 'statValue', 'upper']);
  });

  it('reports a misspelt field in a template as a template error, not a crash', async () => {
    const result = await renderWith(templatesWith('<page><p>{{sheet.header.titel}}</p><bogus/></page>'));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ code: 'template', message: 'template `probe` failed: "titel" not defined in [object Object]', span: { line: 1, col: 12 } }]);
  });
});
