/**
 * How much a reader may open in the browser at once. Checked in the reading worker, before any
 * file is read: on the page's own thread, the first look at a picked file's size costs 0.16 ms
 * here (a folder of 10,000 reports froze the page 1.7 s); in the worker, the same sizes take
 * 20 ms.
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
