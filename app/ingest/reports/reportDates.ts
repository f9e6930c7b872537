import { ENGLISH_MONTHS } from '../text/englishCalendar';
import { foldedTrimmedLength, foldKey } from './arabic';

/** Levantine and Egyptian month names (folded), 1-based. */
const MONTHS: [string, number][] = [
  ['كانون الثاني', 1],
  ['شباط', 2],
  ['آذار', 3],
  ['نيسان', 4],
  ['أيار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['آب', 8],
  ['أيلول', 9],
  ['تشرين الأول', 10],
  ['تشرين الثاني', 11],
  ['كانون الأول', 12],
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['أبريل', 4],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['أغسطس', 8],
  ['سبتمبر', 9],
  ['أكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
];
/** Month names folded, longest first so `كانون الثاني` wins over a shorter name. */
export const MONTH_NAMES: [string, number][] = MONTHS.map(([n, m]): [string, number] => [
  foldKey(n),
  m,
]).sort((a, b) => b[0].length - a[0].length);
/** Alternation matching any month name, optionally paired `حزيران/يونيو`. */
export const MONTH_ALT = MONTH_NAMES.map(([n]) => n).join('|');

export function monthNumber(name: string): number | undefined {
  const f = foldKey(name.trim());
  return MONTH_NAMES.find(([n]) => n === f)?.[1];
}

/** `YYYY-MM-DD` when y-m-d is a real calendar day, else undefined. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date found in a header line; `iso` is missing when the day cannot exist (31.02.2021). */
export interface LineDate {
  iso?: string;
  raw: string;
  kind: 'site' | 'byline';
}

/** Longest (folded, trimmed) line read as a header date. */
const MAX_HEADER_DATE_LINE = 60;
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const SITE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const NUMERIC = /(?:^|[^\d])(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?!\d)/;
const NAMED = new RegExp(
  `(\\d{1,2})\\s+(${MONTH_ALT})(?:\\s*/\\s*(?:${MONTH_ALT}))?\\s*,?\\s*(\\d{4})`,
);
/** `2021-09-22`, `2021/09/22`, also with a time after it (`2021-09-22T10:30:00Z`): year first. */
const YEAR_FIRST = /(?:^|[^\d])(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})(?!\d)/;
/**
 * An English month's name or its abbreviation (`Sep`, `Sept.`), as a whole word (`Decision 5`
 * is no date): the first three letters tell the month.
 */
const EN_MONTH = String.raw`(${ENGLISH_MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?`;
/** `22 September 2021`, `22nd Sep. 2021`, `22 September, 2021`. */
const EN_DAY_MONTH = new RegExp(
  String.raw`(?:^|[^\da-z])(\d{1,2})(?:st|nd|rd|th)?\s+${EN_MONTH},?\s+(\d{4})(?!\d)`,
  'i',
);
/** `September 22, 2021`, `Sep 22 2021`, `Sept. 22nd, 2021`. */
const EN_MONTH_DAY = new RegExp(
  String.raw`(?:^|[^a-z])${EN_MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`,
  'i',
);
const EN_MONTH_ORDER = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** The month (1–12) an English month's name or abbreviation stands for. */
function englishMonth(name: string): number {
  return EN_MONTH_ORDER.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}

/**
 * Read a header line as a date: the site's `DD.MM.YYYY`, or a byline such as `السبت 26/6/2021`,
 * `٢٦/٦/٢٠٢١`, `26 حزيران/يونيو 2021`, `2021-06-26` or `June 26, 2021`. Only short lines count,
 * so body sentences with dates are not taken for the header.
 *
 * @example parseHeaderDate('السبت 26/6/2021') // { iso: '2021-06-26', raw: '26/6/2021', kind: 'byline' }
 */
export function parseHeaderDate(line: string): LineDate | undefined {
  // Long lines (the body's first lines, reached while looking for the header's end) are not
  // folded at all. foldKey makes digits ASCII itself.
  if (foldedTrimmedLength(line) > MAX_HEADER_DATE_LINE) return undefined;
  // Every date pattern holds digits (ASCII or Arabic-Indic/Persian, which folding makes ASCII).
  if (!ANY_DIGIT.test(line)) return undefined;
  const l = foldKey(line).trim();
  const site = SITE.exec(l);
  if (site) return { iso: isoDate(+site[3]!, +site[2]!, +site[1]!), raw: l, kind: 'site' };
  const num = NUMERIC.exec(l);
  if (num)
    return { iso: isoDate(+num[3]!, +num[2]!, +num[1]!), raw: num[0].trim(), kind: 'byline' };
  const named = NAMED.exec(l);
  if (named) {
    const m = monthNumber(named[2]!) ?? 0;
    return { iso: isoDate(+named[3]!, m, +named[1]!), raw: named[0], kind: 'byline' };
  }
  // Reports saved from English pages and from tools date them in English or year first.
  const year = YEAR_FIRST.exec(l);
  if (year) return byline(year, +year[1]!, +year[2]!, +year[3]!);
  const dm = EN_DAY_MONTH.exec(l);
  if (dm) return byline(dm, +dm[3]!, englishMonth(dm[2]!), +dm[1]!);
  const md = EN_MONTH_DAY.exec(l);
  if (md) return byline(md, +md[3]!, englishMonth(md[1]!), +md[2]!);
  return undefined;
}

/** The byline date match `m` tells, as year, month and day. */
function byline(m: RegExpExecArray, y: number, mo: number, d: number): LineDate {
  return { iso: isoDate(y, mo, d), raw: m[0].trim(), kind: 'byline' };
}

/**
 * True when `day` lies ahead of `today` by more than the day a time zone can account for (a
 * report dated tomorrow in Damascus may be today here); false with no `today` to compare.
 */
export function isFutureDate(day: string, today: string | undefined): boolean {
  return !!today && daysBetween(today, day) > 1;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((midnight(b) - midnight(a)) / 86400000);
}

/** `Date.parse` of the day's UTC midnight, remembered: a run compares the same few dates. */
function midnight(day: string): number {
  // The report's date and an event's are asked for in turn: two slots checked before the Map
  // (which would hash the string of every date read from the text).
  if (day === slotDay[0]) return slotMidnight[0]!;
  if (day === slotDay[1]) return slotMidnight[1]!;
  let t = MIDNIGHTS.get(day);
  if (t === undefined) {
    t = Date.parse(`${day}T00:00:00Z`);
    if (MIDNIGHTS.size >= 4096) MIDNIGHTS.clear();
    MIDNIGHTS.set(day, t);
  }
  slotDay[slotNext] = day;
  slotMidnight[slotNext] = t;
  slotNext = 1 - slotNext;
  return t;
}
const slotDay: (string | undefined)[] = [undefined, undefined];
const slotMidnight = [Number.NaN, Number.NaN];
let slotNext = 0;
const MIDNIGHTS = new Map<string, number>();

/** `date` shifted by `days`. */
export function addDays(date: string, days: number): string {
  if (date !== addedFrom) {
    addedFrom = date;
    ADDED.clear();
  }
  const hit = ADDED.get(days);
  if (hit !== undefined) return hit;
  const out = isoDay(midnight(date) + days * 86400000);
  ADDED.set(days, out);
  return out;
}

/**
 * Memo of `addDays` for the last date asked about: a report's clauses all count from its date,
 * by a few offsets. (A memo keyed by date and offset held every report date of a large run and
 * cost more in key strings than it saved.)
 */
let addedFrom = '';
const ADDED = new Map<number, string>();

/**
 * `new Date(ms).toISOString().slice(0, 10)` for a UTC midnight: the civil date by integer
 * arithmetic (proleptic Gregorian, as Date), for years 1000-9999; other years and invalid
 * times go through Date (which formats them its own way, or throws).
 */
function isoDay(ms: number): string {
  const days = ms / 86400000;
  if (!Number.isInteger(days)) return new Date(ms).toISOString().slice(0, 10);
  // Days since 0000-03-01, in 400-year eras of 146097 days.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) return new Date(ms).toISOString().slice(0, 10);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
