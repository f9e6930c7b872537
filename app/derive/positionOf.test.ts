import { describe, expect, it } from 'vitest';
import { positionOf } from './positionOf';

describe('positionOf', () => {
  it('finds the first position of an id, or -1, before and after it builds its map', () => {
    const ids = ['i-a', 'i-b', 'i-c', 'i-b'];
    for (let round = 0; round < 12; round++) {
      expect(positionOf(ids, 'i-a')).toBe(0);
      expect(positionOf(ids, 'i-b')).toBe(1);
      expect(positionOf(ids, 'i-z')).toBe(-1);
    }
  });
});
