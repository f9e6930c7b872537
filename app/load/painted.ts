/**
 * The first frame with incidents drawn, as a signal the loader waits on before it loads the
 * details: parsing 100 MB of JSON holds the main thread for a second or more, and if it starts
 * before the map has drawn, the reader waits that long for the first markers.
 */
let waiting: (() => void) | null = null;

/** Called by whatever draws the incidents, at its first frame with some. */
export function incidentsPainted(): void {
  const done = waiting;
  waiting = null;
  done?.();
}

/**
 * Resolves at the next `incidentsPainted()`, or after `maxMs`: a map that cannot draw (no WebGL)
 * must not keep the details from loading. Call it before the incidents can be drawn.
 *
 * @example const painted = nextIncidentsPaint(5000); setData(ready); await painted;
 */
export function nextIncidentsPaint(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting = null;
      resolve();
    }, maxMs);
    waiting = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}
