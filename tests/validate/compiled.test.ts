/**
 * Builds check sheets with code generated ahead of time (dist/schema/compiled.js, written by
 * `npm run build`; see src/schema/compiled.ts). Here that file is held to the TypeBox schemas it
 * came from: it is what the generator writes from today's schemas (so it cannot be stale), and
 * over a corpus of good files and thousands of broken ones (each sample and template file with
 * one value replaced, removed or added) its checks give TypeBox's verdicts and its schemas give
 * the same errors at the same paths; whole sheets get the same diagnostics through dist as
 * through the source.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compiledSource } from '../../src/schema/compiledSource.js';
import { typeboxVersion } from '../../src/schema/writeCompiled.js';
import { FILE_SCHEMAS, SECTION_SCHEMAS, type FileSchemaName } from '../../src/schema/sources.js';
import type { CompiledSchema } from '../../src/schema/compiled.js';
import { parseSheetText as parseFromSource } from '../../src/loadSheet.js';
import { REPO } from '../helpers/sheetDir.js';

const DIST_FILE = path.join(REPO, 'dist/schema/compiled.js');
type Generated = typeof import('../../src/schema/compiled.js');
const generated = (await import(DIST_FILE)) as Generated;
const { parseSheetText: parseFromDist } = (await import(path.join(REPO, 'dist/loadSheet.js'))) as {
  parseSheetText: typeof parseFromSource;
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const yamlIn = (...parts: string[]) => parse(fs.readFileSync(path.join(REPO, ...parts), 'utf8')) as Json;
const sheetFiles = [
  ...fs.readdirSync(path.join(REPO, 'sheets')).filter((f) => f.endsWith('.yaml') && f !== 'org.yaml')
    .map((f) => ['sheets', f]),
  ...fs.readdirSync(path.join(REPO, 'templates'))
    .filter((t) => fs.existsSync(path.join(REPO, 'templates', t, 'starter.yaml')))
    .map((t) => ['templates', t, 'starter.yaml']),
];
const templateNames = fs.readdirSync(path.join(REPO, 'templates'))
  .filter((t) => fs.existsSync(path.join(REPO, 'templates', t, 'template.yaml')));

/** Every value below the root, as a path of keys and indexes. */
function* paths(node: Json, at: (string | number)[] = []): Generator<(string | number)[]> {
  if (at.length) yield at;
  if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* paths(node[i]!, [...at, i]);
  else if (node && typeof node === 'object')
    for (const k of Object.keys(node)) yield* paths(node[k]!, [...at, k]);
}

const REPLACEMENTS: Json[] = [null, -1, '', 'x', 'word '.repeat(1100), { zz: 1 }];

/** The file itself, then it with one value replaced, removed, or given an unknown key. */
function* variants(data: Json): Generator<Json> {
  yield data;
  for (const at of paths(data)) {
    const edit = (change: (parent: Record<string | number, Json>, key: string | number) => void) => {
      const copy = structuredClone(data);
      const parent = at.slice(0, -1).reduce<Json>((n, k) => (n as Record<string, Json>)[k]!, copy);
      change(parent as Record<string | number, Json>, at.at(-1)!);
      return copy;
    };
    for (const r of REPLACEMENTS) yield edit((p, k) => (p[k] = r));
    yield edit((p, k) => (Array.isArray(p) ? p.splice(k as number, 1) : delete p[k]));
    yield edit((p, k) => {
      const v = p[k];
      if (v && typeof v === 'object' && !Array.isArray(v)) (v as Record<string, Json>).unknown_key = 'x';
    });
  }
}

