/**
 * Reports opened in a browser in, incidents out: the browser's counterpart of the CLI's file
 * loop (app/cli/ingest.ts), over `Blob`s (a browser's `File`s; Node has `Blob` too, so the tests
 * run it there). The same rules as the CLI: files it does not read are accounted for as skipped,
 * a file too large is refused before it is read, an unreadable one is an error naming it, and
 * the others are still processed.
 */
import {
  type FileResult,
  failedFile,
  type IngestOptions,
  type IngestOutput,
  type MentionFinder,
  mergeResults,
  processFile,
} from './pipeline';
import { isReportFile, sizeProblem } from './reports/readInput';

/** One file a reader opened: where it was (folder/name, `/`-separated) and its contents. */
export interface ReportBlob {
  path: string;
  blob: Blob;
}

export interface BlobIngestOptions extends IngestOptions {
  /** Called after each file (`done` of `total`). */
  onProgress?(done: number, total: number): void;
}

/** One file read and processed; never throws. */
async function processBlob(
  { path, blob }: ReportBlob,
  geocoder: MentionFinder,
  options: IngestOptions,
): Promise<FileResult> {
  // Not a report: processFile accounts for it as skipped, from its name alone.
  if (!isReportFile(path)) return processFile({ file: path, bytes: new Uint8Array() }, geocoder);
  const tooLarge = sizeProblem(path, blob.size);
  if (tooLarge) return failedFile(path, tooLarge);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await blob.arrayBuffer());
  } catch (e) {
    // A file moved or deleted after it was picked cannot be read any more.
    return failedFile(path, `unreadable: ${(e as Error).message || String(e)}`);
  }
  return processFile({ file: path, bytes }, geocoder, options);
}

/**
 * Read, geocode and merge the reports in `files`, one file at a time (only one file's bytes in
 * memory at once). The output is what `ingest` makes of the same bytes.
 *
 * @example (await ingestBlobs([{ path: 'a.txt', blob: new Blob([text]) }], geocoder)).report.files // 1
 */
export async function ingestBlobs(
  files: readonly ReportBlob[],
  geocoder: MentionFinder,
  { onProgress, ...options }: BlobIngestOptions = {},
): Promise<IngestOutput> {
  const parts: FileResult[] = [];
  for (const file of files) {
    parts.push(await processBlob(file, geocoder, options));
    onProgress?.(parts.length, files.length);
  }
  return mergeResults(parts);
}
