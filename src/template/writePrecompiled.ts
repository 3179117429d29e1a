/**
 * `npm run build` runs this after tsc: it writes `precompiled.js` beside itself in dist, over
 * tsc's output of `precompiled.ts`, holding the bundled templates compiled ahead of time.
 * Run as `node dist/template/writePrecompiled.js`.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEMPLATES_DIR } from '../paths.js';
import { precompiledSource } from './precompiledSource.js';

export const PRECOMPILED_FILE = fileURLToPath(new URL('./precompiled.js', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  fs.writeFileSync(PRECOMPILED_FILE, precompiledSource(TEMPLATES_DIR));
}
