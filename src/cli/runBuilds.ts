/**
 * Runs sheet builds in this process or across lane processes, handing each result to
 * `onResult`. Each lane is one engine: it loads the pipeline and parses the fonts once, then
 * builds the sheets it is sent with warm caches. Processes, not worker threads: each lane's
 * memory is its own (two engines as threads of one process peaked at 300–330 MB in a batch of
 * 100), its young generation can be sized (a thread's only capped), and a crash in a library's
 * native or WebAssembly code ends one lane, not the build. A process costs a Node start more
 * than a thread (40–50 ms here, on the other CPU).
 *
 * Starting a lane costs what a cold build costs (loading the libraries, parsing the fonts),
 * so a small batch is built here, in this process; lanes are started only from BREAK_EVEN
 * sheets on (measured by `npm run bench`), unless --jobs asks for them.
 *
 * A lane that dies (an uncaught error, its heap exhausted, a crash in a library) fails only
 * the sheet it was building: that sheet is tried once more in a fresh lane, and if that one
 * dies too, the sheet fails with a message saying how the lane ended. The batch always ends.
 */
import type { ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import { error } from '../diag/diagnostic.js';
import { batchWorld, diskWorld, type World } from '../world.js';
import type { BuildOptions, Job, SheetResult } from './buildOne.js';
import { childEntry, forkModule } from './forkModule.js';
import { removeTempsOf } from './writeAtomic.js';
import { ThumbnailPool } from '../preview/thumbnailProcess.js';
import { userShapeStore } from '../persist/shapeStore.js';

/**
 * Below this many sheets the batch is built in this process. Each lane pays a cold start
 * (loading the libraries, parsing the fonts: about 1 s of CPU on a quiet 2-core machine, 2 s
 * under load) that this process pays once anyway; a warm sheet costs 60–150 ms with its
 * thumbnail. With cores free, two lanes gain n/2 warm sheets' time; with the cores busy (CI
 * runners shared, measured here at load 9–12) the second cold start is pure cost and lanes
 * lost at every size tried (2–20 sheets, CPU time +2–3.5 s). Under 6 sheets the gain is at
 * most a quarter of a second, less than that risk.
 */
export const BREAK_EVEN = 6;

/**
 * CPUs one lane keeps busy: its builder thread and, beside it, V8's compiler and collector
 * threads (2.65 s against the builder's 5.6 s in a 100-sheet batch, by thread) and its share of
 * the thumbnail process (about 2.8 s of CPU for those 100 thumbnails).
 */
const CPUS_PER_LANE = 1.6;

/**
 * How many lane processes to build `sheets` sheets in; 0 means in this process. `jobs` 1 (--jobs
 * 1, and --watch and the preview, which keep this process's engine warm between rebuilds) builds
 * here; any other `jobs` is taken as given. By default a small batch (under BREAK_EVEN sheets) is
 * built here, a larger one in a lane per CPUS_PER_LANE free CPUs (CPUs less the load average, as
 * `make -l` reckons), and in at least one lane: a lane's young generation is sized, which Node
 * offers no way to do for a process already running (Node 24 let this process's grow to 2 × 64
 * MB in a 100-sheet batch, 320–370 MB in all, against 210–250 MB for one lane). One lane, sent
 * its next sheet before it has finished the one it builds (see IN_FLIGHT), took 2–2.5% more
 * time than this process on both Nodes (5 interleaved rounds each): its start and the modules
 * both processes load. Two lanes on two CPUs were slower than one in most rounds: one lane
 * already keeps both busy. Never more lanes than sheets.
 */
export function lanesFor(
  sheets: number,
  jobs: number | undefined,
  cpus = os.availableParallelism(),
  load = os.loadavg()[0]!, // 0 where there is none (Windows): every CPU counts as free
): number {
  if (jobs === 1 || sheets === 0) return 0;
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, sheets));
  if (sheets < BREAK_EVEN) return 0;
  const free = Math.floor((cpus - load) / CPUS_PER_LANE);
  return Math.max(1, Math.min(free, sheets));
}

/**
 * Lanes one thumbnail process keeps up with. Measured here: a thumbnail takes 17–21 ms in a
 * process of its own (100 in a row, 5 runs), about 50 a second; a lane's builder takes 37–50 ms
 * of CPU a sheet (100-sheet batches, by thread), 20–27 a second. So one process draws for two
 * lanes; a third lane would wait on it. On 2 CPUs (one lane) that is one process, as ever; the
 * count for 3 lanes and more is worked out from those figures, not measured on such a machine.
 */
const LANES_PER_THUMBNAIL_PROCESS = 2;

/** Thumbnail processes for a batch built in `lanes` lanes (0: in the main process). */
export const thumbnailProcessesFor = (lanes: number): number =>
  Math.max(1, Math.ceil(lanes / LANES_PER_THUMBNAIL_PROCESS));

