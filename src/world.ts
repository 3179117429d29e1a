/**
 * All access to files and the clock goes through a World, so the pipeline can run on disk or
 * wholly in memory (a server, a test, a browser-like host), and always with a pinned clock
 * (byte-identical builds). Reads are async: a world may sit on a network store or a cache.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cached } from './cache.js';

export interface FileInfo {
  size: number;
  isFile: boolean;
  /** Last modification, in ms since 1970 (0 in memory worlds). */
  mtimeMs: number;
}

export interface World {
  readBytes(file: string): Promise<Uint8Array>;
  readText(file: string): Promise<string>;
  /** undefined when nothing is there. */
  info(file: string): Promise<FileInfo | undefined>;
  /**
   * Resolves symlinks so a path cannot escape its folder through a link (memory worlds: a folder
   * holding a file of the map is itself).
   */
  realpath(file: string): Promise<string>;
  /** The names in a folder, files and folders alike, sorted; [] when there is no such folder. */
  list(dir: string): Promise<string[]>;
  /** The build date: SOURCE_DATE_EPOCH when set, else the given fallback. */
  buildDate(fallback: Date): Date;
}

/** Reads the date from SOURCE_DATE_EPOCH (seconds since 1970), the reproducible-builds convention. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (!raw || !/^\d+$/.test(raw.trim())) return undefined;
  return new Date(Number(raw.trim()) * 1000);
}

/**
 * The files on disk. `blocking` reads them with synchronous calls: for a command-line batch,
 * which has nothing else to do meanwhile, each asynchronous read was four round trips through
 * libuv's thread pool, and the main thread sat idle for a tenth of a batch; a server keeps the
 * default, so one request's reads never hold up another's.
 */
export function diskWorld(env: NodeJS.ProcessEnv = process.env, blocking = false): World {
  const read = blocking ? async (file: string) => readRegularSync(file) : readRegular;
  return {
    readBytes: (file) => read(file),
    readText: async (file) => (await read(file)).toString('utf8'),
    async info(file) {
      try {
        const st = await fs.promises.stat(file);
        return { size: st.size, isFile: st.isFile(), mtimeMs: st.mtimeMs };
      } catch {
        return undefined;
      }
    },
    realpath: (file) => fs.promises.realpath(file),
    list: async (dir) => (await fs.promises.readdir(dir).catch(() => [] as string[])).sort(),
    buildDate: (fallback) => sourceDateEpoch(env) ?? fallback,
  };
}

/**
 * Reads a regular file. Opened non-blocking and checked with fstat before reading, so a path
 * swapped for a FIFO or a device after it was checked fails at once instead of hanging.
 */
async function readRegular(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile())
      throw Object.assign(new Error(`not a regular file: ${file}`), { code: 'ENOTREG' });
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function readRegularSync(file: string): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile())
      throw Object.assign(new Error(`not a regular file: ${file}`), { code: 'ENOTREG' });
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A world with nothing in it: what a memory world falls back to when it must touch no disk. */
export function emptyWorld(env: NodeJS.ProcessEnv = {}): World {
  const missing = (file: string) =>
    Promise.reject(Object.assign(new Error(`no such file: ${file}`), { code: 'ENOENT', path: file }));
  return {
    readBytes: missing,
    readText: missing,
    info: async () => undefined,
    realpath: missing,
    list: async () => [],
    buildDate: (fallback) => sourceDateEpoch(env) ?? fallback,
  };
}

/**
 * A world whose files are the given map (path → contents), for tests and for library users.
 * Files not in the map come from `base`: the disk by default, nothing with `emptyWorld()`
 * (then templates and fonts must be in the map too, under the engine's folders).
 */
export function memoryWorld(
  files: Record<string, string | Uint8Array>,
  base: World = diskWorld(),
  env?: NodeJS.ProcessEnv,
): World {
  const norm = (f: string) => path.resolve(f);
  const table = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v);
  const isFolder = (f: string) => [...table.keys()].some((k) => k.startsWith(`${norm(f)}${path.sep}`));
  return {
    readBytes: async (f) => (table.has(norm(f)) ? bytes(table.get(norm(f))!) : base.readBytes(f)),
    readText: async (f) =>
      table.has(norm(f)) ? Buffer.from(bytes(table.get(norm(f))!)).toString('utf8') : base.readText(f),
    info: async (f) =>
      table.has(norm(f))
        ? { size: bytes(table.get(norm(f))!).length, isFile: true, mtimeMs: 0 }
        : isFolder(f)
          ? { size: 0, isFile: false, mtimeMs: 0 }
          : base.info(f),
    realpath: async (f) => (table.has(norm(f)) || isFolder(f) ? norm(f) : base.realpath(f)),
    async list(dir) {
      const prefix = `${norm(dir)}${path.sep}`;
      const below = [...table.keys()].filter((k) => k.startsWith(prefix));
      const own = below.map((k) => k.slice(prefix.length).split(path.sep)[0]!);
      return [...new Set([...own, ...(await base.list(dir))])].sort();
    },
    buildDate: env ? (fallback) => sourceDateEpoch(env) ?? fallback : base.buildDate,
  };
}

/**
 * A world that asks about each file once (whether it is there, its size and time, a folder's
 * names, a real path) for one batch: a batch's sheets share their organisation file, images,
 * templates and fonts, and checking each of them again for every sheet cost the main thread
 * more time waiting on the disk than parsing a sheet. Contents are still read from `world` when
 * asked (a batch of sheets with photos of their own must not hold them all). Made for one run
 * and dropped with it: a watch rebuild makes a new one, so it sees every edit.
 */
export function batchWorld(world: World): World {
  const infos = new Map<string, Promise<FileInfo | undefined>>();
  const lists = new Map<string, Promise<string[]>>();
  const reals = new Map<string, Promise<string>>();
  return {
    readBytes: (file) => world.readBytes(file),
    readText: (file) => world.readText(file),
    info: (file) => cached(infos, file, (f) => world.info(f)),
    realpath: (file) => cached(reals, file, (f) => world.realpath(f)),
    list: (dir) => cached(lists, dir, (d) => world.list(d)),
    buildDate: (fallback) => world.buildDate(fallback),
  };
}
