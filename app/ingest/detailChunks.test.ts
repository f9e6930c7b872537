import { describe, expect, it } from 'vitest';
import {
  ChunkAssembler,
  chunkJson,
  DETAIL_CHUNK_SIZE,
  DETAILS_AUTOLOAD_MAX,
  detailChunkPath,
  detailChunkSize,
  planDetailChunks,
} from './detailChunks';

interface Chunk {
  first: number;
  incidents: { id: string; report: number }[];
  related: { id: string; report: number }[];
  articles: { id: number; incidentIds: string[] }[];
}

/** Reports with 0..4 incidents each, in report order, as the synthetic writer makes them. */
function reports(n: number) {
  const out: { id: number; incidentIds: string[] }[] = [];
  let next = 0;
  for (let r = 0; r < n; r++) {
    const count = (r * 7) % 5;
    out.push({ id: r, incidentIds: Array.from({ length: count }, () => `i${next++}`) });
  }
  return { out, total: next };
}

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

  it('assembled in report order: every incident once, at its position, with its report and siblings', () => {
    const { out, total } = reports(200);
    const size = 7;
    const a = new ChunkAssembler(size);
    const texts: { k: number; text: string }[] = [];
    let position = 0;
    const where = new Map<string, number>();
    for (const r of out) {
      const jsons = r.incidentIds.map((id) => {
        where.set(id, position++);
        return JSON.stringify({ id, report: r.id });
      });
      texts.push(...a.add(JSON.stringify(r), jsons));
    }
    texts.push(...a.end());
    expect(texts.map((t) => t.k)).toEqual(
      Array.from({ length: Math.ceil(total / size) }, (_, k) => k),
    );
    let seen = 0;
    for (const { k, text } of texts) {
      const c = JSON.parse(text) as Chunk;
      expect(c.first).toBe(k * size);
      c.incidents.forEach((f, j) => {
        expect(where.get(f.id)).toBe(c.first + j);
      });
      seen += c.incidents.length;
      const reportsHere = new Set(c.articles.map((r) => r.id));
      for (const f of c.incidents) expect(reportsHere.has(f.report)).toBe(true);
      const ids = new Set([...c.incidents, ...c.related].map((f) => f.id));
      for (const r of c.articles) for (const id of r.incidentIds) expect(ids.has(id)).toBe(true);
      // Related incidents are only those outside the chunk.
      for (const f of c.related) expect(Math.floor(where.get(f.id)! / size)).not.toBe(k);
    }
    expect(seen).toBe(total);
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
