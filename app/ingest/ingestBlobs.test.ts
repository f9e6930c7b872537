import { describe, expect, it } from 'vitest';
import { AreaSender, AreaStore } from './areaWire';
import { type BatchHelper, ingestBlobs, processBatch, type ReportBlob } from './ingestBlobs';
import type { FileResult, IngestOptions } from './pipeline';
import { ingest } from './pipeline';
import { fixtureGeocoder, INPUTS } from './pipeline.testing';
import { MAX_REPORT_BYTES } from './reports/readInput';

/** 1,210 files: more than a batch holds. */
const MANY = Array.from({ length: 110 }, (_, k) =>
  INPUTS.map(({ file, bytes }) => ({ file: `${k}/${file}`, bytes })),
).flat();
const manyBlobs = () =>
  MANY.map(({ file, bytes }) => ({ path: file, blob: new Blob([bytes as BlobPart]) }));

/**
 * A helper as the browser's reading workers are one: batches processed elsewhere (here, on a
 * later turn of the event loop) and sent back through the area wire and a structured clone.
 * `failAfter` batches, it fails as a crashed worker would.
 */
function helper(failAfter = Number.POSITIVE_INFINITY, ready = Promise.resolve()) {
  const sender = new AreaSender();
  const store = new AreaStore();
  const self = {
    batches: 0,
    ready,
    async run(batch: readonly ReportBlob[], options: IngestOptions): Promise<FileResult[]> {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (self.batches >= failAfter) throw new Error('the helper stopped');
      self.batches++;
      const wire = structuredClone(
        sender.send(await processBatch(batch, fixtureGeocoder, options)),
      );
      return store.receive<FileResult>(wire.results, wire.areas);
    },
  } satisfies BatchHelper & { batches: number };
  return self;
}

const blobs = () =>
  INPUTS.map(({ file, bytes }) => ({ path: file, blob: new Blob([bytes as BlobPart]) }));

describe('ingestBlobs (reports opened in the browser)', () => {
  it('makes of opened files exactly what the ingest makes of the same bytes', async () => {
    const out = await ingestBlobs(blobs(), fixtureGeocoder);
    expect(JSON.stringify(out)).toBe(JSON.stringify(ingest(INPUTS, fixtureGeocoder)));
    expect(out.incidents.features.length).toBeGreaterThan(5);
  });

  // Two whole ingests of 1,210 files each (the first warms the JIT), in each test here: vitest's
  // 5 s default is too short for them on a busy 2-core machine. A guard, not a measure: speed is
  // the bench's.
  it('reads many files in batches and still makes what the ingest makes', async () => {
    const out = await ingestBlobs(manyBlobs(), fixtureGeocoder);
    expect(out.report.files).toBe(1210);
    expect(JSON.stringify(out)).toBe(JSON.stringify(ingest(MANY, fixtureGeocoder)));
  }, 30_000);

  it('shares the batches with helper threads and makes the same output', async () => {
    const helpers = [helper(), helper()];
    const seen: number[] = [];
    const out = await ingestBlobs(manyBlobs(), fixtureGeocoder, {
      helpers,
      onProgress: (done) => seen.push(done),
    });
    expect(helpers.every((h) => h.batches > 0)).toBe(true);
    expect(JSON.stringify(out)).toBe(JSON.stringify(ingest(MANY, fixtureGeocoder)));
    // Progress only grows, and ends with every file.
    expect(seen.every((d, i) => i === 0 || d > seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1210);
  }, 30_000);

  it('does the batches of a helper that fails itself, and loses none', async () => {
    const failing = helper(2);
    const out = await ingestBlobs(manyBlobs(), fixtureGeocoder, { helpers: [failing] });
    expect(failing.batches).toBe(2);
    expect(JSON.stringify(out)).toBe(JSON.stringify(ingest(MANY, fixtureGeocoder)));
  }, 30_000);

  it('does not wait for a helper that cannot start, or is still starting', async () => {
    const unable = helper(0, Promise.reject(new Error('no worker')));
    const starting = helper(0, new Promise(() => {}));
    const out = await ingestBlobs(manyBlobs(), fixtureGeocoder, { helpers: [unable, starting] });
    expect(JSON.stringify(out)).toBe(JSON.stringify(ingest(MANY, fixtureGeocoder)));
  }, 30_000);

  it('reports its progress file by file', async () => {
    const seen: string[] = [];
    await ingestBlobs(blobs().slice(0, 3), fixtureGeocoder, {
      onProgress: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('refuses a file too large without reading it, and still reads the others', async () => {
    let read = false;
    const huge = {
      size: MAX_REPORT_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as Blob;
    const out = await ingestBlobs(
      [{ path: 'huge.txt', blob: huge }, ...blobs().slice(0, 1)],
      fixtureGeocoder,
    );
    expect(read).toBe(false);
    expect(out.report.errors).toEqual([
      { file: 'huge.txt', message: expect.stringMatching(/^too large: 2\.0 MB/) },
    ]);
    expect(out.report.files).toBe(2);
    expect(out.incidents.features.length).toBeGreaterThan(0);
  });

  it('names a file that can no longer be read, and goes on', async () => {
    // Read with others, it spoils their joined read (as a moved file does in a browser); alone,
    // its read fails.
    const gone = {
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('the file was moved')),
      toString: () => {
        throw new Error('the file was moved');
      },
    } as unknown as Blob;
    const out = await ingestBlobs(
      [...blobs().slice(0, 1), { path: 'gone.txt', blob: gone }],
      fixtureGeocoder,
    );
    expect(out.report.errors).toEqual([
      { file: 'gone.txt', message: 'unreadable: the file was moved' },
    ]);
    expect(out.report.accounting).toEqual({ withArticles: 1, failed: 1, duplicateOnly: 0 });
  });
});
