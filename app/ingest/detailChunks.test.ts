import { describe, expect, it } from 'vitest';
import {
  chunkJson,
  DETAIL_CHUNK_SIZE,
  DETAILS_AUTOLOAD_MAX,
  detailChunkPath,
  detailChunkSize,
  planDetailChunks,
} from './detailChunks';

describe('details chunks', () => {
  it('are written only for datasets too large to load whole, unless asked for', () => {
    expect(detailChunkSize(DETAILS_AUTOLOAD_MAX)).toBe(0);
    expect(detailChunkSize(DETAILS_AUTOLOAD_MAX + 1)).toBe(DETAIL_CHUNK_SIZE);
    expect(detailChunkSize(10, 4)).toBe(4);
    expect(detailChunkPath(12)).toBe('details/00012.json');
  });

  it('plan: each chunk gets the reports its incidents cite, and those reports’ other incidents', () => {
    expect(planDetailChunks(4, 2, [[0, 2], [3]])).toEqual([
      { articles: [0], related: [2] },
      { articles: [0, 1], related: [0] },
    ]);
    // A report without incidents is in no chunk.
    expect(planDetailChunks(2, 2, [[], [0, 1]])).toEqual([{ articles: [1], related: [] }]);
  });

  it('chunk text is JSON with the records as given', () => {
    expect(JSON.parse(chunkJson(3, ['{"a":1}'], ['{"b":2}'], ['{"c":3}']))).toEqual({
      first: 3,
      incidents: [{ a: 1 }],
      related: [{ b: 2 }],
      articles: [{ c: 3 }],
    });
  });
});
