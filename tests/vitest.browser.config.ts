import * as path from 'node:path';
import { defineConfig } from 'vitest/config';

// The browser tests (Debian's chromium through playwright-core) run by themselves, after the rest
// of the suite (`npm run test:browser`, called by .ci/run): they bound how soon a saved change
// shows in the open page (2 s), and on a 2-CPU machine that bound should measure the preview,
// not the other test files competing for the CPUs.
export default defineConfig({
  // The repository, not this folder: paths below and on the command line are from there.
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
