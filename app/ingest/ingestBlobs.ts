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

/**
 * Another thread that reads and processes batches of files (`processBatch` there), so that a
 * large opening uses more than one core.
 */
export interface BatchHelper {
  /** Resolves when the helper can take batches (its geocoder built); rejects if it never can. */
  ready: Promise<void>;
  /** The batch's results, in its order; rejects when the helper fails (the batch is then done here). */
  run(batch: readonly ReportBlob[], options: IngestOptions): Promise<FileResult[]>;
}

export interface BlobIngestOptions extends IngestOptions {
  /** Called as files are done (`done` of `total`). */
  onProgress?(done: number, total: number): void;
  /** Other threads to share the batches with; none by default. */
  helpers?: readonly BatchHelper[];
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
 * files a batch: small enough that the threads sharing the batches finish close together (a
 * batch of 64 short reports is about 30 ms of work here), large enough that a round trip per
 * batch costs nothing.
 */
const BATCH_BYTES = 2 * 1024 * 1024;
const BATCH_FILES = 64;

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

/** The results of a batch whose files are read; `each` is called after each file. */
function processRead(
  batch: readonly ReportBlob[],
  reads: readonly Read[],
  geocoder: MentionFinder,
  options: IngestOptions,
  each?: () => void,
): FileResult[] {
  return batch.map(({ path: file }, i) => {
    const read = reads[i]!;
    const result =
      read instanceof Uint8Array ? processFile({ file, bytes: read }, geocoder, options) : read;
    each?.();
    return result;
  });
}

/**
 * Read and process one batch of files (what a helper thread does with the batches it is sent).
 *
 * @example (await processBatch([{ path: 'a.txt', blob }], geocoder))[0].file // 'a.txt'
 */
export async function processBatch(
  batch: readonly ReportBlob[],
  geocoder: MentionFinder,
  options: IngestOptions = {},
): Promise<FileResult[]> {
  return processRead(batch, await readBatch(batch), geocoder, options);
}

/**
 * Read, geocode and merge the reports in `files`, a batch at a time: this thread reads the next
 * batch while it processes one (two batches' bytes at most are held here), and each helper takes
 * batches from the same queue, two at a time so it never waits for this thread to hand it one.
 * A helper that fails gives its batches back. The output is what `ingest` makes of the same
 * bytes, however the batches were shared.
 *
 * @example (await ingestBlobs([{ path: 'a.txt', blob: new Blob([text]) }], geocoder)).report.files // 1
 */
export async function ingestBlobs(
  files: readonly ReportBlob[],
  geocoder: MentionFinder,
  { onProgress, helpers = [], ...options }: BlobIngestOptions = {},
): Promise<IngestOutput> {
  const groups = batches(files);
  const results: FileResult[][] = new Array(groups.length);
  let taken = 0;
  const take = () => (taken < groups.length ? taken++ : -1);
  let done = 0;
  const oneDone = () => onProgress?.(++done, files.length);
  const finished = (g: number, parts: FileResult[]) => {
    results[g] = parts;
    done += parts.length;
    onProgress?.(done, files.length);
  };
  /** Batches a failed helper had taken. */
  const givenBack: number[] = [];
  let leadDone!: () => void;
  const leadFinished = new Promise<boolean>((resolve) => {
    leadDone = () => resolve(false);
  });
  const helping = async (helper: BatchHelper) => {
    // A helper still starting when this thread has taken the last batch is not waited for.
    try {
      if (!(await Promise.race([helper.ready.then(() => true), leadFinished]))) return;
    } catch {
      return;
    }
    for (let g = take(); g >= 0; g = take()) {
      try {
        finished(g, await helper.run(groups[g]!, options));
      } catch {
        givenBack.push(g);
        return;
      }
    }
  };
  // This thread takes the first batch before any helper can: a small opening is all done here.
  let g = take();
  let next = g >= 0 ? readBatch(groups[g]!) : undefined;
  const helped = Promise.all(helpers.flatMap((h) => [helping(h), helping(h)]));
  while (g >= 0) {
    const reads = await next!;
    const current = g;
    g = take();
    next = g >= 0 ? readBatch(groups[g]!) : undefined;
    // Progress file by file here: a batch of long reports takes a while.
    results[current] = processRead(groups[current]!, reads, geocoder, options, oneDone);
  }
  leadDone();
  await helped;
  for (const back of givenBack)
    finished(back, await processBatch(groups[back]!, geocoder, options));
  return mergeResults(results.flat());
}
