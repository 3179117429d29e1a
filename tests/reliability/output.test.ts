/**
 * The output folder under stress: short writes, a really full disk, a build killed between
 * write and rename, two builds at once. Subprocess tests run dist/factsheet.js (`npm test` compiles
 * first) and act at the writer's FACTSHEET_TEST_PAUSE_DIR seam, never after a guessed delay.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFile } from '../../src/api.js';
import { removeStaleTemps, writeAtomic, type WriteFs } from '../../src/cli/writeAtomic.js';
import { REPO, SHEETS, sheetDir } from '../helpers/sheetDir.js';

const KOLKATA = path.join(SHEETS, 'kolkata.yaml');
const PREVIOUS = 'previous good PDF';
const temps = (dir: string) => fs.readdirSync(dir).filter((f) => f.startsWith('.factsheet-tmp-'));
const thrown = (f: () => void) => { try { f(); } catch (e) { return e as NodeJS.ErrnoException; } };

/** Real fs, except each write is cut to `limit(call)` bytes, as a filling disk does. */
function shortWrites(limit: (call: number) => number): WriteFs & { calls: () => number } {
  let calls = 0;
  const writeSync = (fd: number, b: Uint8Array, off: number, len: number) =>
    fs.writeSync(fd, b, off, Math.min(len, limit(calls++)));
  return { ...fs, writeSync: writeSync as WriteFs['writeSync'], calls: () => calls };
}

/** A 64 KB tmpfs, so a ~150 KB PDF really runs out of space; needs root (CAP_SYS_ADMIN) on Linux. */
function mountTmpfs(): { dir?: string; skip?: string } {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return { skip: 'not root on Linux' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-full-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status === 0) return { dir };
  fs.rmSync(dir, { recursive: true, force: true });
  return { skip: `mount failed: ${r.error?.message ?? r.stderr.trim()}` };
}
const tmpfs = mountTmpfs();
if (tmpfs.skip) console.info(`skipping the real full-disk test (${tmpfs.skip})`);
afterAll(() => {
  if (!tmpfs.dir) return;
  spawnSync('umount', [tmpfs.dir]);
  fs.rmSync(tmpfs.dir, { recursive: true, force: true });
});

/** Starts `build kolkata.yaml --force` into `out`; paused at the seam when `pauseDir` is given. */
function build(out: string, pauseDir?: string, epoch = '1700000000') {
  // The date is in the PDF, so builds with different epochs write different bytes.
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTIONS: '', CI: '', SOURCE_DATE_EPOCH: epoch };
  if (pauseDir) env.FACTSHEET_TEST_PAUSE_DIR = pauseDir;
  else delete env.FACTSHEET_TEST_PAUSE_DIR;
  const cli = path.join(REPO, 'dist/factsheet.js');
  const args = [cli, 'build', KOLKATA, '--out', out, '--jobs', '1', '--force'];
  // Own process group, so killing it also kills any build process it forked.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d; });
  // Listen before doing anything to the child, so its exit cannot be missed.
  const exited = once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr }));
  return { child, exited };
}

/** The writer's pid and temp file once a build pauses before renaming; fails on exit first or after 30 s. */
function paused(dir: string, exited: Promise<unknown>): Promise<{ pid: number; tmp: string }> {
  return new Promise((resolve, reject) => {
    const watcher = fs.watch(dir);
    const timer = setTimeout(() => done(new Error(`no build paused in ${dir} within 30 s`)), 30_000);
    const done = (r: { pid: number; tmp: string } | Error) => {
      watcher.close();
      clearTimeout(timer);
      if (r instanceof Error) reject(r); else resolve(r);
    };
    const check = () => {
      const name = fs.readdirSync(dir).find((n) => /^paused-\d+$/.test(n));
      if (name) done({ pid: Number(name.slice(7)), tmp: fs.readFileSync(path.join(dir, name), 'utf8') });
    };
    watcher.on('change', check);
    void exited.then((r) => done(new Error(`the build exited before pausing: ${JSON.stringify(r)}`)));
    check(); // it may have paused before the watch began
  });
}

