import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadNoticeView, noticeLines } from './LoadNotice';
import { loadData } from './loadData';

const fixture = (name: string) => readFileSync(`e2e/fixtures/research/${name}`, 'utf8');

/** Serve the research fixture, with `over` replacing some files' bodies (or statuses). */
function serve(over: Record<string, string | number> = {}) {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = url.split('/').pop()!;
    const body = over[name] ?? fixture(name);
    if (typeof body === 'number') return new Response('missing', { status: body });
    return new Response(body);
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('loadData', () => {
  it('loads valid data with no loadIssues', async () => {
    serve();
    const d = await loadData();
    expect(d.incidents.length).toBeGreaterThan(100);
    expect(d.loadIssues).toBeUndefined();
  });

  it.each([
    [404, 'data/incidents.geojson: HTTP 404 — run `npm run ingest`'],
    ['', 'data/incidents.geojson: empty file — run `npm run ingest`'],
    ['{"type":"FeatureCollection","feat', 'data/incidents.geojson: not valid JSON (truncated?)'],
    [
      '{"type":"FeatureCollection","features":"x"}',
      'data/incidents.geojson: "features" is string, not a list',
    ],
    ['{"type":"FeatureCollection","features":[1,2]}', /none of the 2 features is valid/],
    ['<!doctype html><html>', 'data/incidents.geojson: is an HTML page, not JSON'],
  ])('throws a message naming the file for %j', async (body, message) => {
    serve({ 'incidents.geojson': body });
    await expect(loadData()).rejects.toThrow(message);
  });

  it('keeps the valid part of a file and counts what it skipped', async () => {
    const all = JSON.parse(fixture('incidents.geojson'));
    all.features = all.features.slice(0, 3).concat([{ type: 'Feature' }, 'x']);
    serve({ 'incidents.geojson': JSON.stringify(all) });
    const d = await loadData();
    expect(d.incidents).toHaveLength(3);
    expect(d.loadIssues).toEqual([
      {
        file: 'incidents.geojson',
        kept: 3,
        skipped: 2,
        problems: ['feature 4: geometry is not a Point', 'feature 5: not an object but string'],
      },
    ]);

    const en = renderToStaticMarkup(<LoadNoticeView issues={d.loadIssues} lang="en" />);
    expect(en).toContain('role="status"');
    expect(noticeLines(d.loadIssues!, 'en')).toEqual([
      '2 incidents skipped: feature 4: geometry is not a Point',
    ]);
    // The validator's English wording is an isolate: in Arabic it does not reorder the line.
    expect(en).toContain('2 incidents skipped: <bdi dir="ltr">feature 4: geometry is not a Point');
    expect(renderToStaticMarkup(<LoadNoticeView issues={d.loadIssues} lang="ar" />)).toMatch(
      /dir="rtl".*تُخطّي من الحوادث: (2|٢): <bdi dir="ltr">feature 4/,
    );
    expect(renderToStaticMarkup(<LoadNoticeView lang="en" />)).toBe('');
  });
});
