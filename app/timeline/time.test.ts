import { describe, expect, it } from 'vitest';
import {
  binAt,
  binEdges,
  binStacked,
  centreOn,
  chooseInterval,
  clampView,
  closeRange,
  dayOf,
  fitTicks,
  isIsoDate,
  isoOf,
  midOf,
  month,
  panBy,
  panMargin,
  reveal,
  scaleTime,
  sideOf,
  tickLabel,
  tickLabels,
  ticks,
  unionOf,
  week,
  yearOf,
  zoomAround,
  zoomView,
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

describe('axis labels', () => {
  const iso = (t: { day: number }) => isoOf(t.day);
  it('day and week ticks carry the year on the first tick and where the year turns', () => {
    const axis = ticks(dayOf('2023-12-10'), dayOf('2024-02-10'), 5);
    expect(axis[0]!.interval.name).toBe('week');
    const labels = tickLabels(axis);
    expect(labels[0]).toBe('day-year');
    const turn = axis.findIndex((t) => iso(t) >= '2024-01-01');
    expect(labels[turn]).toBe('day-year');
    expect(labels.filter((l) => l === 'day-year')).toHaveLength(2);
    expect(labels.slice(1, turn).every((l) => l === 'day')).toBe(true);
  });
  it('a view inside one year names it once, on the first tick', () => {
    const labels = tickLabels(ticks(dayOf('2021-03-08'), dayOf('2021-06-14'), 8));
    expect(labels[0]).toBe('day-year');
    expect(labels.slice(1).every((l) => l === 'day')).toBe(true);
  });
  it('month ticks carry the year at the first tick and at January', () => {
    const axis = ticks(dayOf('2021-09-15'), dayOf('2022-04-15'), 8);
    const labels = tickLabels(axis);
    expect(axis.map(iso)).toEqual([
      '2021-10-01',
      '2021-11-01',
      '2021-12-01',
      '2022-01-01',
      '2022-02-01',
      '2022-03-01',
      '2022-04-01',
    ]);
    expect(labels).toEqual([
      'month-year',
      'month',
      'month',
      'month-year',
      'month',
      'month',
      'month',
    ]);
  });
  it('ticks a year or more apart say only the year', () => {
    const labels = tickLabels(ticks(dayOf('2010-01-01'), dayOf('2021-12-31'), 8));
    expect(new Set(labels)).toEqual(new Set(['year']));
  });
  it('tickLabel reads the tick before it', () => {
    const a = { day: dayOf('2021-12-27'), interval: week, step: 1 };
    const b = { day: dayOf('2022-01-03'), interval: week, step: 1 };
    expect(yearOf(a.day)).toBe(2021);
    expect(tickLabel(a)).toBe('day-year');
    expect(tickLabel(b, a)).toBe('day-year');
    expect(tickLabel({ ...b, day: dayOf('2022-01-10') }, b)).toBe('day');
  });
});

describe('zoom and pan', () => {
  it('zoomAround keeps the anchor where it is and bounds the length', () => {
    expect(zoomAround([0, 100], 0.5, 20, 7, 1000)).toEqual([10, 60]);
    expect(zoomAround([0, 100], 2, 50, 7, 1000)).toEqual([-50, 150]);
    expect(zoomAround([0, 10], 0.1, 5, 7, 1000)).toEqual([2, 9]);
    expect(zoomAround([0, 100], 100, 50, 7, 300)).toEqual([-100, 200]);
  });
  it('centreOn, reveal, panBy', () => {
    expect(centreOn([0, 10], 100)).toEqual([95, 105]);
    expect(reveal([0, 100], [90, 120], 5)).toEqual([25, 125]);
    expect(reveal([0, 100], [-20, 10], 0)).toEqual([-20, 80]);
    expect(reveal([0, 100], [40, 60], 5)).toEqual([0, 100]);
    // Too wide to show with its margin: centred.
    expect(reveal([0, 10], [100, 130], 0)).toEqual([110, 120]);
    expect(panBy([0, 100], 0.25)).toEqual([25, 125]);
    expect(panBy([0, 1], -0.1)).toEqual([-1, 0]);
  });
  it('sideOf says where a range lies', () => {
    expect(sideOf([0, 5], [10, 20])).toBe('before');
    expect(sideOf([21, 30], [10, 20])).toBe('after');
    expect(sideOf([5, 10], [10, 20])).toBe('in');
    expect(sideOf([0, 50], [10, 20])).toBe('in');
  });
  it('clampView stops a view a margin beyond the data, keeping its length', () => {
    const data: [number, number] = [1000, 1365];
    expect(clampView([1100, 1200], data, 10)).toEqual([1100, 1200]);
    expect(clampView([2000, 2100], data, 10)).toEqual([1275, 1375]);
    expect(clampView([0, 100], data, 10)).toEqual([990, 1090]);
    // A view longer than the data plus margins covers all of it.
    expect(clampView([0, 600], data, 10)).toEqual([775, 1375]);
    expect(clampView([1200, 1800], data, 10)).toEqual([990, 1590]);
    expect(clampView([900, 1500], data, 10)).toEqual([900, 1500]);
    expect(panMargin([0, 100])).toBe(10);
    expect(panMargin([0, 7])).toBe(3);
  });
  it('panning again and again stops at the data', () => {
    const data: [number, number] = [dayOf('2021-01-01'), dayOf('2021-12-31')];
    let view: [number, number] = [data[0] - 3, data[1] + 3];
    view = zoomAround(view, 1 / 3.375, midOf(view), 7, 1000);
    for (let i = 0; i < 20; i++) view = clampView(panBy(view, 0.25), data);
    expect(view[1]).toBe(data[1] + panMargin(view));
    for (let i = 0; i < 40; i++) view = clampView(panBy(view, -0.25), data);
    expect(view[0]).toBe(data[0] - panMargin(view));
  });
  it('closeRange closes open bounds at the data', () => {
    expect(closeRange(null, 50, [0, 100])).toEqual([0, 50]);
    expect(closeRange(20, null, [0, 100])).toEqual([20, 100]);
    expect(closeRange(null, null, [0, 100])).toEqual([0, 100]);
    expect(closeRange(150, null, [0, 100])).toEqual([150, 150]);
    expect(closeRange(null, -5, [0, 100])).toEqual([-5, -5]);
    expect(unionOf([0, 10], [5, 20])).toEqual([0, 20]);
  });
  it('zoom buttons zoom around a selected range and keep it in view', () => {
    // The view of 2021 with 5–18 March brushed: three zooms in keep the range on screen.
    const range: [number, number] = [dayOf('2021-03-05'), dayOf('2021-03-18')];
    let view: [number, number] = [dayOf('2020-12-29'), dayOf('2022-01-03')];
    for (let i = 0; i < 3; i++) {
      view = zoomView(view, 1 / 1.5, range, 7, 1000);
      expect(view[0]).toBeLessThanOrEqual(range[0]);
      expect(view[1]).toBeGreaterThanOrEqual(range[1]);
    }
    expect(view[1] - view[0]).toBeLessThan(120);
    // Zoomed in closer than the range: centred on it.
    const tight = zoomView([range[0], range[0] + 10], 0.7, range, 7, 1000);
    expect(midOf(tight)).toBeCloseTo(midOf(range), 0);
    // A range out of view is brought into the middle of the zoomed view.
    const away = zoomView([dayOf('2021-08-01'), dayOf('2021-11-19')], 1 / 1.5, range, 7, 1000);
    expect(sideOf(range, away)).toBe('in');
    expect(Math.abs(midOf(away) - midOf(range))).toBeLessThanOrEqual(1);
    // Without a range: around the view's middle.
    expect(zoomView([0, 100], 0.5, null, 7, 1000)).toEqual([25, 75]);
  });
});

describe('fitTicks', () => {
  const start = dayOf('2023-12-04');
  const end = dayOf('2024-03-03');
  const x = scaleTime([start, end + 1], [0, 1000]);
  it('keeps the ticks when every label fits before the next', () => {
    const fitted = fitTicks(start, end, 12, x, 1000, () => 40);
    expect(fitted.map((k) => k.tick.day)).toEqual(ticks(start, end, 12).map((t) => t.day));
    expect(fitted[0]!.label).toBe('day-year');
  });
  it('thins the ticks when long labels would overlap', () => {
    const width = (_t: unknown, label: string) => (label.endsWith('year') ? 150 : 100);
    const fitted = fitTicks(start, end, 12, x, 1000, width);
    expect(fitted.length).toBeLessThan(ticks(start, end, 12).length);
    for (let i = 0; i + 1 < fitted.length; i++)
      expect(x(fitted[i]!.tick.day) + width(null, fitted[i]!.label) + 8).toBeLessThanOrEqual(
        x(fitted[i + 1]!.tick.day),
      );
    // The year still shows, on the first tick and where it turns.
    expect(fitted[0]!.label).toMatch(/-year$/);
    const turn = fitted.findIndex((k) => isoOf(k.tick.day) >= '2024-01-01');
    expect(fitted[turn]!.label).toMatch(/-year$/);
  });
  it('drops a label that would run past the end', () => {
    const fitted = fitTicks(start, end, 12, x, 1000, () => 60);
    const last = fitted[fitted.length - 1]!;
    expect(x(last.tick.day) + 60).toBeLessThanOrEqual(1000);
  });
  it('gives a phone’s narrow axis over six years at least two years, not one', () => {
    // The 100k synthetic dataset's period on a 358-pixel axis: three ticks asked for gave one
    // step of five years, and a single label ("2023").
    const from = dayOf('2018-12-29');
    const to = dayOf('2025-01-03');
    const narrow = scaleTime([from, to + 1], [0, 358]);
    const fitted = fitTicks(from, to, 358 / 90, narrow, 358, () => 30);
    expect(fitted.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i + 1 < fitted.length; i++)
      expect(narrow(fitted[i]!.tick.day) + 38).toBeLessThanOrEqual(narrow(fitted[i + 1]!.tick.day));
  });
});

describe('binAt', () => {
  it('finds the bin holding a day, and none outside the bins', () => {
    const weeks = [0, 7, 14, 21];
    expect(binAt(weeks, 0)).toBe(0);
    expect(binAt(weeks, 9)).toBe(1);
    expect(binAt(weeks, 20)).toBe(2);
    expect(binAt(weeks, 21)).toBe(-1);
    expect(binAt(weeks, -1)).toBe(-1);
    // Months of unequal length.
    const months = [0, 31, 59, 90];
    expect(binAt(months, 58)).toBe(1);
    expect(binAt(months, 59)).toBe(2);
    expect(binAt([], 3)).toBe(-1);
  });
});
