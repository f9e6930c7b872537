import { describe, expect, it } from 'vitest';
import { realGazetteer, sampleReport } from './fixtures/loadFixtures';
import { createGeocoder } from './index';

describe('a village the gazetteer lacks, named twice in one report', () => {
  it('is placed once, where its most specific mention puts it', () => {
    const gazetteer = realGazetteer();
    if (!gazetteer) return;
    const body = sampleReport();
    const ainShib = createGeocoder(gazetteer)
      .findMentions(body)
      .filter((m) => m.surface === 'عين شيب');
    // "in the western Idlib countryside", then "on the western outskirts of Idlib city".
    expect(ainShib).toHaveLength(2);
    expect(new Set(ainShib.map((m) => m.placeId)).size).toBe(1);
    expect(ainShib[0]!.lat).toBe(ainShib[1]!.lat);
    expect(ainShib[0]!.lon).toBe(ainShib[1]!.lon);
    // The outskirts: within about 6 km of Idlib city (35.93 N, 36.63 E), west of it.
    expect(Math.abs(ainShib[0]!.lat - 35.93)).toBeLessThan(0.05);
    expect(ainShib[0]!.lon).toBeLessThan(36.64);
    expect(ainShib[0]!.lon).toBeGreaterThan(36.55);
  });
});
