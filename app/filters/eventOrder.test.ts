import { describe, expect, it } from 'vitest';
import { ACTORS, INCIDENT_EVENTS } from '../model';
import { ACTORS_LISTED, EVENTS_BY_TYPE } from './FilterBar';

describe('the "What happened" menu', () => {
  it('offers every event once, so none can be missing from the filter', () => {
    expect([...EVENTS_BY_TYPE].sort()).toEqual([...INCIDENT_EVENTS].sort());
  });
});

describe('the Actor menu', () => {
  it('offers every actor once, unknown last though israel is stored after it', () => {
    expect([...ACTORS_LISTED].sort()).toEqual([...ACTORS].sort());
    expect(ACTORS_LISTED.at(-1)).toBe('unknown');
  });
});
