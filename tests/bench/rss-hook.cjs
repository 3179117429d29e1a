// Loaded with --require into every process the benchmark starts: reports its peak memory on exit.
process.on('exit', () => process.stderr.write(`BENCH_RSS ${process.pid} ${process.resourceUsage().maxRSS}\n`));
