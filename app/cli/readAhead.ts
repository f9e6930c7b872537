/**
 * Reading ahead for the main thread of `npm run ingest`: a thread of its own opens and reads the
 * next batch of files while this one processes the current batch, so the main thread spends no
 * time in `open`, `read` and `close` (a tenth of its time on short reports). The bytes are handed
 * over, not copied. Workers still read their own files: they have nothing else to do meanwhile.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileResult, InputFile } from '../ingest/pipeline';
import { maxBytes } from '../ingest/reports/readInput';
import { fromRead, readInputFile, unopened } from './ingestFiles';
import type { RawRead } from './readBytes.mjs';

type Input = InputFile | FileResult;

interface Asked {
  /** Each file's result when it needs no opening (`unopened`), else undefined: the thread reads it. */
  known: (Input | undefined)[];
  files: string[];
  resolve: (inputs: Input[]) => void;
}

/** Plain JavaScript, so the thread starts without a bundle or tsx whichever way the CLI runs. */
const WORKER_URL = new URL('./readAheadWorker.mjs', import.meta.url);

export class ReadAhead {
  private readonly worker: Worker;
  private readonly asked = new Map<number, Asked>();
  private nextId = 0;
  /** Set when the thread is gone: what it was asked, and everything after, is read here. */
  private lost = false;

  constructor(
    private readonly dir: string,
    private readonly problems: ReadonlyMap<string, string>,
  ) {
    this.worker = new Worker(WORKER_URL);
    this.worker.on('message', ({ id, reads }: { id: number; reads: RawRead[] }) => {
      const asked = this.asked.get(id);
      if (!asked) return;
      this.asked.delete(id);
      // The thread's reads come in the order of the files it was asked for.
      let next = 0;
      asked.resolve(asked.known.map((k, i) => k ?? fromRead(asked.files[i]!, reads[next++]!)));
    });
    // A thread that fails to start or dies never loses a file: its batches are read here.
    const fallBack = () => {
      if (this.lost) return;
      this.lost = true;
      for (const { files, resolve } of this.asked.values()) resolve(this.readHere(files));
      this.asked.clear();
    };
    this.worker.on('error', fallBack);
    this.worker.on('exit', fallBack);
  }

  /**
   * `files` read, in their order; each one the same as `readInputFile` gives. Files that need
   * no opening (a problem found while listing, a kind not read) are answered without the thread.
   */
  read(files: string[]): Promise<Input[]> {
    const known = files.map((f) => unopened(f, this.problems));
    const toRead = files.filter((_, i) => known[i] === undefined);
    if (this.lost || toRead.length === 0) return Promise.resolve(this.readHere(files));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.asked.set(id, { known, files, resolve });
      this.worker.postMessage({
        id,
        files: toRead.map((f) => ({ path: join(this.dir, f), max: maxBytes(f) })),
      });
    });
  }

  /** Stop the thread (it would keep the process alive). */
  close(): Promise<number> {
    this.lost = true;
    return this.worker.terminate();
  }

  private readHere(files: string[]): Input[] {
    return files.map((f) => readInputFile(this.dir, f, this.problems));
  }
}
