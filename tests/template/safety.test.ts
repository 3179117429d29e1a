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

/** A templates folder holding one template whose sheet.hbs is `body`, with its own `partials`. */
function templatesWith(body: string, partials: Record<string, string> = {}): string {
  const dir = sheetDir();
  const t = path.join(dir, 'templates', 'probe');
  fs.mkdirSync(path.join(t, 'partials'), { recursive: true });
  fs.copyFileSync(path.join(TEMPLATES_DIR, 'program-office', 'theme.yaml'), path.join(t, 'theme.yaml'));
  fs.writeFileSync(path.join(t, 'sheet.hbs'), body);
  for (const [name, text] of Object.entries(partials)) {
    fs.writeFileSync(path.join(t, 'partials', `${name}.hbs`), text);
  }
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
    const probes = '[{{sheet.constructor}}][{{lookup sheet "__proto__"}}]'
      + '[{{#with sheet}}{{__proto__}}{{/with}}]';
    const result = await renderWith(templatesWith(`<page><p>${probes}</p></page>`));
    expect(result.diagnostics).toEqual([]);
    expect((await readPdf(result.value!.pdf)).pages[0]!.text).toBe('[][][]');
    expect(spy).not.toHaveBeenCalled();
  });

  it('has only formatting helpers: none reads files, the clock or the environment', () => {
    const hbs = Handlebars.create();
    const builtIn = Object.keys(hbs.helpers);
    registerHelpers(hbs);
    const added = Object.keys(hbs.helpers).filter((h) => !builtIn.includes(h)).sort();
    expect(added).toEqual(['join', 'number', 'statValue', 'upper']);
  });

  it('reports a misspelt field in a template as a template error naming the path, not a crash', async () => {
    const templates = templatesWith('<page><p>{{sheet.header.titel}}</p><bogus/></page>');
    const result = await renderWith(templates);
    expect(result.value).toBeUndefined();
    // Column 12 is the `s` of `sheet`: the span covers the path as written, not the `{{`.
    expect(result.diagnostics).toMatchObject([{
      code: 'template',
      message: 'template `probe` failed: `sheet.header.titel` is not defined',
      span: { file: path.join(templates, 'probe', 'sheet.hbs'), line: 1, col: 12, start: 11, end: 29 },
    }]);
  });

  it('places a misspelt field inside a partial in the partial, at its line', async () => {
    // Handlebars reports a partial's line and column without saying which file they belong to.
    const part = '<p>\n  {{#with sheet}}{{hedaer.title}}{{/with}}</p>';
    const templates = templatesWith('<page>\n<p>x</p>\n{{> probe-part}}\n</page>', { 'probe-part': part });
    const result = await renderWith(templates);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{
      code: 'template',
      message: 'template `probe` failed: `hedaer.title` is not defined',
      span: { file: path.join(templates, 'probe', 'partials', 'probe-part.hbs'), line: 2, col: 20 },
    }]);
  });

  it('names a field asked of a text, without printing the text', async () => {
    // Handlebars fails here with a TypeError that quotes the sheet's text and has no position.
    const templates = templatesWith('<page>\n<p>{{sheet.header.title.size}}</p>\n</page>');
    const result = await renderWith(templates);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{
      code: 'template',
      message: 'template `probe` failed: `sheet.header.title.size` is not defined: '
        + 'it asks for a field of a text or a number',
      span: { file: path.join(templates, 'probe', 'sheet.hbs'), line: 2, col: 6 },
    }]);
  });
});
