/**
 * Starts one of factsheet's own modules as a child process with a channel to this one (a
 * batch's lanes, the thumbnail process): its bundled entry in dist/ when the package was built
 * with one (see writeBundle.ts), else the compiled module in dist/. Either way a compiled file:
 * under the test runner, which runs the TypeScript source, Node could not run a .ts file as a
 * child (`npm test` compiles first).
 */
import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

/**
 * A child process's entry: dist/`bundled`.js when the build wrote it, else `module` (a path in
 * dist/, "cli/buildWorker.js"). The bundle is the same code in fewer files.
 */
export function childEntry(bundled: string, module: string): string {
  const dist = path.join(PACKAGE_ROOT, 'dist');
  const file = path.join(dist, `${bundled}.js`);
  return fs.existsSync(file) ? file : path.join(dist, module);
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
