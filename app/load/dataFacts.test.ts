import { describe, expect, it } from 'vitest';
import { dayOf } from '../timeline/time';
import { dataFacts } from './dataFacts';

const index = (rows: { start: string | null; end?: string; precision: number }[], outlets = 2) => ({
  n: rows.length,
  start: Int32Array.from(rows.map((r) => (r.start ? dayOf(r.start) : -2e9))),
  end: Int32Array.from(rows.map((r) => (r.start ? dayOf(r.end ?? r.start) : -2e9))),
  precision: Uint8Array.from(rows.map((r) => r.precision)),
  outletNames: Array.from({ length: outlets }, (_, k) => `outlet ${k}`),
});

describe('dataFacts', () => {
  it('counts incidents by place precision and spans their dates, ends of ranges included', () => {
    const facts = dataFacts(
      index([
        { start: '2021-03-01', end: '2021-03-31', precision: 3 },
        { start: '2021-02-10', precision: 1 },
        { start: '2021-03-05', precision: 2 },
        { start: '2021-03-06', precision: 1 },
      ]),
    );
    expect(facts).toEqual({
      incidents: 4,
      outlets: 2,
      first: '2021-02-10',
      last: '2021-03-31',
      byPrecision: { 1: 2, 2: 1, 3: 1 },
    });
  });
  it('leaves undated incidents out of the span, and says when nothing is dated', () => {
    expect(dataFacts(index([{ start: null, precision: 1 }])).first).toBeNull();
    expect(dataFacts(index([])).incidents).toBe(0);
  });
});
