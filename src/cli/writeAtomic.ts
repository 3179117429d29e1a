/**
 * Writes a file so that readers only ever see the old version or the complete new one: the
 * bytes go to a temporary file in the same folder, are flushed to disk, checked (the file's size
 * must equal the byte count), then renamed over, and the folder is flushed so the rename itself
 * survives a power cut. A full disk or a crash mid-write leaves the previous file in place.
 *
 * Test seam — FACTSHEET_TEST_PAUSE_DIR=<dir>: after the temporary file is written and flushed
 * and before it is renamed over the target, the writer creates `<dir>/paused-<id>` (holding
 * the temporary file's path; <id> is the pid, or pid.threadId in a worker thread) and blocks
 * until `<dir>/release-<id>` exists (at most 30 s), then renames; once released, that writer's
 * later writes (the manifest) pass straight on, and so do those of the process's other threads,
 * and of the thumbnail process a build started, once its main thread is released.
 * `<dir>/crash-<id>` instead makes a lane process of a batch stop there, as a lane dies. Tests
 * use it to kill a build, or run another, at exactly that moment instead of guessing with timers.
 * Unset (as for every user), it costs one environment lookup per write.
 */
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';

const PREFIX = '.factsheet-tmp-';

/** The file operations used, so tests can make a write fail as a full disk would. */
export type WriteFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'fstatSync' | 'closeSync' | 'renameSync' | 'rmSync'
>;

export function writeAtomic(file: string, bytes: Uint8Array, fs: WriteFs = nodeFs): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const unique = `${writerId()}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(dir, `${PREFIX}${unique}-${path.basename(file)}`);
  try {
    const fd = fs.openSync(tmp, 'wx');
    try {
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
      checkSize(fs, fd, tmp, bytes.length);
    } finally {
      fs.closeSync(fd);
    }
    pauseForTests(tmp);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  syncDir(fs, dir);
}

/**
 * A write call that reported more than it wrote (a faulty driver or network disk) must not be
 * renamed over a good file.
 */
function checkSize(fs: WriteFs, fd: number, tmp: string, expected: number): void {
  const { size } = fs.fstatSync(fd);
  if (size === expected) return;
  const message =
    `EIO: the temporary file ${path.basename(tmp)} holds ${size} bytes, not the ${expected} written`;
  throw Object.assign(new Error(message), { code: 'EIO' });
}

/**
 * Flushes the folder, so the rename (a change to the folder, not to the file) is on disk too.
 * Some platforms (Windows) refuse to open or fsync a folder: there is nothing more to do there.
 */
function syncDir(fs: WriteFs, dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL') throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
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

/** Who writes: the pid, or pid.threadId in a worker thread (a worker can die while its process lives). */
const writerId = (thread = threadId) => (thread ? `${process.pid}.${thread}` : String(process.pid));

/** The test seam described at the top of this file; does nothing unless the variable is set. */
function pauseForTests(tmp: string): void {
  const dir = process.env.FACTSHEET_TEST_PAUSE_DIR;
  if (!dir) return;
  const id = writerId();
  const paused = path.join(dir, `paused-${id}`);
  // Written aside then renamed, so a test that sees the file can read the whole path at once.
  nodeFs.writeFileSync(`${paused}.part`, tmp);
  nodeFs.renameSync(`${paused}.part`, paused);
  // Blocking on purpose: the writer is synchronous, and nothing else may run in between.
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const [release, crash] = [path.join(dir, `release-${id}`), path.join(dir, `crash-${id}`)];
  // A thread also goes on once its process's main thread was released, and the thumbnail
  // process once the build that started it was (its parent).
  const released = [process.pid, process.ppid].map((pid) => path.join(dir, `release-${pid}`));
  const waiting = () =>
    !nodeFs.existsSync(release) && !nodeFs.existsSync(crash) && !released.some((f) => nodeFs.existsSync(f));
  const end = Date.now() + 30_000;
  while (waiting() && Date.now() < end) Atomics.wait(cell, 0, 0, 10);
  // In a lane (a process with a channel to its build), the lane dies mid-sheet.
  if (process.send && nodeFs.existsSync(crash)) process.exit(70);
}

/**
 * Removes temporary files left by builds that were killed mid-write (their process is gone),
 * in `dir` and its subfolders (sheets in subfolders build into matching subfolders).
 */
export function removeStaleTemps(dir: string): void {
  removeTemps(dir, (writer) => !isRunning(Number(writer.split('.')[0])));
}

/** Removes the temporary files a lane process of this build left when it died. */
export function removeTempsOf(dir: string, pid: number): void {
  removeTemps(dir, (writer) => writer === String(pid));
}

function removeTemps(dir: string, stale: (writer: string) => boolean): void {
  let entries: nodeFs.Dirent[];
  try {
    entries = nodeFs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) removeTemps(full, stale);
    else if (entry.name.startsWith(PREFIX) && stale(entry.name.slice(PREFIX.length).split('-')[0]!))
      nodeFs.rmSync(full, { force: true });
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
