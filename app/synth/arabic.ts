/**
 * Arabic words the synthetic reports need: counts written out, weekdays and dates in the
 * outlets' formats. Kept apart from the templates so the grammar of numbers lives in one place.
 */

/** Weekday names, Sunday first (as `Date.getUTCDay()` counts). */
export const WEEKDAYS_AR = [
  'الأحد',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
] as const;

/** Numbers 3..10 before a feminine plural noun (غارات, قذائف): the masculine-looking form. */
const FEMININE_COUNT: Record<number, string> = {
  3: 'ثلاث',
  4: 'أربع',
  5: 'خمس',
  6: 'ست',
  7: 'سبع',
  8: 'ثماني',
  9: 'تسع',
  10: 'عشر',
};

/** Numbers 3..10 before a masculine plural noun (مدنيين, عناصر): the form ending in ة. */
const MASCULINE_COUNT: Record<number, string> = {
  3: 'ثلاثة',
  4: 'أربعة',
  5: 'خمسة',
  6: 'ستة',
  7: 'سبعة',
  8: 'ثمانية',
  9: 'تسعة',
  10: 'عشرة',
};

/** How to write a count of something: singular, dual and plural forms, and its gender. */
export interface Noun {
  one: string;
  two: string;
  plural: string;
  /** After 11 and more: the singular, accusative where Arabic marks it (`15 مدنياً`). */
  many: string;
  feminine: boolean;
}

export const STRIKE: Noun = {
  one: 'غارة جوية',
  two: 'غارتين جويتين',
  plural: 'غارات جوية',
  many: 'غارة جوية',
  feminine: true,
};
export const SHELL: Noun = {
  one: 'قذيفة',
  two: 'قذيفتين',
  plural: 'قذائف',
  many: 'قذيفة',
  feminine: true,
};
export const CIVILIAN: Noun = {
  one: 'مدني',
  two: 'مدنيين اثنين',
  plural: 'مدنيين',
  many: 'مدنياً',
  feminine: false,
};
export const FIGHTER: Noun = {
  one: 'عنصر',
  two: 'عنصرين',
  plural: 'عناصر',
  many: 'عنصراً',
  feminine: false,
};
export const VEHICLE: Noun = {
  one: 'آلية',
  two: 'آليتين',
  plural: 'آليات',
  many: 'آلية',
  feminine: true,
};

/**
 * A count with its noun, in words when `words` is set and the count is small enough to be
 * written out, else in digits.
 *
 * @example
 * countPhrase(3, STRIKE, true)  // 'ثلاث غارات جوية'
 * countPhrase(3, STRIKE, false) // '3 غارات جوية'
 * countPhrase(2, STRIKE, true)  // 'غارتين جويتين'
 */
export function countPhrase(n: number, noun: Noun, words: boolean): string {
  if (n === 1) return noun.one;
  if (n === 2) return words ? noun.two : `2 ${noun.plural}`;
  if (words && n <= 10) {
    const number = (noun.feminine ? FEMININE_COUNT : MASCULINE_COUNT)[n]!;
    return `${number} ${noun.plural}`;
  }
  return `${n} ${n > 10 ? noun.many : noun.plural}`;
}

/** `YYYY-MM-DD` for a day number counted from 1970-01-01 (UTC), without the local clock. */
export function isoFromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Day number (from 1970-01-01) of an ISO date. */
export function dayFromIso(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/**
 * The outlet byline: weekday and `D/M/YYYY`, as in the sample report.
 *
 * @example byline('2021-06-26') // 'السبت 26/6/2021'
 */
export function byline(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS_AR[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return `${weekday} ${d}/${m}/${y}`;
}

/**
 * The site date above the outlet name: `DD.MM.YYYY`.
 *
 * @example siteDate('2021-06-27') // '27.06.2021'
 */
export function siteDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
