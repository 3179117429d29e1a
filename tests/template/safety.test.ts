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
import { statsPartial, templatesWith } from '../helpers/probeTemplate.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

async function renderWith(templatesDir: string, sheet = MINIMAL_SHEET) {
  const dir = sheetDir({ 'x.yaml': sheet.replace('program-office', 'probe') });
  const loaded = (await readSheet(path.join(dir, 'x.yaml'), diskWorld())).value!;
  return renderLoadedSheet(loaded, { world: diskWorld(), templatesDir });
}

describe('templates are trusted, content is not', () => {
  it('renders with the probe template as it is, before any partial is changed', async () => {
    const stats = fs.readFileSync(path.join(TEMPLATES_DIR, 'partials', 'sections', 'stats.hbs'), 'utf8');
    const result = await renderWith(templatesWith(stats));
    expect(result.diagnostics).toEqual([]);
    expect((await readPdf(result.value!.pdf)).pages[0]!.text).toContain('435 survivors rescued');
  });

  it('gives templates no prototype access, and says nothing on the console about it', async () => {
    const spy = vi.spyOn(console, 'error');
    const probes = '[{{sheet.constructor}}][{{lookup sheet "__proto__"}}]'
      + '[{{#with sheet}}{{__proto__}}{{/with}}][{{section.constructor}}][{{lookup section "__proto__"}}]';
    const result = await renderWith(templatesWith(`<p path="{{base}}">${probes}</p>`));
    expect(result.diagnostics).toEqual([]);
    const text = (await readPdf(result.value!.pdf)).pages[0]!.text;
    expect(text).toContain('[][][][][]');
    expect(text).not.toMatch(/function|\[object|native code/);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('has only formatting helpers: none reads files, the clock or the environment', () => {
    const hbs = Handlebars.create();
    const builtIn = Object.keys(hbs.helpers);
    registerHelpers(hbs);
    const added = Object.keys(hbs.helpers).filter((h) => !builtIn.includes(h)).sort();
    expect(added).toEqual(['date', 'join', 'number', 'statValue', 'upper']);
  });

  it('reports a misspelt field in a section partial as a template error naming the path, not a crash', async () => {
    const templates = templatesWith('<p>{{sheet.header.titel}}</p>');
    const result = await renderWith(templates);
    expect(result.value).toBeUndefined();
    // Column 6 is the `s` of `sheet`: the span covers the path as written, not the `{{`.
    expect(result.diagnostics).toMatchObject([{
      code: 'template',
      message: 'template `probe` failed: `sheet.header.titel` is not defined',
      span: { file: statsPartial(templates), line: 1, col: 6, start: 5, end: 23 },
    }]);
  });

  it('names a misspelt field of the section itself', async () => {
    const templates = templatesWith('<h role="h2">{{section.title}}</h>\n{{#each section.itmes}}<p>{{label}}</p>{{/each}}');
    const result = await renderWith(templates);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{
      code: 'template',
      message: expect.stringMatching(/^template `probe` failed: `section\.(title|itmes)` is not defined$/),
      span: { file: statsPartial(templates) },
    }]);
  });

  it('places a misspelt field inside a nested partial in that partial, at its line', async () => {
    // Handlebars reports a partial's line and column without saying which file they belong to.
    const part = '<p>\n  {{#with sheet}}{{hedaer.title}}{{/with}}</p>';
    const templates = templatesWith('<p>x</p>\n{{> probe-part}}\n', { 'probe-part': part });
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
    // (The path is found by its last segment, so this one must be the only `.words` in the partials.)
    const templates = templatesWith('<p>x</p>\n<p>{{sheet.header.title.words}}</p>\n');
    const result = await renderWith(templates, MINIMAL_SHEET.replace('title: Test\n', 'title: A secret headline\n'));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{
      code: 'template',
      message: 'template `probe` failed: `sheet.header.title.words` is not defined: '
        + 'it asks for a field of a text or a number',
      span: { file: statsPartial(templates), line: 2, col: 6 },
    }]);
    expect(JSON.stringify(result.diagnostics)).not.toContain('secret');
  });

  it('is not a template without its template.yaml', async () => {
    const templates = templatesWith('<p>x</p>');
    fs.rmSync(path.join(templates, 'probe', 'template.yaml'));
    const result = await renderWith(templates);
    expect(result.diagnostics).toMatchObject([{ code: 'unknown-template', message: 'no template called `probe`' }]);
  });
});