export async function runBuilds(
  jobs: Job[],
  opts: BuildOptions,
  parallel: number | undefined,
  onResult: (r: SheetResult) => void,
  world: World = diskWorld(process.env, true),
): Promise<void> {
  const lanes = lanesFor(jobs.length, parallel);
  // Thumbnails are drawn by processes of their own, whatever builds the sheets (a lane only
  // builds): as few as keep up, as each holds a MuPDF of 60–90 MB.
  const thumbnails =
    opts.thumbnail && jobs.length ? new ThumbnailPool(thumbnailProcessesFor(lanes)) : undefined;
  const drawn: Promise<void>[] = [];
  const report = (r: SheetResult) => {
    if (thumbnails && r.status === 'built' && r.hash)
      drawn.push(thumbnails.draw(opts.out, r.hash, r.outFile).then((ok) => void (r.thumbnail = ok)));
    onResult(r);
  };
  const built = { ...opts, thumbnail: !thumbnails && opts.thumbnail };
  try {
    if (lanes === 0) await buildHere(jobs, built, report, world);
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

/** Builds the jobs one after another in this process. */
async function buildHere(
  jobs: Job[],
  opts: BuildOptions,
  onResult: (r: SheetResult) => void,
  world: World,
): Promise<void> {
  // Imported here: a batch built by lanes never loads the pipeline into this process.
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

const WORKER = childEntry('factsheet-lane', 'cli/buildWorker.js');

/**
 * A lane's young generation held to 2 × 16 MB (Node 20's own default; Node 24 lets it grow to
 * 2 × 32 MB): a build allocates in small short-lived pieces.
 */
const startLane = (): ChildProcess =>
  forkModule(WORKER, {
    execArgv: ['--max-semi-space-size=16'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });

/** One lane at a time takes jobs from the shared queue; a dead lane is replaced by a fresh one. */
async function lane(queue: Job[], opts: BuildOptions, onResult: (r: SheetResult) => void): Promise<void> {
  const retried = new Set<Job>();
  let retry: Job | undefined;
  while (retry || queue.length) {
    const child = startLane();
    const died = await serve(child, retry, queue, opts, onResult);
    // A lane that died mid-write left its temporary file; nobody else will finish it.
    if (died && child.pid) removeTempsOf(opts.out, child.pid);
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
 * Sheets a lane holds at once: the one it builds and the next, so it starts that one as soon as
 * it has sent a result instead of idling while this process takes the result and answers.
 */
const IN_FLIGHT = 2;

/**
 * Feeds `child` the retried job first, then jobs from the queue, until the queue is empty
 * (resolves undefined) or the lane dies (resolves with the job it was building, if any; the
 * jobs it held beyond that one go back to the front of the queue).
 */
function serve(
  child: ChildProcess,
  first: Job | undefined,
  queue: Job[],
  opts: BuildOptions,
  onResult: (r: SheetResult) => void,
): Promise<Death | undefined> {
  return new Promise((resolve) => {
    // Sent and not yet answered, in the order the lane builds them.
    const held: Job[] = [];
    let finished = false;
    const said = lastWords(child);
    const fill = () => {
      while (held.length < IN_FLIGHT) {
        const job = first ?? queue.shift();
        first = undefined;
        if (!job) break;
        held.push(job);
        post(child, { job, opts }, (e) => stop(`it could not be sent the sheet: ${e}`));
        if (finished) return;
      }
      if (held.length) return;
      // No more work: the lane saves what it keeps on disk and ends; its exit resolves.
      finished = true;
      post(child, 'done', () => void child.kill());
    };
    const stop = (how: string) => {
      if (finished) return;
      finished = true;
      child.kill();
      const [job, ...unstarted] = held;
      queue.unshift(...unstarted);
      resolve({ job, how });
    };
    child.on('message', (r: SheetResult) => {
      held.shift();
      onResult(r);
      fill();
    });
    child.on('error', (e) => stop(`it could not be started: ${e.message}`));
    child.on('exit', (code, signal) =>
      finished ? resolve(undefined) : stop(howItEnded(code, signal, said())),
    );
    fill();
  });
}

/**
 * Passes on what a lane writes to stderr (nothing, unless Node or a library complains) and
 * keeps its end, which says why a lane died: V8's message when its heap ran out, for one.
 */
function lastWords(child: ChildProcess): () => string {
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-4096);
  });
  return () => tail;
}

function howItEnded(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/heap out of memory|Reached heap limit/i.test(stderr)) return 'it ran out of memory';
  if (signal) return `it was stopped by ${signal}`;
  return `it stopped with exit code ${code}`;
}

function post(child: ChildProcess, message: unknown, onError: (e: string) => void): void {
  const fail = (e: unknown) => onError(e instanceof Error ? e.message : String(e));
  try {
    if (!child.connected || !child.send(message as object, (e) => e && fail(e))) fail('the lane has gone');
  } catch (e) {
    fail(e);
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
