import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, incident } from '../derive/testData';
import { buildCompact, decodeCompact } from '../ingest/compact';
import { ACTORS, INCIDENT_EVENTS } from '../model';
import { LIST_ORDERS } from './listOrder';
import { columnRows, featureRows, type ListRow } from './listRows';

const TYPES = ['airstrike', 'shelling', 'clash'] as const;

/** Incidents on a few days (with spans, casualties, places), and their compact columns. */
function dataset(rows: [number, number, boolean][]) {
  const features = rows.map(([day, span, hurt], i) =>
    incident(`i-${i}`, {
      type: TYPES[i % 3],
      date: `2021-06-0${day}`,
      ...(span > 0 ? { dateEnd: `2021-06-0${day + span}` } : {}),
      timePrecision: span > 0 ? 3 : 1,
      geoPrecision: (1 + (i % 2)) as 1 | 2,
      placeId: `gn-${i % 4}`,
      placeAr: `مكان ${i % 4}`,
      placeEn: `Place ${i % 4}`,
      fatalities: hurt ? i : null,
      injuries: hurt ? null : i,
      ...(i % 5 === 0 ? { event: INCIDENT_EVENTS[(i / 5) % INCIDENT_EVENTS.length]! } : {}),
      evidence: [{ articleId: 'a1', start: 0, end: 1, placeStart: 0, placeEnd: 1 }],
    }),
  );
  const columns = decodeCompact(buildCompact(features, [article('a1')]).buffer as ArrayBuffer);
  return { features, columns };
}

/** What a filter pass gives the list: the mask and the positions it keeps. */
const kept = (mask: Uint8Array) => ({
  mask,
  positions: Uint32Array.from(mask.keys()).filter((i) => mask[i] === 1),
});

const all = (rows: { length: number; at(k: number): ListRow }) =>
  Array.from({ length: rows.length }, (_, k) => rows.at(k));

describe('list rows from the compact columns (details not loaded)', () => {
  it('show what the rows from the features show, in the same order, through any filter', () => {
    const row = fc.tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 0, max: 3 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(row, fc.boolean()), { maxLength: 40 }), (spec) => {
        const { features, columns } = dataset(spec.map(([r]) => r));
        const mask = new Uint8Array(spec.map(([, v]) => (v ? 1 : 0)));
        const visible = features.filter((_, i) => mask[i] === 1);
        const fromFeatures = all(featureRows(visible, features, mask)).map((p) => ({
          id: p.id,
          type: p.type,
          geoPrecision: p.geoPrecision,
          placeAr: p.placeAr,
          placeEn: p.placeEn,
          date: p.date,
          ...(p.dateEnd ? { dateEnd: p.dateEnd } : {}),
          timePrecision: p.timePrecision,
          fatalities: p.fatalities,
          injuries: p.injuries,
          // The columns give actors in ACTORS' order.
          actors: ACTORS.filter((a) => p.actors?.includes(a)),
          // A withdrawal is listed as one from the columns too.
          ...(p.event ? { event: p.event } : {}),
        }));
        expect(all(columnRows(columns, kept(mask)))).toEqual(fromFeatures);
      }),
    );
  });

  it('hold the newest `limit` rows at most, from the features and from the columns alike', () => {
    const spec: [number, number, boolean][] = Array.from({ length: 12 }, (_, i) => [
      1 + (i % 5),
      0,
      i % 2 === 0,
    ]);
    const { features, columns } = dataset(spec);
    const mask = new Uint8Array(12).fill(1);
    mask[3] = 0;
    const ids = (rows: { length: number; at(k: number): ListRow }) => all(rows).map((r) => r.id);
    expect(ids(columnRows(columns, kept(mask), 4))).toEqual(
      ids(
        featureRows(
          features.filter((_, i) => mask[i] === 1),
          features,
          mask,
          4,
        ),
      ),
    );
    expect(columnRows(columns, kept(mask), 4).length).toBe(4);
    expect(columnRows(columns, undefined, 5).length).toBe(5);
  });

  it('find the selected incident’s row, or -1 when it is filtered out', () => {
    const { columns } = dataset([
      [1, 0, true],
      [3, 0, false],
      [2, 0, true],
    ]);
    const rows = columnRows(columns, kept(new Uint8Array([1, 1, 0])));
    expect(all(rows).map((r) => r.id)).toEqual(['i-1', 'i-0']);
    expect(rows.indexOf('i-0')).toBe(1);
    expect(rows.indexOf('i-2')).toBe(-1);
    expect(columnRows(columns).indexOf('i-2')).toBe(1);
  });
});

describe('list orders', () => {
  const ids = (rows: { length: number; at(k: number): ListRow }) => all(rows).map((r) => r.id);

  it('are the same from the features and from the columns, through any filter and limit', () => {
    const row = fc.tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 0, max: 3 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(row, fc.boolean()), { maxLength: 40 }),
        fc.constantFrom(...LIST_ORDERS),
        fc.integer({ min: 1, max: 50 }),
        (spec, order, limit) => {
          const { features, columns } = dataset(spec.map(([r]) => r));
          const mask = new Uint8Array(spec.map(([, v]) => (v ? 1 : 0)));
          const visible = features.filter((_, i) => mask[i] === 1);
          expect(ids(columnRows(columns, kept(mask), limit, order))).toEqual(
            ids(featureRows(visible, features, mask, limit, order)),
          );
          // Without the dataset beside them, the visible incidents sort the same way.
          expect(ids(featureRows(visible, undefined, undefined, limit, order))).toEqual(
            ids(featureRows(visible, features, mask, limit, order)),
          );
        },
      ),
    );
  });

  it('put the oldest first, or the most killed first (unreported last, ties newest first)', () => {
    // [day, span, hurt]: hurt incidents report i killed, the others no toll.
    const { features } = dataset([
      [3, 0, true], // i-0: 0 killed, day 3
      [1, 0, false], // i-1: no toll, day 1
      [2, 0, true], // i-2: 2 killed, day 2
      [5, 0, true], // i-3: 3 killed, day 5
      [4, 0, true], // i-4: 4 killed, day 4
      [5, 0, false], // i-5: no toll, day 5
    ]);
    expect(ids(featureRows(features, features, undefined, 10, 'oldest'))).toEqual([
      'i-1',
      'i-2',
      'i-0',
      'i-4',
      'i-3',
      'i-5',
    ]);
    expect(ids(featureRows(features, features, undefined, 10, 'killed'))).toEqual([
      'i-4',
      'i-3',
      'i-2',
      'i-0',
      'i-5',
      'i-1',
    ]);
  });
});
