import { describe, expect, it } from 'vitest';
import { chunksHolding, EXPORT_CHUNKS_MAX, exportPlan } from './exportPlan';

const at = (...p: number[]) => Uint32Array.from(p);

describe('what exporting the filtered incidents takes', () => {
  it('exports at once when the details are loaded', () => {
    expect(
      exportPlan({ detailsReady: true, total: 10, chunkSize: 0, positions: at(1), count: 1 }),
    ).toEqual({ kind: 'now' });
  });

  it('loads only the chunks that hold a narrow selection of a million incidents', () => {
    const positions = at(3, 1500, 1700, 999_999);
    expect(
      exportPlan({ detailsReady: false, total: 1e6, chunkSize: 1000, positions, count: 4 }),
    ).toEqual({ kind: 'chunks', chunks: [0, 1, 999] });
  });

  it('asks to narrow a selection spread over too many chunks of a large dataset', () => {
    const wide = Uint32Array.from({ length: 60 }, (_, i) => i * 1000);
    expect(
      exportPlan({ detailsReady: false, total: 1e6, chunkSize: 1000, positions: wide, count: 60 }),
    ).toEqual({ kind: 'too-large', chunks: 60 });
    // The same spread over a dataset small enough to load whole: load it whole.
    expect(
      exportPlan({
        detailsReady: false,
        total: 60_000,
        chunkSize: 1000,
        positions: wide,
        count: 60,
      }),
    ).toEqual({ kind: 'load-all' });
  });

  it('loads the details whole without chunks, or says a dataset without them is too large', () => {
    const one = { positions: at(0), count: 1, chunkSize: 0, detailsReady: false };
    expect(exportPlan({ ...one, total: 100_000 })).toEqual({ kind: 'load-all' });
    expect(exportPlan({ ...one, total: 1e6 })).toEqual({ kind: 'too-large', chunks: 0 });
  });

  it('counts only the filtered positions, each chunk once', () => {
    expect(chunksHolding(at(5, 7, 2500, 9000), 3, 1000)).toEqual([0, 2]);
    // A million positions in 1,000 chunks: the answer stops one past the limit.
    const all = Uint32Array.from({ length: 1e6 }, (_, i) => i);
    expect(chunksHolding(all, all.length, 1000, 50)).toEqual(
      Array.from({ length: 51 }, (_, k) => k),
    );
    expect(chunksHolding(all, all.length, 1000)).toHaveLength(1000);
    expect(EXPORT_CHUNKS_MAX).toBeGreaterThan(0);
  });
});
