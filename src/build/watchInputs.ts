/**
 * Turns the sheets under some paths into a watch on everything their PDFs depend on (the sheets,
 * org files, templates, fonts, images: the same list the build hashes), calling back, debounced,
 * after a change. Shared by `build --watch` and `preview`; it watches folders, not files,
 * because editors save by replacing the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
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
  /** Watches the folders of the inputs as they are now (new images, another template). */
  refresh(): void;
  close(): void;
  /** How many folders are watched. */
  readonly size: number;
}

export function watchInputs(roots: string[], dirs: InputDirs, onChange: () => void): InputWatch {
  const watchers = new Map<string, fs.FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };
  return {
    refresh() {
      for (const folder of inputFolders(roots, dirs)) {
        if (watchers.has(folder) || !fs.existsSync(folder)) continue;
        const watcher = fs.watch(folder, (_event, name) => {
          // Our own writes (PDFs, page images, temporary files, the manifest) are not changes.
          if (name && !/\.(pdf|png|html)$|^\.factsheet-/.test(String(name))) schedule();
        });
        watcher.on('error', () => watchers.delete(folder)); // a folder removed: watched again on refresh
        watchers.set(folder, watcher);
      }
    },
    close() {
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
    get size() {
      return watchers.size;
    },
  };
}

/** The folders holding the sheets and what they depend on. */
export function inputFolders(roots: string[], dirs: InputDirs): Set<string> {
  const world = diskWorld();
  const deps = { templates: dirs.templatesDir ?? TEMPLATES_DIR, fonts: dirs.fontsDir ?? FONTS_DIR };
  const folderOf = (r: string) =>
    fs.statSync(r, { throwIfNoEntry: false })?.isDirectory() ? r : path.dirname(r);
  const folders = new Set<string>(roots.map((r) => path.resolve(folderOf(r))));
  for (const file of findSheets(roots).sheets) {
    folders.add(path.dirname(path.resolve(file)));
    try {
      const loaded = readSheet(file, world).value;
      if (loaded) for (const dep of sheetDependencies(loaded, world, deps)) folders.add(path.dirname(dep));
    } catch {
      // an unreadable sheet: its folder is watched, so fixing it triggers a build that says why
    }
  }
  return folders;
}
