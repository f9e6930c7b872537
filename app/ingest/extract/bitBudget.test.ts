import { describe, expect, it } from 'vitest';
import './extractIncidents';
import '../pipeline';
import { bitBudget } from './words';

describe('the word matchers’ bit mask', () => {
  it('has a bit for every matcher the extraction makes, so none falls back to its slow literal scan', () => {
    // A matcher past the 31st runs a literal regex over every text it is asked about: adding
    // six rare lists once moved the actor lists out of the mask and cost the ingest 5–9 %.
    const { used, refused, max } = bitBudget();
    expect(refused).toBe(0);
    expect(used).toBeLessThanOrEqual(max);
  });
});
