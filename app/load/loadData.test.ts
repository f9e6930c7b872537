import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadData } from './loadData';

function serve(files: Record<string, string>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = url.split('/').pop()!;
      const body = files[name];
      return body === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(body, { status: 200 });
    }),
  );
}

const ok = {
  'incidents.geojson': JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [36.6, 35.9] },
        properties: { id: 'i1', type: 'other', date: '2021-06-26', evidence: [] },
      },
    ],
  }),
  'articles.json': JSON.stringify([{ id: 'a1', body: 'نص' }]),
  'areas.geojson': JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'area-x',
        properties: {},
        geometry: { type: 'Point', coordinates: [0, 0] },
      },
    ],
  }),
};

afterEach(() => vi.unstubAllGlobals());

describe('loadData', () => {
  it('loads, fills optional lists and gives every area an id', async () => {
    serve(ok);
    const d = await loadData();
    expect(d.incidents[0]!.properties.actors).toEqual([]);
    expect(d.articles.get('a1')!.mentions).toEqual([]);
    expect(d.areas.features[0]!.properties!.id).toBe('area-x');
    expect(d.report).toBeUndefined();
  });
  it('names the missing file', async () => {
    serve({ ...ok, 'incidents.geojson': undefined as unknown as string });
    await expect(loadData()).rejects.toThrow('incidents.geojson: is missing (HTTP 404)');
  });
  it('says when a file is not JSON or is an HTML page', async () => {
    serve({ ...ok, 'articles.json': '[{' });
    await expect(loadData()).rejects.toThrow('articles.json: is not valid JSON');
    serve({ ...ok, 'articles.json': '<!doctype html><html>' });
    await expect(loadData()).rejects.toThrow('articles.json: is an HTML page, not JSON');
  });
  it('says which feature is malformed', async () => {
    serve({
      ...ok,
      'incidents.geojson': JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: ['x', 1] },
            properties: { id: 'i1' },
          },
        ],
      }),
    });
    await expect(loadData()).rejects.toThrow('feature 1 is not a point with coordinates');
  });
});
