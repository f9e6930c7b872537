/**
 * The helpers of the reading worker: other workers (localHelper.worker.ts) that take batches of
 * the files a reader opened, so that a large opening uses the machine's cores. Started with the
 * reading worker, so they build their geocoders while the reader is still choosing files.
 */
import { AreaStore } from '../ingest/areaWire';
import type { BatchHelper, ReportBlob } from '../ingest/ingestBlobs';
import type { FileResult, IngestOptions } from '../ingest/pipeline';
import type { HelperReply, HelperRequest } from './helperProtocol';

/**
 * Most threads a reading uses, the reading worker's own included. Each helper builds a geocoder
 * of its own (1.4 MB of heap, 20 ms, in Node here), and taking in the results a helper sends costs the reading worker about an eighth
 * of what processing them cost the helper (measured on 10,000 synthetic reports): past four
 * threads, that memory and that share buy little.
 */
const MAX_THREADS = 4;

/**
 * Threads a reading uses on a machine of `cores` logical cores: one each, up to `MAX_THREADS`.
 *
 * @example readingThreads(2) // 2
 */
export function readingThreads(cores: number): number {
  return Math.max(1, Math.min(cores, MAX_THREADS));
}

/**
 * Helpers for this machine (the reading worker is the other thread); none where a worker cannot
 * start workers (no `Worker` there, or one that refuses to start): the reading worker then reads
 * alone, as it must still be able to.
 */
export function startHelpers(cores = navigator.hardwareConcurrency || 1): BatchHelper[] {
  if (typeof Worker !== 'function') return [];
  const helpers: BatchHelper[] = [];
  try {
    for (let i = 1; i < readingThreads(cores); i++)
      helpers.push(
        helperOf(
          new Worker(new URL('./localHelper.worker.ts', import.meta.url), { type: 'module' }),
        ),
      );
  } catch {
    // The helpers started so far still help.
  }
  return helpers;
}

/** A helper worker as a `BatchHelper`: a batch is a message, its results the reply of the same id. */
function helperOf(worker: Worker): BatchHelper {
  const store = new AreaStore();
  const pending = new Map<number, { resolve(r: FileResult[]): void; reject(e: Error): void }>();
  let nextId = 0;
  let failure: Error | null = null;
  let started!: () => void;
  let unable!: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    started = resolve;
    unable = reject;
  });
  // A helper that never starts is simply not used (ingestBlobs awaits `ready` and moves on).
  ready.catch(() => {});
  const fail = (e: Error) => {
    failure ??= e;
    unable(e);
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    worker.terminate();
  };
  worker.onmessage = ({ data }: MessageEvent<HelperReply>) => {
    if (data.kind === 'ready') started();
    else if (data.kind === 'unable' || data.kind === 'failed') fail(new Error(data.message));
    else {
      const p = pending.get(data.id);
      pending.delete(data.id);
      try {
        p?.resolve(store.receive<FileResult>(data.results, data.areas));
      } catch (e) {
        fail(e as Error);
      }
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    fail(new Error(e.message || 'a reading helper stopped'));
  };
  worker.onmessageerror = () => fail(new Error('a reading helper sent what could not be read'));
  return {
    ready,
    run(batch: readonly ReportBlob[], { today }: IngestOptions) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<FileResult[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, batch, today } satisfies HelperRequest);
      });
    },
  };
}
