import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IncidentFeature } from '../model';
import { orderedFeatures } from './listOrder';

const incident = (id: string, date: string) =>
  ({ properties: { id, date } }) as unknown as IncidentFeature;

const ids = (fs: IncidentFeature[]) => fs.map((f) => f.properties.id);
const newestFirst = (
  visible: readonly IncidentFeature[],
  all?: readonly IncidentFeature[],
  mask?: Uint8Array,
) => orderedFeatures(visible, 'newest', all, mask);

describe('orderedFeatures, newest first (the default list order)', () => {
  it('puts the newest first and keeps same-day incidents in their order', () => {
    const all = [
      incident('a', '2021-06-01'),
      incident('b', '2021-06-26'),
      incident('c', '2021-06-01'),
      incident('d', '2021-06-26'),
    ];
    expect(ids(newestFirst(all))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(newestFirst(all, all))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('through the filter mask gives what sorting the visible incidents gives', () => {
    const day = fc.integer({ min: 1, max: 9 }).map((d) => `2021-06-0${d}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.boolean()), { maxLength: 50 }), (rows) => {
        const all = rows.map(([d], i) => incident(String(i), d));
        const mask = new Uint8Array(rows.map(([, v]) => (v ? 1 : 0)));
        const visible = all.filter((_, i) => mask[i] === 1);
        expect(ids(newestFirst(visible, all, mask))).toEqual(ids(newestFirst(visible)));
      }),
    );
  });
});
