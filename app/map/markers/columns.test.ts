import { describe, expect, it } from 'vitest';
import type { IncidentFeature } from '../../model';
import { dayNumber, toColumns, toMercator } from './columns';

const feature = (lon: number, lat: number, date: string, type: string, dateEnd?: string) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { date, type, ...(dateEnd ? { dateEnd } : {}) },
  }) as unknown as IncidentFeature;

describe('incident columns', () => {
  it('projects to Web Mercator in 0..1', () => {
    expect(toMercator(0, 0)).toEqual([0.5, 0.5]);
    const [x, y] = toMercator(36.63, 35.93);
    expect(x).toBeCloseTo((36.63 + 180) / 360, 10);
    expect(y).toBeGreaterThan(0.3);
    expect(y).toBeLessThan(0.5);
  });

  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2021-06-26')).toBe(Date.parse('2021-06-26T00:00:00Z') / 86_400_000);
  });

  it('lays incidents out as typed-array columns', () => {
    const c = toColumns([
      feature(36, 35, '2020-01-01', 'shelling'),
      feature(37, 36, '2020-01-01', 'no-such-type', '2020-01-03'),
    ]);
    expect(c.count).toBe(2);
    expect(c.mercator).toHaveLength(4);
    expect(Array.from(c.days)).toEqual([18262, 18262, 18262, 18264]);
    expect(Array.from(c.types)).toEqual([1, 7]);
  });
});