describe('writing output', () => {
  it('short writes are continued until the whole file is written', () => {
    const dir = sheetDir();
    const file = path.join(dir, 'x.pdf');
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    const fsShort = shortWrites(() => 1000);
    writeAtomic(file, bytes, fsShort);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fsShort.calls()).toBe(5);
    expect(temps(dir)).toEqual([]);
  });

  it('a write that stalls fails with ENOSPC, keeps the previous file and leaves no temp', () => {
    const dir = sheetDir();
    const file = path.join(dir, 'x.pdf');
    fs.writeFileSync(file, PREVIOUS);
    const e = thrown(() => writeAtomic(file, Buffer.alloc(5000, 1), shortWrites((call) => (call ? 0 : 100))));
    expect(e?.code).toBe('ENOSPC');
    expect(fs.readFileSync(file, 'utf8')).toBe(PREVIOUS);
    expect(temps(dir)).toEqual([]);
  });

  it('a write that reports more than it wrote fails the size check, keeps the previous file, no temp', () => {
    const dir = sheetDir();
    const file = path.join(dir, 'x.pdf');
    fs.writeFileSync(file, PREVIOUS);
    // Says every byte went out, but only the first half of each request reaches the file.
    const lying: WriteFs = { ...fs, writeSync: ((fd: number, b: Uint8Array, off: number, len: number) => {
      fs.writeSync(fd, b, off, Math.ceil(len / 2));
      return len;
    }) as WriteFs['writeSync'] };
    const e = thrown(() => writeAtomic(file, Buffer.alloc(5000, 1), lying));
    expect(e?.code).toBe('EIO');
    expect(e?.message).toMatch(/holds 2500 bytes, not the 5000 written/);
    expect(fs.readFileSync(file, 'utf8')).toBe(PREVIOUS);
    expect(temps(dir)).toEqual([]);
  });

  it('flushes the file and then its folder after the rename', () => {
    const dir = sheetDir();
    const file = path.join(dir, 'x.pdf');
    const log: string[] = [];
    const dirs = new Set<number>();
    const spy: WriteFs = {
      ...fs,
      openSync: ((p: string, flags: string) => {
        const fd = fs.openSync(p, flags);
        if (p === dir) dirs.add(fd);
        return fd;
      }) as WriteFs['openSync'],
      fsyncSync: (fd: number) => { log.push(dirs.has(fd) ? 'fsync folder' : 'fsync file'); fs.fsyncSync(fd); },
      renameSync: (a: fs.PathLike, b: fs.PathLike) => { log.push('rename'); fs.renameSync(a, b); },
    };
    writeAtomic(file, Buffer.from('new'), spy);
    expect(log).toEqual(['fsync file', 'rename', 'fsync folder']);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
  });

  it('a platform that cannot fsync a folder (EISDIR, EINVAL) still writes the file', () => {
    for (const code of ['EISDIR', 'EINVAL']) {
      const dir = sheetDir();
      const file = path.join(dir, 'x.pdf');
      const refusing: WriteFs = { ...fs, openSync: ((p: string, flags: string) => {
        if (p === dir) throw Object.assign(new Error(code), { code });
        return fs.openSync(p, flags);
      }) as WriteFs['openSync'] };
      writeAtomic(file, Buffer.from(code), refusing);
      expect(fs.readFileSync(file, 'utf8')).toBe(code);
      expect(temps(dir)).toEqual([]);
    }
  });

  it.skipIf(!tmpfs.dir)('a really full disk throws ENOSPC, keeps the previous file, no temp', async () => {
    const pdf = await renderFile(KOLKATA);
    const file = path.join(tmpfs.dir!, 'kolkata.pdf');
    fs.writeFileSync(file, PREVIOUS);
    expect(pdf.length).toBeGreaterThan(64 * 1024);
    expect(thrown(() => writeAtomic(file, pdf))?.code).toBe('ENOSPC');
    expect(fs.readFileSync(file, 'utf8')).toBe(PREVIOUS);
    expect(temps(tmpfs.dir!)).toEqual([]);
  }, 30_000);

  it('a build killed between write and rename keeps the previous PDF; its temp is cleaned', async () => {
    const [out, pauseDir] = [sheetDir(), sheetDir()];
    fs.writeFileSync(path.join(out, 'kolkata.pdf'), PREVIOUS);
    const { child, exited } = build(out, pauseDir);
    const writer = await paused(pauseDir, exited);
    // The whole group: the CLI and the writer, whether that is the CLI itself or a forked child.
    process.kill(-child.pid!, 'SIGKILL');
    expect((await exited).code).toBe(null);
    expect(fs.readFileSync(path.join(out, 'kolkata.pdf'), 'utf8')).toBe(PREVIOUS);
    expect(temps(out)).toEqual([path.basename(writer.tmp)]);
    removeStaleTemps(out);
    expect(temps(out)).toEqual([]);
    const rebuilt = await build(out).exited;
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(temps(out)).toEqual([]);
  }, 60_000);

  it('two builds of one sheet interleaved at the rename both succeed, leaving one whole PDF', async () => {
    const [out, pauseDir] = [sheetDir(), sheetDir()];
    const first = build(out, pauseDir);
    const writer = await paused(pauseDir, first.exited);
    const firstBytes = fs.readFileSync(writer.tmp);
    const second = await build(out, undefined, '1800000000').exited;
    expect(second.code, second.stderr).toBe(0);
    const secondBytes = fs.readFileSync(path.join(out, 'kolkata.pdf'));
    fs.writeFileSync(path.join(pauseDir, `release-${writer.pid}`), '');
    const firstExit = await first.exited;
    expect(firstExit.code, firstExit.stderr).toBe(0);
    const final = fs.readFileSync(path.join(out, 'kolkata.pdf'));
    expect(firstBytes.equals(secondBytes)).toBe(false);
    expect(final.subarray(-32).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect([firstBytes, secondBytes].some((b) => b.equals(final))).toBe(true);
    // Not just either one: the first build renames last, so its bytes must be the ones kept.
    expect(final.equals(firstBytes)).toBe(true);
    expect(temps(out)).toEqual([]);
  }, 60_000);
});
