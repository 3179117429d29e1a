/**
 * Writes a file so that readers only ever see the old version or the complete new one: the
 * bytes go to a temporary file in the same folder, are flushed to disk, then renamed over.
 * A full disk or a crash mid-write leaves the previous file in place.
 *
 * Test seam — FACTSHEET_TEST_PAUSE_DIR=<dir>: after the temporary file is written and flushed
 * and before it is renamed over the target, the writer creates `<dir>/paused-<pid>` (holding
 * the temporary file's path) and blocks until `<dir>/release-<pid>` exists (at most 30 s),
 * then renames; once released, that process's later writes (the manifest) pass straight on.
 * Tests use it to kill a build, or run another, at exactly that moment instead of guessing
 * with timers. Unset (as for every user), it costs one environment lookup per write.
 */
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

const PREFIX = '.factsheet-tmp-';

/** The file operations used, so tests can make a write fail as a full disk would. */
export type WriteFs = Pick<typeof nodeFs,
  'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

export function writeAtomic(file: string, bytes: Uint8Array, fs: WriteFs = nodeFs): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(dir, `${PREFIX}${unique}-${path.basename(file)}`);
  try {
    const fd = fs.openSync(tmp, 'wx');
    try {
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    pauseForTests(tmp);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * write() may write fewer bytes than asked (a disk filling up does this before it fails with
 * ENOSPC), so write the rest until done; a write that makes no progress would loop forever.
 */
function writeAll(fs: WriteFs, fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) {
    const n = fs.writeSync(fd, bytes, done, bytes.length - done);
    if (!(n > 0)) {
      const message = `ENOSPC: no space left on device, wrote ${done} of ${bytes.length} bytes`;
      throw Object.assign(new Error(message), { code: 'ENOSPC' });
    }
    done += n;
  }
}

/** The test seam described at the top of this file; does nothing unless the variable is set. */
function pauseForTests(tmp: string): void {
  const dir = process.env.FACTSHEET_TEST_PAUSE_DIR;
  if (!dir) return;
  const paused = path.join(dir, `paused-${process.pid}`);
  // Written aside then renamed, so a test that sees the file can read the whole path at once.
  nodeFs.writeFileSync(`${paused}.part`, tmp);
  nodeFs.renameSync(`${paused}.part`, paused);
  // Blocking on purpose: the writer is synchronous, and nothing else may run in between.
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const release = path.join(dir, `release-${process.pid}`);
  const end = Date.now() + 30_000;
  while (!nodeFs.existsSync(release) && Date.now() < end) Atomics.wait(cell, 0, 0, 10);
}

/** Removes temporary files left by builds that were killed mid-write (their process is gone). */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.startsWith(PREFIX))) {
    const pid = Number(name.slice(PREFIX.length).split('-')[0]);
    if (!isRunning(pid)) nodeFs.rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