/** What a sheet's validation checks: the sheet without its sections, then each section alone. */
function sheetSubjects(data: Json): [string, (c: Generated) => CompiledSchema, TSchema, unknown][] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const out: [string, (c: Generated) => CompiledSchema, TSchema, unknown][] = [
    ['sheetShell', (c) => c.FILE_CHECKS.sheetShell, FILE_SCHEMAS.sheetShell, data],
  ];
  for (const item of Array.isArray(data.sections) ? data.sections : []) {
    if (!item || typeof item !== 'object' || Array.isArray(item) || Object.keys(item).length !== 1) continue;
    const [kind, body] = Object.entries(item)[0]!;
    if (!Object.hasOwn(SECTION_SCHEMAS, kind)) continue;
    const k = kind as keyof typeof SECTION_SCHEMAS;
    out.push([k, (c) => c.SECTION_CHECKS[k], SECTION_SCHEMAS[k], body ?? {}]);
  }
  return out;
}

const errorList = (schema: TSchema, value: unknown) =>
  [...Value.Errors(schema, value)].map((e) => `${e.path} ${e.type} ${e.message}`);

/** Verdict and errors of the generated file against TypeBox's for one subject; the count checked. */
function compare(name: string, compiled: CompiledSchema, schema: TSchema, value: unknown) {
  const verdict = Value.Check(schema, value);
  expect(compiled.check(value), `${name}: ${JSON.stringify(value).slice(0, 200)}`).toBe(verdict);
  if (!verdict) expect(errorList(compiled.schema, value), name).toEqual(errorList(schema, value));
  return verdict;
}

describe('the validators generated at build time (dist/schema/compiled.js)', () => {
  it('are what the generator writes from the schemas in src today', () => {
    const fresh = compiledSource(typeboxVersion());
    const onDisk = fs.readFileSync(DIST_FILE, 'utf8');
    const tscOutput = 'dist/schema/compiled.js is tsc output: run `npm run build`';
    expect(generated.COMPILED_BY, tscOutput).toBe('generated');
    expect(onDisk === fresh, 'dist/schema/compiled.js is stale: run `npm run build`').toBe(true);
  });

  it('give TypeBox verdicts and errors for every sheet and thousands of broken ones', () => {
    let checked = 0;
    let failed = 0;
    for (const file of sheetFiles) {
      // Each part is broken on its own: the sheet without its sections, then each section.
      for (const [name, pick, schema, value] of sheetSubjects(yamlIn(...file))) {
        for (const v of variants(value as Json)) {
          checked++;
          if (!compare(name, pick(generated), schema, v)) failed++;
        }
      }
    }
    // The corpus really holds both kinds, in numbers.
    expect(checked).toBeGreaterThan(10_000);
    expect(failed).toBeGreaterThan(3_000);
    expect(checked - failed).toBeGreaterThan(1_000);
  });

  it('give TypeBox verdicts and errors for org, template and theme files, good and broken', () => {
    const files: [FileSchemaName, Json][] = [
      ['org', yamlIn('sheets', 'org.yaml')],
      ['org', yamlIn('templates', 'starter-org.yaml')],
      ...templateNames.flatMap((t): [FileSchemaName, Json][] => [
        ['template', yamlIn('templates', t, 'template.yaml')],
        ['theme', yamlIn('templates', t, 'theme.yaml')],
      ]),
    ];
    const verdicts = new Set<boolean>();
    for (const [name, data] of files) {
      for (const v of variants(data))
        verdicts.add(compare(name, generated.FILE_CHECKS[name], FILE_SCHEMAS[name], v));
    }
    expect([...verdicts].sort()).toEqual([false, true]);
  });

  it('give whole sheets the same diagnostics through dist as through the source', () => {
    const show = (r: ReturnType<typeof parseFromSource>) => ({
      valid: r.value !== undefined,
      diagnostics: r.diagnostics.map((d) => ({ ...d })),
    });
    let broken = 0;
    for (const file of sheetFiles) {
      let n = 0;
      for (const data of variants(yamlIn(...file))) {
        if (n++ % 80) continue; // every 80th: YAML in and diagnostics out cost more than a check
        const text = stringify(data);
        const fromDist = show(parseFromDist(text, 'x.yaml'));
        expect(fromDist).toEqual(show(parseFromSource(text, 'x.yaml')));
        if (!fromDist.valid) broken++;
      }
    }
    expect(broken).toBeGreaterThan(20);
  });
});
