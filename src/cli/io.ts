/**
 * What the command line may touch of its surroundings: two output streams, the environment,
 * the working folder and a signal that ends `--watch`. `src/cli.ts` passes the real process;
 * tests pass memory streams and call `main` in process.
 */
import * as path from 'node:path';
import type { World } from '../world.js';

export interface OutStream {
  write(text: string): unknown;
  /** True on a terminal: the progress bar redraws in place. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths on the command line are taken from here. */
  cwd: string;
  /** Aborting it stops `--watch` (Ctrl-C does the same for the real process). */
  signal?: AbortSignal;
  /** The files sheets are built from, for builds in this process (`--jobs 1`); the disk by default. */
  world?: World;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * A path as the user typed it when it is relative to the process's own folder (so messages
 * show `sheets/x.yaml`, as typed), else anchored at `io.cwd`.
 */
export function resolveFrom(io: CliIo, p: string): string {
  return path.isAbsolute(p) || path.resolve(io.cwd) === process.cwd() ? p : path.join(io.cwd, p);
}
