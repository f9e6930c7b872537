import { describe, expect, it } from 'vitest';
import { type DetailsSituation, detailsNotice, detailsToLoad } from './detailsNotice';

const at = (s: Partial<DetailsSituation>): DetailsSituation => ({
  details: 'deferred',
  chunked: true,
  tooLarge: true,
  searching: false,
  selected: 'none',
  ...s,
});

describe('what a deferred dataset loads, and what it says', () => {
  it('1M with chunks: an opened incident loads its chunk, a search loads nothing and says places only', () => {
    expect(detailsToLoad(at({ selected: 'waiting' }))).toBe('chunk');
    expect(detailsNotice(at({ selected: 'waiting' }))).toBe('loading');
    expect(detailsNotice(at({ selected: 'loading' }))).toBe('loading');
    expect(detailsNotice(at({ selected: 'here' }))).toBeNull();
    expect(detailsToLoad(at({ searching: true }))).toBeNull();
    expect(detailsNotice(at({ searching: true }))).toBe('placesOnly');
  });

  it('below the size limit a search loads every detail; without chunks, so does an opened incident', () => {
    expect(detailsToLoad(at({ tooLarge: false, searching: true }))).toBe('all');
    expect(detailsToLoad(at({ chunked: false, selected: 'waiting' }))).toBe('all');
    expect(detailsToLoad(at({}))).toBeNull();
  });

  it('a failure is shown and never retried by itself; a chunk can still be opened after it', () => {
    expect(detailsNotice(at({ details: 'error' }))).toBe('failed');
    expect(detailsToLoad(at({ details: 'error', chunked: false, selected: 'waiting' }))).toBeNull();
    expect(detailsToLoad(at({ details: 'error', searching: true, tooLarge: false }))).toBeNull();
    expect(detailsToLoad(at({ details: 'error', selected: 'waiting' }))).toBe('chunk');
    expect(detailsNotice(at({ selected: 'failed' }))).toBe('failed');
  });

  it('loaded details need nothing and say nothing', () => {
    const ready = at({ details: 'ready', searching: true, selected: 'here' });
    expect(detailsToLoad(ready)).toBeNull();
    expect(detailsNotice(ready)).toBeNull();
    expect(detailsNotice(at({ details: 'loading' }))).toBe('loading');
  });
});
