import { describe, expect, it } from 'vitest';
import { casualtySize, radiusAt } from './incidentMarkers';

describe('incident marker sizes', () => {
  it('grows the disc with zoom like the circle layer, clamped outside 6..12', () => {
    expect(radiusAt(4)).toBe(3);
    expect(radiusAt(6)).toBe(3);
    expect(radiusAt(9)).toBe(5);
    expect(radiusAt(12)).toBe(7);
    expect(radiusAt(18)).toBe(7);
  });

  it('adds a log-scaled casualty size in 0..1, treating "not stated" (-1) as none', () => {
    expect(casualtySize(-1, -1)).toBe(0);
    expect(casualtySize(0, 0)).toBe(0);
    expect(casualtySize(1, -1)).toBeGreaterThan(0);
    expect(casualtySize(3, 4)).toBeGreaterThan(casualtySize(1, 0));
    expect(casualtySize(10_000, 0)).toBe(1);
  });
});
