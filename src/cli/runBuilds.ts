/**
 * Runs sheet builds in this process or across worker threads, handing each result to
 * `onResult`. Each worker is one engine: it loads the pipeline and parses the fonts once, then
 * builds the sheets it is sent with warm caches. Threads, not processes: charts need no native
 * module any more (they are drawn onto our recording canvas), and a thread starts without
 * booting a second Node.
 *
 * Starting a worker costs what a cold build costs (loading the libraries, parsing the fonts),
 * so a small batch is built here, in this process; workers are started only from BREAK_EVEN
 * sheets on (measured by `npm run bench`), unless --jobs asks for them.
 *
 * A worker that dies (an uncaught error, its heap exhausted, a crash in a library) fails only
 * the sheet it was building: that sheet is tried once more in a fresh worker, and if that one
 * dies too, the sheet fails with a message saying how the worker ended. The batch always ends.
 */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { error } from '../diag/diagnostic.js';
import { batchWorld, diskWorld, type World } from '../world.js';
import type { BuildOptions, Job, SheetResult } from './buildOne.js';
import { removeTempsOfThread } from './writeAtomic.js';
import { ThumbnailThread } from '../preview/thumbnailThread.js';
import { userShapeStore } from '../persist/shapeStore.js';

/**
 * Below this many sheets the batch is built in this thread. Each worker pays a cold start
 * (loading the libraries, parsing the fonts: about 1 s of CPU on a quiet 2-core machine, 2 s
 * under load) that this thread pays once anyway; a warm sheet costs 60–150 ms with its
 * thumbnail. With cores free, two workers gain n/2 warm sheets' time; with the cores busy (CI
 * runners shared, measured here at load 9–12) the second cold start is pure cost and workers
 * lost at every size tried (2–20 sheets, CPU time +2–3.5 s). Under 6 sheets the gain is at
 * most a quarter of a second, less than that risk.
 */
export const BREAK_EVEN = 6;

/**
 * How many lanes to build `sheets` sheets in: `jobs` as given (--jobs N), or by default one per
 * CPU that is free (CPUs less the load average, as `make -l` reckons) from BREAK_EVEN sheets on,
 * and never more lanes than sheets. 1 means this thread. On a machine busy with other work a
 * second worker only adds its cold start (see BREAK_EVEN), so the batch stays here.
 */
export function lanesFor(
  sheets: number,
  jobs: number | undefined,
  cpus = os.availableParallelism(),
  load = os.loadavg()[0]!, // 0 where there is none (Windows): every CPU counts as free
): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, sheets));
  if (sheets < BREAK_EVEN) return 1;
  const free = Math.round(cpus - load);
  return Math.max(1, Math.min(free, sheets));
}

export async function runBuilds(
  jobs: Job[],
  opts: BuildOptions,
  parallel: number | undefined,
  onResult: (r: SheetResult) => void,
  world: World = diskWorld(process.env, true),
): Promise<void> {
  const lanes = lanesFor(jobs.length, parallel);
  // One thread draws every thumbnail, whatever builds the sheets: MuPDF is loaded once per
  // batch (each copy holds some 60–90 MB), and a worker only builds.
  const thumbnails = opts.thumbnail && jobs.length ? new ThumbnailThread() : undefined;
  const drawn: Promise<void>[] = [];
  const report = (r: SheetResult) => {
    if (thumbnails && r.status === 'built' && r.hash)
      drawn.push(thumbnails.draw(opts.out, r.hash, r.outFile).then((ok) => void (r.thumbnail = ok)));
    onResult(r);
  };
  const built = { ...opts, thumbnail: !thumbnails && opts.thumbnail };
  try {
    if (lanes <= 1) await buildHere(jobs, built, report, world);
    else {
      const queue = [...jobs];
      await Promise.all(Array.from({ length: lanes }, () => lane(queue, built, report)));
    }
    // A result's `thumbnail` is set before this resolves: the contact sheet, written next, reads it.
    await Promise.all(drawn);
  } finally {
    await thumbnails?.close();
  }
}

