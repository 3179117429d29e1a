/** The output folder under stress: a full disk, two builds at once, a build killed midway. */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, writeAtomic, type WriteFs } from '../../src/cli/writeAtomic.js';
import { runCli } from '../helpers/runCli.js';
import { REPO, SHEETS, sheetDir } from '../helpers/sheetDir.js';

/** A complete PDF ends with %%EOF (a cut one does not). */
const complete = (file: string) => /%%EOF\s*$/.test(fs.readFileSync(file, 'latin1').slice(-32));
const temps = (dir: string) => fs.readdirSync(dir).filter((f) => f.startsWith('.factsheet-tmp-'));

describe('writing output', () => {
  it('a full disk mid-write leaves the previous file and no temporary file', () => {
    const dir = sheetDir();
    const file = path.join(dir, 'x.pdf');
    fs.writeFileSync(file, 'previous good PDF');
    const fullDisk: WriteFs = { ...fs, writeSync: () => { throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }); } };
    expect(() => writeAtomic(file, Buffer.from('%PDF-new'), fullDisk)).toThrow(/no space left/);
    expect(fs.readFileSync(file, 'utf8')).toBe('previous good PDF');
    expect(temps(dir)).toEqual([]);
  });

  it('two builds writing the same output at once both succeed and leave complete PDFs', async () => {
    const dir = sheetDir();
    const out = path.join(dir, 'out');
    const run = () => new Promise<number>((resolve) => {
      const p = spawn(process.execPath, [path.join(REPO, 'dist/cli.js'), 'build', path.join(SHEETS, 'kolkata.yaml'), path.join(SHEETS, 'news.yaml'), '--out', out, '--jobs', '1'], { stdio: 'ignore' });
      p.on('exit', (code) => resolve(code ?? -1));
    });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(fs.readdirSync(out).sort()).toEqual(['.factsheet-manifest.json', 'kolkata.pdf', 'news.pdf']);
    for (const f of fs.readdirSync(out).filter((n) => n.endsWith('.pdf'))) expect(complete(path.join(out, f))).toBe(true);
  });

  it('a build killed midway leaves the previous PDF or a complete new one, and its leftovers are cleaned next time', async () => {
    const dir = sheetDir();
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.copyFileSync(path.join(SHEETS, 'org.yaml'), path.join(dir, 'org.yaml'));
    const sheets = ['kolkata', 'news', 'sex-trafficking'].map((n) => path.join(SHEETS, `${n}.yaml`));
    for (const delay of [300, 900, 1500]) {
      const p = spawn(process.execPath, [path.join(REPO, 'dist/cli.js'), 'build', ...sheets, '--out', out, '--jobs', '1'], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      p.kill('SIGKILL');
      await new Promise((r) => p.on('exit', r));
      for (const f of fs.readdirSync(out).filter((n) => n.endsWith('.pdf'))) expect(complete(path.join(out, f))).toBe(true);
    }
    fs.writeFileSync(path.join(out, '.factsheet-tmp-999999-dead-kolkata.pdf'), '%PDF-half');
    removeStaleTemps(out);
    expect(temps(out)).toEqual([]);
    expect(runCli(['build', ...sheets, '--out', out]).code).toBe(0);
    expect(temps(out)).toEqual([]);
  });
});
