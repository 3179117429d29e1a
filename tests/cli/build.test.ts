import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

describe('factsheet build', () => {
  // A real process: the README command, with the default --jobs (child build processes), and
  // progress on stdout kept apart from an empty stderr.
  it('builds the sample sheets into out/ (the README command, as a process)', () => {
    const out = fs.mkdtempSync(path.join(sheetDir(), 'out-'));
    const r = runBinary(['build', 'sheets', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['.factsheet-manifest.json', 'kolkata.pdf', 'news.pdf', 'sex-trafficking.pdf']);
    expect(r.stdout).toMatch(/ok {3}sheets\/kolkata\.yaml → .*kolkata\.pdf \(2 pages, \d+ ms\)/);
    expect(r.stdout).toContain('3 sheets: 3 built, 0 skipped, 0 failed');
  });

  it('reports a failing sheet, still builds the others, exits 1 and leaves no partial file', async () => {
    const dir = sheetDir({ 'good.yaml': MINIMAL_SHEET, 'bad.yaml': MINIMAL_SHEET.replace('value: 435', 'value: many') });
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'bad.pdf'), 'previous good PDF');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'bad.yaml')}:7:14: error: \`stats.items[0].value\` should be a number`);
    expect(r.stdout).toContain('2 sheets: 1 built, 0 skipped, 1 failed');
    expect(fs.readdirSync(out).sort()).toEqual(['.factsheet-manifest.json', 'bad.pdf', 'good.pdf']);
    expect(fs.readFileSync(path.join(out, 'bad.pdf'), 'utf8')).toBe('previous good PDF');
    expect(fs.readFileSync(path.join(out, 'good.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says so when the output folder cannot be written, without a stack trace', async () => {
    const dir = sheetDir({ 'good.yaml': MINIMAL_SHEET });
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const r = await runCli(['build', dir, '--out', blocker, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: cannot write .*good\.pdf: (ENOTDIR|EEXIST)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