/** Builds the jobs one after another in this thread. */
async function buildHere(
  jobs: Job[],
  opts: BuildOptions,
  onResult: (r: SheetResult) => void,
  world: World,
): Promise<void> {
  // Imported here: a batch built by workers never loads the pipeline into this thread.
  const [{ buildOne }, { defaultCaches }] = await Promise.all([
    import('./buildOne.js'),
    import('../engine.js'),
  ]);
  // The process's caches: a watch rebuild or a second batch finds fonts and templates parsed.
  const caches = defaultCaches();
  caches.shapeStore ??= userShapeStore();
  const batch = batchWorld(world);
  for (const job of jobs) onResult(await buildOne(job, batch, opts, caches));
  caches.shapeStore?.save();
}

/**
 * The worker's code. Run from TypeScript source (the test runner), this module has no compiled
 * neighbour, and Node cannot start a thread on a .ts file: the worker is then the compiled copy
 * in dist/ (`npm test` compiles first).
 */
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/cli/buildWorker.js', import.meta.url)
  : new URL('./buildWorker.js', import.meta.url);

/**
 * A worker's young generation held to 16 MB (V8 lets it grow to 48 here): a build allocates in
 * small short-lived pieces, and with two workers the process peaked at 294–299 MB instead of
 * 337–352 MB (40 sheets, two runs each at load 10), in the same time within the noise.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** One worker at a time takes jobs from the shared queue; a dead worker is replaced by a fresh one. */
async function lane(queue: Job[], opts: BuildOptions, onResult: (r: SheetResult) => void): Promise<void> {
  const retried = new Set<Job>();
  let retry: Job | undefined;
  while (retry || queue.length) {
    const worker = new Worker(WORKER, { resourceLimits: WORKER_LIMITS });
    const thread = worker.threadId; // -1 once the worker has stopped
    const died = await serve(worker, retry, queue, opts, onResult);
    // A worker that died mid-write left its temporary file; nobody else will finish it.
    if (died) removeTempsOfThread(opts.out, thread);
    retry = undefined;
    if (!died?.job) {
      if (died) continue;
      return;
    }
    if (retried.has(died.job)) onResult(deadWorkerResult(died.job, died.how));
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
 * Feeds `worker` the retried job first, then jobs from the queue, until the queue is empty
 * (resolves undefined) or the worker dies (resolves with the job it was building, if any).
 */
function serve(
  worker: Worker,
  first: Job | undefined,
  queue: Job[],
  opts: BuildOptions,
  onResult: (r: SheetResult) => void,
): Promise<Death | undefined> {
  return new Promise((resolve) => {
    let current: Job | undefined;
    let finished = false;
    let failure: Error | undefined;
    const next = () => {
      current = first ?? queue.shift();
      first = undefined;
      if (current)
        return post(worker, { job: current, opts }, (e) => stop(`it could not be sent the sheet: ${e}`));
      // No more work: the worker saves what it keeps on disk and ends; its exit resolves.
      finished = true;
      post(worker, 'done', () => void worker.terminate());
    };
    const stop = (how: string) => {
      if (finished) return;
      finished = true;
      void worker.terminate();
      resolve({ job: current, how });
    };
    worker.on('message', (r: SheetResult) => {
      onResult(r);
      next();
    });
    // 'error' comes before 'exit' when the worker dies of an uncaught error or of its heap.
    worker.on('error', (e) => {
      failure = e;
    });
    worker.on('exit', (code) => (finished ? resolve(undefined) : stop(howItEnded(code, failure))));
    next();
  });
}

function howItEnded(code: number, failure: Error | undefined): string {
  const oom = (failure as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  if (oom) return 'it ran out of memory';
  if (failure) return `it failed: ${failure.message}`;
  return `it stopped with exit code ${code}`;
}

function post(worker: Worker, message: unknown, onError: (e: string) => void): void {
  try {
    worker.postMessage(message);
  } catch (e) {
    onError(e instanceof Error ? e.message : String(e));
  }
}

/** The sheet whose build worker died twice: the likely causes and what to do. */
function deadWorkerResult(job: Job, how: string): SheetResult {
  const message = `the build worker stopped while building ${job.file}, twice: ${how}`;
  const hint =
    'a worker that ran out of memory was most likely given very large images: check the ' +
    "sheet's images, or build with --jobs 1 and more memory";
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
