/**
 * Dates as the timeline's date fields show and read them, in the interface language rather than
 * the browser's: a native `<input type="date">` shows `mm/dd/yyyy` in an en-US browser even in
 * the Arabic interface. English writes ISO (`2021-06-26`: unambiguous, and what researchers cite);
 * Arabic writes day/month/year in Arabic digits (`٢٦/٠٦/٢٠٢١`), as Syrian dates are written.
 */
import type { Lang } from '../i18n/messages';
import { asciiDigits } from '../ingest/reports/arabic';

/** Why a text is not a date the fields take. */
export type DateTextProblem = 'format' | 'no-such-day' | 'year-range';

export type DateTextResult = { ok: true; iso: string } | { ok: false; problem: DateTextProblem };

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** `n` zero-padded to `width`, in the digits of `lang`. */
function digits(n: number, width: number, lang: Lang): string {
  const s = String(n).padStart(width, '0');
  return lang === 'ar' ? s.replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)]!) : s;
}

/**
 * A `YYYY-MM-DD` day as the field shows it; anything else as it is.
 *
 * @example formatDateText('2021-06-26', 'ar') // '٢٦/٠٦/٢٠٢١'
 */
export function formatDateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  if (lang === 'en') return iso;
  return `${digits(Number(m[3]), 2, lang)}/${digits(Number(m[2]), 2, lang)}/${digits(Number(m[1]), 4, lang)}`;
}

/** What a date field asks for, for its placeholder and its error message. */
export function dateTextPattern(lang: Lang): string {
  return lang === 'ar' ? 'يوم/شهر/سنة' : 'YYYY-MM-DD';
}

/** Arabic-Indic and Persian digits as ASCII; bidi marks dropped; ends trimmed. */
function clean(text: string): string {
  return asciiDigits(text)
    .replace(/[\u200e\u200f\u061c]/g, '')
    .trim();
}

/** Years a date field takes: the app's data are news reports, and a typo (`20211`) is caught. */
export const YEARS = { first: 1900, last: 2100 } as const;

function isoDay(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Read what was typed into a date field. Both languages take a year-first date (`2021-6-26`,
 * `2021/06/26`); Arabic also takes day/month/year (`26/6/2021`), its own order. English refuses a
 * year-last date: `04/01/2021` is 4 January to some readers and April 1 to others. Arabic-Indic
 * digits are read in either language; `-`, `/` and `.` separate.
 *
 * @example parseDateText('٢٦/٦/٢٠٢١', 'ar') // { ok: true, iso: '2021-06-26' }
 */
export function parseDateText(text: string, lang: Lang): DateTextResult {
  const m = /^(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})$/.exec(clean(text));
  if (!m) return { ok: false, problem: 'format' };
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  let iso: string | undefined;
  if (a.length === 4 && c.length <= 2) iso = isoDay(Number(a), Number(b), Number(c));
  else if (lang === 'ar' && c.length === 4 && a.length <= 2)
    iso = isoDay(Number(c), Number(b), Number(a));
  else return { ok: false, problem: 'format' };
  const year = Number(a.length === 4 ? a : c);
  if (year < YEARS.first || year > YEARS.last) return { ok: false, problem: 'year-range' };
  return iso ? { ok: true, iso } : { ok: false, problem: 'no-such-day' };
}

/**
 * True when the text is a whole date in the language's own order with two-digit day and month,
 * so a field may apply it while the reader types: `2021-07-1` on its way to `2021-07-15` is not
 * applied until the field is left.
 */
export function isCompleteDateText(text: string, lang: Lang): boolean {
  const t = clean(text);
  return lang === 'ar'
    ? /^\d{2}[-/.]\d{2}[-/.]\d{4}$/.test(t) || /^\d{4}[-/.]\d{2}[-/.]\d{2}$/.test(t)
    : /^\d{4}[-/.]\d{2}[-/.]\d{2}$/.test(t);
}
