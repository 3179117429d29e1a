/**
 * A lane process of a batch build (see runBuilds.ts): builds the sheets it is sent, one message
 * per result. It is one engine: its world and caches serve every sheet it is sent, and as it
 * lives for one batch, its world asks about each file once (see batchWorld).
 */
import { enableCompileCache } from './compileCache.js';
import type { BuildOptions, Job, SheetResult } from './buildOne.js';

type Message = { job: Job; opts: BuildOptions } | 'done';

interface Engine {
  build(job: Job, opts: BuildOptions): Promise<SheetResult>;
  save(): void;
}

async function loadEngine(): Promise<Engine> {
  const [engine, store, worlds, { buildOne }] = await Promise.all([
    import('../engine.js'),
    import('../persist/shapeStore.js'),
    import('../world.js'),
    import('./buildOne.js'),
  ]);
  const world = worlds.batchWorld(worlds.diskWorld(process.env, true));
  const caches = engine.defaultCaches();
  caches.shapeStore ??= store.userShapeStore();
  return { build: (job, opts) => buildOne(job, world, opts, caches), save: () => caches.shapeStore?.save() };
}

// Before the pipeline is imported, as the CLI does (Node 22.1 and newer).
enableCompileCache();
const engine = loadEngine();

// Listening from the start: the first job may come before the pipeline is loaded. Jobs are
// built one at a time, in the order sent (the parent sends the next before this one is done).
// buildOne never throws (a failure is a failed result), so every job gets an answer; 'done'
// comes once the queue is empty and every job sent has been answered.
let turn: Promise<unknown> = engine;
process.on('message', (msg: Message) => {
  turn = turn.then(async () => {
    const e = await engine;
    if (msg !== 'done') return void process.send!(await e.build(msg.job, msg.opts));
    e.save();
    process.exit(0);
  });
});
// The build that started this lane has gone (killed, or it failed): so does the lane.
process.on('disconnect', () => process.exit(0));
