/**
 * Tells the user how a batch goes: a progress bar redrawn in place on a terminal, or one plain
 * line per sheet when output is a file, a pipe or CI (`CI=true`). Quiet for `--json`.
 */
import type { SheetResult } from './buildOne.js';
import type { CliIo, OutStream } from './io.js';
import { plural } from './report.js';

export interface Progress {
  result(r: SheetResult): void;
  /** Before diagnostics are printed, so they do not land in the middle of a bar. */
  clear(): void;
  done(): void;
}

export function createProgress(total: number, mode: ProgressMode, out: OutStream): Progress {
  let count = 0;
  if (mode === 'quiet') return { result: () => undefined, clear: () => undefined, done: () => undefined };
  if (mode === 'lines')
    return { result: (r) => out.write(`${line(r)}\n`), clear: () => undefined, done: () => undefined };
  const width = 24;
  return {
    result(r) {
      count++;
      if (r.status === 'failed') out.write(`\r\x1b[K${line(r)}\n`);
      const filled = Math.round((count / total) * width);
      out.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${r.file}`);
    },
    clear: () => out.write('\r\x1b[K'),
    done: () => out.write('\r\x1b[K'),
  };
}

export type ProgressMode = 'tty' | 'lines' | 'quiet';

export function progressMode(json: boolean, io: Pick<CliIo, 'env' | 'stdout'>): ProgressMode {
  if (json) return 'quiet';
  return io.stdout.isTTY && io.env.CI !== 'true' ? 'tty' : 'lines';
}

function line(r: SheetResult): string {
  if (r.status === 'failed') return `fail ${r.file}${r.proof ? ` (does not fit: see ${r.proof})` : ''}`;
  if (r.status === 'skipped') return `skip ${r.file} (up to date)`;
  const fitted = r.scale !== undefined && r.scale < 1 ? `, type fitted at ${Math.round(r.scale * 100)}%` : '';
  return `ok   ${r.file} → ${r.outFile} (${plural(r.pages ?? 0, 'page')}${fitted}, ${r.ms} ms)`;
}
