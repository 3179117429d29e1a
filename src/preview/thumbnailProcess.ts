/**
 * Draws contact-sheet thumbnails in a process of their own while the sheets are built (in this
 * process or in lanes): loading MuPDF (a quarter of a second) happens while the first sheet is
 * laid out, and a batch holds one copy of it for every two lanes (ThumbnailPool). A process,
 * not a thread: MuPDF's WebAssembly memory (60–90 MB) then counts against no build's process,
 * and a crash in it ends only the thumbnails. See thumbnailWorker.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { childEntry, forkModule } from '../cli/forkModule.js';

const WORKER = childEntry('factsheet-thumbnails', 'preview/thumbnailWorker.js');

/**
 * How the thumbnail process's Node starts. Its JavaScript makes little garbage (pixels live in
 * MuPDF's memory, PNGs are Buffers): a small young generation keeps its peak low. MuPDF's
 * WebAssembly runs as V8's baseline compiler (Liftoff) makes it, never recompiled by the
 * optimising one: recompiling what the warm-up and the first page ran hot took CPU from the
 * build beside it. A cold one-sheet build on 2 CPUs, medians of 9 interleaved runs: 1087
 * against 1183 ms (Node 20), 735 against 762 ms (Node 24); the first thumbnail 33–44 against
 * 48–115 ms. Over 100 thumbnails the process's CPU was 2.2–2.5 against 2.2–2.8 s, each 2 ms
 * slower but with no compiling; the PNGs are the same bytes.
 */
export const THUMBNAIL_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1', '--liftoff-only'];

const start = (): ChildProcess =>
  forkModule(WORKER, {
    execArgv: [...THUMBNAIL_NODE_FLAGS],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });

export class ThumbnailProcess {
  private readonly child = start();
  private readonly waiting = new Map<number, (written: boolean) => void>();
  private nextId = 0;

  constructor() {
    this.child.on('message', ({ id, written }: { id: number; written: boolean }) => {
      this.waiting.get(id)?.(written);
      this.waiting.delete(id);
    });
    // A process that dies draws no more thumbnails: the contact sheet draws or omits them.
    const giveUp = () => {
      for (const answer of this.waiting.values()) answer(false);
      this.waiting.clear();
    };
    this.child.on('error', giveUp);
    this.child.on('exit', giveUp);
  }

  /** Requests sent and not yet answered. */
  get pending(): number {
    return this.waiting.size;
  }

  /** False once the process has gone (ended, crashed or closed): it answers every request false. */
  get alive(): boolean {
    return this.child.connected;
  }

  /** Draws page 1 of `pdfFile` into the thumbnail cache of `out`; resolves true when written. */
  draw(out: string, hash: string, pdfFile: string): Promise<boolean> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const request = { id, out, hash, pdfFile };
      const sent = this.child.connected && this.child.send(request, (e) => e && this.fail(id));
      if (!sent) this.fail(id);
    });
  }

  /** Ends the process, which exits once the channel closes (every drawing has been answered). */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    if (this.child.connected) this.child.disconnect();
    else this.child.kill();
    await exited;
  }

  private fail(id: number): void {
    this.waiting.get(id)?.(false);
    this.waiting.delete(id);
  }
}

/**
 * Several thumbnail processes for a batch whose lanes build faster than one can draw: each
 * drawing goes to the live process with the fewest waiting. One that dies leaves the others
 * drawing; with none left, a drawing is answered false like any failed one.
 */
export class ThumbnailPool {
  private readonly processes: ThumbnailProcess[];

  constructor(count: number, start = () => new ThumbnailProcess()) {
    this.processes = Array.from({ length: Math.max(1, count) }, start);
  }

  draw(out: string, hash: string, pdfFile: string): Promise<boolean> {
    let idlest: ThumbnailProcess | undefined;
    for (const p of this.processes) if (p.alive && (!idlest || p.pending < idlest.pending)) idlest = p;
    return (idlest ?? this.processes[0]!).draw(out, hash, pdfFile);
  }

  async close(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.close()));
  }
}
