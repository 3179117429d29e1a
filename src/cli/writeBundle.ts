/**
 * Run by `npm run build`, after the compiler and the generators: bundles the command line's own
 * modules (not the libraries) into a few files in dist/, so the `factsheet` command, its lanes
 * and its thumbnail process each load a handful of files instead of some 150 modules. Node's
 * ES module loader resolves, reads and links each module on its own; importing what a build
 * needs took 191–243 ms bundled against 259–342 ms unbundled on Node 24 (328–423 against
 * 385–559 ms on Node 20; 6 interleaved runs each).
 *
 * The entries are written beside dist/paths.js (dist/factsheet.js, dist/factsheet-lane.js,
 * dist/factsheet-thumbnails.js, chunks dist/factsheet-chunk-*.js), so that every path a module
 * works out from its own location (the package root, the shaping code it hashes) is the same
 * bundled or not. The library API (dist/index.js) is not bundled: an application bundles it as
 * it likes.
 *
 * Two libraries go into the bundle with our code (BUNDLED_LIBRARIES); the others stay where npm
 * put them, imported as before. pdfkit reads its font metrics from beside its own module, the
 * WebAssembly and native ones load files of their own, and fontkit and the Unicode tables it
 * shares with pdfkit must stay one copy each: bundled beside an external pdfkit, they would be
 * loaded twice (an earlier attempt that bundled them measured no gain).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const DIST = fileURLToPath(new URL('../', import.meta.url));

/** The bundled entries, by name (dist/NAME.js), and the compiled module each one starts from. */
export const BUNDLE_ENTRIES = {
  factsheet: 'cli.js',
  'factsheet-lane': 'cli/buildWorker.js',
  'factsheet-thumbnails': 'preview/thumbnailWorker.js',
} as const;

const CHUNK_PREFIX = 'factsheet-chunk-';

/**
 * Libraries of many small modules (yaml 72, handlebars 32 with its source-map 10) that no
 * library left outside imports. Bundled, a cold one-sheet build took 0.525 against 0.56 s on
 * Node 24 and 0.75 against 0.78 s on Node 20 (medians of 12 interleaved runs each); with the
 * rest of the libraries that share nothing with pdfkit bundled too, 0.745 against 0.80 and
 * 0.755 against 0.785 s, 0.965 against 1.05 and 0.89 against 0.94 s. The PDFs are the same bytes.
 */
const BUNDLED_LIBRARIES = new Set(['yaml', 'handlebars', 'source-map']);

const packageOf = (id: string) => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');

/** A bare specifier (a package or a Node built-in) left to Node to load, as unbundled. */
const isExternal = (id: string) =>
  !id.startsWith('.') && !path.isAbsolute(id) && !BUNDLED_LIBRARIES.has(packageOf(id));

export async function writeBundle(): Promise<void> {
  // Chunks of an earlier build are named by their contents: remove them, or they pile up.
  for (const f of fs.readdirSync(DIST)) if (f.startsWith(CHUNK_PREFIX)) fs.rmSync(path.join(DIST, f));
  const input = Object.fromEntries(
    Object.entries(BUNDLE_ENTRIES).map(([name, file]) => [name, path.join(DIST, file)]),
  );
  await build({
    input,
    platform: 'node',
    external: isExternal,
    logLevel: 'warn',
    output: {
      dir: DIST,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: `${CHUNK_PREFIX}[hash].js`,
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  await writeBundle();
}
