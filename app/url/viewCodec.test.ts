import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Filters, NO_FILTERS } from '../derive/filters';
import { ACTORS, INCIDENT_EVENTS, INCIDENT_TYPES } from '../model';
import { isoOf } from '../timeline/time';
import { decodeView, encodeView, hasControl, readView, type ViewState } from './viewCodec';

const full: ViewState = {
  filters: {
    dateFrom: '2021-03-01',
    dateTo: '2021-04-15',
    types: ['airstrike', 'shelling'],
    actors: ['russia', 'regime'],
    events: ['arrest', 'drone-strike'],
    hasCasualties: true,
    minKilled: 3,
    noTolls: true,
    outlets: ['عنب بلدي', 'Smart, News & "Co"'],
    precisions: [1, 3],
    area: {
      kind: 'polygon',
      ring: [
        [36.5, 35.5],
        [36.9, 35.6],
        [36.7, 36.01234],
      ],
    },
    includeOverlapping: false,
    text: 'معرّة النعمان & co',
  },
  selectedId: 'fx-0012',
  map: { lon: 36.71234, lat: 35.91, zoom: 8.25 },
  lang: 'en',
  order: 'killed',
};

describe('encodeView / decodeView', () => {
  it('round-trips a full view', () => {
    expect(decodeView(encodeView(full))).toEqual(full);
    expect(decodeView(`?${encodeView(full)}`)).toEqual(full);
  });

  it('round-trips each area kind', () => {
    for (const area of [
      { kind: 'bbox', bbox: [36, 35, 37, 36] },
      { kind: 'region', id: 'adm1-ID' },
      { kind: 'view', bbox: null },
    ] as const) {
      const v = { filters: { ...NO_FILTERS, area: structuredClone(area) as never } };
      expect(decodeView(encodeView(v)).filters?.area).toEqual(area);
    }
  });

  it('leaves defaults out of the URL', () => {
    expect(encodeView({ filters: NO_FILTERS })).toBe('');
    expect(encodeView({ filters: NO_FILTERS, lang: 'ar' })).toBe('lang=ar');
    expect(encodeView({ filters: NO_FILTERS, order: 'newest' })).toBe('');
  });

  it('drops malformed, out-of-range, unknown and injected fields one by one', () => {
    const v = decodeView(
      '?from=2021-02-30&to=2021-05-01&type=airstrike,bogus&actor=russia&kmin=-3&prec=1,7' +
        '&area=poly:1,2;3,4&map=99/0/0&lang=fr&sel=<script>&evil=1&q=%00x&outlet=&order=random',
    );
    // A list keeps the values it knows: the link still narrows to airstrikes, not to every type.
    expect(v).toEqual({
      filters: {
        ...NO_FILTERS,
        dateTo: '2021-05-01',
        types: ['airstrike'],
        actors: ['russia'],
        precisions: [1],
      },
    });
    expect(decodeView('from=2021-06-01&to=2021-01-01')).toEqual({});
    expect(decodeView(`q=${'x'.repeat(10_000)}`)).toEqual({});
    expect(decodeView('area=bbox:37,35,36,36')).toEqual({});
    expect(decodeView('area=poly:NaN,1;2,3;4,5')).toEqual({});
    expect(decodeView('%E0%A4%A')).toEqual({});
  });

  it('names every value it left out of a known key, so the reader can be told', () => {
    const { unread } = readView(
      '?from=2021-02-30&to=2021-05-01&type=airstrike,bogus&actor=russia&kmin=-3&prec=1,7' +
        '&map=99/0/0&lang=fr&sel=<script>&evil=1&q=%00x&outlet=&order=random',
    );
    expect(unread).toEqual([
      { key: 'from', value: '2021-02-30' },
      { key: 'type', value: 'bogus' },
      { key: 'prec', value: '7' },
      { key: 'kmin', value: '-3' },
      { key: 'q' },
      { key: 'sel' },
      { key: 'map', value: '99/0/0' },
      { key: 'lang', value: 'fr' },
      { key: 'order', value: 'random' },
    ]);
  });

  it('a link whose lists name nothing known filters by nothing, and says what it could not read', () => {
    const r = readView('type=heatwave,Airstrike');
    expect(r.view).toEqual({});
    expect(r.unread.map((u) => u.value)).toEqual(['heatwave', 'Airstrike']);
  });

  it('reads a valid view with nothing left out, and ignores empty values and unknown keys', () => {
    expect(readView('type=airstrike&from=2021-01-01&utm_source=x&q=&kmin=').unread).toEqual([]);
    expect(readView(`q=${'x'.repeat(10_000)}`).unread).toEqual([{ key: '', value: '10002' }]);
  });

  it('never shows back a value that could put words on the page: markup, spaces, long text', () => {
    const { unread } = readView(
      `sel=${encodeURIComponent('<b>visit evil.example</b>')}&type=Call+us+now&q=${'y'.repeat(300)}&order=${'z'.repeat(41)}`,
    );
    expect(unread).toEqual([{ key: 'type' }, { key: 'q' }, { key: 'sel' }, { key: 'order' }]);
  });

  it('any string decodes without throwing, to a valid partial view', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const v = decodeView(s);
        if (v.filters)
          expect(Object.keys(v.filters).sort()).toEqual(Object.keys(NO_FILTERS).sort());
        if (v.lang) expect(['ar', 'en']).toContain(v.lang);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 8 }), (pairs) => {
        const s = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&');
        decodeView(s);
      }),
    );
  });

  it('round-trips any valid view (fast-check)', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map(isoOf);
    const coord = (min: number, max: number) =>
      fc.integer({ min: min * 1e5, max: max * 1e5 }).map((x) => x / 1e5);
    const filters: fc.Arbitrary<Filters> = fc.record({
      dateFrom: fc.option(day),
      dateTo: fc.option(day),
      types: fc.subarray([...INCIDENT_TYPES]),
      actors: fc.subarray([...ACTORS]),
      events: fc.subarray([...INCIDENT_EVENTS]),
      hasCasualties: fc.boolean(),
      minKilled: fc.option(fc.integer({ min: 1, max: 999_999 })),
      noTolls: fc.boolean(),
      outlets: fc.uniqueArray(
        fc
          .string({ minLength: 1, maxLength: 40 })
          .filter((s) => s.trim() === s && s.length > 0 && !hasControl(s)),
        { maxLength: 5 },
      ),
      precisions: fc.subarray([1, 2, 3] as const),
      area: fc.option(
        fc.oneof(
          fc.record({
            kind: fc.constant('polygon' as const),
            ring: fc.array(fc.tuple(coord(-180, 180), coord(-90, 90)), {
              minLength: 3,
              maxLength: 20,
            }),
          }),
          fc.record({
            kind: fc.constant('region' as const),
            id: fc.stringMatching(/^[\w.-]{1,30}$/),
          }),
          fc.record({ kind: fc.constant('view' as const), bbox: fc.constant(null) }),
        ),
      ),
      includeOverlapping: fc.boolean(),
      text: fc.string({ maxLength: 50 }).filter((s) => !hasControl(s)),
    });
    fc.assert(
      fc.property(filters, fc.constantFrom('ar' as const, 'en' as const), (f, lang) => {
        if (f.dateFrom && f.dateTo && f.dateFrom > f.dateTo)
          [f.dateFrom, f.dateTo] = [f.dateTo, f.dateFrom];
        const back = decodeView(encodeView({ filters: f, lang }));
        expect(back.lang).toBe(lang);
        expect(back.filters ?? NO_FILTERS).toEqual(f);
      }),
    );
  });
});
