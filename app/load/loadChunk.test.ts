import { afterEach, describe, expect, it, vi } from 'vitest';
import { article, incident } from '../derive/testData';
import { noticeLines } from './LoadNotice';
import { fetchChunk } from './loadChunk';

/** Serve `files` (path → JSON value) to `fetch`; anything else is a 404. */
function serve(files: Record<string, unknown>) {
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files[url];
    return body === undefined
      ? new Response('', { status: 404 })
      : new Response(JSON.stringify(body), { status: 200 });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const cited = { articleId: 'a1', start: 0, end: 3, placeStart: 0, placeEnd: 2 };

describe('a details chunk', () => {
  it('brings its incidents, their report and the report’s other incidents, checked', async () => {
    serve({
      'data/details/00001.json': {
        first: 2,
        incidents: [
          incident('i-2', { evidence: [cited] }),
          { type: 'Feature', properties: { id: 'broken' } },
        ],
        related: [incident('i-9', { evidence: [cited] })],
        articles: [article('a1', { incidentIds: ['i-2', 'i-9'] })],
      },
    });
    const got = await fetchChunk('data', 1, 2);
    expect(got.incidents.map((f) => f.properties.id)).toEqual(['i-2', 'i-9']);
    expect(got.articles.map((a) => a.id)).toEqual(['a1']);
    // The broken entry is not lost silently: the load notice will name it and its chunk.
    expect(got.issues).toEqual([
      {
        file: 'details/00001.json',
        entries: 'incidents',
        kept: 2,
        skipped: 1,
        problems: [expect.stringMatching(/^feature 2\b/)],
      },
    ]);
    const [line] = noticeLines(got.issues, 'en');
    expect(line).toMatch(/^1 incident skipped \(details\/00001\.json\): feature 2/);
    expect(noticeLines(got.issues, 'ar')[0]).toMatch(
      /^تُخطّي من الحوادث: (1|١) \(details\/00001\.json\): feature 2/,
    );
  });

  it('is refused, naming the file, when it is not the chunk asked for or is missing', async () => {
    serve({ 'data/details/00001.json': { first: 0, incidents: [], related: [], articles: [] } });
    await expect(fetchChunk('data', 1, 2)).rejects.toThrow(
      /details\/00001\.json: not details chunk 1/,
    );
    await expect(fetchChunk('data', 2, 2)).rejects.toThrow(/details\/00002\.json: HTTP 404/);
  });
});
