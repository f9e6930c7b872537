import { describe, expect, it } from 'vitest';
import { incident } from '../derive/testData';
import { exportFileName } from './exportName';

const NO_DATES = { dateFrom: null, dateTo: null };
const spring = [
  incident('a', { date: '2021-04-02' }),
  incident('b', { date: '2021-03-01' }),
  // A period: the file covers it to its last day.
  incident('c', { date: '2021-06-20', dateEnd: '2021-06-26' }),
];

describe('exportFileName', () => {
  it('names an unfiltered export by the first and last day of its incidents, and their count', () => {
    expect(exportFileName(spring, NO_DATES, 'csv')).toBe('incidents_2021-03-01_2021-06-26_3.csv');
  });

  it('names a date-filtered export by the period asked for', () => {
    const dates = { dateFrom: '2021-01-01', dateTo: '2021-12-31' };
    expect(exportFileName(spring, dates, 'geojson')).toBe(
      'incidents_2021-01-01_2021-12-31_3.geojson',
    );
    // One bound set: the other is the data's own.
    expect(exportFileName(spring, { dateFrom: '2021-02-01', dateTo: null }, 'csv')).toBe(
      'incidents_2021-02-01_2021-06-26_3.csv',
    );
  });

  it('gives different selections different names, and never says "start" or "end"', () => {
    const names = [
      exportFileName(spring, NO_DATES, 'csv'),
      exportFileName(spring.slice(0, 2), NO_DATES, 'csv'),
      exportFileName([], NO_DATES, 'csv'),
    ];
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).not.toMatch(/start|end/);
    expect(names[2]).toBe('incidents_0.csv');
  });
});
