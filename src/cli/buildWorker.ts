/** A worker thread of a batch build: builds the sheets it is sent, one message per result. */
import { parentPort } from 'node:worker_threads';
import { defaultCaches } from '../engine.js';
import { userShapeStore } from '../persist/shapeStore.js';
import { batchWorld, diskWorld } from '../world.js';
import { buildOne, type BuildOptions, type Job } from './buildOne.js';

// This thread is one engine: its world and caches serve every sheet it is sent. A worker
// lives for one batch, so its world asks about each file once (see batchWorld).
const world = batchWorld(diskWorld(process.env, true));
const caches = defaultCaches();
caches.shapeStore ??= userShapeStore();

type Message = { job: Job; opts: BuildOptions } | 'done';

// buildOne never throws (a failure is a failed result), so every job gets an answer. 'done'
// comes once the queue is empty, never while a job is being built.
parentPort!.on('message', (msg: Message) => {
  if (msg === 'done') {
    caches.shapeStore?.save();
    process.exit(0); // in a worker thread: ends this thread, not the process
    return;
  }
  void buildOne(msg.job, world, msg.opts, caches).then((result) => parentPort!.postMessage(result));
});
