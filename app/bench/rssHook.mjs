// Loaded into a benchmarked Node process with NODE_OPTIONS=--import=<this file>. At exit it
// appends the process's peak resident memory (kB, from the kernel via resourceUsage) to the file
// named by BENCH_RSS_FILE. Plain JavaScript, so it loads before any TypeScript loader does;
// every Node process in the chain (npm, tsx, the CLI) reports, and the bench takes the largest.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS} ${process.pid}\n`);
  });
}
