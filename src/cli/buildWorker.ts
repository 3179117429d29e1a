/** A worker thread of a batch build: builds the sheets it is sent, one message per result. */
import { parentPort } from 'node:worker_threads';
import { defaultCaches } from '../engine.js';
import { diskWorld } from '../world.js';
import { buildOne, type BuildOptions, type Job } from './buildOne.js';

// This thread is one engine: its world and caches serve every sheet it is sent.
const world = diskWorld();
const caches = defaultCaches();

// buildOne never throws (a failure is a failed result), so every job gets an answer.
parentPort!.on('message', ({ job, opts }: { job: Job; opts: BuildOptions }) => {
  void buildOne(job, world, opts, caches).then((result) => parentPort!.postMessage(result));
});
