/**
 * The ingest's one V8 setting. A run of 10k short reports is mostly JIT warm-up: the first
 * 2,500 files take twice as long as the rest, while TurboFan compiles some 560 functions (about
 * a second of CPU, which is the difference without concurrent compilation). Most of that is
 * inlining: halving V8's budget of bytecode inlined into one function (920 by default) cut the
 * first pass over the 10k corpus by 9 %, the whole one-job run by 6 % (user CPU by 14 %) and the
 * two-job run by 14 %, while the code it settles on ran no slower (the last 5,000 files took the
 * same time, and 100k reports took no longer). Measured in alternated runs; see docs/benchmarks-history.md
 * (eighteenth and twenty-ninth sessions).
 *
 * V8 flags are per process: this covers the worker threads too. Flags that steer the compiler's
 * heuristics may be changed at run time; they apply to the functions compiled after.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default `--max-inlined-bytecode-size-cumulative`, halved. */
export const INLINING_BUDGET = 460;

/**
 * Set the inlining budget for the rest of the process; call before the work starts.
 *
 * @example applyIngestJitBudget() // V8 now inlines at most 460 bytecodes into one function
 */
export function applyIngestJitBudget(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
}
