import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, SAMPLE_SHEETS, sheetDir } from '../helpers/sheetDir.js';

describe('factsheet validate', async () => {
  it('passes the sample sheets (default folder) with exit 0', async () => {
    const r = await runCli(['validate']);
    expect(r.stderr).toBe('');
    const files = SAMPLE_SHEETS.length + 1; // and org.yaml
    expect(r.stdout).toContain(`${files} files checked: ${files} valid, 0 invalid`);
    expect(r.code).toBe(0);
  });

  it('prints every problem of every sheet with a code frame, and exits 1', async () => {
    const dir = sheetDir({
      'a.yaml': MINIMAL_SHEET.replace('- stats:', '- stas:'),
      'b.yaml': MINIMAL_SHEET.replace('value: 435', 'value: lots'),
      'c.yaml': MINIMAL_SHEET,
    });
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'a.yaml')}:6:5: error: unknown section kind \`stas\``);
    expect(r.stderr).toContain('  6 |   - stas:\n    |     ^\n  hint: did you mean `stats`?');
    expect(r.stderr).toContain(`${path.join(dir, 'b.yaml')}:8:18: error: \`sections[0].stats.items[0].value\` should be a number`);
    expect(r.stderr).toMatch(/\n {2}expected: a number.*\n {2}found: {4}text "lots"\n/);
    expect(r.stdout).toContain(`ok  ${path.join(dir, 'c.yaml')}`);
    expect(r.stdout).toContain('4 files checked: 2 valid, 2 invalid');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('adds GitHub annotations under GITHUB_ACTIONS', async () => {
    const dir = sheetDir({ 'a.yaml': MINIMAL_SHEET.replace('- stats:', '- stas:') });
    const r = await runCli(['validate', dir], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.stderr).toContain(`::error file=${path.join(dir, 'a.yaml')},line=6,col=5,title=factsheet unknown-section::unknown section kind \`stas\` did you mean \`stats\`?`);
  });

  it('annotates a mistake in the shared org.yaml once, not once per sheet that uses it', async () => {
    const dir = sheetDir({ 'a.yaml': MINIMAL_SHEET, 'b.yaml': MINIMAL_SHEET });
    fs.appendFileSync(path.join(dir, 'org.yaml'), 'fone: 123\n');
    const r = await runCli(['validate', dir], { env: { GITHUB_ACTIONS: 'true' } });
    const annotations = r.stderr.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations).toEqual([expect.stringMatching(/org\.yaml,line=\d+,col=\d+,title=factsheet unknown-key::unknown key `fone`/)]);
    expect(r.stderr.match(/error: unknown key `fone`/g)).toHaveLength(3);
  });

  it('exits 2 on usage errors', async () => {
    expect(await runCli(['validate', 'no/such/folder'])).toMatchObject({
      code: 2, stderr: expect.stringContaining('no such file or folder: no/such/folder'),
    });
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['validate', '--bogus'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
  });

  // A real process: the exit status the shell sees, and the message on stderr, not stdout.
  it('exits 2 on a usage error as a process, with the message on stderr only', () => {
    const r = runBinary(['build', '--jobs', 'many']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('factsheet: --jobs takes a whole number from 1 to 256, not `many`\n' +
      'Run `factsheet --help` for usage.\n');
  });
});

describe('factsheet validate --render', async () => {
  it('finds text that does not fit, before any build', async () => {
    const long = Array(40).fill('This sentence makes the problem section much longer than a page can hold.').join(' ');
    // Four long problem sections: more than the program-office template's two pages hold.
    const dir = sheetDir({ 'x.yaml': `${MINIMAL_SHEET}${`  - problem:\n      text: >-\n        ${long}\n`.repeat(4)}` });
    expect((await runCli(['validate', dir])).code).toBe(0);
    const r = await runCli(['validate', '--render', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.yaml:19:5: error: `sections\[4\]\.problem` does not fit in 2 pages: about \d+ lines \(\d+ pt\) run past page 2/);
  });
});
