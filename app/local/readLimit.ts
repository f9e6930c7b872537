/**
 * How much a reader may open in the browser at once, checked on the page before anything is
 * read or handed to the reading worker. The first look at a picked file's size asks the browser
 * for it (0.16 ms a file here: a folder of 10,000 reports held the page 1.6 s), and a file
 * handed to a worker without its size known is asked then, so the check runs in slices
 * (`bytesToReadInSlices`) and the page keeps its thread.
 */
import type { ReportBlob } from '../ingest/ingestBlobs';
import { isReportFile, sizeProblem } from '../ingest/reports/readInput';

/**
 * Most bytes of reports read in the browser at once: about 150,000 incidents of real reports,
 * which the page holds whole (reports, incidents and their columns) well inside a tab's memory.
 * More is for `npm run ingest`, which streams.
 */
export const MAX_LOCAL_BYTES = 64 * 1024 * 1024;

/**
 * The bytes the ingest would read of `files`: report files not refused for their size.
 *
 * @example bytesToRead([{ path: 'a.txt', blob: new Blob(['abc']) }, { path: 'b.md', blob }]) // 3
 */
export function bytesToRead(files: readonly ReportBlob[]): number {
  let bytes = 0;
  for (const { path, blob } of files)
    if (isReportFile(path) && !sizeProblem(path, blob.size)) bytes += blob.size;
  return bytes;
}

/** The page's turn: a task of its own, without the 4 ms clamp of nested timeouts. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * `bytesToRead`, giving the page its thread back every `sliceMs`; `onChecked(done)` after each
 * slice but the last. Null when `stop()` says the answer is no longer wanted. A small set is
 * checked in one slice, without waiting for another task.
 *
 * @example await bytesToReadInSlices(files, { onChecked: (n) => show(n), stop: () => false }) // 3
 */
export async function bytesToReadInSlices(
  files: readonly ReportBlob[],
  {
    onChecked,
    stop,
    sliceMs = 30,
  }: {
    onChecked?(done: number): void;
    stop(): boolean;
    sliceMs?: number;
  },
): Promise<number | null> {
  let bytes = 0;
  let i = 0;
  while (i < files.length) {
    const until = performance.now() + sliceMs;
    // 64 files between looks at the clock: a look costs more than a file whose size is known.
    while (i < files.length && performance.now() < until) {
      const part = files.slice(i, i + 64);
      bytes += bytesToRead(part);
      i += part.length;
    }
    if (i >= files.length) break;
    onChecked?.(i);
    await yieldToPage();
    if (stop()) return null;
  }
  return bytes;
}
