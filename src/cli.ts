#!/usr/bin/env node
/** The `factsheet` binary: the real process's arguments and streams handed to `main`. */
import { processIo } from './cli/io.js';
import { main } from './cli/main.js';

// No abort signal: Ctrl-C ends the process (and --watch) the usual way.
main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
