/**
 * Node 22.1 and newer keep the V8 bytecode of the modules they compile on disk
 * (`module.enableCompileCache`), so the next process reads it instead of compiling pdfkit,
 * fontkit, yaml, handlebars and our own code again: compiling is a large part of a cold build.
 * Kept beside the shaped text (FACTSHEET_CACHE_DIR, `off` for none); Node keys each entry by
 * its own version and the file's contents, so a changed file or Node is compiled afresh. On Node
 * 20 the function does not exist and nothing happens.
 */
import * as nodeModule from 'node:module';
import * as path from 'node:path';
import { cacheFolder } from '../persist/cacheDir.js';

type EnableCompileCache = (dir?: string) => unknown;

export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  const dir = cacheFolder(env);
  if (!enable || dir === undefined) return;
  try {
    enable(path.join(dir, 'compiled-code'));
  } catch {
    // A cache only saves time: without it the code is compiled as usual.
  }
}
