/**
 * A preview session: builds the user's sheets and every template's starter with the build's own
 * machinery (`buildSheets`: the manifest, dependency hashes, page images), rebuilds when an input
 * changes (`watchInputs`), and tells its listeners. It owns all preview state; nothing is global.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSheets, type BatchOptions, type BatchSummary } from '../build/batch.js';
import { watchInputs, type InputWatch } from '../build/watchInputs.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { SheetResult } from '../cli/buildOne.js';
import { writeContactSheet } from './contactSheet.js';
import { sheetEntry, type SheetEntry } from './entries.js';
import { syncStarters } from './starters.js';

export interface PreviewOptions extends Omit<BatchOptions, 'preview' | 'jobs'> {
  /** Sheet files or folders. */
  roots: string[];
}

export type PreviewEvent = { type: 'building' } | { type: 'built'; generation: number };

/** What the pages show: the sheets and starters of the last build, and how to version their images. */
export interface PreviewState {
  generation: number;
  sheets: SheetEntry[];
  starters: SheetEntry[];
  /** A problem with the whole run (no sheets found, a folder gone); the pages show it as a banner. */
  problem?: string;
  /** Per sheet name, the pages and image version of its last good build. */
  lastGood: Map<string, { pages: number; version: string }>;
}

export class PreviewSession {
  readonly state: PreviewState = { generation: 0, sheets: [], starters: [], lastGood: new Map() };
  readonly startersDir: string;
  readonly startersOut: string;
  private readonly listeners = new Set<(e: PreviewEvent) => void>();
  private watch?: InputWatch;
  private queue = Promise.resolve();
  private pending = false;

  constructor(readonly options: PreviewOptions) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-preview-'));
    this.startersDir = path.join(scratch, 'starters');
    this.startersOut = path.join(scratch, 'out');
  }

  /** Builds once, then watches; resolves after the first build. */
  async start(): Promise<void> {
    const roots = [...this.options.roots, this.startersDir];
    const dirs = { templatesDir: this.options.templatesDir, fontsDir: this.options.fontsDir };
    this.watch = watchInputs(roots, dirs, () => this.rebuild());
    await this.rebuild();
  }

  on(listener: (e: PreviewEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a build; a burst of changes while one runs becomes one more build, not many. */
  rebuild(): Promise<void> {
    if (this.pending) return this.queue;
    this.pending = true;
    this.queue = this.queue.then(async () => {
      this.pending = false;
      await this.buildOnce();
    });
    return this.queue;
  }

  /** Resolves when no build is running or queued. */
  idle(): Promise<void> {
    return this.queue;
  }

  async close(): Promise<void> {
    await this.watch?.close();
    this.listeners.clear();
    await this.queue;
    fs.rmSync(path.dirname(this.startersDir), { recursive: true, force: true });
  }

  /** The user's sheets first and announced at once; then the starters, announced only if they changed. */
  private async buildOnce(): Promise<void> {
    this.emit({ type: 'building' });
    const state = this.state;
    let built: BatchSummary | undefined;
    try {
      state.problem = undefined;
      // A sheet that was built is shown at once, before the rest of the batch is checked.
      const onResult = (r: SheetResult) =>
        r.status !== 'skipped' && this.show(sheetEntry(this.options.out, r));
      built = await buildSheets(this.options.roots, this.batchOptions(this.options.out), { onResult });
      state.sheets = built.results.map((r) => sheetEntry(this.options.out, r));
    } catch (e) {
      state.problem = e instanceof Error ? e.message : String(e);
    }
    state.sheets.forEach((e) => this.remember(e));
    this.announce();
    // After the announcement: the open page does not wait for thumbnails it does not show.
    if (built) await writeContactSheet(this.options.out, built);
    const before = state.starters;
    try {
      const templatesDir = this.options.templatesDir ?? TEMPLATES_DIR;
      await syncStarters(templatesDir, this.startersDir);
      const starters = await buildSheets([this.startersDir], this.batchOptions(this.startersOut));
      // Shown as the template's own starter file, not the scratch copy that was built.
      const starterFile = (name: string) => path.join(templatesDir, name, 'starter.yaml');
      state.starters = starters.results
        .map((r) => sheetEntry(this.startersOut, r))
        .map((e) => ({ ...e, file: starterFile(e.name) }));
    } catch {
      state.starters = []; // a templates folder without starters: the gallery says so
    }
    const same = (a: SheetEntry[], b: SheetEntry[]) =>
      a.map((e) => e.name).join() === b.map((e) => e.name).join();
    if (!same(before, state.starters) || state.starters.some((e) => e.status !== 'skipped')) this.announce();
    await this.refreshWatch();
  }

  /** Puts one fresh result in place of the old one (or adds it) and tells the open pages. */
  private show(entry: SheetEntry): void {
    const i = this.state.sheets.findIndex((e) => e.name === entry.name);
    if (i < 0) this.state.sheets = [...this.state.sheets, entry];
    else this.state.sheets = this.state.sheets.map((e, j) => (j === i ? entry : e));
    this.remember(entry);
    this.announce();
  }

  private remember(e: SheetEntry): void {
    if (e.status !== 'failed' && e.pages)
      this.state.lastGood.set(e.name, { pages: e.pages, version: imageVersion(e) });
  }

  private announce(): void {
    this.state.generation++;
    this.emit({ type: 'built', generation: this.state.generation });
  }

  private batchOptions(out: string): BatchOptions {
    const { roots: _roots, ...opts } = this.options;
    return { ...opts, out, preview: true, jobs: 1, contactSheet: false };
  }

  private async refreshWatch(): Promise<void> {
    try {
      await this.watch?.refresh();
    } catch {
      // a folder vanished between listing and watching: the next build refreshes again
    }
  }

  private emit(e: PreviewEvent): void {
    for (const l of this.listeners) l(e);
  }
}

/** Images change only when the PDF's inputs did: the dependency hash, or the build for a proof. */
export function imageVersion(e: SheetEntry, generation = 0): string {
  return e.status === 'failed' ? `g${generation}` : (e.hash ?? `g${generation}`).slice(0, 16);
}
