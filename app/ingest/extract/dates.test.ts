import { describe, expect, it } from 'vitest';
import { foldKey } from '../reports/arabic';
import { findEventDate } from './dates';

// Thursday 24 June 2021.
const REPORT = '2021-06-24';
const dateOf = (text: string) => findEventDate(foldKey(text), REPORT)?.date;

describe('the day before yesterday', () => {
  it('is two days before the report, not one (أول أمس holds أمس)', () => {
    expect(dateOf('قصفت قوات النظام بلدة سرمين أول أمس')).toBe('2021-06-22');
    expect(dateOf('غارات روسية مساء أول من أمس على البارة')).toBe('2021-06-22');
    expect(dateOf('قصفت قوات النظام بلدة سرمين أمس')).toBe('2021-06-23');
  });
  it('is not read in a word that only contains أول', () => {
    expect(dateOf('أول غارة على البارة أمس')).toBe('2021-06-23');
  });
});
