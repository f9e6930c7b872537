// Loaded into a benchmarked Node process with NODE_OPTIONS=--import=<this file>. At exit it
// appends the process's peak resident memory (kB, from the kernel via resourceUsage) and CPU time to the file
// named by BENCH_RSS_FILE. Plain JavaScript, so it loads before any TypeScript loader does;
// every Node process in the chain (npm, tsx, the CLI) reports, and the bench takes the largest.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    // Peak RSS (kB), pid, and CPU time of all the process's threads (ms): under load the
    // wall-clock time says little about the ingest's own cost, its CPU time does.
    const cpuMs = Math.round((u.userCPUTime + u.systemCPUTime) / 1000);
    appendFileSync(file, `${u.maxRSS} ${process.pid} ${cpuMs}\n`);
  });
}
