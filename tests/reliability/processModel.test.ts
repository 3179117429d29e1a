/**
 * One failure fails one sheet: a build worker that dies mid-sheet is replaced and its sheet
 * tried once more, the summary and manifest are written anyway; a read error (EIO, EACCES) on
 * one sheet's file fails that sheet; --watch reports and goes on. The crash test runs
 * dist/factsheet.js and stops a worker at the writer's FACTSHEET_TEST_PAUSE_DIR seam.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MANIFEST_FILE } from '../../src/cli/manifest.js';
import { diskWorld, type World } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { memoryIo } from '../helpers/runCli.js';
import { MINIMAL_SHEET, REPO, SHEETS, sheetDir } from '../helpers/sheetDir.js';

interface JsonSummary {
  built: number;
  failed: number;
  sheets: { file: string; status: string; diagnostics: { code: string; message: string }[] }[];
}

/**
 * Answers each build worker that pauses before renaming a file: `decide` gets the file's name
 * and how often it was seen, and makes the worker die there or go on. Resolves when `exited` does.
 */
function control(dir: string, exited: Promise<unknown>, decide: (file: string, seen: number) => 'crash' | 'release') {
  const handled = new Set<string>();
  const seen = new Map<string, number>();
  const check = () => {
    for (const name of fs.readdirSync(dir).filter((n) => /^paused-\d+(\.\d+)?$/.test(n) && !handled.has(n))) {
      handled.add(name);
      const id = name.slice('paused-'.length);
      const file = path.basename(fs.readFileSync(path.join(dir, name), 'utf8')).replace(/^\.factsheet-tmp-[^-]+-[^-]+-/, '');
      seen.set(file, (seen.get(file) ?? 0) + 1);
      fs.writeFileSync(path.join(dir, `${decide(file, seen.get(file)!)}-${id}`), '');
    }
  };
  const watcher = fs.watch(dir, check);
  check();
  return exited.finally(() => watcher.close()).then(() => seen);
}

/**
 * Builds the sheets in `dir` with two lanes as a process, whose lanes pause at the writer's seam
 * and die or go on as `decide` says; resolves with its exit code, output and the files seen.
 */
async function buildWithLanesDying(dir: string, out: string, decide: Parameters<typeof control>[2]) {
  const pauseDir = sheetDir();
  const env = { ...process.env, GITHUB_ACTIONS: '', CI: '', FACTSHEET_TEST_PAUSE_DIR: pauseDir };
  const cli = path.join(REPO, 'dist/factsheet.js');
  const args = [cli, 'build', dir, '--out', out, '--jobs', '2', '--json'];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d; });
  child.stderr.on('data', (d: Buffer) => { stderr += d; });
  const exited = once(child, 'exit');
  const seen = await control(pauseDir, exited, decide);
  const [code] = await exited;
  return { code: code as number, stdout, stderr, seen };
}

describe('a build worker that dies', () => {
  it('fails only its sheet after one retry in a fresh worker; summary and manifest are written', async () => {
    const dir = sheetDir({ 'a.yaml': MINIMAL_SHEET, 'b.yaml': MINIMAL_SHEET, 'c.yaml': MINIMAL_SHEET });
    const out = path.join(dir, 'out');
    // a.pdf: its worker dies both times; b.pdf: the first time only; the rest go on.
    const { code, stdout, stderr, seen } = await buildWithLanesDying(dir, out, (file, n) =>
      file === 'a.pdf' || (file === 'b.pdf' && n === 1) ? 'crash' : 'release');
    expect(code, stderr).toBe(1);
    // c.pdf may not pause at all: a process that was let go once writes on without waiting.
    expect(Object.fromEntries(seen)).toMatchObject({ 'a.pdf': 2, 'b.pdf': 2 });
    const summary = JSON.parse(stdout) as JsonSummary;
    expect(summary).toMatchObject({ built: 2, failed: 1 });
    const a = summary.sheets.find((s) => s.file.endsWith('a.yaml'))!;
    expect(a.status).toBe('failed');
    expect(a.diagnostics[0]).toMatchObject({ code: 'worker-died', message: expect.stringMatching(/a\.yaml, twice: it stopped with exit code 70/) });
    expect(stderr).toMatch(/hint: a worker that ran out of memory was most likely given very large images/);
    // The contact sheet and its thumbnails are written by every build too.
    const outputs = fs.readdirSync(out).filter((f) => f !== 'index.html' && f !== '.factsheet-thumbs');
    expect(outputs.sort()).toEqual([MANIFEST_FILE, 'b.pdf', 'c.pdf']);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, MANIFEST_FILE), 'utf8')) as { sheets: Record<string, unknown> };
    expect(Object.keys(manifest.sheets).map((k) => path.basename(k)).sort()).toEqual(['b.yaml', 'c.yaml']);
    expect((await readPdf(fs.readFileSync(path.join(out, 'b.pdf')))).pages[0]!.text).toContain('survivors rescued');
  }, 90_000);

  it('builds the sheets a dying worker had been sent but not started, once each', async () => {
    const names = ['a', 'b', 'c', 'd'];
    const dir = sheetDir(Object.fromEntries(names.map((n) => [`${n}.yaml`, MINIMAL_SHEET])));
    const out = path.join(dir, 'out');
    // Each worker is sent two sheets at once: the first worker holds a and b, and dies on a twice.
    const decide = (file: string) => (file === 'a.pdf' ? 'crash' : 'release');
    const { code, stdout, seen } = await buildWithLanesDying(dir, out, decide);
    expect(code).toBe(1);
    expect(seen.get('a.pdf')).toBe(2);
    const summary = JSON.parse(stdout) as JsonSummary;
    expect(summary).toMatchObject({ built: 3, failed: 1 });
    expect(summary.sheets.map((s) => path.basename(s.file)).sort()).toEqual(names.map((n) => `${n}.yaml`));
    const failed = summary.sheets.filter((s) => s.status === 'failed').map((s) => path.basename(s.file));
    expect(failed).toEqual(['a.yaml']);
    for (const n of ['b', 'c', 'd']) expect(fs.existsSync(path.join(out, `${n}.pdf`)), n).toBe(true);
  }, 90_000);
});

