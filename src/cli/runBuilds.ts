/**
 * Runs sheet builds in this process or across N child processes, handing each result to
 * `onResult`. Child processes, not worker threads: a thread that has loaded the native canvas
 * module (charts) crashes Node when it is torn down (segmentation fault, Node 20, canvas 3).
 *
 * A child that dies (killed by the out-of-memory killer, a crash in native code) fails only the
 * sheet it was building: that sheet is tried once more in a fresh child, and if that one dies
 * too, the sheet fails with a message saying how the process ended. The batch always finishes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { error } from '../diag/diagnostic.js';
import { defaultCaches } from '../engine.js';
import { diskWorld, type World } from '../world.js';
import { buildOne, type BuildOptions, type Job, type SheetResult } from './buildOne.js';

export async function runBuilds(
  jobs: Job[],
  opts: BuildOptions,
  parallel: number,
  onResult: (r: SheetResult) => void,
  world: World = diskWorld(),
): Promise<void> {
  if (parallel <= 1 || jobs.length <= 1) {
    // The process's caches: a watch rebuild or a second batch finds fonts and templates parsed.
    const caches = defaultCaches();
    for (const job of jobs) onResult(await buildOne(job, world, opts, caches));
    return;
  }
  const queue = [...jobs];
  const lanes = Array.from({ length: Math.min(parallel, jobs.length) }, () => lane(queue, opts, onResult));
  await Promise.all(lanes);
}

const CHILD = fileURLToPath(new URL('./buildChild.js', import.meta.url));

/** One child at a time takes jobs from the shared queue; a dead child is replaced by a fresh one. */
async function lane(queue: Job[], opts: BuildOptions, onResult: (r: SheetResult) => void): Promise<void> {
  const retried = new Set<Job>();
  let retry: Job | undefined;
  while (retry || queue.length) {
    const child = fork(CHILD, [], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const died = await serve(child, retry, queue, opts, onResult);
    retry = undefined;
    if (!died?.job) {
      if (died) continue;
      return;
    }
    if (retried.has(died.job)) onResult(deadChildResult(died.job, died.how));
    else {
      retried.add(died.job);
      retry = died.job;
    }
  }
}

interface Death {
  job?: Job;
  how: string;
}

/**
 * Feeds `child` the retried job first, then jobs from the queue, until the queue is empty
 * (resolves undefined) or the child dies (resolves with the job it was building, if any).
 */
function serve(
  child: ChildProcess,
  first: Job | undefined,
  queue: Job[],
  opts: BuildOptions,
  onResult: (r: SheetResult) => void,
): Promise<Death | undefined> {
  return new Promise((resolve) => {
    let current: Job | undefined;
    let finished = false;
    const next = () => {
      current = first ?? queue.shift();
      first = undefined;
      if (current) return send(child, { job: current, opts }, () => stop(`it could not be sent the sheet`));
      finished = true;
      send(child, 'done', () => child.kill());
      resolve(undefined);
    };
    const stop = (how: string) => {
      if (finished) return;
      finished = true;
      child.kill('SIGKILL');
      resolve({ job: current, how });
    };
    child.on('message', (r: SheetResult) => {
      onResult(r);
      next();
    });
    child.on('error', (e) => stop(`it failed: ${e.message}`));
    child.on('exit', (code, signal) =>
      stop(signal ? `it was killed (${signal})` : `it exited with code ${code}`),
    );
    next();
  });
}

function send(child: ChildProcess, message: unknown, onError: () => void): void {
  try {
    child.send(message as object, (e) => e && onError());
  } catch {
    onError();
  }
}

/** The sheet whose build process died twice: the likely causes and what to do. */
function deadChildResult(job: Job, how: string): SheetResult {
  const message = `the build process stopped while building ${job.file}, twice: ${how}`;
  const hint =
    'a process killed with SIGKILL was most likely out of memory: check the sheet for very large ' +
    'images, or build with --jobs 1 and more memory';
  return {
    file: job.file,
    outFile: job.outFile,
    status: 'failed',
    ms: 0,
    diagnostics: [
      error('worker-died', message, { span: { file: job.file, start: 0, end: 0, line: 1, col: 1 }, hint }),
    ],
  };
}
