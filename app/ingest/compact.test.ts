import { describe, expect, it } from 'vitest';
import { article, incident } from '../derive/testData';
import { ACTORS, INCIDENT_TYPES } from '../model';
import {
  buildCompact,
  COORD_SCALE,
  CompactBuilder,
  dayNumber,
  decodeCompact,
  eventOfCode,
  NO_DAY,
} from './compact';

const features = [
  incident(
    'i-1',
    {
      type: 'airstrike',
      // Israel is stored in the bit after unknown's (added later).
      actors: ['russia', 'regime', 'israel'],
      date: '2021-06-26',
      fatalities: 3,
      injuries: null,
      geoPrecision: 2,
      areaId: 'area-x',
      placeId: 'gn-1',
      placeEn: 'Ain Shib',
      placeAr: 'عين شيب',
      sources: 2,
      evidence: [
        { articleId: 'a1', start: 0, end: 5, placeStart: 0, placeEnd: 2 },
        { articleId: 'a2', start: 0, end: 5, placeStart: 0, placeEnd: 2 },
        { articleId: 'a3', start: 0, end: 5, placeStart: 0, placeEnd: 2 },
      ],
    },
    [36.512345, 35.812345],
  ),
  incident('i-2', {
    type: 'deployment',
    event: 'withdrawal',
    date: '2020-01-01',
    dateEnd: '2020-01-31',
    timePrecision: 3,
  }),
  incident('i-3', { type: 'no-such' as 'other', date: 'bad', actors: ['unknown'] }),
];
const articles = [
  article('a1', { outlet: 'Enab' }),
  article('a2', { outlet: 'SOHR' }),
  article('a3', { outlet: 'Enab' }),
];

describe('compact columns', () => {
  const bytes = buildCompact(features, articles);
  const c = decodeCompact(bytes.buffer as ArrayBuffer);

  it('round-trips every field the map, timeline and filters read', () => {
    expect(c.count).toBe(3);
    expect(c.ids()).toEqual(['i-1', 'i-2', 'i-3']);
    features.forEach((f, i) => {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(c.lon[i]! / COORD_SCALE).toBeCloseTo(lon, 6);
      expect(c.lat[i]! / COORD_SCALE).toBeCloseTo(lat, 6);
      expect(INCIDENT_TYPES[c.type[i]!]).toBe(INCIDENT_TYPES.includes(p.type) ? p.type : 'other');
      expect(ACTORS.filter((_, k) => c.actors[i]! & (1 << k))).toEqual(p.actors);
      expect(c.geoPrecision[i]).toBe(p.geoPrecision);
      expect(c.timePrecision[i]).toBe(p.timePrecision);
      expect(c.fatalities[i]).toBe(p.fatalities ?? -1);
      expect(c.injuries[i]).toBe(p.injuries ?? -1);
      expect(c.sources[i]).toBe(p.sources);
      expect(c.places[c.place[i]!]).toEqual({ id: p.placeId, ar: p.placeAr, en: p.placeEn });
      expect(c.area[i]! >= 0 ? c.areaIds[c.area[i]!] : undefined).toBe(p.areaId);
      expect(eventOfCode(c.event[i]!)).toBe(p.event);
    });
  });

  it('stores dates as a start day and a duration', () => {
    expect(c.start[0]).toBe(dayNumber('2021-06-26'));
    expect(c.duration[0]).toBe(0);
    expect(c.start[1]).toBe(dayNumber('2020-01-01'));
    expect(c.duration[1]).toBe(30);
    expect(c.start[2]).toBe(NO_DAY);
  });

  it('keeps the distinct outlets of each incident', () => {
    expect(c.outlets).toEqual(['Enab', 'SOHR']);
    const of = (i: number) =>
      Array.from(c.outletIds.subarray(c.outletStart[i], c.outletStart[i + 1])).map(
        (o) => c.outlets[o],
      );
    expect(of(0)).toEqual(['Enab', 'SOHR']);
    expect(of(1)).toEqual(['Enab']);
  });

  it('is small: a few dozen bytes per incident before compression', () => {
    const many = Array.from({ length: 1000 }, (_, k) => incident(`i-${k}`));
    const size = buildCompact(many, articles).byteLength;
    expect(size / 1000).toBeLessThan(60);
  });

  it('rejects a file that is not one', () => {
    expect(() => decodeCompact(new Uint8Array(16).buffer)).toThrow(/not an IAC1/);
  });

  it('says how many incidents each details chunk holds, 0 when there are none', () => {
    expect(c.detailChunk).toBe(0);
    const b = new CompactBuilder();
    for (const a of articles) b.addArticle(a);
    for (const f of features) b.addIncident(f);
    expect(decodeCompact(b.encode(1000).buffer as ArrayBuffer).detailChunk).toBe(1000);
  });

  it('finds an id by position and a position by id without splitting the ids', () => {
    const d = decodeCompact(buildCompact(features, articles).buffer as ArrayBuffer);
    expect([0, 1, 2].map((i) => d.idAt(i))).toEqual(['i-1', 'i-2', 'i-3']);
    expect(d.positionOf('i-3')).toBe(2);
    expect(d.positionOf('i-1')).toBe(0);
    // Whole ids only: a prefix, a part or a missing id is no position.
    expect(d.positionOf('i-')).toBe(-1);
    expect(d.positionOf('-2')).toBe(-1);
    expect(d.positionOf('i-4')).toBe(-1);
    expect(d.positionOf('i-1\ni-2')).toBe(-1);
    expect(d.ids()).toEqual(['i-1', 'i-2', 'i-3']);
    expect(d.idAt(1)).toBe('i-2');
    expect(d.idAt(9)).toBe('');
  });

  it('reads an empty dataset', () => {
    const e = decodeCompact(buildCompact([], []).buffer as ArrayBuffer);
    expect(e.count).toBe(0);
    expect(e.ids()).toEqual([]);
  });
});
