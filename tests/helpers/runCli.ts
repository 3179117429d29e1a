/** Runs the compiled CLI (as users do after `npm ci`) and captures what it printed. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from './sheetDir.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env = { ...process.env, GITHUB_ACTIONS: '', CI: '', ...opts.env };
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist/cli.js'), ...args], { cwd: opts.cwd ?? REPO, env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
