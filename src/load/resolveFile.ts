/**
 * The one way to turn a path written in a sheet (`org:`, an image `src`) into a file to read:
 * inside the sheet's folder tree (also after resolving symlinks), a regular file (never a
 * device, FIFO or socket: those are refused from their stat, without opening them), and no
 * bigger than a cap, checked before anything is read.
 */
import * as path from 'node:path';
import type { FileInfo, World } from '../world.js';

export type ResolveProblem =
  'web-address' | 'outside' | 'not-found' | 'links-outside' | 'not-a-file' | 'too-big';

export type Resolved =
  | { ok: true; file: string; info: FileInfo }
  | { ok: false; problem: ResolveProblem; file?: string; info?: FileInfo };

/**
 * Resolves `name` (as written) against `dir`, the folder of the sheet. `maxBytes` caps the size.
 * The order of checks is the order of the problems a person can fix.
 */
export async function resolveInFolder(
  dir: string,
  name: string,
  world: World,
  maxBytes: number,
): Promise<Resolved> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(name)) return { ok: false, problem: 'web-address' };
  const root = path.resolve(dir);
  const file = path.resolve(root, name);
  if (!isInside(root, file)) return { ok: false, problem: 'outside', file };
  const info = await world.info(file);
  if (!info) return { ok: false, problem: 'not-found', file };
  let real: string;
  try {
    real = await world.realpath(file);
    const realRoot = await world.realpath(root);
    if (!isInside(realRoot, real)) return { ok: false, problem: 'links-outside', file, info };
  } catch {
    return { ok: false, problem: 'not-found', file };
  }
  if (!info.isFile) return { ok: false, problem: 'not-a-file', file, info };
  if (info.size > maxBytes) return { ok: false, problem: 'too-big', file, info };
  return { ok: true, file, info };
}

/** True when `file` is strictly below `dir` (both absolute, already normalised). */
export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
