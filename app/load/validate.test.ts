import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, IncidentFeature } from '../model';
import { safeUrl } from '../panel/safeUrl';
import { validateAreas, validateArticles, validateIncidents } from './validate';

const article: Article = {
  id: 'a-1',
  file: 'a.txt',
  title: 't',
  date: '2021-06-26',
  outlet: 'o',
  body: 'قصف على أريحا اليوم.',
  incidentIds: ['i-1'],
  mentions: [{ start: 8, end: 13, placeId: 'gn-1', lat: 35.8, lon: 36.6, geoPrecision: 1 }],
};
const incident = (id: string, over: Record<string, unknown> = {}): IncidentFeature =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [36.6, 35.8] },
    properties: {
      id,
      type: 'shelling',
      actors: ['regime'],
      date: '2021-06-26',
      timePrecision: 1,
      placeId: 'gn-1',
      placeAr: 'أريحا',
      placeEn: 'Ariha',
      geoPrecision: 1,
      admin1: 'Idlib',
      strikes: null,
      fatalities: 2,
      injuries: null,
      sources: 1,
      confidence: 0.8,
      summaryEn: 's',
      summaryAr: 's',
      evidence: [{ articleId: 'a-1', start: 0, end: 20, placeStart: 8, placeEnd: 13 }],
      ...over,
    },
  }) as IncidentFeature;
const fcol = (features: unknown) => ({ type: 'FeatureCollection', features });
const square = [
  [
    [36, 35],
    [37, 35],
    [37, 36],
    [36, 35],
  ],
];

describe('validateIncidents', () => {
  it('keeps valid features and skips each kind of invalid one with a reason', () => {
    const articles = new Map([[article.id, article]]);
    const bad: [unknown, RegExp][] = [
      [null, /not an object but null/],
      [
        {
          ...incident('b1'),
          geometry: { type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 0] },
        },
        /finite/,
      ],
      [{ ...incident('b2'), geometry: { type: 'Point', coordinates: [200, 0] } }, /outside/],
      [{ ...incident('b3'), geometry: { type: 'LineString', coordinates: [] } }, /Point/],
      [incident('b4', { type: 'bogus' }), /unknown type "bogus"/],
      [incident('b5', { date: '2021-02-31' }), /date "2021-02-31"/],
      [incident('b6', { dateEnd: '2021-01-01' }), /dateEnd/],
      [incident('b7', { fatalities: -1 }), /fatalities/],
      [incident('b8', { evidence: [] }), /no evidence/],
      [
        incident('b9', {
          evidence: [{ articleId: 'a-1', start: 0, end: 999, placeStart: 8, placeEnd: 13 }],
        }),
        /after the end of article "a-1"/,
      ],
      [
        incident('b10', {
          evidence: [{ articleId: 'a-1', start: 5, end: 9, placeStart: 1, placeEnd: 2 }],
        }),
        /out of order/,
      ],
      [incident('i-ok'), /repeats/],
      [incident('b12', { actors: ['martians'] }), /actors/],
      [incident('b13', { confidence: 2 }), /confidence/],
    ];
    const r = validateIncidents(fcol([incident('i-ok'), ...bad.map(([v]) => v)]), articles);
    expect(r.items.map((f) => f.properties.id)).toEqual(['i-ok']);
    expect(r.skipped).toBe(bad.length);
    expect(r.fatal).toBeUndefined();
    bad.forEach(([, why], i) => {
      expect(r.problems[i]).toMatch(new RegExp(`^feature ${i + 2}\\b`));
      expect(r.problems[i]).toMatch(why);
    });
  });

  it('is fatal for the wrong shape or when nothing is valid, not for an empty list', () => {
    expect(validateIncidents(fcol('x')).fatal).toBe(
      'incidents.geojson: "features" is string, not a list',
    );
    expect(validateIncidents([]).fatal).toMatch(/not a GeoJSON FeatureCollection/);
    expect(validateIncidents(fcol([{}, 1])).fatal).toMatch(/none of the 2 features is valid/);
    expect(validateIncidents(fcol([]))).toEqual({ items: [], skipped: 0, problems: [] });
  });

  it('does not trust __proto__ or inherited keys', () => {
    const json = JSON.parse(
      '{"type":"FeatureCollection","features":[{"__proto__":{"type":"Feature"},"geometry":{"type":"Point","coordinates":[36,35]}}]}',
    );
    expect(validateIncidents(json).items).toEqual([]);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });
});

