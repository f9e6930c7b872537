import { describe, expect, it } from 'vitest';
import { boundChange } from './boundChange';

const none = { from: null, to: null };

describe('boundChange', () => {
  it('passes a change through when no day waits', () => {
    expect(boundChange({ dateTo: '2021-06-30' }, none)).toEqual({ dateTo: '2021-06-30' });
    expect(boundChange({ dateFrom: null }, none)).toEqual({ dateFrom: null });
  });
  it('applies a refused start with the end that lets it in', () => {
    // ?to=2021-03-31, From 2021-04-01 refused, then To 2021-06-30.
    const waiting = { from: '2021-04-01', to: null };
    expect(boundChange({ dateTo: '2021-06-30' }, waiting)).toEqual({
      dateTo: '2021-06-30',
      dateFrom: '2021-04-01',
    });
    expect(boundChange({ dateTo: '2021-04-01' }, waiting)).toEqual({
      dateTo: '2021-04-01',
      dateFrom: '2021-04-01',
    });
    expect(boundChange({ dateTo: null }, waiting)).toEqual({
      dateTo: null,
      dateFrom: '2021-04-01',
    });
  });
  it('keeps the start waiting while the new end still refuses it', () => {
    const waiting = { from: '2021-04-01', to: null };
    expect(boundChange({ dateTo: '2021-03-15' }, waiting)).toEqual({ dateTo: '2021-03-15' });
  });
  it('applies a refused end with the start that lets it in (and not with itself)', () => {
    const waiting = { from: null, to: '2021-02-01' };
    expect(boundChange({ dateFrom: '2021-01-10' }, waiting)).toEqual({
      dateFrom: '2021-01-10',
      dateTo: '2021-02-01',
    });
    expect(boundChange({ dateFrom: '2021-03-01' }, waiting)).toEqual({ dateFrom: '2021-03-01' });
    // A change of the waiting field's own bound does not pick up its own waiting day.
    expect(boundChange({ dateTo: '2021-05-01' }, waiting)).toEqual({ dateTo: '2021-05-01' });
  });
  it('leaves a change of both bounds (a brush) alone', () => {
    const both = { dateFrom: '2021-05-01', dateTo: '2021-05-09' };
    expect(boundChange(both, { from: '2021-01-01', to: '2021-12-01' })).toEqual(both);
  });
});
