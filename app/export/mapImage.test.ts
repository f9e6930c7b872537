import { describe, expect, it } from 'vitest';
import { buildIndex } from '../derive/filters';
import { incident } from '../derive/testData';
import { INCIDENT_TYPES } from '../model';
import { dayOf } from '../timeline/time';
import { timeStrip, wrapText } from './mapImage';

const chars = (s: string) => s.length;

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than the width', () => {
    expect(wrapText('a bb ccc dd', 4, chars)).toEqual(['a bb', 'ccc', 'dd']);
  });

  it('keeps a text that fits on one line', () => {
    expect(wrapText('Killed: 4', 40, chars)).toEqual(['Killed: 4']);
  });

  it('cuts a word longer than a line (a link) where it must, losing nothing', () => {
    const link = 'https://atlas.example/?from=2021-06-01&to=2021-06-30';
    const lines = wrapText(`view ${link} made`, 20, chars);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join('').replaceAll(' ', '')).toBe(`view${link}made`);
  });

  it('still ends when not even one character fits', () => {
    expect(wrapText('abc', 0, chars)).toEqual(['a', 'b', 'c']);
  });
});

describe('timeStrip', () => {
  const index = buildIndex([
    incident('a', { type: 'airstrike', date: '2021-03-02' }),
    incident('b', { type: 'shelling', date: '2021-03-02' }),
    incident('c', {
      type: 'airstrike',
      date: '2021-03-01',
      dateEnd: '2021-03-31',
      timePrecision: 3,
    }),
    incident('d', { type: 'airstrike', date: '2021-07-01' }),
  ]);
  const airstrike = INCIDENT_TYPES.indexOf('airstrike');
  const shelling = INCIDENT_TYPES.indexOf('shelling');
  const total = (counts: Float64Array) => counts.reduce((s, n) => s + n, 0);

  it('counts only the shown incidents, by type, over the period', () => {
    const shown = Uint8Array.of(1, 0, 1, 1);
    const s = timeStrip(index, shown, dayOf('2021-03-01'), dayOf('2021-05-31'), 944)!;
    expect(s.interval).toBe('day');
    expect(s.from).toBe(dayOf('2021-03-01'));
    // a, and c spread over its month; d is after the period, b is not shown.
    expect(total(s.counts)).toBeCloseTo(2);
    const layers = INCIDENT_TYPES.length;
    const day2 = 1;
    expect(s.counts[day2 * layers + airstrike]).toBeCloseTo(1 + 1 / 31);
    expect(s.counts[day2 * layers + shelling]).toBe(0);
  });

  it('takes longer bins for a long period on a narrow strip, as the timeline does', () => {
    const all = Uint8Array.of(1, 1, 1, 1);
    expect(timeStrip(index, all, dayOf('2019-01-01'), dayOf('2024-12-31'), 944)?.interval).toBe(
      'month',
    );
    expect(timeStrip(index, all, dayOf('2021-01-01'), dayOf('2021-12-31'), 944)?.interval).toBe(
      'week',
    );
  });

  it('draws no strip for a period under a week', () => {
    const all = Uint8Array.of(1, 1, 1, 1);
    expect(timeStrip(index, all, dayOf('2021-03-02'), dayOf('2021-03-02'), 944)).toBeUndefined();
    expect(timeStrip(index, all, dayOf('2021-03-01'), dayOf('2021-03-07'), 944)).toBeDefined();
  });
});
