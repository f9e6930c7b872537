import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCompact } from '../ingest/compact';
import { incidentKey } from '../ingest/extract/merge';
import type { Article, IncidentCollection, IncidentFeature } from '../model';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'synth-app-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The bytes of `b` as an ArrayBuffer of their own. */
const bufferOf = (b: Buffer) =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

interface Chunk {
  first: number;
  incidents: IncidentFeature[];
  related: IncidentFeature[];
  articles: Article[];
}

describe('synthetic app data', () => {
  it('is written in the ingest’s output order, its chunks holding each incident’s report and siblings', async () => {
    const N = 2500;
    const size = 300;
    await run('node', [
      'app/cli/run.mjs',
      'app/cli/synth.ts',
      '--incidents',
      String(N),
      '--app-data',
      '--detail-chunks',
      String(size),
      '--out',
      out,
    ]);
    const { features } = JSON.parse(
      readFileSync(join(out, 'incidents.geojson'), 'utf8'),
    ) as IncidentCollection;
    const articles = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as Article[];
    expect(features).toHaveLength(N);
    // The order the ingest writes: by date, place, type, id, so a date range is one run.
    const keys = features.map((f) => incidentKey(f.properties));
    expect(keys).toEqual([...keys].sort());
    // Every incident is cited by its report, and every report's incidents exist.
    const byId = new Map(features.map((f) => [f.properties.id, f]));
    for (const a of articles) for (const id of a.incidentIds) expect(byId.has(id)).toBe(true);
    expect(articles.reduce((n, a) => n + a.incidentIds.length, 0)).toBe(N);
    // The compact columns list the incidents in the same order.
    const columns = decodeCompact(bufferOf(readFileSync(join(out, 'incidents.columns.bin'))));
    expect(columns.ids()).toEqual(features.map((f) => f.properties.id));
    expect(columns.detailChunk).toBe(size);

    const files = readdirSync(join(out, 'details')).sort();
    expect(files).toHaveLength(Math.ceil(N / size));
    const articleById = new Map(articles.map((a) => [a.id, a]));
    files.forEach((file, k) => {
      const c = JSON.parse(readFileSync(join(out, 'details', file), 'utf8')) as Chunk;
      expect(c.first).toBe(k * size);
      // Its incidents are the full file's, byte for byte, at their positions.
      expect(c.incidents).toEqual(features.slice(k * size, (k + 1) * size));
      // With each one's report, and those reports' other incidents.
      const cited = new Set(c.articles.map((a) => a.id));
      for (const f of c.incidents)
        expect(cited.has(f.properties.evidence[0]!.articleId)).toBe(true);
      const here = new Set([...c.incidents, ...c.related].map((f) => f.properties.id));
      for (const a of c.articles) {
        expect(a).toEqual(articleById.get(a.id));
        for (const id of a.incidentIds) expect(here.has(id)).toBe(true);
      }
      const own = new Set(c.incidents.map((f) => f.properties.id));
      for (const f of c.related) expect(own.has(f.properties.id)).toBe(false);
    });
  }, 60_000);
});
