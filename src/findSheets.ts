/** Turns the paths a user gave (files or folders) into the sheet files to process, in stable order. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ORG_FILE } from './loadSheet.js';

export interface FoundFiles {
  sheets: string[];
  orgs: string[];
  /** Paths that do not exist: a usage error. */
  missing: string[];
}

/** Folders that hold a project's other files, never sheets. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'images', 'templates', 'fonts']);

export function findSheets(paths: readonly string[]): FoundFiles {
  const found: FoundFiles = { sheets: [], orgs: [], missing: [] };
  for (const p of paths) {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) found.missing.push(p);
    else if (st.isDirectory()) walk(p, found);
    else classify(p, found);
  }
  found.sheets = [...new Set(found.sheets)].sort();
  found.orgs = [...new Set(found.orgs)].sort();
  return found;
}

function walk(dir: string, found: FoundFiles): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full, found);
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) classify(full, found);
  }
}

function classify(file: string, found: FoundFiles): void {
  (path.basename(file) === ORG_FILE ? found.orgs : found.sheets).push(file);
}
