/**
 * The bundled templates are compiled at build time (dist/template/precompiled.js, written by
 * `npm run build`; see src/template/compileTemplate.ts). A build uses that code for every
 * bundled partial and draws exactly what Handlebars' compiler would: every sample sheet renders
 * to the same bytes through dist (precompiled) as through the source, which compiles each
 * partial when it is first rendered.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/api.js';
import { compileOptions, knownHelpers, templateKey } from '../../src/template/compileTemplate.js';
import { registerHelpers } from '../../src/template/helpers.js';
import { precompiledSource } from '../../src/template/precompiledSource.js';
import { REPO, SAMPLE_SHEETS, SHEETS } from '../helpers/sheetDir.js';

type Precompiled = typeof import('../../src/template/precompiled.js');
const dist = (await import(path.join(REPO, 'dist/template/precompiled.js'))) as Precompiled;
const distApi = (await import(path.join(REPO, 'dist/api.js'))) as typeof import('../../src/api.js');
const TEMPLATES = path.join(REPO, 'templates');

describe('the bundled templates compiled at build time (dist/template/precompiled.js)', () => {
  it('are what the generator writes from templates/ today, every partial included', () => {
    expect(dist.PRECOMPILED_BY, 'dist/template/precompiled.js is tsc output: run `npm run build`').toBe(
      'generated',
    );
    const onDisk = fs.readFileSync(path.join(REPO, 'dist/template/precompiled.js'), 'utf8');
    expect(onDisk === precompiledSource(TEMPLATES), 'stale: run `npm run build`').toBe(true);
    const hbs = Handlebars.create();
    registerHelpers(hbs);
    const known = knownHelpers(hbs);
    const files = fs
      .readdirSync(TEMPLATES, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.hbs'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const key = templateKey(fs.readFileSync(path.join(TEMPLATES, f), 'utf8'), known);
      expect(dist.PRECOMPILED.has(key), f).toBe(true);
    }
  });

  it('keep strict mode in the partials that precompiled code calls', async () => {
    type Compile = typeof import('../../src/template/compileTemplate.js');
    const distCompile = (await import(path.join(REPO, 'dist/template/compileTemplate.js'))) as Compile;
    // casework's footer is one call of the shared `footer-full` partial with two labels.
    const text = fs.readFileSync(path.join(TEMPLATES, 'casework/partials/footer-casework.hbs'), 'utf8');
    // A fresh environment each: Handlebars keeps a partial it compiled in the environment.
    const environment = () => {
      const hbs = Handlebars.create();
      registerHelpers(hbs);
      hbs.registerPartial('footer-full', '{{no_such_field}}');
      return { hbs, known: knownHelpers(hbs) };
    };
    const context = { labels: { phone: 'T', web: 'Learn more:' } };
    const precompiled = environment();
    expect(dist.PRECOMPILED.has(templateKey(text, precompiled.known))).toBe(true);
    const fromDist = distCompile.compileTemplate(precompiled.hbs, text, precompiled.known);
    expect(() => fromDist(context)).toThrow(/"no_such_field" not defined/);
    const compiled = environment();
    const fromCompiler = compiled.hbs.compile(text, compileOptions(compiled.known));
    expect(() => fromCompiler(context)).toThrow(/"no_such_field" not defined/);
  });

  it('draw every sample sheet byte for byte as the templates compiled at run time', async () => {
    const precompiled = distApi.createEngine();
    const compiled = createEngine();
    for (const name of SAMPLE_SHEETS) {
      const file = path.join(SHEETS, `${name}.yaml`);
      const a = await precompiled.renderFile(file);
      const b = await compiled.renderFile(file);
      expect(Buffer.compare(a, b), name).toBe(0);
    }
  });
});
