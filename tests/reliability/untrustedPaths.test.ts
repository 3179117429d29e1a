/**
 * Files a sheet names are confined to its folder tree, and the CLI prints code frames only from
 * sheet and organisation files it loaded: a sheet cannot make it print another file's lines,
 * and a FIFO or device is refused without being opened (no hang).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/cli/report.js';
import { error } from '../../src/diag/diagnostic.js';
import { runBinary, runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

const SECRET = 'ci_token: ghp_SECRET_0123456789\nPATH=/usr/bin: [unclosed\n';
const withOrg = (org: string) => `org: ${org}\n${MINIMAL_SHEET}`;

/** A folder with secret.txt beside the sheets folder `s/`, which holds bad.yaml and an org.yaml. */
function folder(sheet: string, extra: Record<string, string> = {}) {
  const dir = sheetDir({ 'secret.txt': SECRET, 's/bad.yaml': sheet, ...extra });
  fs.copyFileSync(path.join(dir, 'org.yaml'), path.join(dir, 's/org.yaml'));
  return dir;
}

function expectNoSecret(stderr: string) {
  expect(stderr).not.toContain('ghp_SECRET');
  expect(stderr).not.toContain('PATH=');
}

describe('files a sheet names', () => {
  it('refuses an org outside the sheet\'s folder at the `org:` line, without reading it', async () => {
    for (const org of ['../secret.txt', '/proc/self/environ', '../.git/config']) {
      const dir = folder(withOrg(org));
      const r = await runCli(['validate', 's/bad.yaml'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`s/bad.yaml:1:6: error: organisation file \`${org}\` is outside the sheet's folder`);
      expectNoSecret(r.stderr);
      expect(r.stderr).not.toMatch(/ci_token|HOME=/);
    }
  });

  it('refuses an org that links out of the folder', async () => {
    const dir = folder(withOrg('linked.yaml'));
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 's/linked.yaml'));
    const r = await runCli(['validate', 's/bad.yaml'], { cwd: dir });
    expect(r.stderr).toContain("s/bad.yaml:1:6: error: organisation file `linked.yaml` links to a file outside the sheet's folder");
    expectNoSecret(r.stderr);
  });

  it('refuses /dev/zero and a FIFO quickly, without opening them', async () => {
    const dir = folder(withOrg('/dev/zero'));
    fs.writeFileSync(path.join(dir, 's/fifo.yaml'), withOrg('org.fifo'));
    execFileSync('mkfifo', [path.join(dir, 's/org.fifo')]);
    const started = Date.now();
    const zero = await runCli(['validate', 's/bad.yaml'], { cwd: dir });
    expect(zero.stderr).toContain("s/bad.yaml:1:6: error: organisation file `/dev/zero` is outside the sheet's folder");
    const fifo = await runCli(['validate', 's/fifo.yaml'], { cwd: dir });
    expect(fifo.code).toBe(1);
    expect(fifo.stderr).toContain('s/fifo.yaml:1:6: error: organisation file `org.fifo` is not a regular file');
    expect(Date.now() - started).toBeLessThan(5000);
  }, 10_000);

  it('refuses a FIFO as the default org.yaml and as an image', async () => {
    const dir = sheetDir({ 'sheet.yaml': `${MINIMAL_SHEET}  - leader:\n      name: A\n      role: B\n      bio: C\n      photo:\n        src: pic.jpg\n        alt: A\n` });
    fs.rmSync(path.join(dir, 'org.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'org.yaml')]);
    execFileSync('mkfifo', [path.join(dir, 'pic.jpg')]);
    const r = await runCli(['validate', 'sheet.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sheet.yaml:1:1: error: organisation file `org.yaml` is not a regular file');
    expect(r.stderr).toContain('sheet.yaml:15:14: error: image `pic.jpg` is not a regular file');
  }, 10_000);

  it('refuses a sheet that is a FIFO or a terminal, given or found in a folder, without hanging', async () => {
    const dir = sheetDir({ 'good.yaml': MINIMAL_SHEET });
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const found = await runCli(['build', dir, '--out', path.join(dir, 'out'), '--jobs', '1']);
    expect(found.code).toBe(1);
    expect(found.stdout).toContain('2 sheets: 1 built, 0 skipped, 1 failed');
    expect(found.stderr).toContain(`pipe.yaml:1:1: error: not a regular file: ${path.join(dir, 'pipe.yaml')}`);
    const tty = await runCli(['validate', '/dev/tty']);
    expect(tty.code).toBe(1);
    expect(tty.stderr).toContain('/dev/tty:1:1: error: not a regular file: /dev/tty');
  }, 10_000);

  it('still accepts an org in a folder below the sheet', async () => {
    const dir = folder(withOrg('shared/org.yaml'));
    fs.mkdirSync(path.join(dir, 's/shared'));
    fs.copyFileSync(path.join(dir, 'org.yaml'), path.join(dir, 's/shared/org.yaml'));
    const r = await runCli(['validate', 's/bad.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('code frames', () => {
  it('the Reporter never reads the file a span names', () => {
    const dir = folder(MINIMAL_SHEET);
    let out = '';
    const reporter = new Reporter({ isTTY: false, write: (s: string) => { out += s; return true; } });
    reporter.report([error('x', 'bad', { span: { file: path.join(dir, 'secret.txt'), start: 0, end: 0, line: 1, col: 1 } })]);
    expect(out).toMatch(/secret\.txt:1:1: error: bad\n$/);
    expectNoSecret(out);
  });

  it('come from the sheet the loader read, in process and from `build --jobs 2` children (dist/)', async () => {
    const bad = MINIMAL_SHEET.replace('value: 435', 'value: lots');
    const dir = folder(bad, { 's/bad2.yaml': bad });
    const frame = /s\/bad2?\.yaml:8:18: error: [^\n]*\n(?:  [^\n]*\n)*  8 \|         - value: lots\n    \|                  \^/;
    const v = await runCli(['validate', 's/bad.yaml'], { cwd: dir });
    expect(v.stderr).toMatch(frame);
    const b = runBinary(['build', 's', '--out', 'out', '--jobs', '2'], { cwd: dir });
    expect(b.code).toBe(1);
    expect(b.stderr.match(new RegExp(frame, 'g'))).toHaveLength(2);
  }, 30_000);
});
