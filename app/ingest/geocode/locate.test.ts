import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../model';
import { buildGovernorates } from './governorates';
import { type AreaCache, locate } from './locate';

const places: Place[] = JSON.parse(readFileSync('data/gazetteer/gazetteer.json', 'utf8')).places;
const admin1 = JSON.parse(readFileSync('data/gazetteer/admin1.geojson', 'utf8'));
const govs = buildGovernorates({ places, admin1 });
const surans = places.filter((p) => p.nameAr === 'صوران');

describe('areas of same-named places', () => {
  it('get their own ids, whatever order they are met in', () => {
    expect(surans.length).toBeGreaterThanOrEqual(2);
    const shared = new Set(['suran']);
    const outskirts = (order: Place[]) => {
      const cache: AreaCache = new Map();
      const byId = new Map(
        order.map((p) => [p.id, locate(p, { kind: 'outskirts' }, govs, cache, shared)]),
      );
      return surans.map((p) => byId.get(p.id)!);
    };
    const forward = outskirts(surans);
    const backward = outskirts([...surans].reverse());
    expect(new Set(forward.map((l) => l.placeId)).size).toBe(surans.length);
    expect(forward).toEqual(backward);
    // Each area surrounds its own town, not the other one's.
    for (const [i, p] of surans.entries()) {
      expect(Math.abs(forward[i]!.lat - p.lat)).toBeLessThan(0.1);
      expect(Math.abs(forward[i]!.lon - p.lon)).toBeLessThan(0.1);
    }
  });
});
