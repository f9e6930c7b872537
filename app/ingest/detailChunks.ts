/**
 * Details in chunks, for datasets too large to load whole in a browser (1M incidents are 620 MB
 * of `incidents.geojson`, more than a browser can read as one string). Beside the full files, the
 * ingest and the synthetic writer then write `details/NNNNN.json`: chunk k holds the incidents at
 * positions `k * size .. (k + 1) * size - 1` of `incidents.geojson` (the order of the compact
 * columns), the reports they cite, and the other incidents of those reports (`related`), so an
 * opened incident's panel — its report, its sentence, the report's other incidents — needs one
 * fetch of about a megabyte. The chunk size is in the compact file's header (`detailChunk`).
 */

/** Above this many incidents the app loads no details unasked, and the writers write chunks. */
export const DETAILS_AUTOLOAD_MAX = 250_000;

/**
 * Whether a dataset of `count` incidents is more than a browser should load whole: the one rule
 * behind deferring details, writing chunks, searching place names only and disabling export.
 *
 * @example tooLargeToLoadWhole(1_000_000) // true
 */
export function tooLargeToLoadWhole(count: number): boolean {
  return count > DETAILS_AUTOLOAD_MAX;
}

/** Incidents per chunk: about 1.2 MB of JSON (features, their reports and related incidents). */
export const DETAIL_CHUNK_SIZE = 1_000;

/** The chunk files' folder, beside `incidents.geojson`. */
export const DETAIL_CHUNK_DIR = 'details';

/**
 * Incidents per chunk for a dataset of `count` incidents: 0 (no chunks) up to
 * DETAILS_AUTOLOAD_MAX, else DETAIL_CHUNK_SIZE; `forced` (a test, a small demo) wins when set.
 *
 * @example detailChunkSize(1_000_000) // 1000
 * @example detailChunkSize(10_000) // 0
 */
export function detailChunkSize(count: number, forced?: number): number {
  if (forced !== undefined) return forced;
  return tooLargeToLoadWhole(count) ? DETAIL_CHUNK_SIZE : 0;
}

/**
 * Path of chunk `k`, relative to the data folder.
 *
 * @example detailChunkPath(3) // 'details/00003.json'
 */
export function detailChunkPath(k: number): string {
  return `${DETAIL_CHUNK_DIR}/${String(k).padStart(5, '0')}.json`;
}

/** What one chunk holds, by position in `incidents.geojson` and in `articles.json`. */
export interface ChunkPlan {
  /** Reports cited by the chunk's incidents, ascending. */
  articles: number[];
  /** Incidents of those reports outside the chunk, ascending. */
  related: number[];
}

/**
 * Which reports and related incidents each chunk needs, from each report's incident positions
 * (`articleIncidents[a]`: positions of report a's incidents). A report goes to every chunk that
 * holds one of its incidents.
 *
 * @example planDetailChunks(4, 2, [[0, 2], [3]]) // [{ articles: [0], related: [2] }, { articles: [0, 1], related: [0] }]
 */
export function planDetailChunks(
  count: number,
  size: number,
  articleIncidents: Iterable<readonly number[]>,
): ChunkPlan[] {
  const chunks = Math.ceil(count / size);
  const plans: ChunkPlan[] = Array.from({ length: chunks }, () => ({ articles: [], related: [] }));
  let a = 0;
  for (const positions of articleIncidents) {
    const touched = new Set(positions.map((p) => Math.floor(p / size)));
    for (const k of [...touched].sort((x, y) => x - y)) {
      if (k < 0 || k >= chunks) continue;
      plans[k]!.articles.push(a);
      for (const p of positions) if (Math.floor(p / size) !== k) plans[k]!.related.push(p);
    }
    a++;
  }
  for (const p of plans) p.related = [...new Set(p.related)].sort((x, y) => x - y);
  return plans;
}

/**
 * The literal pieces of a chunk file around its records, so a writer of bytes and `chunkJson`
 * write one format: `open`, incidents, `related`, related incidents, `articles`, reports, `close`,
 * records separated by `,`.
 */
export const CHUNK_PIECES = {
  open: (first: number) => `{"first":${first},"incidents":[`,
  related: '],"related":[',
  articles: '],"articles":[',
  close: ']}\n',
} as const;

/**
 * A chunk file's text from its records' JSON (as they are in the full files).
 *
 * @example chunkJson(0, ['{"id":1}'], [], ['{"id":"a"}']) // '{"first":0,"incidents":[{"id":1}],"related":[],"articles":[{"id":"a"}]}\n'
 */
export function chunkJson(
  first: number,
  incidents: readonly string[],
  related: readonly string[],
  articles: readonly string[],
): string {
  const { open, related: r, articles: a, close } = CHUNK_PIECES;
  return `${open(first)}${incidents.join(',')}${r}${related.join(',')}${a}${articles.join(',')}${close}`;
}
