import { describe, expect, it } from 'vitest';
import { foldKey } from '../reports/arabic';
import { readNumber, tokenize, wordValue } from './numbers';

describe('wordValue', () => {
  it('reads number words, with a clitic, and digits', () => {
    expect(wordValue('ثلاث')).toBe(3);
    expect(wordValue('لثلاث')).toBe(3);
    expect(wordValue('12')).toBe(12);
  });

  it('is no number for words that name members of a plain object', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
      expect(wordValue(word), word).toBeUndefined();
  });
});

describe('readNumber, thousands', () => {
  const read = (text: string) => {
    const folded = foldKey(text);
    return readNumber(tokenize(folded), 0)?.value;
  };
  it('reads thousands in words, after a figure or alone, and what follows them', () => {
    expect(read('ألف مدني')).toBe(1000);
    expect(read('ألفي مدني')).toBe(2000);
    expect(read('ثلاثة آلاف مدني')).toBe(3000);
    expect(read('3 آلاف مدني')).toBe(3000);
    expect(read('150 ألف نازح')).toBe(150000);
    expect(read('ألف و500 مدني')).toBe(1500);
  });
  it('reads digits grouped by thousands whole, not a range', () => {
    for (const text of ['1,200 مدني', '1.200 مدني', '١٬٢٠٠ مدني'])
      expect(read(text), text).toBe(1200);
    expect(read('12,500,000 دولار')).toBe(12500000);
    expect(read('10-150 مدنياً')).toBe(10);
    expect(read('1,5 مليون')).toBe(1);
    // Thousands told vaguely are no figure.
    expect(read('آلاف المدنيين')).toBeUndefined();
  });
});
