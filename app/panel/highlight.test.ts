import { describe, expect, it } from 'vitest';
import { segments, segmentsWithMentions } from './highlight';

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

describe('segmentsWithMentions', () => {
  const body = 'قصف على أريحا. غارات على إدلب وسراقب.';
  const idlib = { start: body.indexOf('إدلب'), end: body.indexOf('إدلب') + 4 };
  const ariha = { start: body.indexOf('أريحا'), end: body.indexOf('أريحا') + 5 };
  const saraqib = { start: body.indexOf('سراقب'), end: body.indexOf('سراقب') + 5 };
  const sentence = { start: 15, end: body.length };

  it('reassembles the text and marks every mention once', () => {
    const s = segmentsWithMentions(body, sentence, idlib, [ariha, idlib, saraqib]);
    expect(s.map((x) => x.text).join('')).toBe(body);
    expect(s.filter((x) => x.mention !== null).map((x) => x.text)).toEqual([
      'أريحا',
      'إدلب',
      'سراقب',
    ]);
    expect(s.find((x) => x.place)?.mention).toBe(1);
    expect(s.find((x) => x.text === 'أريحا')?.sentence).toBe(false);
  });

  it('ignores mentions outside the text', () => {
    const s = segmentsWithMentions('abc', undefined, undefined, [{ start: 10, end: 20 }]);
    expect(s.map((x) => x.text).join('')).toBe('abc');
  });
});
