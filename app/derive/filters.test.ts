import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { isCasualtyToll } from '../model';
import { activeFilterCount, type Filters, filterIncidents, NO_FILTERS } from './filters';
import { foldSearchText, queryTerms } from './searchText';
import { summarise } from './summary';
import { article, incident } from './testData';

const ids = (xs: { properties: { id: string } }[]) => xs.map((x) => x.properties.id);
const f = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });

describe('filterIncidents', () => {
  it('keeps everything (the same array) with no filters', () => {
    const all = [incident('a'), incident('b')];
    expect(filterIncidents(all, NO_FILTERS)).toBe(all);
  });

  it('date range: inclusive bounds, and intervals overlap the range', () => {
    const all = [
      incident('jan1', { date: '2021-01-01' }),
      incident('jan31', { date: '2021-01-31' }),
      incident('feb1', { date: '2021-02-01' }),
      incident('weekAcross', { date: '2021-01-29', dateEnd: '2021-02-04', timePrecision: 2 }),
      incident('march', { date: '2021-03-01', dateEnd: '2021-03-31', timePrecision: 3 }),
    ];
    expect(ids(filterIncidents(all, f({ dateFrom: '2021-01-01', dateTo: '2021-01-31' })))).toEqual([
      'jan1',
      'jan31',
      'weekAcross',
    ]);
    expect(ids(filterIncidents(all, f({ dateFrom: '2021-02-02' })))).toEqual([
      'weekAcross',
      'march',
    ]);
    expect(ids(filterIncidents(all, f({ dateTo: '2021-01-01' })))).toEqual(['jan1']);
    expect(ids(filterIncidents(all, f({ dateFrom: '2021-03-15', dateTo: '2021-03-16' })))).toEqual([
      'march',
    ]);
  });

  it('type and actor: any of the chosen', () => {
    const all = [
      incident('a', { type: 'airstrike', actors: ['russia'] }),
      incident('b', { type: 'shelling', actors: ['regime', 'iran'] }),
      incident('c', { type: 'clash', actors: [] }),
    ];
    expect(ids(filterIncidents(all, f({ types: ['airstrike', 'clash'] })))).toEqual(['a', 'c']);
    expect(ids(filterIncidents(all, f({ actors: ['iran'] })))).toEqual(['b']);
    expect(ids(filterIncidents(all, f({ actors: ['russia', 'regime'] })))).toEqual(['a', 'b']);
    expect(ids(filterIncidents(all, f({ types: ['clash'], actors: ['russia'] })))).toEqual([]);
  });

  it('casualties and minimum killed; null is not zero but is not a casualty either', () => {
    const all = [
      incident('none', { fatalities: null, injuries: null }),
      incident('zero', { fatalities: 0, injuries: 0 }),
      incident('inj', { fatalities: 0, injuries: 3 }),
      incident('k2', { fatalities: 2, injuries: null }),
      incident('k9', { fatalities: 9 }),
    ];
    expect(ids(filterIncidents(all, f({ hasCasualties: true })))).toEqual(['inj', 'k2', 'k9']);
    expect(ids(filterIncidents(all, f({ minKilled: 2 })))).toEqual(['k2', 'k9']);
    expect(ids(filterIncidents(all, f({ minKilled: 5, hasCasualties: true })))).toEqual(['k9']);
    expect(ids(filterIncidents(all, f({ minKilled: 0 })))).toEqual(ids(all));
  });

  it('outlet: through the evidence articles', () => {
    const articles = new Map([
      ['a1', article('a1', { outlet: 'Enab' })],
      ['a2', article('a2', { outlet: 'Syria TV' })],
    ]);
    const ev = (articleId: string) => ({ articleId, start: 0, end: 1, placeStart: 0, placeEnd: 1 });
    const all = [
      incident('x', { evidence: [ev('a1')] }),
      incident('y', { evidence: [ev('a2')] }),
      incident('z', { evidence: [ev('a1'), ev('a2')] }),
    ];
    expect(ids(filterIncidents(all, f({ outlets: ['Syria TV'] }), { articles }))).toEqual([
      'y',
      'z',
    ]);
    expect(ids(filterIncidents(all, f({ outlets: ['Nobody'] }), { articles }))).toEqual([]);
  });

  it('geo precision', () => {
    const all = [
      incident('p1', { geoPrecision: 1 }),
      incident('p2', { geoPrecision: 2 }),
      incident('p3', { geoPrecision: 3 }),
    ];
    expect(ids(filterIncidents(all, f({ precisions: [1, 3] })))).toEqual(['p1', 'p3']);
  });

  describe('area', () => {
    const areas: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'area-big',
          properties: {},
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
    const ring: [number, number][] = [
      [36.8, 35.8],
      [37.5, 35.8],
      [37.5, 36.5],
      [36.8, 36.5],
    ];
    const all = [
      incident('inside', {}, [37, 36]),
      incident('outside', {}, [36.2, 35.2]),
      // Point outside the selection, but its area overlaps it.
      incident('imprecise', { geoPrecision: 2, areaId: 'area-big' }, [36.5, 35.5]),
      // Precise incidents are never included through an area.
      incident('preciseWithArea', { geoPrecision: 1, areaId: 'area-big' }, [36.5, 35.5]),
    ];

    it('polygon: point in polygon, plus imprecise incidents whose area overlaps when chosen', () => {
      const polygon = { kind: 'polygon' as const, ring };
      expect(
        ids(filterIncidents(all, f({ area: polygon, includeOverlapping: true }), { areas })),
      ).toEqual(['inside', 'imprecise']);
      expect(
        ids(filterIncidents(all, f({ area: polygon, includeOverlapping: false }), { areas })),
      ).toEqual(['inside']);
    });

    it('without overlap, an imprecise incident is in only when all its area is', () => {
      // A rectangle round the imprecise incident's point, inside its big area: the point is in,
      // the area is not (a governorate's point in a box drawn round one town).
      const small = {
        kind: 'bbox' as const,
        bbox: [36.4, 35.4, 36.6, 35.6] as [number, number, number, number],
      };
      expect(
        ids(filterIncidents(all, f({ area: small, includeOverlapping: false }), { areas })),
      ).toEqual(['preciseWithArea']);
      expect(
        ids(filterIncidents(all, f({ area: small, includeOverlapping: true }), { areas })),
      ).toEqual(['imprecise', 'preciseWithArea']);
      // An area sharing the selection's edge, a hair outside after clipping, is inside it.
      const edge = {
        kind: 'bbox' as const,
        bbox: [36.0000001, 35.0000001, 36.9999999, 35.9999999] as [number, number, number, number],
      };
      expect(
        ids(filterIncidents(all, f({ area: edge, includeOverlapping: false }), { areas })),
      ).toContain('imprecise');
      // A selection holding the whole area takes it in, overlap or not.
      const big = {
        kind: 'bbox' as const,
        bbox: [35.9, 34.9, 37.1, 36.1] as [number, number, number, number],
      };
      expect(
        ids(filterIncidents(all, f({ area: big, includeOverlapping: false }), { areas })),
      ).toEqual(['inside', 'outside', 'imprecise', 'preciseWithArea']);
    });

    it('agrees with turf on random points', () => {
      const tri: [number, number][] = [
        [36, 35],
        [37, 35.2],
        [36.4, 36.4],
      ];
      const pts = Array.from({ length: 300 }, (_, i) =>
        incident(`r${i}`, {}, [35.8 + ((i * 37) % 140) / 100, 34.9 + ((i * 53) % 160) / 100]),
      );
      const got = ids(filterIncidents(pts, f({ area: { kind: 'polygon', ring: tri } })));
      const want = ids(
        pts.filter((p) =>
          booleanPointInPolygon(p.geometry.coordinates, {
            type: 'Polygon',
            coordinates: [[...tri, tri[0]!]],
          }),
        ),
      );
      expect(got).toEqual(want);
      expect(want.length).toBeGreaterThan(10);
    });

    it('bbox, view and named region', () => {
      const bbox = { kind: 'bbox' as const, bbox: [36.9, 35.9, 37.1, 36.1] as const };
      expect(
        ids(filterIncidents(all, f({ area: { kind: 'bbox', bbox: [...bbox.bbox] } }), { areas })),
      ).toEqual(['inside', 'imprecise']);
      expect(
        ids(filterIncidents(all, f({ area: { kind: 'view', bbox: [36.1, 35.1, 36.3, 35.3] } }))),
      ).toEqual(['outside']);
      const regions = new Map([['adm1-X', areas.features[0] as never]]);
      expect(
        ids(
          filterIncidents(
            all,
            f({ area: { kind: 'region', id: 'adm1-X' }, includeOverlapping: false }),
            { regions },
          ),
        ),
      ).toEqual(['inside', 'outside', 'imprecise', 'preciseWithArea']);
    });

    it('an unresolved region or an unknown view does not narrow', () => {
      expect(filterIncidents(all, f({ area: { kind: 'region', id: 'nope' } }))).toHaveLength(4);
      expect(filterIncidents(all, f({ area: { kind: 'view', bbox: null } }))).toHaveLength(4);
    });
  });

  it('text: folded Arabic over places, titles and bodies; every word must match', () => {
    const articles = new Map([
      ['a1', article('a1', { title: 'قصف', body: 'غارات على مدينة معرّة النعمان ليلاً' })],
      ['a2', article('a2', { title: 'Shelling near Saraqib', body: 'قصف مدفعي' })],
    ]);
    const ev = (articleId: string) => ({ articleId, start: 0, end: 1, placeStart: 0, placeEnd: 1 });
    const all = [
      incident('a', { evidence: [ev('a1')], placeAr: 'كفرنبل' }),
      incident('b', { evidence: [ev('a2')], placeAr: 'معرة النعمان', placeEn: 'Maarat' }),
      incident('c', { evidence: [ev('a2')], placeAr: 'سراقب' }),
    ];
    const q = (text: string) => ids(filterIncidents(all, f({ text }), { articles }));
    expect(q('معرة النعمان')).toEqual(['a', 'b']);
    expect(q('مَعَرَّة')).toEqual(['a', 'b']);
    expect(q('saraqib')).toEqual(['b', 'c']);
    expect(q('كفرنبل غارات')).toEqual(['a']);
    expect(q('   ')).toEqual(['a', 'b', 'c']);
  });

  it('combines every filter (AND)', () => {
    const all = [
      incident('hit', { type: 'airstrike', actors: ['russia'], fatalities: 4, geoPrecision: 1 }),
      incident('wrongType', { type: 'shelling', actors: ['russia'], fatalities: 4 }),
      incident('wrongDate', { type: 'airstrike', actors: ['russia'], date: '2020-01-01' }),
      incident('noDead', { type: 'airstrike', actors: ['russia'], fatalities: 0 }),
    ];
    expect(
      ids(
        filterIncidents(
          all,
          f({
            dateFrom: '2021-01-01',
            types: ['airstrike'],
            actors: ['russia'],
            minKilled: 1,
            precisions: [1],
          }),
        ),
      ),
    ).toEqual(['hit']);
  });
});

