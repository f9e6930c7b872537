import { describe, expect, it } from 'vitest';
import { sentenceSpans, startOfSentenceAt } from './sentences';

describe('the sentence that holds an offset', () => {
  const text = 'قصفت الطائرات ريف إدلب. وتشهد المنطقة حملة. Five died.';
  const spans = sentenceSpans(text);

  it('starts where that sentence starts, so a highlight takes it in whole', () => {
    const area = text.indexOf('ريف إدلب');
    expect(startOfSentenceAt(spans, area)).toBe(0);
    expect(startOfSentenceAt(spans, text.indexOf('حملة'))).toBe(text.indexOf('وتشهد'));
    expect(startOfSentenceAt(spans, text.length - 1)).toBe(text.indexOf('Five'));
  });
  it('is the offset itself before any sentence', () => {
    expect(startOfSentenceAt([], 7)).toBe(7);
    expect(startOfSentenceAt([{ start: 10 }], 3)).toBe(3);
  });
});

describe('the sentences of a text', () => {
  const cut = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));
  it('end at a full stop, a question or exclamation mark and a line break, in both scripts', () => {
    expect(cut('قصف على سراقب. هل توقف القصف؟ نعم!\nسطر آخر')).toEqual([
      'قصف على سراقب.',
      'هل توقف القصف؟',
      'نعم!',
      'سطر آخر',
    ]);
  });
  it('end after a quote or bracket closed right after the mark, so the next report’s event is read apart', () => {
    expect(
      cut(
        'Troops seized Kafr Naha after clashes with "terrorists." The Observatory said nine died.',
      ),
    ).toEqual([
      'Troops seized Kafr Naha after clashes with "terrorists."',
      'The Observatory said nine died.',
    ]);
    expect(cut('وقال المصدر: «انسحبنا من المدينة.» وقصفت الطائرات سراقب.')).toEqual([
      'وقال المصدر: «انسحبنا من المدينة.»',
      'وقصفت الطائرات سراقب.',
    ]);
  });
  it('do not end at the dots of an acronym (A U.S. strike), whose side was cut from its event', () => {
    expect(cut('A U.S. strike hit Sarmin. The U.N. envoy spoke.')).toEqual([
      'A U.S. strike hit Sarmin.',
      'The U.N. envoy spoke.',
    ]);
  });
  it('do not end at the initial a report cuts a name to, so the place after it stays with its arrest', () => {
    expect(
      cut(
        'اعتقلت الهيئة الناشط أحمد. م من منزله في الدانا. وقال مصدر إن الناشط محمد ع. نقل إلى سجن.',
      ),
    ).toEqual([
      'اعتقلت الهيئة الناشط أحمد. م من منزله في الدانا.',
      'وقال مصدر إن الناشط محمد ع. نقل إلى سجن.',
    ]);
  });
  it('still end after a year marked Gregorian and before a sentence opened by a lone و', () => {
    expect(cut('وقع القصف في عام 2020 م. و قال مصدر إن القصف توقف.')).toEqual([
      'وقع القصف في عام 2020 م.',
      'و قال مصدر إن القصف توقف.',
    ]);
  });
});
