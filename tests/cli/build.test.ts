import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOKKEEPING } from '../helpers/outFiles.js';
import { runBinary, runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, SAMPLE_SHEETS, sheetDir } from '../helpers/sheetDir.js';

const long = Array(40).fill('This sentence makes the problem section much longer than a page can hold.').join(' ');
/** MINIMAL_SHEET with `n` long problem sections after its stats. */
const withProblems = (n: number) => `${MINIMAL_SHEET}${`  - problem:\n      text: >-\n        ${long}\n`.repeat(n)}`;

describe('factsheet build', () => {
  // A real process: the README command, with the default --jobs (child build processes), and
  // progress on stdout kept apart from an empty stderr.
  it('builds the sample sheets into out/ (the README command, as a process)', () => {
    const out = fs.mkdtempSync(path.join(sheetDir(), 'out-'));
    const r = runBinary(['build', 'sheets', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([...BOOKKEEPING, ...SAMPLE_SHEETS.map((n) => `${n}.pdf`)].sort());
    expect(r.stdout).toMatch(/ok {3}sheets\/kolkata\.yaml → .*kolkata\.pdf \(2 pages, \d+ ms\)/);
    const n = SAMPLE_SHEETS.length;
    expect(r.stdout).toContain(`${n} sheets: ${n} built, 0 skipped, 0 failed`);
  });

  it('reports a failing sheet, still builds the others, exits 1 and leaves no partial file', async () => {
    const dir = sheetDir({ 'good.yaml': MINIMAL_SHEET, 'bad.yaml': MINIMAL_SHEET.replace('value: 435', 'value: many') });
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'bad.pdf'), 'previous good PDF');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'bad.yaml')}:8:18: error: \`sections[0].stats.items[0].value\` should be a number`);
    expect(r.stdout).toContain('2 sheets: 1 built, 0 skipped, 1 failed');
    expect(fs.readdirSync(out).sort()).toEqual([...BOOKKEEPING, 'bad.pdf', 'good.pdf'].sort());
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

  it('fits type to the page count, and when it cannot, writes NAME.overflow.pdf instead, removed by the next good build', async () => {
    const dir = sheetDir({ 'x.yaml': withProblems(3) });
    const out = path.join(dir, 'out');
    const fitted = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(fitted.code).toBe(0);
    expect(fitted.stdout).toMatch(/ok {3}.*x\.yaml → .*x\.pdf \(2 pages, type fitted at \d\d%, \d+ ms\)/);

    fs.writeFileSync(path.join(dir, 'x.yaml'), withProblems(4));
    const spilt = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(spilt.code).toBe(1);
    expect(spilt.stdout).toContain(`fail ${path.join(dir, 'x.yaml')} (does not fit: see ${path.join(out, 'x.overflow.pdf')})`);
    expect(spilt.stderr).toMatch(/x\.yaml:19:5: error: `sections\[4\]\.problem` does not fit in 2 pages: about \d+ lines \(\d+ pt\) run past page 2/);
    expect(spilt.stderr).toMatch(/hint: cut about \d+ lines in all from this and the other sections named, or set `pages: 3` or `pages: auto`/);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.pdf')).sort()).toEqual(['x.overflow.pdf', 'x.pdf']);
    expect(fs.readFileSync(path.join(out, 'x.overflow.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    fs.writeFileSync(path.join(dir, 'x.yaml'), withProblems(1));
    expect((await runCli(['build', dir, '--out', out, '--jobs', '1'])).code).toBe(0);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual(['x.pdf']);
  });

  it('adds pages instead of failing when the sheet says `pages: auto`', async () => {
    const dir = sheetDir({ 'x.yaml': `pages: auto\n${withProblems(4)}` });
    const r = await runCli(['build', dir, '--out', path.join(dir, 'out'), '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/x\.pdf \(3 pages/);
  });
});