describe('searchText', () => {
  it('folds diacritics, tatweel, alef forms, ى and ة', () => {
    expect(foldSearchText('معرّة النعمان')).toBe(foldSearchText('معرة النعمان'));
    expect(foldSearchText('إدلـــب')).toBe(foldSearchText('ادلب'));
    expect(foldSearchText('آ أ إ ٱ')).toBe(' ا ا ا ا ');
    expect(foldSearchText('مصطفى')).toBe(foldSearchText('مصطفي'));
    expect(foldSearchText('حماة')).toBe(foldSearchText('حماه'));
    expect(foldSearchText('١٢ Ma‘arrat')).toBe(' 12 ma arrat ');
    expect(queryTerms('  Idlib,  إدلب ')).toEqual(['idlib', 'ادلب']);
  });

  it('folds presentation forms and accented Latin, also in a long report', () => {
    const long = 'قصف '.repeat(5000);
    expect(foldSearchText(`${long}ﻻ ﷺ Çà`)).toBe(foldSearchText(`${long}لا صلى الله عليه وسلم ca`));
  });

  it('reads a byte order mark or an unassigned character in a report without failing', () => {
    // Such a character has no decomposition to fold: it once made the fold call itself forever.
    // A byte order mark is white space: the words on each side are found.
    expect(foldSearchText('سراقب\uFEFFاليوم')).toBe(' سراقب اليوم ');
    expect(foldSearchText('a\uFDD0b')).toBe(' a\uFDD0b ');
  });
});

