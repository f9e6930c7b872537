/**
 * What exporting the filtered incidents takes. An export writes each incident's details (its
 * sentence, report title and link), which a large dataset does not load whole: below 250k
 * incidents the details are loaded whole first; a dataset written with details chunks
 * (app/ingest/detailChunks.ts) loads only the chunks that hold the filtered incidents, so a
 * researcher can export a narrow selection of a million incidents.
 */
import { tooLargeToLoadWhole } from '../ingest/detailChunks';

/** Most details chunks one export reads: 50 of 1,000 incidents (about 50 MB of JSON). */
export const EXPORT_CHUNKS_MAX = 50;

export type ExportPlan =
  /** The details are in memory: export at once. */
  | { kind: 'now' }
  /** Load the details whole first (the dataset is small enough). */
  | { kind: 'load-all' }
  /** Load these details chunks (ascending), then export. */
  | { kind: 'chunks'; chunks: number[] }
  /** Not from the browser: `chunks` is how many chunks the selection spans (0: no chunks). */
  | { kind: 'too-large'; chunks: number };

/**
 * The distinct chunks that hold the incidents at `positions[0 .. count)` (column order,
 * ascending, as the filter gives them), in ascending order; at most `limit + 1` of them, so that
 * a selection too wide to export is told apart without a walk over a million positions. Jumps
 * from chunk to chunk by binary search: a cost per chunk, not per incident (the buttons ask on
 * every filter change).
 *
 * @example chunksHolding(Uint32Array.of(3, 1500, 1700, 4200), 4, 1000) // [0, 1, 4]
 */
export function chunksHolding(
  positions: Uint32Array,
  count: number,
  size: number,
  limit = Number.POSITIVE_INFINITY,
): number[] {
  const chunks: number[] = [];
  let i = 0;
  while (i < count && chunks.length <= limit) {
    const k = Math.floor(positions[i]! / size);
    chunks.push(k);
    // The first position in a later chunk.
    const next = (k + 1) * size;
    let lo = i + 1;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid]! < next) lo = mid + 1;
      else hi = mid;
    }
    i = lo;
  }
  return chunks;
}

/**
 * How to export the `count` filtered incidents at `positions` of a dataset of `total`.
 *
 * @example exportPlan({ detailsReady: false, total: 1e6, chunkSize: 1000, positions, count: 17 }) // { kind: 'chunks', chunks: [...] }
 */
export function exportPlan(input: {
  detailsReady: boolean;
  total: number;
  /** Incidents per details chunk, 0 when the dataset has none. */
  chunkSize: number;
  positions: Uint32Array;
  count: number;
}): ExportPlan {
  const { detailsReady, total, chunkSize, positions, count } = input;
  if (detailsReady) return { kind: 'now' };
  if (chunkSize > 0) {
    const chunks = chunksHolding(positions, count, chunkSize, EXPORT_CHUNKS_MAX);
    if (chunks.length <= EXPORT_CHUNKS_MAX) return { kind: 'chunks', chunks };
    return tooLargeToLoadWhole(total)
      ? { kind: 'too-large', chunks: chunksHolding(positions, count, chunkSize).length }
      : { kind: 'load-all' };
  }
  return tooLargeToLoadWhole(total) ? { kind: 'too-large', chunks: 0 } : { kind: 'load-all' };
}
