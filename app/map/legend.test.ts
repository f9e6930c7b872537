import { describe, expect, it } from 'vitest';
import { disclosureArrow } from './Legend';

describe("the legend's disclosure arrow", () => {
  it('points down when open, in both directions', () => {
    expect(disclosureArrow(true, 'ltr')).toBe('▾');
    expect(disclosureArrow(true, 'rtl')).toBe('▾');
  });

  it('points the way the text reads when folded: right in English, left in Arabic', () => {
    expect(disclosureArrow(false, 'ltr')).toBe('▸');
    expect(disclosureArrow(false, 'rtl')).toBe('◂');
  });
});
