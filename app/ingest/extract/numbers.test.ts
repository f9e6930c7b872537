import { describe, expect, it } from 'vitest';
import { wordValue } from './numbers';

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
