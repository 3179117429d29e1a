/**
 * Draws contact-sheet thumbnails on a thread of their own while the sheets are built (in this
 * thread or in workers): loading MuPDF (a quarter of a second) happens while the first sheet is
 * laid out, and a batch holds one copy of it however many workers build. See thumbnailWorker.ts.
 */
import { Worker } from 'node:worker_threads';

// From TypeScript source (the test runner), the thread runs the compiled copy in dist/.
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/preview/thumbnailWorker.js', import.meta.url)
  : new URL('./thumbnailWorker.js', import.meta.url);

export class ThumbnailThread {
  // Its JavaScript makes little garbage (pixels live in MuPDF's memory, PNGs are Buffers): a
  // small young generation took 10–15 MB off a batch's peak (100 sheets, three runs each).
  private readonly worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  private readonly waiting = new Map<number, (written: boolean) => void>();
  private nextId = 0;

  constructor() {
    this.worker.on('message', ({ id, written }: { id: number; written: boolean }) => {
      this.waiting.get(id)?.(written);
      this.waiting.delete(id);
    });
    // A thread that dies draws no more thumbnails: the contact sheet draws or omits them.
    const giveUp = () => {
      for (const answer of this.waiting.values()) answer(false);
      this.waiting.clear();
    };
    this.worker.on('error', giveUp);
    this.worker.on('exit', giveUp);
  }

  /** Draws page 1 of `pdfFile` into the thumbnail cache of `out`; resolves true when written. */
  draw(out: string, hash: string, pdfFile: string): Promise<boolean> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ id, out, hash, pdfFile });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
