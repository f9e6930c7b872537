import { describe, expect, it } from 'vitest';
import { INCIDENT_EVENTS } from '../model';
import { EVENTS_BY_TYPE } from './FilterBar';

describe('the "What happened" menu', () => {
  it('offers every event once, so none can be missing from the filter', () => {
    expect([...EVENTS_BY_TYPE].sort()).toEqual([...INCIDENT_EVENTS].sort());
  });
});
