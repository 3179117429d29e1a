/**
 * `npm run build` runs this after tsc: it writes `compiled.js` beside itself in dist, over tsc's
 * output of `compiled.ts`, so builds check sheets with code generated ahead of time and never
 * load TypeBox (see compiled.ts). Run as `node dist/schema/writeCompiled.js`.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledSource } from './compiledSource.js';

export const COMPILED_FILE = fileURLToPath(new URL('./compiled.js', import.meta.url));

/** The version is part of the file: a TypeBox update must regenerate it (a test compares). */
export function typeboxVersion(): string {
  // The package exports no package.json; its main file is build/cjs/index.js.
  const main = createRequire(import.meta.url).resolve('@sinclair/typebox');
  const file = path.join(path.dirname(main), '..', '..', 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  fs.writeFileSync(COMPILED_FILE, compiledSource(typeboxVersion()));
}
