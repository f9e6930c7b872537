import { describe, expect, it } from 'vitest';
import { outletCounts } from './outletCounts';

describe('outletCounts', () => {
  // Four incidents: the first told by two outlets.
  const index = {
    n: 4,
    outletNames: ['المدن', 'عنب بلدي', 'سانا'],
    outletStart: Uint32Array.from([0, 2, 3, 4, 5]),
    outletIds: Uint16Array.from([0, 1, 1, 1, 2]),
  };

  it('counts the incidents each outlet reported among those shown, most first', () => {
    expect(outletCounts(index, Uint8Array.from([1, 1, 1, 0]))).toEqual([
      { name: 'عنب بلدي', count: 3 },
      { name: 'المدن', count: 1 },
    ]);
  });

  it('names no outlet when nothing is shown', () => {
    expect(outletCounts(index, new Uint8Array(4))).toEqual([]);
  });
});
