import { describe, expect, it } from 'vitest';
import { segments } from './highlight';

describe('segments', () => {
  const body = 'قصف على أريحا. غارات على إدلب.';
  const sentence = { start: 15, end: body.length };
  const place = { start: body.indexOf('إدلب'), end: body.indexOf('إدلب') + 4 };

  it('reassembles the original text exactly', () => {
    expect(
      segments(body, sentence, place)
        .map((s) => s.text)
        .join(''),
    ).toBe(body);
  });

  it('marks the sentence and, inside it, the place', () => {
    const marked = segments(body, sentence, place);
    expect(
      marked
        .filter((s) => s.sentence)
        .map((s) => s.text)
        .join(''),
    ).toBe('غارات على إدلب.');
    expect(marked.filter((s) => s.place).map((s) => s.text)).toEqual(['إدلب']);
  });

  it('clamps spans that fall outside the text instead of failing', () => {
    const marked = segments('abc', { start: -5, end: 99 });
    expect(marked).toEqual([{ text: 'abc', sentence: true, place: false }]);
  });

  it('returns the text unmarked without spans', () => {
    expect(segments('abc')).toEqual([{ text: 'abc', sentence: false, place: false }]);
  });
});
