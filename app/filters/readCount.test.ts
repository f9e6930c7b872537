import { describe, expect, it } from 'vitest';
import { readCount } from './FilterBar';

describe('the minimum killed typed in either language', () => {
  it('reads Western, Arabic-Indic and Persian digits alike', () => {
    expect(readCount('5')).toBe(5);
    expect(readCount('٥')).toBe(5);
    expect(readCount('۱۲')).toBe(12);
    expect(readCount(' ١٠ ')).toBe(10);
  });
  it('empties the filter when emptied, and ignores what is not a whole number', () => {
    expect(readCount('')).toBeNull();
    expect(readCount('5a')).toBeUndefined();
    expect(readCount('-3')).toBeUndefined();
    expect(readCount('2.5')).toBeUndefined();
  });
});