describe('summarise', () => {
  it('counts by type and actor and sums casualties', () => {
    const s = summarise([
      incident('a', {
        type: 'airstrike',
        actors: ['russia', 'regime'],
        fatalities: 3,
        injuries: 1,
      }),
      incident('b', { type: 'airstrike', actors: ['russia'], fatalities: null, injuries: 2 }),
      incident('c', { type: 'clash', actors: [], fatalities: 0 }),
    ]);
    expect(s.incidents).toBe(3);
    expect(s.byType.airstrike).toBe(2);
    expect(s.byType.clash).toBe(1);
    expect(s.byActor.russia).toBe(2);
    expect(s.byActor.regime).toBe(1);
    expect(s.killed).toBe(3);
    expect(s.injured).toBe(3);
    expect(s.withKilledReported).toBe(2);
    // "Injured: 0" would claim a figure no incident gave: the count of those that state one says.
    expect(s.withInjuredReported).toBe(2);
  });

  it("says how much of the sums casualty tolls give (they may count the incidents' dead again)", () => {
    const s = summarise([
      incident('a', { type: 'airstrike', fatalities: 3, injuries: null }),
      incident('t', { type: 'other', fatalities: 40, injuries: 12 }),
      incident('u', { type: 'other', fatalities: null, injuries: 5 }),
    ]);
    expect([s.killed, s.injured]).toEqual([43, 17]);
    expect([s.killedInTolls, s.injuredInTolls]).toEqual([40, 17]);
  });
});

