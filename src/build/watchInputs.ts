/**
 * Turns the sheets under some paths into a watch on everything their PDFs depend on (the sheets,
 * org files, templates, fonts, images: the same list the build hashes), calling back, debounced,
 * after a change. Shared by `build --watch` and `preview`; it watches folders, not files,
 * because editors save by replacing the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { findSheets } from '../findSheets.js';
import { readSheet } from '../loadSheet.js';
import { FONTS_DIR, TEMPLATES_DIR } from '../paths.js';
import { diskWorld } from '../world.js';
import { sheetDependencies } from './dependencies.js';

export const DEBOUNCE_MS = 100;

export interface InputDirs {
  templatesDir?: string;
  fontsDir?: string;
}

export interface InputWatch {
  /** Watches the folders of the inputs as they are now (new images, another template); resolves
   * once the new folders are being watched. */
  refresh(): Promise<void>;
  close(): Promise<void>;
  /** How many folders are watched. */
  readonly size: number;
}

/**
 * Our own writes (PDFs, page images, the contact sheet, temporary files, the manifest) and
 * editors' scratch files (vim's swap files and its `4913` probe, emacs's `.#x` locks, `x~`
 * backups) are not changes.
 */
const IGNORED = /\.(pdf|png|html|swp|swx|tmp)$|~$|(^|[\\/])(\.factsheet-|\.#|4913$)/;

/**
 * chokidar rather than fs.watch: an editor's atomic save (write a temporary file, rename it
 * over the sheet) arrives as one change, a file still being written is waited for, and
 * FACTSHEET_WATCH_POLL=1 polls, for network drives where change events never come.
 */
export function watchInputs(roots: string[], dirs: InputDirs, onChange: () => void): InputWatch {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };
  return {
    async refresh() {
      const ready: Promise<void>[] = [];
      for (const folder of await inputFolders(roots, dirs)) {
        if (watchers.has(folder) || !fs.existsSync(folder)) continue;
        const watcher = watch(folder, {
          depth: 0,
          ignoreInitial: true,
          atomic: true,
          awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
          usePolling: process.env.FACTSHEET_WATCH_POLL === '1',
          ignored: (file) => IGNORED.test(path.basename(file)),
        });
        // Listening only once chokidar has scanned the folder: a change before that is lost.
        ready.push(new Promise<void>((resolve) => watcher.once('ready', () => resolve())));
        watcher.on('all', schedule);
        watcher.on('error', () => watchers.delete(folder)); // watched again on the next refresh
        watchers.set(folder, watcher);
      }
      await Promise.all(ready);
    },
    async close() {
      clearTimeout(timer);
      await Promise.all([...watchers.values()].map((w) => w.close()));
      watchers.clear();
    },
    get size() {
      return watchers.size;
    },
  };
}

/** The folders holding the sheets and what they depend on. */
export async function inputFolders(roots: string[], dirs: InputDirs): Promise<Set<string>> {
  const world = diskWorld();
  const deps = { templates: dirs.templatesDir ?? TEMPLATES_DIR, fonts: dirs.fontsDir ?? FONTS_DIR };
  const folderOf = (r: string) =>
    fs.statSync(r, { throwIfNoEntry: false })?.isDirectory() ? r : path.dirname(r);
  const folders = new Set<string>(roots.map((r) => path.resolve(folderOf(r))));
  for (const file of findSheets(roots).sheets) {
    folders.add(path.dirname(path.resolve(file)));
    try {
      const loaded = (await readSheet(file, world)).value;
      const found = loaded ? await sheetDependencies(loaded, world, deps) : [];
      for (const dep of found) folders.add(path.dirname(dep));
    } catch {
      // an unreadable sheet: its folder is watched, so fixing it triggers a build that says why
    }
  }
  return folders;
}
