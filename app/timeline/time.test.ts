import { describe, expect, it } from 'vitest';
import {
  binEdges,
  binStacked,
  chooseInterval,
  dayOf,
  isIsoDate,
  isoOf,
  month,
  scaleTime,
  ticks,
  week,
} from './time';

describe('day numbers', () => {
  it('round-trip ISO dates and reject impossible ones', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(isoOf(dayOf('2021-02-28'))).toBe('2021-02-28');
    expect(dayOf('2021-03-01') - dayOf('2021-02-28')).toBe(1);
    expect(dayOf('2021-02-29')).toBeNaN();
    expect(dayOf('2021-2-01')).toBeNaN();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('nope')).toBe(false);
  });
});

describe('intervals', () => {
  it('weeks start on Monday', () => {
    // 2021-06-02 was a Wednesday; its week starts Monday 2021-05-31.
    expect(isoOf(week.floor(dayOf('2021-06-02')))).toBe('2021-05-31');
    expect(isoOf(week.floor(dayOf('2021-05-31')))).toBe('2021-05-31');
    expect(isoOf(week.floor(dayOf('2021-06-06')))).toBe('2021-05-31');
  });
  it('months floor to the 1st and step by calendar months', () => {
    expect(isoOf(month.floor(dayOf('2021-02-17')))).toBe('2021-02-01');
    expect(isoOf(month.offset(dayOf('2021-12-01'), 1))).toBe('2022-01-01');
  });
  it('chooseInterval picks days, then weeks, then months', () => {
    expect(chooseInterval(0, 60).name).toBe('day');
    expect(chooseInterval(0, 400).name).toBe('week');
    expect(chooseInterval(0, 3000).name).toBe('month');
  });
  it('binEdges covers the range', () => {
    const e = binEdges(month, dayOf('2021-01-15'), dayOf('2021-03-02'));
    expect(e.map(isoOf)).toEqual(['2021-01-01', '2021-02-01', '2021-03-01', '2021-04-01']);
  });
});

describe('scaleTime', () => {
  it('maps and inverts, including a reversed range (right-to-left)', () => {
    const s = scaleTime([0, 10], [100, 200]);
    expect(s(5)).toBe(150);
    expect(s.invert(150)).toBe(5);
    const r = scaleTime([0, 10], [200, 100]);
    expect(r(0)).toBe(200);
    expect(r.invert(110)).toBeCloseTo(9);
  });
  it('ticks are calendar-aligned and inside the range', () => {
    const t = ticks(dayOf('2021-01-01'), dayOf('2021-12-31'), 8);
    expect(t.length).toBeGreaterThan(2);
    expect(t.length).toBeLessThanOrEqual(13);
    for (const { day } of t) expect(isoOf(day).endsWith('-01')).toBe(true);
  });
});

describe('binStacked', () => {
  it('counts day incidents in their bin and layer', () => {
    const edges = binEdges({ name: 'day', floor: Math.floor, offset: (d, n) => d + n }, 0, 4);
    const c = binStacked(
      edges,
      Int32Array.from([0, 0, 3]),
      Int32Array.from([0, 0, 3]),
      Uint8Array.from([0, 1, 1]),
      2,
    );
    expect([...c]).toEqual([1, 1, 0, 0, 0, 0, 0, 1, 0, 0]);
  });

  it('spreads an interval over the bins it covers, conserving its weight of 1', () => {
    const edges = binEdges(week, dayOf('2021-05-31'), dayOf('2021-06-20'));
    // A month-precise incident from the 1st to the 30th of June.
    const c = binStacked(
      edges,
      Int32Array.from([dayOf('2021-06-01')]),
      Int32Array.from([dayOf('2021-06-30')]),
      Uint8Array.from([0]),
      1,
    );
    expect(c[0]).toBeCloseTo(6 / 30);
    expect(c[1]).toBeCloseTo(7 / 30);
    // The part after the last edge is outside the histogram.
    const total = c.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(20 / 30);
  });

  it('skips excluded items and items outside the range', () => {
    const edges = [0, 1, 2];
    const c = binStacked(
      edges,
      Int32Array.from([0, 1, 5]),
      Int32Array.from([0, 1, 5]),
      Uint8Array.from([0, 0, 0]),
      1,
      Uint8Array.from([0, 1, 1]),
    );
    expect([...c]).toEqual([0, 1]);
  });

  it('month bins (not uniform) are found by search', () => {
    const edges = binEdges(month, dayOf('2021-01-01'), dayOf('2021-03-31'));
    const d = [dayOf('2021-01-31'), dayOf('2021-02-01'), dayOf('2021-03-31')];
    const c = binStacked(edges, Int32Array.from(d), Int32Array.from(d), new Uint8Array(3), 1);
    expect([...c]).toEqual([1, 1, 1]);
  });
});
