import { describe, expect, it } from 'vitest';
import { summaryAr, summaryEn } from './summary';

const shelling = (fatalities: number | null, injuries: number | null) => ({
  type: 'shelling' as const,
  actors: ['regime' as const],
  placeAr: 'سرمين',
  placeEn: 'Sarmin',
  strikes: null,
  fatalities,
  injuries,
});

describe('an incident summary with its toll', () => {
  it('agrees the Arabic noun with the number (قتيل واحد، قتيلان، ٣ قتلى، ١٢ قتيلاً، ١٠٠ قتيل)', () => {
    const toll = (k: number | null, i: number | null) => summaryAr(shelling(k, i)).split(': ')[1];
    expect(toll(1, 2)).toBe('قتيل واحد وجريحان');
    expect(toll(3, 10)).toBe('3 قتلى و10 جرحى');
    expect(toll(12, 99)).toBe('12 قتيلاً و99 جريحاً');
    expect(toll(100, 0)).toBe('100 قتيل و0 جريح');
    expect(toll(null, 5)).toBe('5 جرحى');
  });
  it('keeps English as it was', () => {
    expect(summaryEn(shelling(1, 2))).toMatch(/: 1 killed, 2 injured$/);
  });
});
