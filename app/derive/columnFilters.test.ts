import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCompact, decodeCompact } from '../ingest/compact';
import {
  ACTORS,
  type Actor,
  type Article,
  INCIDENT_EVENTS,
  INCIDENT_TYPES,
  type IncidentFeature,
} from '../model';
import {
  attachDetails,
  type Filters,
  filterIncidents,
  filterIndexed,
  indexFromColumns,
  NO_FILTERS,
} from './filters';
import { article, incident } from './testData';

const OUTLETS = ['Enab', 'SOHR', 'Orient'];
const articles: Article[] = [
  article('a1', { outlet: 'Enab', body: 'قصف على إدلب' }),
  article('a2', { outlet: 'SOHR', body: 'غارات روسية' }),
  article('a3', { outlet: 'Orient', title: 'اشتباكات', body: 'ريف حلب' }),
];
const articleMap = new Map(articles.map((a) => [a.id, a]));
const areas: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'area-1',
      properties: { id: 'area-1' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [36.0, 35.0],
            [37.0, 35.0],
            [37.0, 36.0],
            [36.0, 36.0],
            [36.0, 35.0],
          ],
        ],
      },
    },
  ],
};

const day = fc.integer({ min: 0, max: 60 }).map((d) => {
  const t = new Date(Date.UTC(2021, 0, 1 + d));
  return t.toISOString().slice(0, 10);
});

const arbIncident = fc.record({
  type: fc.constantFrom(...INCIDENT_TYPES),
  actors: fc.subarray([...ACTORS] as Actor[]),
  date: day,
  span: fc.option(fc.integer({ min: 0, max: 20 })),
  geoPrecision: fc.constantFrom(1, 2, 3),
  fatalities: fc.option(fc.integer({ min: 0, max: 30 })),
  injuries: fc.option(fc.integer({ min: 0, max: 30 })),
  event: fc.option(fc.constantFrom('arrest' as const, 'protest' as const, 'drone-strike' as const)),
  area: fc.boolean(),
  arts: fc.subarray(['a1', 'a2', 'a3', 'a-missing'], { minLength: 1 }),
  lon: fc.double({ min: 35.5, max: 37.5, noNaN: true }),
  lat: fc.double({ min: 34.5, max: 36.5, noNaN: true }),
  place: fc.constantFrom('إدلب', 'حلب', 'سراقب'),
});

const arbFilters: fc.Arbitrary<Filters> = fc.record({
  dateFrom: fc.option(day),
  dateTo: fc.option(day),
  types: fc.subarray([...INCIDENT_TYPES]),
  actors: fc.subarray([...ACTORS] as Actor[]),
  events: fc.subarray([...INCIDENT_EVENTS]),
  hasCasualties: fc.boolean(),
  minKilled: fc.option(fc.integer({ min: 0, max: 20 })),
  noTolls: fc.boolean(),
  outlets: fc.subarray(OUTLETS),
  precisions: fc.subarray([1, 2, 3] as (1 | 2 | 3)[]),
  area: fc.option(
    fc.constantFrom(
      { kind: 'bbox' as const, bbox: [36.2, 35.2, 36.8, 35.8] as [number, number, number, number] },
      { kind: 'bbox' as const, bbox: [35, 34, 38, 37] as [number, number, number, number] },
    ),
  ),
  includeOverlapping: fc.boolean(),
  text: fc.constantFrom('', 'إدلب', 'غارات', 'حلب', 'اشتباكات ريف'),
});

describe('filtering over the compact columns', () => {
  it('keeps exactly the incidents filterIncidents keeps', () => {
    fc.assert(
      fc.property(fc.array(arbIncident, { maxLength: 40 }), arbFilters, (rs, f) => {
        const features: IncidentFeature[] = rs.map((r, k) => {
          const end = r.span === null ? undefined : new Date(Date.parse(r.date) + r.span * 864e5);
          return incident(
            `i-${k}`,
            {
              type: r.type,
              actors: r.actors,
              date: r.date,
              ...(end ? { dateEnd: end.toISOString().slice(0, 10) } : {}),
              geoPrecision: r.geoPrecision as 1 | 2 | 3,
              fatalities: r.fatalities,
              injuries: r.injuries,
              ...(r.event ? { event: r.event } : {}),
              ...(r.area ? { areaId: 'area-1' } : {}),
              placeAr: r.place,
              evidence: r.arts.map((articleId) => ({
                articleId,
                start: 0,
                end: 1,
                placeStart: 0,
                placeEnd: 1,
              })),
            },
            [r.lon, r.lat],
          );
        });
        const ctx = { articles: articleMap, areas };
        const expected = filterIncidents(features, { ...NO_FILTERS, ...f }, ctx).map(
          (x) => x.properties.id,
        );
        const columns = decodeCompact(buildCompact(features, articles).buffer as ArrayBuffer);
        const index = indexFromColumns(columns, areas);
        attachDetails(index, features, articleMap);
        const got = filterIndexed(index, { ...NO_FILTERS, ...f }, ctx);
        const ids = columns.ids();
        expect(Array.from(got.positions, (i) => ids[i])).toEqual(expected);
        expect(got.count).toBe(expected.length);
        expect(got.mask.reduce((a, b) => a + b, 0)).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('searches place names until the details arrive, then summaries and reports too', () => {
    const features = [
      incident('i-1', { placeAr: 'إدلب', placeEn: 'Idlib', summaryEn: 'Shelling near Aleppo' }),
      incident('i-2', { placeAr: 'حلب', placeEn: 'Aleppo', placeId: 'gn-2' }),
    ];
    const index = indexFromColumns(
      decodeCompact(buildCompact(features, articles).buffer as ArrayBuffer),
    );
    const ids = (r: { positions: Uint32Array }) => Array.from(r.positions, (i) => `i-${i + 1}`);
    const f = { ...NO_FILTERS, text: 'aleppo' };
    const before = filterIndexed(index, f);
    expect(before.textPending).toBe(false);
    expect(before.textPlacesOnly).toBe(true);
    expect(ids(before)).toEqual(['i-2']);
    // Arabic, folded as everywhere: no hamza, any alef.
    expect(ids(filterIndexed(index, { ...NO_FILTERS, text: 'ادلب' }))).toEqual(['i-1']);
    attachDetails(index, features, articleMap);
    const after = filterIndexed(index, f);
    expect(after.textPlacesOnly).toBe(false);
    expect(ids(after)).toEqual(['i-1', 'i-2']);
  });
});
