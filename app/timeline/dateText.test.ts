import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { formatDateText, isCompleteDateText, parseDateText } from './dateText';

describe('formatDateText', () => {
  it('writes ISO in English and day/month/year in Arabic digits in Arabic', () => {
    expect(formatDateText('2021-06-26', 'en')).toBe('2021-06-26');
    expect(formatDateText('2021-06-26', 'ar')).toBe('٢٦/٠٦/٢٠٢١');
  });
  it('leaves what is not a day as it is', () => {
    expect(formatDateText('', 'ar')).toBe('');
    expect(formatDateText('2021-6', 'ar')).toBe('2021-6');
  });
  it('reads back what it writes', () => {
    for (const lang of ['en', 'ar'] as const)
      for (const iso of ['2019-01-01', '2024-02-29', '2021-12-31'])
        expect(parseDateText(formatDateText(iso, lang), lang)).toEqual({ ok: true, iso });
  });
});

describe('parseDateText', () => {
  it('takes year-first dates in either language, with any separator and digits', () => {
    for (const lang of ['en', 'ar'] as const) {
      expect(parseDateText('2021-6-5', lang)).toEqual({ ok: true, iso: '2021-06-05' });
      expect(parseDateText(' 2021/06/05 ', lang)).toEqual({ ok: true, iso: '2021-06-05' });
      expect(parseDateText('٢٠٢١.٠٦.٠٥', lang)).toEqual({ ok: true, iso: '2021-06-05' });
    }
  });
  it('reads day/month/year in Arabic, as Syrian dates are written (bidi marks too)', () => {
    expect(parseDateText('٥/٦/٢٠٢١', 'ar')).toEqual({ ok: true, iso: '2021-06-05' });
    expect(parseDateText('٠٥\u200f/٠٦\u200f/٢٠٢١', 'ar')).toEqual({ ok: true, iso: '2021-06-05' });
  });
  it('refuses a year-last date in English, where 04/01 means two different days', () => {
    expect(parseDateText('04/01/2021', 'en')).toEqual({ ok: false, problem: 'format' });
  });
  it('says when a well-formed date does not exist', () => {
    expect(parseDateText('2021-02-29', 'en')).toEqual({ ok: false, problem: 'no-such-day' });
    expect(parseDateText('31/04/2021', 'ar')).toEqual({ ok: false, problem: 'no-such-day' });
    expect(parseDateText('2021-13-01', 'en')).toEqual({ ok: false, problem: 'no-such-day' });
  });
  it('refuses what is not a date', () => {
    for (const text of ['', 'June 2021', '2021-06', '21-06-05', '2021-06-05-01'])
      expect(parseDateText(text, 'en').ok).toBe(false);
  });
});

describe('isCompleteDateText', () => {
  it('is true only once day and month have both digits', () => {
    expect(isCompleteDateText('2021-07-1', 'en')).toBe(false);
    expect(isCompleteDateText('2021-07-15', 'en')).toBe(true);
    expect(isCompleteDateText('١/٠٧/٢٠٢١', 'ar')).toBe(false);
    expect(isCompleteDateText('١٥/٠٧/٢٠٢١', 'ar')).toBe(true);
    expect(isCompleteDateText('15/07/2021', 'en')).toBe(false);
  });
});

describe('a year out of range', () => {
  it('is said to be one, not "no such day" (1899-12-31 exists)', () => {
    expect(parseDateText('1899-12-31', 'en')).toEqual({ ok: false, problem: 'year-range' });
    expect(parseDateText('١/١/٢١٠١', 'ar')).toEqual({ ok: false, problem: 'year-range' });
    expect(parseDateText('2021-02-30', 'en')).toEqual({ ok: false, problem: 'no-such-day' });
  });
  it('is explained with the years a field takes, in Arabic digits without separators', () => {
    expect(MESSAGES.ar.yearRange(1900, 2100)).toBe('يجب أن تكون السنة بين ١٩٠٠ و٢١٠٠');
  });
});
