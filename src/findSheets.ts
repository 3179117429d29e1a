/** Turns the paths a user gave (files or folders) into the sheet files to process, in stable order. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { error, warning, type Diagnostic } from './diag/diagnostic.js';
import { isInside } from './load/resolveFile.js';
import { ORG_FILE } from './load/orgFile.js';

export interface FoundFiles {
  sheets: string[];
  orgs: string[];
  /** Paths that do not exist: a usage error. */
  missing: string[];
  /**
   * Per sheet, its output name without extension, `/`-separated: the sheet's path relative to
   * the build root (the folder given, or the common folder of all folders given), so
   * `sheets/a/x.yaml` is `a/x` when `sheets` was given; a file given by itself is its base name.
   * Two sheets may get the same name (`x.yml` beside `x.yaml`): see `outputCollisions`.
   */
  names: Map<string, string>;
  /**
   * Links met while searching folders that are not built, each with the reason: a sheet link
   * leading out of the folder given, or to nothing (errors, at the link), and links to folders,
   * which are not searched (warnings). Nothing found is skipped without a word.
   */
  refused: Diagnostic[];
}

/** Folders that hold a project's other files, never sheets. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'images', 'templates', 'fonts']);

export function findSheets(paths: readonly string[]): FoundFiles {
  const found: FoundFiles = { sheets: [], orgs: [], missing: [], names: new Map(), refused: [] };
  const files: string[] = [];
  const dirs: string[] = [];
  for (const p of paths) {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) found.missing.push(p);
    else if (st.isDirectory()) dirs.push(p);
    else files.push(p);
  }
  const root = commonFolder(dirs.map((d) => path.resolve(d)));
  for (const dir of dirs) {
    const before = found.sheets.length;
    walk(dir, found, realRoot(dir));
    for (const sheet of found.sheets.slice(before))
      found.names.set(sheet, outputName(path.relative(root, path.resolve(sheet))));
  }
  for (const file of files) {
    classify(file, found);
    // A sheet also inside a folder given keeps its folder-relative name, whatever the order of the paths.
    if (!found.names.has(file)) found.names.set(file, outputName(path.basename(file)));
  }
  found.sheets = [...new Set(found.sheets)].sort();
  found.orgs = [...new Set(found.orgs)].sort();
  return found;
}

const outputName = (relative: string) =>
  relative
    .replace(/\.ya?ml$/i, '')
    .split(path.sep)
    .join('/');

/** The deepest folder holding all of `dirs` (absolute paths). */
function commonFolder(dirs: string[]): string {
  const [first, ...rest] = dirs;
  if (first === undefined) return '';
  let parts = first.split(path.sep);
  for (const d of rest) {
    const other = d.split(path.sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(path.sep) || path.parse(first).root;
}

/**
 * Groups of sheets that would write the same output, compared without case (on macOS and
 * Windows `X.pdf` and `x.pdf` are one file): `x.yml` beside `x.yaml`, or two files given by
 * themselves with the same name, or `x.overflow.yaml` beside `x.yaml` (whose overflow proof is
 * `x.overflow.pdf`). Each group is sorted; sheets not in any group are fine.
 */
export function outputCollisions(found: Pick<FoundFiles, 'sheets' | 'names'>): Collision[] {
  const byName = new Map<string, string[]>();
  const add = (key: string, sheet: string) => byName.set(key, [...(byName.get(key) ?? []), sheet]);
  for (const sheet of found.sheets) {
    const name = found.names.get(sheet)!.toLowerCase();
    add(name, sheet);
    // A sheet that does not fit writes NAME.overflow.pdf instead: a sheet named that would lose its PDF.
    add(`${name}${PROOF_SUFFIX}`, sheet);
  }
  const collisions = new Map<string, Collision>();
  for (const [name, sheets] of byName) {
    // The same file reached by two spellings (`sheets` and `./sheets/x.yaml`) is not a collision.
    if (new Set(sheets.map((f) => path.resolve(f))).size < 2) continue;
    const key = [...sheets].sort().join('\n');
    if (!collisions.has(key)) collisions.set(key, { name, sheets: [...sheets].sort() });
  }
  return [...collisions.values()];
}

/** The name part that marks an overflow proof (`x.overflow.pdf`), as buildOne writes it. */
export const PROOF_SUFFIX = '.overflow';

/** Sheets that would write one output file, `name` (lower case, without `.pdf`). */
export interface Collision {
  name: string;
  sheets: string[];
}

function walk(dir: string, found: FoundFiles, root: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.'))
      walk(full, found, root);
    else if (entry.isSymbolicLink()) followLink(full, found, root);
    // A FIFO or device named like a sheet is one too: reading refuses it with a message, unopened.
    else if (!entry.isDirectory() && SHEET_NAME.test(entry.name)) classify(full, found);
  }
}

const SHEET_NAME = /\.ya?ml$/i;

const realRoot = (dir: string) => fs.realpathSync(path.resolve(dir));

/**
 * A link found in a folder: a sheet link whose target is a file inside the folder given is a
 * sheet like any other; one leading out of it, or to nothing, is an error at the link (the
 * same inside-the-tree rule as for the files a sheet names); a link to a folder is not
 * searched (links could loop, or reach a sheet twice), and says so.
 */
function followLink(link: string, found: FoundFiles, root: string): void {
  const at = { file: link, start: 0, end: 0, line: 1, col: 1 };
  let real: string;
  try {
    real = fs.realpathSync(link);
  } catch {
    if (SHEET_NAME.test(link))
      found.refused.push(error('sheet-link', `${link} links to a file that does not exist`, { span: at }));
    return;
  }
  const isDir = fs.statSync(real).isDirectory();
  const name = path.basename(link);
  // A linked images/ or out/ folder is skipped like a real one: nothing to say about it.
  if (isDir && (SKIP_DIRS.has(name) || name.startsWith('.'))) return;
  if (isDir) {
    const hint = 'give the folder it links to on the command line to build its sheets';
    found.refused.push(
      warning('sheet-link', `${link} is a link to a folder; its sheets are not searched`, { span: at, hint }),
    );
  } else if (!SHEET_NAME.test(link)) return;
  else if (!isInside(root, real)) {
    const hint = 'copy the sheet into the folder, or give the file itself on the command line';
    found.refused.push(
      error('sheet-link', `${link} links to a file outside the folder being built`, { span: at, hint }),
    );
  } else classify(link, found);
}

function classify(file: string, found: FoundFiles): void {
  (path.basename(file) === ORG_FILE ? found.orgs : found.sheets).push(file);
}
