import { describe, expect, it } from 'vitest';
import { entryScripts } from './bundleSize';
import { percentile, rate, ratio } from './stats';
import { benchHeading, fmt, fmtBytes, formatTable } from './table';

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([40, 10, 30, 20], 0)).toBe(10);
    expect(percentile([40, 10, 30, 20], 100)).toBe(40);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 95)).toBeCloseTo(10.5);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN for no values and rejects p outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('rates and ratios', () => {
  it('divide, and give NaN for a zero denominator', () => {
    expect(rate(2000, 4)).toBe(500);
    expect(rate(1, 0)).toBeNaN();
    expect(ratio(6, 2)).toBe(3);
    expect(ratio(1, 0)).toBeNaN();
  });
});

describe('table', () => {
  it('formats numbers and bytes, with n/a for what was not measured', () => {
    expect(fmt(12345.678, 1)).toBe('12,345.7');
    expect(fmt(Number.NaN)).toBe('n/a');
    expect(fmtBytes(512)).toBe('512 B');
    expect(fmtBytes(2_500)).toBe('2.5 kB');
    expect(fmtBytes(3_400_000)).toBe('3.4 MB');
  });

  it('lines up the columns and right-aligns the values', () => {
    const text = formatTable('Heading', [
      { group: 'ingest', metric: 'reports/s', value: '1,200', note: 'one process' },
      { group: 'app', metric: 'filter p95 (100k)', value: '85 ms' },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Heading');
    expect(lines[2]).toBe('| group  | metric            | value | note        |');
    expect(lines[3]).toBe('|--------|-------------------|------:|-------------|');
    expect(lines[4]).toBe('| ingest | reports/s         | 1,200 | one process |');
    expect(lines[5]).toBe('| app    | filter p95 (100k) | 85 ms |             |');
    expect(new Set(lines.slice(2).map((l) => l.length)).size).toBe(1);
  });

  it('heads the table with the date, CPU and cores', () => {
    expect(benchHeading(new Date('2025-01-02T03:04:05Z'), ' AMD EPYC ', 2, 'v20.20.2')).toBe(
      'Incident Atlas benchmarks — 2025-01-02 03:04 UTC — AMD EPYC, 2 cores — Node v20.20.2',
    );
    expect(benchHeading(new Date(0), 'X', 2, 'v20', 3.456)).toMatch(/ — load 3\.46$/);
  });
});

describe('initial JavaScript', () => {
  it('reads the entry script and its modulepreloads from index.html', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel="stylesheet" href="./assets/index.css">
    </head>`;
    expect(entryScripts(html)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
  });
});
