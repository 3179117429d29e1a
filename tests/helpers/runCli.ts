/**
 * Runs the command line: in process through `main` (most tests: fast, and it tests src/), or
 * as the built binary `dist/factsheet.js` for what only a real process shows (exit codes,
 * signals, child processes, stream separation).
 */
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import * as path from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { REPO } from './sheetDir.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/** Streams that keep what is written and announce each write, so a test can wait for a line. */
export function memoryIo(opts: RunOptions & { isTTY?: boolean; signal?: AbortSignal } = {}) {
  const events = new EventEmitter();
  const text = { stdout: '', stderr: '' };
  const stream = (name: 'stdout' | 'stderr') => ({
    isTTY: opts.isTTY ?? false,
    write(s: string) {
      text[name] += s;
      events.emit('write');
      return true;
    },
  });
  const io: CliIo = {
    stdout: stream('stdout'),
    stderr: stream('stderr'),
    env: { GITHUB_ACTIONS: '', CI: '', ...opts.env },
    cwd: opts.cwd ?? REPO,
    signal: opts.signal,
  };
  /** Resolves once stdout + stderr match `re`; rejects after `ms` (a bound, not a timing). */
  const waitFor = (re: RegExp, ms = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!re.test(text.stdout + text.stderr)) return;
        clearTimeout(timer);
        events.off('write', check);
        resolve();
      };
      const timer = setTimeout(() => {
        events.off('write', check);
        reject(new Error(`gave up waiting for ${re}; output so far:\n${text.stdout}${text.stderr}`));
      }, ms);
      events.on('write', check);
      check();
    });
  return { io, text, waitFor };
}

/** The command line in process, against src/. */
export async function runCli(args: string[], opts: RunOptions = {}): Promise<CliRun> {
  const { io, text } = memoryIo(opts);
  const code = await main(args, io);
  return { code, ...text };
}

/** The compiled binary in a child process (as users run it after `npm ci`). */
export function runBinary(args: string[], opts: RunOptions = {}): CliRun {
  const env = { ...process.env, GITHUB_ACTIONS: '', CI: '', ...opts.env };
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist/factsheet.js'), ...args], {
    cwd: opts.cwd ?? REPO, env, encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
