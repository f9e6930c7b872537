import { describe, expect, it } from 'vitest';
import { ingestBlobs } from './ingestBlobs';
import { ingest } from './pipeline';
import { fixtureGeocoder, INPUTS } from './pipeline.testing';
import { MAX_REPORT_BYTES } from './reports/readInput';

const blobs = () =>
  INPUTS.map(({ file, bytes }) => ({ path: file, blob: new Blob([bytes as BlobPart]) }));

describe('ingestBlobs (reports opened in the browser)', () => {
  it('makes of opened files exactly what the ingest makes of the same bytes', async () => {
    const out = await ingestBlobs(blobs(), fixtureGeocoder);
    expect(JSON.stringify(out)).toBe(JSON.stringify(ingest(INPUTS, fixtureGeocoder)));
    expect(out.incidents.features.length).toBeGreaterThan(5);
  });

  it('reads many files in batches and still makes what the ingest makes', async () => {
    // 1,210 files: more than a batch holds.
    const many = Array.from({ length: 110 }, (_, k) =>
      INPUTS.map(({ file, bytes }) => ({ file: `${k}/${file}`, bytes })),
    ).flat();
    const out = await ingestBlobs(
      many.map(({ file, bytes }) => ({ path: file, blob: new Blob([bytes as BlobPart]) })),
      fixtureGeocoder,
    );
    expect(out.report.files).toBe(1210);
    expect(JSON.stringify(out)).toBe(JSON.stringify(ingest(many, fixtureGeocoder)));
  });

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