describe('validateArticles and validateAreas', () => {
  it('skip reports and areas that cannot be shown', () => {
    const r = validateArticles([
      article,
      { ...article, id: 'a-2', body: '' },
      { ...article, id: 'a-3', mentions: [{ ...article.mentions[0], end: 999 }] },
      { ...article, id: 'a-4', date: 'yesterday' },
      'x',
    ]);
    expect(r.items.map((a) => a.id)).toEqual(['a-1']);
    expect(r.problems).toEqual([
      'report 2 ("a-2"): no body text',
      'report 3 ("a-3"): mention 1 is not a place inside the body',
      'report 4 ("a-4"): date "yesterday" is not a YYYY-MM-DD day',
      'report 5: not an object but string',
    ]);
    expect(validateArticles({}).fatal).toBe('articles.json: not a list of reports but object');
    const areas = validateAreas(
      fcol([
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: square },
          properties: { id: 'x' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [[[0, 0]]] },
          properties: { id: 'y' },
        },
      ]),
    );
    expect(areas.items).toHaveLength(1);
    expect(areas.problems[0]).toMatch(/^feature 2 \("y"\): geometry is not a valid Polygon/);
  });
});

describe('report links', () => {
  it('drops a link that is not http(s), so no citation or export carries it, and keeps the report', () => {
    const r = validateArticles([
      { ...article, id: 'a-js', url: 'javascript:alert(1)' },
      { ...article, id: 'a-data', url: 'data:text/html,<script>x</script>' },
      { ...article, id: 'a-rel', url: '/reports/1' },
      { ...article, id: 'a-num', url: 42 },
      { ...article, id: 'a-ok', url: 'https://www.almodon.com/arabworld/2021/6/26/قصف' },
      { ...article, id: 'a-none' },
    ]);
    expect(r.skipped).toBe(0);
    expect(r.items.map((a) => [a.id, a.url])).toEqual([
      ['a-js', undefined],
      ['a-data', undefined],
      ['a-rel', undefined],
      ['a-num', undefined],
      // A good link is kept as written (not percent-encoded), as the report gave it.
      ['a-ok', 'https://www.almodon.com/arabworld/2021/6/26/قصف'],
      ['a-none', undefined],
    ]);
    // The evidence is still there to cite.
    expect(r.items[0]!.body).toBe(article.body);
  });

  it('drops exactly the links the article panel would hide: one rule', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('javascript:alert(1)', 'HTTPS://x.org')),
        (url) => {
          const [kept] = validateArticles([{ ...article, url }]).items;
          expect(kept!.url !== undefined).toBe(safeUrl(url) !== null);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('any JSON value (fast-check)', () => {
  it('never throws, and kept + skipped = entries', () => {
    const anyFeature = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc
        .record({
          key: fc.constantFrom('id', 'type', 'date', 'evidence', 'actors', 'confidence'),
          value: fc.anything({ maxDepth: 2 }),
        })
        .map(({ key, value }) => incident('p', { [key]: value })),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ maxDepth: 4 }), fc.array(anyFeature, { maxLength: 6 }).map(fcol)),
        (json) => {
          for (const v of [validateIncidents(json), validateAreas(json), validateArticles(json)]) {
            const n =
              json &&
              typeof json === 'object' &&
              Array.isArray((json as { features?: unknown }).features)
                ? (json as { features: unknown[] }).features.length
                : Array.isArray(json)
                  ? json.length
                  : undefined;
            if (!v.fatal && n !== undefined) expect(v.items.length + v.skipped).toBe(n);
            if (v.fatal)
              expect(v.fatal).toMatch(/^(incidents\.geojson|areas\.geojson|articles\.json): /);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
