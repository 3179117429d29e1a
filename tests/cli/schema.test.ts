import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { SHEETS } from '../helpers/sheetDir.js';

const printed = async (args: string[]) => JSON.parse((await runCli(args)).stdout) as Record<string, unknown>;

describe('factsheet schema', async () => {
  it('prints JSON Schema that the sample sheets satisfy (checked by an independent validator)', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(await printed(['schema']));
    for (const name of ['kolkata', 'sex-trafficking', 'news']) {
      const ok = validate(parse(fs.readFileSync(path.join(SHEETS, `${name}.yaml`), 'utf8')));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
    const validateOrg = new Ajv({ strict: false }).compile(await printed(['schema', '--org']));
    expect(validateOrg(parse(fs.readFileSync(path.join(SHEETS, 'org.yaml'), 'utf8')))).toBe(true);
  });

  it('rejects what the loader rejects: unknown keys', async () => {
    const validate = new Ajv({ strict: false }).compile(await printed(['schema']));
    expect(validate({ title: 'x', template: 'casework', header: { title: 'x' }, stas: {} })).toBe(false);
  });

  it('matches the copies the sample sheets point their editors at', async () => {
    expect(JSON.parse(fs.readFileSync(path.join(SHEETS, 'sheet.schema.json'), 'utf8'))).toEqual(await printed(['schema']));
    expect(JSON.parse(fs.readFileSync(path.join(SHEETS, 'org.schema.json'), 'utf8'))).toEqual(await printed(['schema', '--org']));
    for (const name of ['kolkata', 'sex-trafficking', 'news']) {
      expect(fs.readFileSync(path.join(SHEETS, `${name}.yaml`), 'utf8')).toMatch(/^# yaml-language-server: \$schema=sheet\.schema\.json\n/);
    }
  });
});
