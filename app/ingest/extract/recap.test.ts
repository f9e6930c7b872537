import { describe, expect, it } from 'vitest';
import { incident } from '../../derive/testData';
import type { Actor, IncidentFeature, IncidentProperties } from '../../model';
import { mergeIncidents } from './merge';
import { foldRecaps, recapDays } from './recap';

/** An airstrike on Kafr Nabl told by one report: on a day, or over a span (`dateEnd`). */
const strike = (articleId: string, date: string, more: Partial<IncidentProperties> = {}) =>
  incident('', {
    type: 'airstrike',
    actors: ['russia'] as Actor[],
    date,
    timePrecision: more.dateEnd ? 2 : 1,
    placeId: 'gn-kafr-nabl',
    placeAr: 'كفرنبل',
    placeEn: 'Kafr Nabl',
    evidence: [{ articleId, start: 0, end: 10, placeStart: 2, placeEnd: 6 }],
    ...more,
  });

/** Told last week (Monday 21 to Sunday 27 June 2021) by a report of the 28th. */
const lastWeek = (more: Partial<IncidentProperties> = {}) =>
  strike('a-recap', '2021-06-21', { dateEnd: '2021-06-27', fatalities: 2, ...more });
const outletOf = (id: string) => (id === 'a-recap' ? 'SOHR' : 'Enab Baladi');

describe('an event told over a week and by another report on its day', () => {
  it('is one incident on that day, cited by both reports, with the recap toll', () => {
    const merged = mergeIncidents(
      foldRecaps([lastWeek(), strike('a-day', '2021-06-24')], outletOf),
      outletOf,
    );
    expect(merged).toHaveLength(1);
    const p = merged[0]!.properties;
    expect(p.date).toBe('2021-06-24');
    expect(p.dateEnd).toBeUndefined();
    expect(p.timePrecision).toBe(1);
    expect(p.fatalities).toBe(2);
    expect(p.sources).toBe(2);
    expect(p.evidence.map((e) => e.articleId).sort()).toEqual(['a-day', 'a-recap']);
  });

  it('keeps the day unstated when the day report did not state it', () => {
    const [i] = recapDays([lastWeek(), strike('a-day', '2021-06-24', { dateFromReport: true })]);
    expect(i?.[1]).toEqual({ date: '2021-06-24', timePrecision: 1, dateFromReport: true });
  });

  it('whatever order they come in', () => {
    const a = [lastWeek(), strike('a-day', '2021-06-24')];
    expect(mergeIncidents(foldRecaps([...a].reverse(), outletOf), outletOf)).toEqual(
      mergeIncidents(foldRecaps(a, outletOf), outletOf),
    );
  });
});

describe('a span that stays a span', () => {
  const days = (list: IncidentFeature[]) => [...recapDays(list).keys()];

  it('when two days of it are told (a week of strikes, not one)', () => {
    expect(
      days([lastWeek(), strike('a-day', '2021-06-22'), strike('a-other', '2021-06-25')]),
    ).toEqual([]);
  });

  it('but one day told by two reports is one day', () => {
    expect(
      days([lastWeek(), strike('a-day', '2021-06-22'), strike('a-other', '2021-06-22')]),
    ).toEqual([0]);
  });

  it('when the day is outside it, of another type, or by another side', () => {
    expect(days([lastWeek(), strike('a-day', '2021-06-28')])).toEqual([]);
    expect(days([lastWeek(), strike('a-day', '2021-06-24', { type: 'shelling' })])).toEqual([]);
    expect(days([lastWeek(), strike('a-day', '2021-06-24', { actors: ['regime'] })])).toEqual([]);
  });

  it('but a day whose side is unknown can be it', () => {
    expect(days([lastWeek(), strike('a-day', '2021-06-24', { actors: ['unknown'] })])).toEqual([0]);
  });

  it('when both are told in one report (two events it tells apart)', () => {
    expect(days([lastWeek(), strike('a-recap', '2021-06-24')])).toEqual([]);
  });

  it('at an area, where unknown villages fall back too', () => {
    const area = { placeId: 'area-idlib-south', geoPrecision: 2 as const };
    expect(days([lastWeek(area), strike('a-day', '2021-06-24', area)])).toEqual([]);
  });

  it('over more than a month (a season tallied, not one event)', () => {
    expect(
      days([
        lastWeek({ date: '2021-05-01', dateEnd: '2021-06-27' }),
        strike('a-day', '2021-06-24'),
      ]),
    ).toEqual([]);
  });
});
