/**
 * Writes a file so that readers only ever see the old version or the complete new one: the
 * bytes go to a temporary file in the same folder, are flushed to disk, then renamed over.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.factsheet-tmp-${process.pid}-${randomBytes(4).toString('hex')}-${path.basename(file)}`);
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
