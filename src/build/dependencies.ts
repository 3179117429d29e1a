/**
 * Turns a loaded sheet into the list of files its PDF depends on, and those files into one
 * hash: sheet, organisation file, template (with partials and theme), fonts, images, plus the
 * tool's version and the build options. Same hash, same PDF.
 */
import { createHash } from 'node:crypto';
import type { BoundedCache } from '../cache.js';
import * as path from 'node:path';
import { fontFiles, type FontCache } from '../fonts/registry.js';
import type { LoadedSheet } from '../loadSheet.js';
import { FONTS_DIR, TEMPLATES_DIR } from '../paths.js';
import { templateFiles } from '../template/loadTemplate.js';
import { VERSION } from '../version.js';
import type { World } from '../world.js';

export async function sheetDependencies(
  loaded: LoadedSheet,
  world: World,
  dirs = { templates: TEMPLATES_DIR, fonts: FONTS_DIR },
  fonts?: FontCache,
): Promise<string[]> {
  const files = [
    loaded.file,
    loaded.orgFile,
    ...(await templateFiles(dirs.templates, loaded.sheet.template, world)),
    ...(await fontFiles(dirs.fonts, world, fonts)),
    ...[...loaded.images.values()].map((i) => i.file),
  ];
  return [...new Set(files.map((f) => path.resolve(f)))];
}

/** The engine's file hashes, by path: kept while a file's size and modification time stay. */
export type FileHashCache = BoundedCache<string, { stamp: string; hash: string }>;

/** sha256 of a file's bytes, remembered while its size and modification time stay the same. */
async function hashFile(file: string, world: World, fileHashes: FileHashCache): Promise<string> {
  const info = await world.info(file);
  const stamp = `${info?.size}:${info?.mtimeMs}`;
  const hit = fileHashes.get(file);
  if (hit?.stamp === stamp) return hit.hash;
  const hash = info ? createHash('sha256').update(await world.readBytes(file)).digest('hex') : 'missing';
  fileHashes.set(file, { stamp, hash });
  return hash;
}

export async function dependencyHash(
  files: readonly string[],
  options: object,
  world: World,
  fileHashes: FileHashCache,
): Promise<string> {
  const h = createHash('sha256').update(`factsheet ${VERSION}\n${JSON.stringify(options)}\n`);
  for (const f of [...files].sort()) h.update(`${f}\n${await hashFile(f, world, fileHashes)}\n`);
  return h.digest('hex');
}
