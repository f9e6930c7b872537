import { describe, expect, it } from 'vitest';
import { niceScale, scaleLabel } from './scaleBar';

describe('niceScale', () => {
  it('takes the longest round distance that fits', () => {
    expect(niceScale(23_456, 100).metres).toBe(20_000);
    expect(niceScale(23_456, 100).px).toBeCloseTo(85.27, 1);
    expect(niceScale(4_999, 100).metres).toBe(3_000);
    expect(niceScale(1_000, 100)).toEqual({ metres: 1_000, px: 100 });
    expect(niceScale(7.5, 100).metres).toBe(5);
  });
  it('gives nothing for a span it cannot measure', () => {
    expect(niceScale(0, 100)).toEqual({ metres: 0, px: 0 });
    expect(niceScale(Number.NaN, 100)).toEqual({ metres: 0, px: 0 });
  });
});

describe('scaleLabel', () => {
  it('writes kilometres from 1 km, metres below, in the digits and words of the language', () => {
    expect(scaleLabel(20_000, 'en')).toBe('20 km');
    expect(scaleLabel(500, 'en')).toBe('500 m');
    expect(scaleLabel(20_000, 'ar')).toBe('٢٠ كم');
    expect(scaleLabel(500, 'ar')).toBe('٥٠٠ م');
  });
});
