/** A child process of `build --jobs N`: builds the sheets it is sent, one message per result. */
import { defaultCaches } from '../engine.js';
import { diskWorld } from '../world.js';
import { buildOne, type BuildOptions, type Job } from './buildOne.js';

// This process is one engine: its world and caches serve every sheet it is sent.
const world = diskWorld();
const caches = defaultCaches();

process.on('message', (msg: { job?: Job; opts: BuildOptions } | 'done') => {
  if (msg === 'done') {
    process.disconnect();
    return;
  }
  const { job, opts } = msg;
  if (!job) return;
  buildOne(job, world, opts, caches).then(
    (result) => process.send!(result),
    (e: unknown) =>
      process.send!({
        file: job.file,
        outFile: job.outFile,
        status: 'failed',
        ms: 0,
        diagnostics: [
          {
            severity: 'error',
            code: 'internal',
            message: `internal error: ${e instanceof Error ? e.message : String(e)}`,
          },
        ],
      }),
  );
});
