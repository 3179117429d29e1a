/**
 * Starts one of factsheet's own modules as a child process with a channel to this one (a
 * batch's lanes, the thumbnail process). From TypeScript source (the test runner) a module has
 * no compiled neighbour, and Node cannot run a .ts file: the child then runs the compiled copy
 * in dist/ (`npm test` compiles first).
 */
import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiled module `file` beside the caller (`import.meta.url`), or its copy in dist/. */
export function compiledSibling(callerUrl: string, file: string): string {
  const caller = fileURLToPath(callerUrl);
  if (!caller.endsWith('.ts')) return path.join(path.dirname(caller), file);
  const folder = path.basename(path.dirname(caller));
  return fileURLToPath(new URL(`../../dist/${folder}/${file}`, callerUrl));
}

/**
 * Forks `file`. The child opens no connection, so it starts without the extra certificates
 * Node 20 would otherwise read and parse as it starts (NODE_EXTRA_CA_CERTS, about 80 ms).
 */
type ChildOptions = Pick<ForkOptions, 'execArgv' | 'stdio' | 'serialization'>;

export function forkModule(file: string, options: ChildOptions): ChildProcess {
  const { NODE_EXTRA_CA_CERTS: _unused, ...env } = process.env;
  return fork(file, [], { ...options, env });
}
