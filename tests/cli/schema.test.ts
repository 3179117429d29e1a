import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { orgJsonSchema, sheetJsonSchema } from '../../src/schema/jsonSchema.js';
import { listTemplates } from '../../src/template/loadTemplate.js';
import { diskWorld } from '../../src/world.js';
import { runCli } from '../helpers/runCli.js';
import { REPO, SAMPLE_SHEETS, SHEETS } from '../helpers/sheetDir.js';

const printed = async (args: string[]) => JSON.parse((await runCli(args)).stdout) as Record<string, unknown>;

describe('factsheet schema', async () => {
  it('prints JSON Schema that the sample sheets satisfy (checked by an independent validator)', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(await printed(['schema']));
    for (const name of SAMPLE_SHEETS) {
      const ok = validate(parse(fs.readFileSync(path.join(SHEETS, `${name}.yaml`), 'utf8')));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
    const validateOrg = new Ajv({ strict: false }).compile(await printed(['schema', '--org']));
    expect(validateOrg(parse(fs.readFileSync(path.join(SHEETS, 'org.yaml'), 'utf8')))).toBe(true);
  });

  it('is satisfied by the starters `factsheet init` writes', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(await printed(['schema']));
    for (const template of await listTemplates(TEMPLATES_DIR, diskWorld())) {
      const file = path.join(TEMPLATES_DIR, template, 'starter.yaml');
      if (!fs.existsSync(file)) continue; // the init test says when a template has no starter
      validate(parse(fs.readFileSync(file, 'utf8')));
      expect(validate.errors ?? [], template).toEqual([]);
    }
    const validateOrg = new Ajv({ strict: false }).compile(await printed(['schema', '--org']));
    expect(validateOrg(parse(fs.readFileSync(path.join(TEMPLATES_DIR, 'starter-org.yaml'), 'utf8')))).toBe(true);
  });

  it('rejects what the loader rejects: unknown keys, sections at the top level, unknown kinds, two kinds in one item', async () => {
    const validate = new Ajv({ strict: false }).compile(await printed(['schema']));
    const stats = { items: [{ value: 435, label: 'survivors rescued' }] };
    const sheet = (extra: object) => ({ title: 'x', template: 'casework', header: { title: 'x' }, ...extra });
    expect(validate(sheet({ sections: [{ stats }] }))).toBe(true);
    expect(validate(sheet({ sections: [{ stats: { ...stats, items: [{ value: [20, 50], suffix: '%', label: 'a range' }] } }] }))).toBe(true);
    expect(validate(sheet({ sections: [{ stats }], stas: {} }))).toBe(false);
    expect(validate(sheet({ sections: [{ stats }], stats }))).toBe(false);
    expect(validate(sheet({ sections: [{ stas: stats }] }))).toBe(false);
    expect(validate(sheet({ sections: [{ stats, quote: { text: 'x', who: 'y' } }] }))).toBe(false);
    expect(validate(sheet({ sections: [{ stats: { ...stats, colour: 'blue' } }] }))).toBe(false);
  });

  it('accepts what the loader accepts: a section with an empty body (`- about:`)', async () => {
    const validate = new Ajv({ strict: false }).compile(await printed(['schema']));
    const text = 'title: x\ntemplate: casework\nheader:\n  title: x\nsections:\n  - about:\n  - about: {}\n';
    expect(validate(parse(text))).toBe(true);
  });

  it('matches the copies the sample sheets point their editors at, made from the schema code', async () => {
    // `factsheet schema` prints the shipped copy (it loads no schema library), so the copies
    // are compared with what the code makes now: a schema change must regenerate them.
    const sheet = sheetJsonSchema(await listTemplates(TEMPLATES_DIR, diskWorld()));
    const org = orgJsonSchema();
    expect(await printed(['schema'])).toEqual(sheet);
    expect(await printed(['schema', '--org'])).toEqual(org);
    expect(JSON.parse(fs.readFileSync(path.join(SHEETS, 'sheet.schema.json'), 'utf8'))).toEqual(sheet);
    expect(JSON.parse(fs.readFileSync(path.join(SHEETS, 'org.schema.json'), 'utf8'))).toEqual(org);
    // The build writes them into dist/schema/ (what the package ships and `factsheet schema`
    // prints), exported by name for an editor or a tool resolving `factsheet/schema/…`.
    const exported = (name: string) => createRequire(import.meta.url).resolve(`factsheet/schema/${name}`);
    expect(exported('sheet.schema.json')).toBe(path.join(REPO, 'dist/schema/sheet.schema.json'));
    expect(exported('org.schema.json')).toBe(path.join(REPO, 'dist/schema/org.schema.json'));
    expect(JSON.parse(fs.readFileSync(exported('sheet.schema.json'), 'utf8'))).toEqual(sheet);
    expect(JSON.parse(fs.readFileSync(exported('org.schema.json'), 'utf8'))).toEqual(org);
    // Only the JSON: the compiled schema modules beside it stay private.
    expect(() => exported('sheet.js')).toThrow(/not defined by "exports"/);
    for (const name of SAMPLE_SHEETS) {
      expect(fs.readFileSync(path.join(SHEETS, `${name}.yaml`), 'utf8')).toMatch(/^# yaml-language-server: \$schema=sheet\.schema\.json\n/);
    }
  });
});
