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
 * bundled or not. Libraries stay where npm put them, imported as before: each is loaded once
 * either way, and pdfkit reads its font metrics from beside its own module. The library API
 * (dist/index.js) is not bundled: an application bundles it as it likes.
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

/** A bare specifier (a package or a Node built-in): left to Node to load, as unbundled. */
const isLibrary = (id: string) => !id.startsWith('.') && !path.isAbsolute(id);

export async function writeBundle(): Promise<void> {
  // Chunks of an earlier build are named by their contents: remove them, or they pile up.
  for (const f of fs.readdirSync(DIST)) if (f.startsWith(CHUNK_PREFIX)) fs.rmSync(path.join(DIST, f));
  const input = Object.fromEntries(
    Object.entries(BUNDLE_ENTRIES).map(([name, file]) => [name, path.join(DIST, file)]),
  );
  await build({
    input,
    platform: 'node',
    external: isLibrary,
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
