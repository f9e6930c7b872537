import { describe, expect, it } from 'vitest';
import { formatIncidentDate, formatNumber, MESSAGES, SEP } from './messages';

describe('formatIncidentDate', () => {
  it('shows the day, the week or range, or the month, by precision', () => {
    expect(formatIncidentDate('2021-06-26', 1, 'en')).toBe('26 June 2021');
    expect(formatIncidentDate('2021-06-21', 2, 'en')).toBe('week of 21 June 2021');
    // ICU versions differ in the spacing around the range dash.
    expect(formatIncidentDate('2024-03-11', 2, 'en', '2024-03-17')).toMatch(
      /^11\s*–\s*17 March 2024$/,
    );
    expect(formatIncidentDate('2021-06-01', 3, 'en')).toBe('June 2021');
  });
  it('uses Levantine month names and Arabic digits in Arabic', () => {
    expect(formatIncidentDate('2021-06-26', 1, 'ar')).toBe('٢٦ حزيران ٢٠٢١');
    expect(formatIncidentDate('2024-02-01', 3, 'ar')).toBe('شباط ٢٠٢٤');
  });
  it('returns a malformed date as it is', () => {
    expect(formatIncidentDate('2021-6', 1, 'en')).toBe('2021-6');
  });
});

describe('numbers', () => {
  it('are grouped and use the digits of the language', () => {
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatNumber(12, 'ar')).toBe('١٢');
    expect(MESSAGES.en.incidentsShown(3, 1200)).toBe('3 of 1,200 incidents');
  });
  it('every type and actor has a name in both languages', () => {
    expect(Object.keys(MESSAGES.ar.types)).toEqual(Object.keys(MESSAGES.en.types));
    expect(Object.keys(MESSAGES.ar.actorNames)).toEqual(Object.keys(MESSAGES.en.actorNames));
  });
});

describe('counted nouns', () => {
  it('are singular for one in English', () => {
    expect(MESSAGES.en.aboutFailed(1)).toBe('1 file could not be read:');
    expect(MESSAGES.en.aboutFailed(2)).toBe('2 files could not be read:');
    expect(MESSAGES.en.aboutCounts(1, 1, 1)).toBe('1 incident, read from 1 report in 1 file.');
  });
  it('are written as label: number in Arabic, whose counted nouns change form with the number', () => {
    expect(MESSAGES.ar.aboutFailed(2)).toBe('ملفات تعذّرت قراءتها: ٢');
  });
});

describe('separators', () => {
  /** Every Arabic message as text: strings as they are, functions called with sample values. */
  function arabicTexts(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') {
      const out = (value as (...a: unknown[]) => unknown)(3, 40, 5, '2021');
      return typeof out === 'string' ? [out] : [];
    }
    if (value && typeof value === 'object') return Object.values(value).flatMap(arabicTexts);
    return [];
  }

  it('Arabic never uses the middle dot, which looks like the Arabic-Indic zero beside a number', () => {
    expect(SEP.ar).not.toContain('·');
    const texts = arabicTexts(MESSAGES.ar);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((s) => s.includes('·'))).toEqual([]);
  });
});
