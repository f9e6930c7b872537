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

/** A file's bytes, or its result when it is not read. */
type Read = Uint8Array | FileResult;

/**
 * What a file gives without reading it: empty bytes for a file that is not a report (processFile
 * accounts for it as skipped, from its name alone), an error for one too large; undefined when
 * it is to be read.
 */
function unread({ path, blob }: ReportBlob): Read | undefined {
  if (!isReportFile(path)) return new Uint8Array();
  const tooLarge = sizeProblem(path, blob.size);
  return tooLarge ? failedFile(path, tooLarge) : undefined;
}

/** One file read alone; never rejects. */
async function readOne(file: ReportBlob): Promise<Read> {
  const skip = unread(file);
  if (skip) return skip;
  try {
    return new Uint8Array(await file.blob.arrayBuffer());
  } catch (e) {
    // A file moved, changed or deleted after it was picked cannot be read any more.
    return failedFile(file.path, `unreadable: ${(e as Error).message || String(e)}`);
  }
}

/**
 * Files read together: a browser reads each `File` in a round trip of its own (0.7 ms here,
 * more than a short report takes to process, however many are asked at once), and a `Blob` of
 * several files in one. At most this many bytes (a file larger than this is read alone) and
 * files a batch.
 */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 512;

/** `files` cut into batches, in order. */
function batches(files: readonly ReportBlob[]): ReportBlob[][] {
  const out: ReportBlob[][] = [];
  let batch: ReportBlob[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = unread(file) ? 0 : file.blob.size;
    if (batch.length > 0 && (bytes + size > BATCH_BYTES || batch.length >= BATCH_FILES)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** A batch's files, read in one go; never rejects. */
async function readBatch(batch: readonly ReportBlob[]): Promise<Read[]> {
  const skips = batch.map(unread);
  let joined: ArrayBuffer;
  try {
    joined = await new Blob(batch.filter((_, i) => !skips[i]).map((f) => f.blob)).arrayBuffer();
  } catch {
    // One of them cannot be read: read each alone, so the error names it and the rest are read.
    return Promise.all(batch.map(readOne));
  }
  let at = 0;
  return batch.map((file, i) => {
    const skip = skips[i];
    if (skip) return skip;
    const bytes = new Uint8Array(joined, at, file.blob.size);
    at += file.blob.size;
    return bytes;
  });
}

/**
 * Read, geocode and merge the reports in `files`, a batch at a time (the next batch is read
 * while this one is processed; two batches' bytes at most are held). The output is what
 * `ingest` makes of the same bytes.
 *
 * @example (await ingestBlobs([{ path: 'a.txt', blob: new Blob([text]) }], geocoder)).report.files // 1
 */
export async function ingestBlobs(
  files: readonly ReportBlob[],
  geocoder: MentionFinder,
  { onProgress, ...options }: BlobIngestOptions = {},
): Promise<IngestOutput> {
  const parts: FileResult[] = [];
  const groups = batches(files);
  let next = groups[0] ? readBatch(groups[0]) : undefined;
  for (let g = 0; g < groups.length; g++) {
    const reads = await next!;
    next = groups[g + 1] ? readBatch(groups[g + 1]!) : undefined;
    groups[g]!.forEach(({ path: file }, i) => {
      const read = reads[i]!;
      parts.push(
        read instanceof Uint8Array ? processFile({ file, bytes: read }, geocoder, options) : read,
      );
      onProgress?.(parts.length, files.length);
    });
  }
  return mergeResults(parts);
}
