import { describe, expect, it } from 'vitest';
import { Interner } from './interner';

describe('Interner', () => {
  it('gives each word as written, from any text it stands in', () => {
    const words = new Interner(1000, 32);
    expect(words.at('قصف على سرمين', 8, 13)).toBe('سرمين');
    expect(words.at('سرمين', 0, 5)).toBe('سرمين');
    expect(words.at('وسرمين', 1, 6)).toBe('سرمين');
    expect(words.at('سرميل', 0, 5)).toBe('سرميل');
    expect(words.at('', 0, 0)).toBe('');
  });
  it('keeps every word through its growth, and after starting afresh when full', () => {
    const words = new Interner(5000, 32);
    const all = Array.from({ length: 12_000 }, (_, i) => `كلمة${i}`);
    for (const w of all) expect(words.at(` ${w} `, 1, w.length + 1)).toBe(w);
    for (const w of all) expect(words.at(w, 0, w.length)).toBe(w);
  });
  it('slices words longer than it keeps', () => {
    const words = new Interner(10, 3);
    expect(words.at('مدينة', 0, 5)).toBe('مدينة');
  });
});