/** The disk, except that reading the files named fails with the given error code. */
function failingReads(failures: Map<string, string>, base: World = diskWorld()): World {
  const fail = (file: string) => {
    const code = failures.get(path.resolve(file));
    if (code) throw Object.assign(new Error(`${code}: cannot read ${file}`), { code });
  };
  return {
    ...base,
    readBytes: (f) => (fail(f), base.readBytes(f)),
    readText: (f) => (fail(f), base.readText(f)),
  };
}

const withPhoto = `${MINIMAL_SHEET}  - image:\n      src: images/cover.jpg\n      alt: A street\n`;

describe('read errors', () => {
  it('an unreadable sheet, organisation file or image fails that sheet only', async () => {
    const org = fs.readFileSync(path.join(SHEETS, 'org.yaml'));
    const cover = fs.readFileSync(path.join(SHEETS, 'images/cover.jpg'));
    const dir = sheetDir({
      'good.yaml': MINIMAL_SHEET,
      'a/x.yaml': MINIMAL_SHEET, 'a/org.yaml': org,
      'b/y.yaml': withPhoto, 'b/org.yaml': org, 'b/images/cover.jpg': cover,
      'c/z.yaml': MINIMAL_SHEET, 'c/org.yaml': org,
    });
    const failures = new Map([
      [path.join(dir, 'a/org.yaml'), 'EIO'],
      [path.join(dir, 'b/images/cover.jpg'), 'EACCES'],
      [path.join(dir, 'c/z.yaml'), 'EIO'],
    ]);
    const { io, text } = memoryIo();
    io.world = failingReads(failures);
    const code = await main(['build', dir, '--out', path.join(dir, 'out'), '--jobs', '1'], io);
    expect(code).toBe(1);
    expect(text.stdout).toContain('4 sheets: 1 built, 0 skipped, 3 failed');
    expect(text.stderr).toMatch(/a\/org\.yaml:1:1: error: cannot read .*a\/org\.yaml: the disk reported an input\/output error \(EIO\)/);
    expect(text.stderr).toMatch(/b\/y\.yaml:\d+:\d+: error: image `images\/cover\.jpg` cannot be read: permission denied \(EACCES\)/);
    expect(text.stderr).toMatch(/c\/z\.yaml:1:1: error: cannot read .*c\/z\.yaml: the disk reported an input\/output error \(EIO\)/);
    expect(text.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(fs.existsSync(path.join(dir, 'out/good.pdf'))).toBe(true);
  });

  it('--watch reports a read error, keeps watching, and builds once the file reads again', async () => {
    const dir = sheetDir({ 'y.yaml': withPhoto, 'images/cover.jpg': fs.readFileSync(path.join(SHEETS, 'images/cover.jpg')) });
    const failures = new Map([[path.join(dir, 'images/cover.jpg'), 'EIO']]);
    const stop = new AbortController();
    const { io, text, waitFor } = memoryIo({ signal: stop.signal });
    io.world = failingReads(failures);
    const watching = main(['build', dir, '--out', path.join(dir, 'out'), '--watch'], io);
    try {
      await waitFor(/watching \d+ folders/);
      expect(text.stdout).toMatch(/failed .*y\.yaml: 1 error/);
      expect(text.stderr).toMatch(/image `images\/cover\.jpg` cannot be read: the disk reported an input\/output error \(EIO\)/);
      failures.clear();
      fs.appendFileSync(path.join(dir, 'y.yaml'), '# saved again\n');
      await waitFor(/built .*y\.yaml in \d+ ms \(\d+ pages?\)/);
    } finally {
      stop.abort();
    }
    expect(await watching).toBe(0);
  });
});
