import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defineConfig } from 'vitest/config';

// Bounds, not expectations of speed: a test that needs this long is stuck, not slow.
// `isolate: false` lets test files in one worker share loaded modules: fontkit, pdfkit, pdf.js
// and chart.js load once per worker instead of once per file, which halved the suite's time
// (57 s → 26 s of vitest on 2 CPUs). Nothing in src keeps state between calls that a test
// relies on; caches are keyed by their inputs.
export default defineConfig({
  // The repository, not this folder: paths below and on the command line are from there.
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests run alone (`npm run test:browser`, tests/vitest.browser.config.ts): see there.
    exclude: ['tests/**/*.e2e.test.ts', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    isolate: false,
    // Builds keep shaped text on disk (src/persist/shapeStore.ts): in a folder of this run, not
    // the user's cache. Inherited by the CLI processes tests start.
    env: { FACTSHEET_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-test-cache-')) },
  },
});
