/**
 * Wall-clock time per phase of one ingest run, for `npm run ingest -- --timings`: where a run's
 * time goes, measured without a profiler (a CPU profile on this machine makes each file read and
 * write look three to four times dearer than it is, so it misplaces the output side's cost).
 */
export class PhaseTimes {
  private readonly ms = new Map<string, number>();

  /**
   * Run `work`, adding its time to `phase`; returns what `work` returns.
   *
   * @example times.time('merge', () => mergeIndexed(...))
   */
  time<T>(phase: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(phase, performance.now() - started);
    }
  }

  /** Add `ms` milliseconds to `phase` (phases keep the order they were first timed in). */
  add(phase: string, ms: number): void {
    this.ms.set(phase, (this.ms.get(phase) ?? 0) + ms);
  }

  /**
   * One line per phase, in seconds.
   *
   * @example times.lines() // ['  threads   31.04 s', '  merge      4.58 s', …]
   */
  lines(): string[] {
    const width = Math.max(0, ...[...this.ms.keys()].map((k) => k.length));
    return [...this.ms].map(([k, v]) => `  ${k.padEnd(width)}  ${(v / 1000).toFixed(2)} s`);
  }
}