describe('noTolls', () => {
  it('leaves out the casualty tolls and nothing else, events of type Other included', () => {
    const fs = [
      incident('a', { type: 'airstrike', fatalities: 3 }),
      incident('toll', { type: 'other', fatalities: 40, injuries: 12 }),
      incident('injured-toll', { type: 'other', fatalities: null, injuries: 5 }),
      incident('arrest', { type: 'other', event: 'arrest', fatalities: null, injuries: null }),
      incident('protest-shot', { type: 'other', event: 'protest', fatalities: 1 }),
    ];
    const kept = (patch: Partial<Filters>) => ids(filterIncidents(fs, f(patch)));
    expect(kept({ noTolls: true })).toEqual(['a', 'arrest', 'protest-shot']);
    expect(
      kept({ noTolls: true }).every(
        (id) => !isCasualtyToll(fs.find((x) => x.properties.id === id)!.properties),
      ),
    ).toBe(true);
    // With a type chosen, the two narrow together.
    expect(kept({ noTolls: true, types: ['other'] })).toEqual(['arrest', 'protest-shot']);
    expect(kept({ noTolls: false, types: ['other'] })).toEqual([
      'toll',
      'injured-toll',
      'arrest',
      'protest-shot',
    ]);
  });
});

describe('events', () => {
  const fs = [
    incident('jet', { type: 'airstrike' }),
    incident('drone', { type: 'airstrike', event: 'drone-strike' }),
    incident('toll', { type: 'other', fatalities: 40 }),
    incident('arrest', { type: 'other', event: 'arrest' }),
    incident('pullout', { type: 'deployment', event: 'withdrawal' }),
  ];
  const kept = (patch: Partial<Filters>) => ids(filterIncidents(fs, f(patch)));
  it('keeps the incidents of the chosen events only, whatever their type', () => {
    expect(kept({ events: ['drone-strike'] })).toEqual(['drone']);
    expect(kept({ events: ['drone-strike', 'arrest'] })).toEqual(['drone', 'arrest']);
    // None chosen: every incident, with an event or without.
    expect(kept({ events: [] })).toEqual(['jet', 'drone', 'toll', 'arrest', 'pullout']);
  });
  it('narrows with the type: drone strikes among airstrikes, none among shelling', () => {
    expect(kept({ events: ['drone-strike'], types: ['airstrike'] })).toEqual(['drone']);
    expect(kept({ events: ['drone-strike'], types: ['shelling'] })).toEqual([]);
  });
  it('is one more active filter', () => {
    expect(activeFilterCount({ ...NO_FILTERS, events: ['arrest', 'protest'] })).toBe(1);
  });
});

describe('activeFilterCount', () => {
  it('counts each kind of filter once, and nothing for no filters', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(
      activeFilterCount({
        ...NO_FILTERS,
        types: ['airstrike', 'shelling'],
        dateFrom: '2021-06-01',
        dateTo: '2021-06-30',
        text: 'أريحا',
      }),
    ).toBe(3);
    expect(activeFilterCount({ ...NO_FILTERS, text: '   ' })).toBe(0);
    // Leaving tolls out is one of the casualty filters.
    expect(activeFilterCount({ ...NO_FILTERS, noTolls: true })).toBe(1);
    expect(activeFilterCount({ ...NO_FILTERS, noTolls: true, hasCasualties: true })).toBe(1);
  });
});
