#!/usr/bin/env node
/** The `factsheet` binary: the real process's arguments and streams handed to `main`. */
import { enableCompileCache } from './cli/compileCache.js';
import { processIo } from './cli/io.js';
import { main } from './cli/main.js';

// Before any command's code is imported (main imports each command when it runs).
enableCompileCache();

// `factsheet validate | head -1`: the reader has gone, so stop quietly, as Unix tools do,
// instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

// No abort signal: Ctrl-C ends the process (and --watch) the usual way.
main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
