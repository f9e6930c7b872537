import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, normaliseKey, originalRange } from './normalise';

describe('normalise', () => {
  it('strips tashkeel, shadda, superscript alef and tatweel', () => {
    expect(normalise('سَرَاقِب').text).toBe('سراقب');
    expect(normalise('حَاسٌّ').text).toBe('حاس');
    expect(normalise('هٰذا').text).toBe('هذا');
    expect(normalise('إدلـــب').text).toBe('ادلب');
  });
  it('folds alef forms, ya, ta marbuta, hamza seats', () => {
    expect(normalise('أإآٱ').text).toBe('اااا');
    expect(normalise('سلمى').text).toBe('سلمي');
    expect(normalise('حماة').text).toBe('حماه');
    expect(normalise('مؤسسة').text).toBe('موسسه');
    expect(normalise('ئ').text).toBe('ي');
  });
  it('folds Arabic-Indic and Persian digits', () => {
    expect(normalise('٢٠٢١ ۳').text).toBe('2021 3');
  });
  it('drops bidi controls and zero-width marks; folds spaces', () => {
    expect(normalise('\u200fإدلب\u200b\u202a\u2066\ufeff').text).toBe('ادلب');
    expect(normalise('كفر\u00a0نبل').text).toBe('كفر نبل');
  });
  it('maps ranges back to the original, trailing vowel included', () => {
    const original = 'في بإدلبَ، اليوم';
    const n = normalise(original);
    const at = n.text.indexOf('ادلب');
    const [s, e] = originalRange(n, at, at + 4);
    expect(original.slice(s, e)).toBe('إدلبَ');
  });
  it('normaliseKey trims and collapses spaces', () => {
    expect(normaliseKey('  كفر   نبل ')).toBe('كفر نبل');
  });
  it('property: idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normalise(s).text;
        expect(normalise(once).text).toBe(once);
      }),
    );
  });
  it('property: long texts (decoded in one pass) fold like their short pieces', () => {
    const bmp = 'سَرَاقِب، إدلـــب\u200f \n."ةaZ٣\ufeff'.split('');
    const long = (unit: fc.Arbitrary<string>) =>
      fc.string({ unit, minLength: 9000, maxLength: 20000 });
    fc.assert(
      fc.property(
        // Without surrogates (the decoder path) and with them (the chunked path).
        fc.oneof(long(fc.constantFrom(...bmp)), long(fc.constantFrom(...bmp, '😀', '\ud800'))),
        (s) => {
          const pieces: string[] = [];
          for (let i = 0; i < s.length; i += 1000)
            pieces.push(normalise(s.slice(i, i + 1000)).text);
          expect(normalise(s).text).toBe(pieces.join(''));
        },
      ),
      { numRuns: 50 },
    );
  });
  it('property: every normalised char maps to an original char inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalise(s);
        expect(n.toOriginal.length).toBe(n.text.length + 1);
        const lo = Math.min(a, b) % (n.text.length + 1);
        const hi = Math.max(lo, Math.max(a, b) % (n.text.length + 1));
        const [os, oe] = originalRange(n, lo, hi);
        expect(0 <= os && os <= oe && oe <= s.length).toBe(true);
        expect(normalise(s.slice(os, oe)).text).toBe(n.text.slice(lo, hi));
      }),
    );
  });
});
