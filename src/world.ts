/**
 * All access to files and the clock goes through a World, so the pipeline can run on disk,
 * in memory (tests), and always with a pinned clock (byte-identical builds).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FileInfo {
  size: number;
  isFile: boolean;
  /** Last modification, in ms since 1970 (0 in memory worlds). */
  mtimeMs: number;
}

export interface World {
  readBytes(file: string): Uint8Array;
  readText(file: string): string;
  /** undefined when nothing is there. */
  info(file: string): FileInfo | undefined;
  /** Resolves symlinks so a path cannot escape its folder through a link (memory worlds: a folder holding a file of the map is itself). */
  realpath(file: string): string;
  /** The build date: SOURCE_DATE_EPOCH when set, else the given fallback. */
  buildDate(fallback: Date): Date;
}

/** Reads the date from SOURCE_DATE_EPOCH (seconds since 1970), the reproducible-builds convention. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (!raw || !/^\d+$/.test(raw.trim())) return undefined;
  return new Date(Number(raw.trim()) * 1000);
}

export function diskWorld(env: NodeJS.ProcessEnv = process.env): World {
  return {
    readBytes: (file) => readRegular(file),
    readText: (file) => readRegular(file).toString('utf8'),
    info(file) {
      try {
        const st = fs.statSync(file);
        return { size: st.size, isFile: st.isFile(), mtimeMs: st.mtimeMs };
      } catch {
        return undefined;
      }
    },
    realpath: (file) => fs.realpathSync(file),
    buildDate: (fallback) => sourceDateEpoch(env) ?? fallback,
  };
}

/**
 * Reads a regular file. Opened non-blocking and checked with fstat before reading, so a path
 * swapped for a FIFO or a device after it was checked fails at once instead of hanging.
 */
function readRegular(file: string): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile())
      throw Object.assign(new Error(`not a regular file: ${file}`), { code: 'ENOTREG' });
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A world whose files are the given map (path → contents), for tests and for library users. */
export function memoryWorld(
  files: Record<string, string | Uint8Array>,
  base: World = diskWorld(),
  env?: NodeJS.ProcessEnv,
): World {
  const norm = (f: string) => path.resolve(f);
  const table = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v);
  return {
    readBytes: (f) => (table.has(norm(f)) ? bytes(table.get(norm(f))!) : base.readBytes(f)),
    readText: (f) =>
      table.has(norm(f)) ? Buffer.from(bytes(table.get(norm(f))!)).toString('utf8') : base.readText(f),
    info: (f) =>
      table.has(norm(f))
        ? { size: bytes(table.get(norm(f))!).length, isFile: true, mtimeMs: 0 }
        : base.info(f),
    realpath: (f) =>
      table.has(norm(f)) || [...table.keys()].some((k) => k.startsWith(`${norm(f)}${path.sep}`))
        ? norm(f)
        : base.realpath(f),
    buildDate: env ? (fallback) => sourceDateEpoch(env) ?? fallback : base.buildDate,
  };
}
