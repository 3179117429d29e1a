/**
 * Runs sheet builds in this process or across N child processes, handing each result to
 * `onResult`. Child processes, not worker threads: a thread that has loaded the native canvas
 * module (charts) crashes Node when it is torn down (segmentation fault, Node 20, canvas 3).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultCaches } from '../engine.js';
import { diskWorld } from '../world.js';
import { buildOne, type BuildOptions, type Job, type SheetResult } from './buildOne.js';

export async function runBuilds(
  jobs: Job[],
  opts: BuildOptions,
  parallel: number,
  onResult: (r: SheetResult) => void,
): Promise<void> {
  if (parallel <= 1 || jobs.length <= 1) {
    const world = diskWorld();
    // The process's caches: a watch rebuild or a second batch finds fonts and templates parsed.
    const caches = defaultCaches();
    for (const job of jobs) onResult(await buildOne(job, world, opts, caches));
    return;
  }
  const queue = [...jobs];
  const child = fileURLToPath(new URL('./buildChild.js', import.meta.url));
  const children = Array.from({ length: Math.min(parallel, jobs.length) }, () =>
    fork(child, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  await Promise.all(children.map((c) => drain(c, queue, opts, onResult)));
}

function drain(
  c: ChildProcess,
  queue: Job[],
  opts: BuildOptions,
  onResult: (r: SheetResult) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let current: Job | undefined;
    const next = () => {
      current = queue.shift();
      if (current) c.send({ job: current, opts });
      else {
        c.send('done');
        resolve();
      }
    };
    c.on('message', (r: SheetResult) => {
      onResult(r);
      next();
    });
    c.on('exit', (code) => {
      if (current)
        reject(new Error(`a build process stopped (exit code ${code}) while building ${current.file}`));
    });
    next();
  });
}
