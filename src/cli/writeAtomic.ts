/**
 * Writes a file so that readers only ever see the old version or the complete new one: the
 * bytes go to a temporary file in the same folder, are flushed to disk, then renamed over.
 * A full disk or a crash mid-write leaves the previous file in place.
 */
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

const PREFIX = '.factsheet-tmp-';

/** The file operations used, so tests can make a write fail as a full disk would. */
export type WriteFs = Pick<typeof nodeFs, 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

export function writeAtomic(file: string, bytes: Uint8Array, fs: WriteFs = nodeFs): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `${PREFIX}${process.pid}-${randomBytes(4).toString('hex')}-${path.basename(file)}`);
  try {
    const fd = fs.openSync(tmp, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
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
