import type { TimePrecision } from '../../model';
import { foldKey } from '../reports/arabic';
import {
  addDays,
  daysBetween,
  isoDate,
  MONTH_ALT,
  MONTH_NAMES,
  monthNumber,
} from '../reports/reportDates';
import { readNumber, wordValue } from './numbers';
import { tokenize, wordGate } from './words';

/** When an event happened, read from the text relative to the report's date. */
export interface EventDate {
  date: string;
  dateEnd?: string;
  precision: TimePrecision;
  /**
   * `range` for stated periods (`منذ ثلاثة أسابيع`), used as context for casualty tallies;
   * `year` for a year gone by (`عام 2019`), whose events are background.
   */
  kind: 'day' | 'range' | 'month' | 'year';
  /** Offsets of the phrase in the folded text it was read from. */
  start: number;
  end: number;
}

/** The weekdays' names (folded). */
export const WEEKDAYS = [
  'الأحد',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
].map(foldKey);
const WEEKDAY_ALT = WEEKDAYS.join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const UNIT_DAYS: [RegExp, number, number][] = [
  // pattern, days per unit, implied count when the noun carries it (dual) or stands alone
  [/^(يوم|ايام)$/, 1, 1],
  [/^يومين$/, 1, 2],
  [/^(اسبوع|اسابيع)$/, 7, 1],
  [/^اسبوعين$/, 7, 2],
  [/^(شهر|اشهر|شهور)$/, 30, 1],
  [/^شهرين$/, 30, 2],
  // Years (`منذ ثلاث سنوات`, `منذ عامين`): not `منذ عام 2019`, the year itself (see since).
  [/^(سنة|سنه|عام|سنوات|اعوام|سنين)$/, 365, 1],
  [/^(سنتين|عامين)$/, 365, 2],
];

/** The plural units (folded), which told with no count are some of them, not one. */
const PLURAL_UNIT = /^(ايام|اسابيع|اشهر|شهور|سنوات|اعوام|سنين)$/;

/** The day of the week of `iso`, remembered for the last date (a report's clauses share it). */
function weekday(iso: string): number {
  if (iso !== weekdayOf) {
    weekdayOf = iso;
    weekdayIs = new Date(`${iso}T00:00:00Z`).getUTCDay();
  }
  return weekdayIs;
}
let weekdayOf = '';
let weekdayIs = 0;

function monthRange(y: number, m: number): { date: string; dateEnd: string } {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { date: isoDate(y, m, 1)!, dateEnd: isoDate(y, m, last)! };
}

/**
 * A date rule: `text` is what it reads (bounding spaces and punctuation stripped), `whole` the
 * text as given, with the same words, for the word gates (whose bits are read with the clause's
 * own).
 */
type Rule = (text: string, report: string, whole: string) => EventDate | undefined;

/** Where the match `m` stands in the clause. */
function spanOf(m: RegExpExecArray): { start: number; end: number } {
  return { start: m.index, end: m.index + m[0].length };
}

/** The day `date`, precision 1, told by the match `m`. */
function dayAt(date: string, m: RegExpExecArray): EventDate {
  return { date, precision: 1, kind: 'day', ...spanOf(m) };
}

// Compiled once: the month alternation is long and these run on every clause.
const NAMED_DAY = new RegExp(
  `${B}و?(\\d{1,2})\\s+(?:من\\s+)?(${MONTH_ALT})(?:\\s*/\\s*(?:${MONTH_ALT}))?(?:\\s+(?:عام\\s+)?(\\d{4}))?`,
  'u',
);
/** The words that open a stated period. */
const SINCE_OPENERS = ['منذ', 'خلال', 'طيلة', 'على مدى', 'على مدار'];
/**
 * SINCE_OPENERS, folded as the text is (`على` is read `علي`), with a conjunction a sentence may
 * open with (`ومنذ بداية العام، وثقت فرقنا …`).
 */
const SINCE = new RegExp(
  `${B}[وف]?(${SINCE_OPENERS.map((w) => foldKey(w).replace(' ', '\\s+')).join('|')})${E}`,
  'gu',
);
/** A month's name, maybe after `شهر`, with its pair and its year (global: see monthPhrase). */
const MONTH_PHRASE = new RegExp(
  `${B}(?:شهر\\s+)?(${MONTH_ALT})(?:\\s*/\\s*(?:${MONTH_ALT}))?(?:\\s+(?:عام\\s+)?(\\d{4}))?${E}`,
  'gu',
);
/**
 * `آب` (August) folds to `اب`, the word for a father (`قضى ستة من عائلة واحدة (أب وأم
 * وأطفالهما)`, `ارتقى شهيدان "أب وابنه"`). Alone it is read as the month only after a word that
 * leads a time (`في آب`, `منذ آب`, `حتى آب`); `شهر آب`, `آب/أغسطس` and `آب 2019` say so themselves.
 */
const AUGUST_OR_FATHER = 'اب';
const TIME_LEAD_BEFORE =
  /(?<![\p{L}])[وف]?(?:في|خلال|منذ|حتي|من|الي|طيل[ةه]|طوال|بداي[ةه]|مطلع|اوائل|منتصف|اواسط|اواخر|نهاي[ةه])\s+$/u;

/** The first month a (folded) text names (MONTH_PHRASE), a father not taken for August. */
function monthPhrase(text: string): RegExpExecArray | null {
  MONTH_PHRASE.lastIndex = 0;
  for (let m = MONTH_PHRASE.exec(text); m; m = MONTH_PHRASE.exec(text)) {
    // `شهر`, a pair or a year make the phrase more than the name.
    const toldAsMonth =
      m[1] !== AUGUST_OR_FATHER ||
      m[0] !== m[1] ||
      TIME_LEAD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (toldAsMonth) return m;
  }
  return null;
}
const LAST_PERIOD = new RegExp(`${B}(الاسبوع|الشهر)\\s+(الماضي|الفائت|المنصرم)${E}`, 'u');
/** `الأسبوع الجاري`, `هذا الشهر`: the period the report's day is in, up to that day. */
const THIS_PERIOD = new RegExp(
  `${B}(?:(?:ال)?(الاسبوع|الشهر)\\s+(?:الجاري|الحالي)|هذا\\s+(الاسبوع|الشهر))${E}`,
  'u',
);
/** `الأيام الثلاثة الماضية`, `الساعات الـ24 الأخيرة`, `الأسابيع الثلاثة الماضية`: a count of units. */
const LAST_UNITS = new RegExp(
  `${B}(الايام|الساعات|الاسابيع)\\s+(?:الـ\\s*)?(\\S+)\\s+(?:الماضية|الفائتة|المنصرمة|الاخيرة)${E}`,
  'u',
);
/**
 * `خلال الأيام الماضية`, `في الأسابيع القليلة الأخيرة`: days or weeks back with no count told
 * (folded). RECENT_DAYS and RECENT_WEEKS_DAYS are how far back they are read.
 */
const RECENT_UNITS = new RegExp(
  `${B}(?:خلال|في|طيل[ةه])\\s+(الايام|الاسابيع)\\s+(?:القليل[ةه]\\s+)?(?:الماضية|الفائتة|المنصرمة|الاخيرة)${E}`,
  'u',
);
/** Days back of `الأيام الماضية`, `in recent days`: a week. */
export const RECENT_DAYS = 7;
/** Days back of `الأسابيع الماضية`, `in recent weeks`: four weeks. */
export const RECENT_WEEKS_DAYS = 28;
/**
 * `الـ24 ساعة الماضية`, `الـ48 ساعة الأخيرة`: the count first (tatweel folded away); also without
 * its article, as reports write it too (`خلال 24 ساعة الماضية`).
 */
const LAST_COUNT_FIRST = new RegExp(
  `${B}(?:ال\\s*)?(\\d+)\\s+(ساعة|ساعه|يوما|يوم|ايام|اسبوعا|اسابيع)\\s+(?:الماضية|الفائتة|المنصرمة|الاخيرة)${E}`,
  'u',
);
const COUNT_FIRST_HINT = /\d\s+(?:ساع|يوم|ايام|اسبوع|اسابيع)/;
/** `اليومين الماضيين`, `الأسبوعين الأخيرين`, `الشهرين الماضيين`: two days, weeks or months back. */
const LAST_DUAL = new RegExp(
  `${B}(اليومين|الاسبوعين|الشهرين)\\s+(?:الماضيين|الفائتين|المنصرمين|الاخيرين)${E}`,
  'u',
);
const DUAL_DAYS: Record<string, number> = { اليومين: 2, الاسبوعين: 14, الشهرين: 60 };
/** The article of a dual unit (`الأسبوعين`), which a unit after `منذ`/`خلال` may carry. */
const DUAL_ARTICLE = /^ال(?=(?:يومين|اسبوعين|شهرين)$)/;
const UNIT_PLURAL: Record<string, string> = {
  ساعة: 'الساعات',
  ساعه: 'الساعات',
  يوما: 'الايام',
  يوم: 'الايام',
  ايام: 'الايام',
  اسبوعا: 'الاسابيع',
  اسابيع: 'الاسابيع',
};
/** `منذ بداية الشهر الجاري`, `منذ مطلع العام`: from the first day of the report's month or year. */
const SINCE_START = /^\s*(?:بداية|مطلع|اول)\s+(الشهر|العام|السنة)(?:\s+(?:الجاري|الحالي))?/u;
const UNIT_OF: Record<string, number> = { الايام: 1, الاسابيع: 7 };
/** A part of a day before `أمس` (`فجر أمس`, `ليلة أول أمس`), with its conjunction. */
const DAY_PART = '[وف]?(?:(?:يوم|فجر|صباح|مساء|ليل|ليلة|ظهر|عصر)\\s+)?';
const YESTERDAY = new RegExp(
  // `الليلة الماضية` (last night) and `البارحة` (yesterday) are yesterday too.
  `${B}(?:${DAY_PART}(?:ال)?امس|(?:ليلة|ليله)?\\s*البارحة|(?:الليلة|الليله)\\s+(?:الماضية|الفائتة|المنصرمة))${E}`,
  'u',
);
const YESTERDAY_HINT = /امس|البارحة|الليلة|الليله/;
/**
 * `أول أمس`, `أول من أمس`, `أمس الأول`: the day before yesterday (read before `أمس`, which it
 * holds).
 */
const DAY_BEFORE_YESTERDAY = new RegExp(
  `${B}${DAY_PART}(?:اول\\s+(?:من\\s+)?(?:ال)?امس|(?:ال)?امس\\s+الاول)${E}`,
  'u',
);
/** A count of days: `يومين` (group 1), or a figure or a number word and `أيام` (group 2). */
/** Two days, n days, or some days told with no count (`قبل أيام`, `بعد أيام من`, group 3). */
const DAYS = '(?:(يومين)|([\\p{L}\\p{N}]+)\\s+ايام|(ايام))';
/**
 * `قبل`, but not the launch of what the event was part of, told in a relative clause (`في إطار معركة "ردع
 * العدوان" التي أطلقتها قبل أربعة أيام`, `الحملة التي بدأتها قبل أسبوع`): the event is of the
 * report's day, the campaign older (folded). Not `التي شنتها قبل يومين`: that is the event. Nor
 * the arrest the event came after (`قضى شاب تحت التعذيب بعد اعتقاله قبل شهر`: he died now). The
 * look back comes after `قبل`, so that it runs only where `قبل` is.
 */
const AGO_NOT_OF_LAUNCH = String.raw`قبل(?<!(?:التي|الذي)\s+(?:اطلق|بدا|انطلق|اعلن)\S*\s+(?:\S+\s+){0,3}قبل)(?<!بعد\s+(?:اعتقال|اختطاف|احتجاز|توقيف|اسر)(?:ه|ها|هم|هما)\s+قبل)`;
/** Days counted back from the report: `قبل يومين`, `قبل 3 أيام`, `قبل ثلاثة أيام`. */
const DAYS_AGO = new RegExp(`${B}${AGO_NOT_OF_LAUNCH}\\s+${DAYS}${E}(?!\\s+من${E})`, 'u');
/**
 * An event told as some days before the news (`وجاء التصعيد بعد يومين من مقتل 4 عناصر …`,
 * `يأتي ذلك بعد ثلاثة أيام من …`): the news is of the report's day or the day before, so the
 * event is one of two days. Only after `جاء`/`يأتي`: in `وصلت التعزيزات بعد يومين من الهجوم`
 * the clause's own event is the later one.
 */
const DAYS_BEFORE_NEWS = new RegExp(
  `${B}[وف]?(?:جاء|جاءت|ياتي|تاتي)\\s+(?:[\\p{L}]+\\s+){0,2}?بعد\\s+${DAYS}\\s+(?:علي\\s+)?من${E}`,
  'u',
);
/**
 * A clause that opens by telling its event some days before the one told before it (`قصفت قوات
 * النظام قرى جبل الزاوية، بعد يومين من مقتل خمسة مدنيين بغارة روسية على البارة`): the strike
 * was two days before the shelling, which is of the report's day or the day before. Only at the
 * clause's start (`وذلك بعد يومين من`): within a clause the event is the later one.
 */
const CLAUSE_DAYS_AFTER = new RegExp(`^[وف]?(?:ذلك\\s+)?بعد\\s+${DAYS}\\s+(?:علي\\s+)?من${E}`, 'u');
const TODAY = new RegExp(
  `${B}[وف]?(?:(?:فجر|صباح|مساء|ظهر|عصر|ليل)\\s+)?اليوم${E}(?:\\s+(?:${WEEKDAY_ALT})${E})?`,
  'u',
);
const WEEKDAY = new RegExp(
  `${B}[وف]?(?:يوم\\s+)?(${WEEKDAY_ALT})(\\s+(?:الماضي|الفائت|المنصرم))?${E}`,
  'u',
);
/**
 * `بعد منتصف ليل الجمعة – السبت`: after the midnight of a night told by the two days it joins,
 * which is the second's early hours (group 1), not the first day, which WEEKDAY reads first.
 */
const AFTER_MIDNIGHT = new RegExp(
  `${B}بعد\\s+منتصف\\s+(?:ليل|ليلة|ليله)\\s+(?:${WEEKDAY_ALT})\\s*(?:[-–—/،,]|\\s)\\s*(${WEEKDAY_ALT})${E}`,
  'u',
);
/**
 * A second weekday joined to the one WEEKDAY read (`يومي الأربعاء والخميس [الماضيين]`), read
 * from where that one ends (sticky): the two days and those between.
 */
const AND_WEEKDAY = new RegExp(
  `\\s+و(?:يوم\\s+)?(${WEEKDAY_ALT})(\\s+(?:الماضيين|الفائتين|المنصرمين|الماضي|الفائت|المنصرم))?${E}`,
  'uy',
);
/** Every weekday of a text, to find the one said to be past (`يوم الخميس الماضي`). */
const EVERY_WEEKDAY = new RegExp(WEEKDAY.source, 'gu');

/**
 * Cheap necessary conditions checked before the rules' regexes: each of those needs one of
 * these literals in the text, or one of these words (a word gate: a bit read with the clause's
 * other words), and most clauses hold none, so the costly scans are skipped.
 */
const anyOf = (list: readonly string[]) => new RegExp([...new Set(list)].join('|'));
/** SINCE's words, each opener's last (`على مدى` holds `مدى` as a word of its own). */
const SINCE_WORDS = wordGate(SINCE_OPENERS.map((w) => w.split(' ').pop()!));
/**
 * Each month name's (first) word, which MONTH_PHRASE and NAMED_DAY read as a word of its own.
 * The long alternation of names this replaces was the dearest of the dates' pre-checks.
 */
const MONTH_WORDS = wordGate([...new Set(MONTH_NAMES.map(([n]) => n.split(' ')[0]!))]);
const LAST_LITERALS = anyOf(['الماضي', 'الفائت', 'المنصرم', 'الاخير']);
const THIS_LITERALS = anyOf(['الجاري', 'الحالي', 'هذا الاسبوع', 'هذا الشهر']);
const WEEKDAY_LITERALS = anyOf(WEEKDAYS);
const PAST = /الماضي|الفائت|المنصرم/;
const DIGIT = /\d/;

/**
 * A day in figures with its year: day first (groups 1, 3, 4: `12/6/2021`, `12-6-2021`,
 * `12.6.2021`, one mark throughout) or year first (groups 5, 7, 8: `2021-06-12`, `2021/6/12`).
 */
const NUMERIC_DAY =
  /(?<![\d/.-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})([/-])(\d{1,2})\6(\d{1,2}))(?![\d/-]|\.\d)/;

/** `12 حزيران 2021`, `12/6/2021`: the day, precision 1. */
const explicitDay: Rule = (text, report, whole) => {
  if (!DIGIT.test(text)) return undefined;
  const named = MONTH_WORDS(whole) ? NAMED_DAY.exec(text) : null;
  if (named) {
    const mo = monthNumber(named[2]!) ?? 0;
    // `في 15 شباط الماضي`: the month told as past is never after the report, not even by a day.
    const past = !named[3] && PAST_AFTER.test(text.slice(named.index + named[0].length));
    const iso = named[3]
      ? isoDate(+named[3], mo, +named[1]!)
      : pastDate(+report.slice(0, 4), mo, +named[1]!, report, past ? 0 : 2);
    if (iso)
      return fromDay(text, iso, named) ?? sinceDay(text, iso, report, named) ?? dayAt(iso, named);
  }
  // `12/6/2021`, `12-6-2021`, `12.6.2021`; year first, `2021-06-12`, `2021/6/12`.
  const num = NUMERIC_DAY.exec(text);
  if (num) {
    const iso = num[1]
      ? isoDate(+num[4]!, +num[3]!, +num[1]!)
      : isoDate(+num[5]!, +num[7]!, +num[8]!);
    if (iso) return dayAt(iso, num);
  }
  // `وفي يوم 15/3`: a day and month, after a word that tells a day (a bare `3/4` may be anything).
  const short = text.includes('/') ? SHORT_DAY.exec(text) : null;
  if (short) {
    const iso = pastDate(+report.slice(0, 4), +short[2]!, +short[1]!, report);
    if (iso) return dayAt(iso, short);
  }
  return undefined;
};

/** `يوم 15/3`, `في 15/3`, `بتاريخ 15/3`: day and month, no year. */
const SHORT_DAY =
  /(?<![\p{L}])[وف]?(?:يوم|في|بتاريخ|تاريخ|ليلة|ليله|صباح|مساء|فجر)\s+(\d{1,2})\/(\d{1,2})(?![\d/])/u;

/**
 * A day told as a period's end (`خلال الأسبوع الممتد من 14 إلى 20 آذار`, `بين 14 و20 آذار`):
 * the period from the first day, of the same month, to this one.
 */
const FROM_DAY_BEFORE =
  /(?<![\p{L}\d])(?:(?:من|بين)\s+)?(\d{1,2})\s+(?:(?:الي|حتي|لغاية|ولغاية)\s+)?$/u;

function fromDay(text: string, iso: string, m: RegExpExecArray): EventDate | undefined {
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  const from = FROM_DAY_BEFORE.exec(before);
  if (!from) return undefined;
  const first = +from[1]!;
  if (first >= +iso.slice(8, 10)) return undefined;
  const date = isoDate(+iso.slice(0, 4), +iso.slice(5, 7), first);
  if (!date) return undefined;
  return {
    date,
    dateEnd: iso,
    precision: 2,
    kind: 'range',
    start: m.index - before.length + from.index,
    end: m.index + m[0].length,
  };
}

/**
 * A day told as where a period began (`منذ 8 كانون الأول`, `منذ سقوط النظام في 8 كانون الأول
 * الماضي`): `منذ` at most five words before it and no clause's end between. A tally told so is
 * of the days from then to the report, not of that day.
 */
const SINCE_BEFORE_DAY = /(?<![\p{L}])[وف]?منذ(?![\p{L}])(?:\s+[^\s.،,:؛;]+){0,5}\s+(?:في\s+)?$/u;

function sinceDay(
  text: string,
  iso: string,
  report: string,
  m: RegExpExecArray,
): EventDate | undefined {
  if (iso >= report || !text.includes('منذ')) return undefined;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  const since = SINCE_BEFORE_DAY.exec(before);
  if (!since) return undefined;
  return {
    ...daysBack(report, daysBetween(iso, report), m),
    start: m.index - before.length + since.index,
  };
}

/** `الماضي` (or its like) right after a month's name: the month told as gone by (folded). */
const PAST_AFTER = /^\s+(?:الماضي|الفائت|المنصرم)(?![\p{L}])/u;

/**
 * A day and month told without a year: in the report's year, unless that is well after the
 * report (`وفي 15 آذار` in a report of 12 March 2024 is 15 March 2023): reports tell what
 * happened. `grace` days: a report's date may be a day behind the events it tells, unless the
 * month is told as past (`15 شباط الماضي` in a report of 14 February is last year's).
 *
 * @example pastDate(2024, 3, 15, '2024-03-12') // '2023-03-15'
 */
function pastDate(
  year: number,
  month: number,
  day: number,
  report: string,
  grace = 2,
): string | undefined {
  const iso = isoDate(year, month, day);
  return iso && iso > addDays(report, grace) ? isoDate(year - 1, month, day) : iso;
}

/** Ordinal day words 1–31, folded, as dates write them (`الخامس من آذار`, `الحادي والعشرين`). */
const UNITS = [
  'الاول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
];
const ORDINAL_DAYS: [string, number][] = [
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ['العاشر', 10],
  ['الحادي عشر', 11],
  ...UNITS.slice(1).map((w, i): [string, number] => [`${w} عشر`, i + 12]),
  ['العشرين', 20],
  ['الحادي والعشرين', 21],
  ...UNITS.slice(1).map((w, i): [string, number] => [`${w} والعشرين`, i + 22]),
  ['الثلاثين', 30],
  ['الحادي والثلاثين', 31],
];
const ORDINAL_OF = new Map(ORDINAL_DAYS);
/** Longest first, so `الثاني عشر` is read before `الثاني`. */
const ORDINAL_ALT = ORDINAL_DAYS.map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * The month after `من`: a name, or the report's (`الشهر الجاري`, or `الشهر` alone: `يوم الخامس
 * عشر من الشهر`) or the one before it. Not the month to come (`من الشهر المقبل`).
 */
const OF_MONTH = `(?<month>${MONTH_ALT}|الشهر(?:\\s+(?:الجاري|الحالي|ذاته|نفسه|الماضي|الفائت|المنصرم)|(?!\\s+(?:المقبل|القادم))))`;
/**
 * `الخامس من آذار`, `في الحادي والعشرين من الشهر الجاري`, also in figures (`في 20 من الشهر
 * الماضي`, `في الـ20 من الشهر الماضي`, tatweel folded away): the day, precision 1.
 */
const ORDINAL_DAY = new RegExp(
  `${B}(?<week>(?:ال)?اسبوع\\s+)?(?:ال)?(?:يوم\\s+)?(?:(?<day>${ORDINAL_ALT})|(?:ال\\s*)?(?<num>\\d{1,2}))\\s+من\\s+${OF_MONTH}(?:\\s*/\\s*(?:${MONTH_ALT}))?(?:\\s+(?:عام\\s+)?(?<year>\\d{4}))?${E}`,
  'u',
);
/** Cheap necessary condition for ORDINAL_DAY: an ordinal's last word or a figure, then `من`. */
const ORDINAL_HINT = /(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|عشر|عشرين|ثلاثين|\d) من /;

/**
 * The month a phrase names and its year when known: a month's name (the year as written, else
 * undefined: each rule places it), or `الشهر` with `الجاري`/`الحالي` or alone (the report's
 * month) or with `الماضي` (the one before; so when `before`), in the year that month falls in.
 *
 * @example monthTold('الشهر الماضي', undefined, '2021-01-10', false) // { mo: 12, y: 2020 }
 */
function monthTold(
  month: string,
  year: string | undefined,
  report: string,
  before: boolean,
): { mo: number; y: number | undefined } {
  const named = monthNumber(month);
  if (named !== undefined) return { mo: named, y: year ? +year : undefined };
  const ry = +report.slice(0, 4);
  const rm = +report.slice(5, 7);
  const previous = before || PAST.test(month);
  return {
    mo: previous ? (rm === 1 ? 12 : rm - 1) : rm,
    y: year ? +year : previous && rm === 1 ? ry - 1 : ry,
  };
}

/** `الشهر` alone or told as the same (`ذاته`, `نفسه`): the month is not named. */
const SAME_OR_BARE_MONTH = /^الشهر(?:\s+(?:ذاته|نفسه))?$/;

/**
 * `الخامس من آذار` → 5 March; `الأسبوع الأول من آذار` → 1–7 March (a week, precision 2).
 * `الشهر الجاري` (or ذاته/نفسه: the report's own, as reports mostly tell the current month)
 * and `الشهر الماضي` are the report's month and the one before.
 */
const ordinalDay: Rule = (text, report) => {
  if (!ORDINAL_HINT.test(text)) return undefined;
  const m = ORDINAL_DAY.exec(text);
  const g = m?.groups;
  if (!m || !g) return undefined;
  const ry = +report.slice(0, 4);
  const rm = +report.slice(5, 7);
  const n = g.day ? ORDINAL_OF.get(g.day)! : +g.num!;
  // A week is told by its ordinal (`الأسبوع الأول من آذار`), never by a figure.
  if (g.num && g.week) return undefined;
  // `الشهر` alone is the report's month, unless the day is still to come in it: then the month
  // the report looks back on (a tally published on the 1st of April tells March's `الخامس عشر
  // من الشهر`).
  // So is `الشهر ذاته` (the month told before, which the clause does not hold): a day still to
  // come is of the month before (`قبل أن تستعيدها الفصائل في 27 من الشهر ذاته`, told on 3 March).
  const ahead = SAME_OR_BARE_MONTH.test(g.month!) && !g.week && n > +report.slice(8, 10);
  const told = monthTold(g.month!, g.year, report, ahead);
  const mo = told.mo;
  let y = told.y;
  if (g.week) {
    y ??= mo > rm ? ry - 1 : ry;
    // Weeks of a month, seven days each from the first: the fourth is 22–28, a fifth from the 29th.
    if (n > 5) return undefined;
    const first = isoDate(y, mo, (n - 1) * 7 + 1);
    if (!first) return undefined;
    const last = addDays(first, 6);
    return { date: first, dateEnd: last, precision: 2, kind: 'range', ...spanOf(m) };
  }
  const iso = y !== undefined ? isoDate(y, mo, n) : pastDate(ry, mo, n, report);
  // `منذ الخامس من تشرين الأول الجاري`: a period from that day, as `منذ 5 تشرين الأول` is.
  return iso ? (sinceDay(text, iso, report, m) ?? dayAt(iso, m)) : undefined;
};

/** A weekday at most four words after `منذ`, the event that began on it between (folded). */
const SINCE_WEEKDAY = new RegExp(
  `^(?:\\s+[^\\s.،,:؛;]+){0,4}?\\s+(?:يوم\\s+)?(${WEEKDAY_ALT})${E}`,
  'u',
);

/** `منذ أكثر من ثلاثة أسابيع` → report−21 .. report; `منذ آذار` → 1 March .. report. */
const since: Rule = (text, report, whole) => {
  if (!SINCE_WORDS(whole)) return undefined;
  const re = SINCE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const fromStart = m[1] === 'منذ' ? SINCE_START.exec(after) : null;
    if (fromStart) {
      const month = fromStart[1] === 'الشهر';
      const date = `${report.slice(0, month ? 8 : 5)}${month ? '01' : '01-01'}`;
      return {
        date,
        dateEnd: report,
        precision: month ? 2 : 3,
        kind: 'range',
        start: m.index,
        end: m.index + m[0].length + fromStart[0].length,
      };
    }
    // `منذ يوم الثلاثاء`, `منذ اندلاع الاشتباكات يوم الثلاثاء`: from that day to the report's
    // (not "for a day", nor that one day). A weekday that is the report's own tells no span.
    const wd = m[1] === 'منذ' ? SINCE_WEEKDAY.exec(after) : null;
    if (wd) {
      const back = (weekday(report) - WEEKDAYS.indexOf(wd[1]!) + 7) % 7;
      if (back > 0)
        return {
          date: addDays(report, -back),
          dateEnd: report,
          precision: 2,
          kind: 'range',
          start: m.index,
          end: m.index + m[0].length + wd[0].length,
        };
    }
    const tokens = tokenize(after);
    let k = 0;
    while (
      k < tokens.length &&
      /^(اكثر|من|نحو|قرابة|حوالي|ما|يزيد|عن|الـ|ال|عدة|عده|بضعة|بضعه|بضع)$/.test(tokens[k]!.t) &&
      k < 4
    )
      k++;
    const fig = readNumber(tokens, k);
    const unitTok = fig ? tokens[fig.next] : tokens[k];
    // A dual with its article (`على مدار الأسبوعين`) counts as without it.
    const unitWord = fig ? (unitTok?.t ?? '') : (unitTok?.t ?? '').replace(DUAL_ARTICLE, '');
    const unit = UNIT_DAYS.find(([p]) => p.test(unitWord));
    // `خلال يوم الثلاثاء` names a day, not a period: a bare singular unit counts only after منذ.
    const bare = !fig && /^(يوم|اسبوع|شهر|عام|سنة|سنه)$/.test(unitTok?.t ?? '') && m[1] !== 'منذ';
    // `منذ عام 2019`: the year named, not a year's time.
    const yearNamed =
      unit?.[1] === 365 && /^\d{4}$/.test(tokens[(fig ? fig.next : k) + 1]?.t ?? '');
    if (unit && !bare && !yearNamed) {
      // A plural with no count (`على مدى سنوات`, `منذ أشهر`, `منذ عدة أسابيع`) is some: three,
      // as YEARS_PAST reads years; one would make months of fighting a month.
      const some = !fig && PLURAL_UNIT.test(unitWord) ? 3 : 1;
      const n = (fig?.value ?? some) * unit[2];
      const days = n * unit[1];
      const end = m.index + m[0].length + (unitTok?.end ?? 0);
      return {
        date: addDays(report, -days),
        dateEnd: report,
        precision: days <= 31 ? 2 : 3,
        kind: 'range',
        start: m.index,
        end,
      };
    }
    // `منذ آذار`, `منذ سيطرته عليها في آذار 2018`: from the month's first day, of the year
    // given, else the latest one not after the report; `منذ أواخر نيسان`: from its part's first.
    const month = monthPhrase(after);
    if (m[1] === 'منذ' && month && month.index < 40) {
      const mo = monthNumber(month[1]!)!;
      const ry = +report.slice(0, 4);
      const y = month[2] ? +month[2] : mo > +report.slice(5, 7) ? ry - 1 : ry;
      const end = m.index + m[0].length + month.index + month[0].length;
      const part = PART_BEFORE_MONTH.exec(after.slice(0, month.index));
      const from = isoDate(y, mo, part ? PART_DAYS[part[1]!]![0] : 1);
      // A year named after the report's (a misdated report) starts no period up to it.
      if (!from || from > report) return undefined;
      return {
        date: from,
        dateEnd: report,
        precision: 3,
        kind: 'range',
        start: m.index,
        end,
      };
    }
  }
  return undefined;
};

/**
 * Years told without a count (`خلال السنوات الماضية`, `منذ سنوات`, `على مدى أعوام`, `بعد سنوات
 * من القصف`): a period of some years up to the report, read as three; what went on so long is
 * background (extractIncidents), a tally over it too.
 */
const YEARS_PAST = new RegExp(
  `${B}(?:(?:ال)?(?:سنوات|اعوام|سنين)\\s+(?:الماضية|الفائتة|المنصرمة|الاخيرة)|(?:[وف]?(?:منذ|خلال|طيلة|طوال|مدي|مدار|بعد)\\s+(?:عدة\\s+)?(?:سنوات|اعوام|سنين)))${E}`,
  'u',
);
const YEARS_HINT = /سنوات|اعوام|سنين/;
const yearsPast: Rule = (text, report) => {
  if (!YEARS_HINT.test(text)) return undefined;
  const m = YEARS_PAST.exec(text);
  if (!m) return undefined;
  return {
    date: addDays(report, -3 * 365),
    dateEnd: report,
    precision: 3,
    kind: 'range',
    ...spanOf(m),
  };
};

/** `في آذار/مارس 2020`: the month, precision 3 (the year defaults to the latest one not after the report). */
const month: Rule = (text, report, whole) => {
  if (!MONTH_WORDS(whole)) return undefined;
  const m = monthPhrase(text);
  if (!m) return undefined;
  const mo = monthNumber(m[1]!)!;
  const ry = +report.slice(0, 4);
  const y = m[2] ? +m[2] : mo > +report.slice(5, 7) ? ry - 1 : ry;
  return {
    ...monthRange(y, mo),
    precision: 3,
    kind: 'month',
    ...spanOf(m),
  };
};

/** The `days` before the report up to its day, told by `m`: precision 2 up to a month, else 3. */
function daysBack(report: string, days: number, m: RegExpExecArray): EventDate {
  return {
    date: addDays(report, -days),
    dateEnd: report,
    precision: days <= 31 ? 2 : 3,
    kind: 'range',
    ...spanOf(m),
  };
}

/**
 * A part of a month (`مطلع آذار`, `منتصف الشهر الجاري`, `أواخر أيار الماضي`, `نهاية الشهر
 * الماضي`): its first, middle or last ten days or so (folded).
 */
const MONTH_PART = new RegExp(
  `${B}(?<part>مطلع|اوائل|بداية|مستهل|منتصف|اواسط|اواخر|نهاية)\\s+(?:شهر\\s+)?(?<month>${MONTH_ALT}|الشهر(?:\\s+(?:الجاري|الحالي|الماضي|الفائت|المنصرم)|(?!\\s+(?:المقبل|القادم))))(?:\\s*/\\s*(?:${MONTH_ALT}))?(?:\\s+(?:عام\\s+)?(?<year>\\d{4}))?${E}`,
  'u',
);
const MONTH_PART_HINT = /مطلع|اوائل|بداية|مستهل|منتصف|اواسط|اواخر|نهاية/;
/** A part of a month told right before the month's name (`منذ أواخر شهر نيسان`), folded. */
const PART_BEFORE_MONTH =
  /(?<![\p{L}])(مطلع|اوائل|بداية|مستهل|منتصف|اواسط|اواخر|نهاية)\s+(?:شهر\s+)?$/u;

/** The first and last day of each part of a month (the last part runs to the month's end). */
const PART_DAYS: Record<string, [number, number]> = {
  مطلع: [1, 10],
  اوائل: [1, 10],
  بداية: [1, 10],
  مستهل: [1, 10],
  منتصف: [11, 20],
  اواسط: [11, 20],
  اواخر: [21, 31],
  نهاية: [21, 31],
};

/**
 * `أواخر أيار الماضي` → 21–31 May, `منتصف الشهر الجاري` → 11–20 of the report's month:
 * precision 2. A part that starts after the report is no event told (`مطلع الشهر المقبل` is not
 * read at all); one the report's day falls in ends on that day.
 *
 * @example monthPart(foldKey('أواخر أيار الماضي'), '2021-06-27') // 2021-05-21 .. 2021-05-31
 */
const monthPart: Rule = (text, report) => {
  if (!MONTH_PART_HINT.test(text)) return undefined;
  const m = MONTH_PART.exec(text);
  const g = m?.groups;
  if (!m || !g) return undefined;
  const { mo, y: told } = monthTold(g.month!, g.year, report, false);
  const rm = +report.slice(5, 7);
  const ry = +report.slice(0, 4);
  const y = told ?? (mo > rm ? ry - 1 : ry);
  const [first, last] = PART_DAYS[g.part!]!;
  const { dateEnd: monthEnd } = monthRange(y, mo);
  const date = isoDate(y, mo, first)!;
  if (date > report) return undefined;
  const end = last === 31 ? monthEnd : isoDate(y, mo, last)!;
  // Of kind `month`, as the whole month was: a part of a month places an event in time, it does
  // not make the sentence a tally over a period (`range`).
  return { date, dateEnd: end > report ? report : end, precision: 2, kind: 'month', ...spanOf(m) };
};

/** `الأسبوع الماضي` → the seven days before the report, `الشهر الماضي` → the previous month. */
const lastPeriod: Rule = (text, report) => {
  if (!LAST_LITERALS.test(text)) return undefined;
  const dual = LAST_DUAL.exec(text);
  if (dual) return daysBack(report, DUAL_DAYS[dual[1]!]!, dual);
  const units = LAST_UNITS.exec(text);
  const first = units || !COUNT_FIRST_HINT.test(text) ? null : LAST_COUNT_FIRST.exec(text);
  const unit = units?.[1] ?? (first ? UNIT_PLURAL[first[2]!] : undefined);
  const n = units
    ? readNumber(tokenize(units[2]!.replace(/^ال/, '')), 0)?.value
    : first
      ? +first[1]!
      : undefined;
  const found = units ?? first;
  if (found && unit && n && n > 0) {
    // Hours are read as the days they reach back into: the last 24 hours are yesterday and today.
    return daysBack(report, unit === 'الساعات' ? Math.ceil(n / 24) : n * UNIT_OF[unit]!, found);
  }
  // `خلال الأيام الماضية`, `في الأسابيع القليلة الماضية`: no count told, a week or four back.
  const recent =
    text.includes('الايام') || text.includes('الاسابيع') ? RECENT_UNITS.exec(text) : null;
  if (recent)
    return daysBack(report, recent[1] === 'الايام' ? RECENT_DAYS : RECENT_WEEKS_DAYS, recent);
  const m = LAST_PERIOD.exec(text);
  if (!m) return undefined;
  const at = spanOf(m);
  if (m[1] === 'الاسبوع')
    return {
      date: addDays(report, -7),
      dateEnd: addDays(report, -1),
      precision: 2,
      kind: 'range',
      ...at,
    };
  const y = +report.slice(0, 4);
  const mo = +report.slice(5, 7);
  return {
    ...monthRange(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1),
    precision: 3,
    kind: 'month',
    ...at,
  };
};

/**
 * `خلال الأسبوع الجاري` → the seven days up to the report's (what week it is depends on where the
 * week starts, which reports do not say), `الشهر الحالي` → the report's month up to its day.
 *
 * @example thisPeriod(foldKey('هذا الأسبوع'), '2021-09-15') // 2021-09-09 .. 2021-09-15, precision 2
 */
const thisPeriod: Rule = (text, report) => {
  if (!THIS_LITERALS.test(text)) return undefined;
  const m = THIS_PERIOD.exec(text);
  if (!m) return undefined;
  if ((m[1] ?? m[2]) === 'الاسبوع')
    return {
      date: addDays(report, -6),
      dateEnd: report,
      precision: 2,
      kind: 'range',
      ...spanOf(m),
    };
  return {
    date: `${report.slice(0, 8)}01`,
    dateEnd: report,
    precision: 3,
    kind: 'month',
    ...spanOf(m),
  };
};

/** The first weekday of `text` said to be past, if any. */
function pastWeekday(text: string): RegExpExecArray | undefined {
  EVERY_WEEKDAY.lastIndex = 0;
  for (let m = EVERY_WEEKDAY.exec(text); m; m = EVERY_WEEKDAY.exec(text)) if (m[2]) return m;
  return undefined;
}

/**
 * The days of `قبل يومين` / `بعد ثلاثة أيام من` (group 1 the dual, group 2 a figure or a number
 * word, read as `numbers.ts` reads them), 2 to 10; else undefined: past ten days a report names
 * the date.
 */
/**
 * Some days before the report, told with no count (`قبل أيام`, `، بعد أيام من مظاهرة`): two to
 * seven days back, a week's precision. It was the report's own day.
 */
function someDaysBefore(report: string, m: RegExpExecArray): EventDate {
  return {
    date: addDays(report, -7),
    dateEnd: addDays(report, -2),
    precision: 2,
    kind: 'day',
    ...spanOf(m),
  };
}

/**
 * A sentence opening with the days after the event told before it (`وبعد يومين، قصفت …`, `وفي
 * اليوم التالي، …`), not after something it names (`بعد يومين من الهجوم`) (folded).
 */
const DAYS_LATER = new RegExp(
  `^[^\\p{L}]*[وف]?(?:بعد\\s+${DAYS}|(?:في\\s+)?(?:(?:صباح|مساء|ظهر|فجر)\\s+)?اليوم\\s+التالي)${E}(?!\\s+(?:علي\\s+)?من${E})`,
  'u',
);

/**
 * The days a (folded) sentence opens by telling it came after the event told before it: `وبعد
 * يومين،` 2, `وفي اليوم التالي` 1; undefined for none, or for days told with no count (`وبعد
 * أيام`).
 *
 * @example daysLater(foldKey('وبعد يومين، قصفت الطائرات الروسية أطراف المدينة')) // 2
 */
export function daysLater(text: string): number | undefined {
  if (!text.includes('بعد') && !text.includes('التالي')) return undefined;
  const m = DAYS_LATER.exec(text);
  if (!m) return undefined;
  return m[1] || m[2] || m[3] ? daysOf(m) : 1;
}

function daysOf(m: RegExpExecArray): number | undefined {
  if (m[3]) return undefined;
  const n = m[1] ? 2 : wordValue(m[2]!);
  return n !== undefined && n >= 2 && n <= 10 ? n : undefined;
}

/**
 * `أمس`, `أول أمس`, `قبل يومين`, `فجر اليوم`, `اليوم الخميس`, `السبت الماضي`, `يوم الخميس`: a
 * day, precision 1.
 */
const relativeDay: Rule = (text, report) => {
  const before = /اول/.test(text) ? DAY_BEFORE_YESTERDAY.exec(text) : null;
  if (before) return dayAt(addDays(report, -2), before);
  const y = YESTERDAY_HINT.test(text) ? YESTERDAY.exec(text) : null;
  if (y) return dayAt(addDays(report, -1), y);
  const ago = /قبل/.test(text) ? DAYS_AGO.exec(text) : null;
  const n = ago && daysOf(ago);
  if (ago && n) return dayAt(addDays(report, -n), ago);
  if (ago?.[3]) return someDaysBefore(report, ago);
  const after = /بعد/.test(text)
    ? (DAYS_BEFORE_NEWS.exec(text) ?? CLAUSE_DAYS_AFTER.exec(text))
    : null;
  if (after?.[3]) return someDaysBefore(report, after);
  const k = after && daysOf(after);
  if (after && k) {
    const date = addDays(report, -k - 1);
    return { date, dateEnd: addDays(report, -k), precision: 2, kind: 'day', ...spanOf(after) };
  }
  let w = WEEKDAY_LITERALS.test(text) ? WEEKDAY.exec(text) : null;
  // `أوضح، اليوم الاثنين، أن أعنف الهجمات وقعت يوم الخميس الماضي`: the statement's weekday
  // comes first; the past one is the event's.
  if (w && !w[2] && PAST.test(text)) w = pastWeekday(text) ?? w;
  // `أوضح، اليوم، أن أعنف الهجمات وقعت يوم الخميس الماضي`: a past day named as such is the
  // event's, the day of the statement is not.
  const t = /اليوم/.test(text) && !w?.[2] ? TODAY.exec(text) : null;
  if (t) return dayAt(report, t);
  const night = w && !w[2] && text.includes('منتصف') ? AFTER_MIDNIGHT.exec(text) : null;
  if (night) w = night;
  if (w) {
    const target = WEEKDAYS.indexOf(w[1]!);
    AND_WEEKDAY.lastIndex = w.index + w[0].length;
    const and = w === night ? null : AND_WEEKDAY.exec(text);
    let back = (weekday(report) - target + 7) % 7;
    // "last Saturday" said on a Saturday is a week ago
    if (back === 0 && (w[2] || and?.[2])) back = 7;
    const date = addDays(report, -back);
    const days = and ? (WEEKDAYS.indexOf(and[1]!) - target + 7) % 7 : 0;
    // `يومي الأربعاء والخميس`: from the first to the second, when that is not past the report.
    if (and && days > 0 && days <= back)
      return {
        date,
        dateEnd: addDays(date, days),
        precision: 2,
        kind: 'range',
        start: w.index,
        end: and.index + and[0].length,
      };
    return dayAt(date, w);
  }
  return undefined;
};

/**
 * Weeks, months or years counted back from the report (`قبل أسبوع`, `قبل ثلاثة أسابيع`, `قبل
 * شهرين`, `قبل ثلاث سنوات`, `قبل عام`): group `one` a unit alone, `dual` a dual, else `n` and its
 * `unit`. Not counted from another event (`قبل عام من الهجوم`) (folded).
 */
const UNITS_AGO = new RegExp(
  `${B}${AGO_NOT_OF_LAUNCH}\\s+(?:نحو\\s+|حوالي\\s+|قرابة\\s+)?(?:(?<one>اسبوع|شهر|عام|سنة|سنه)|(?<dual>اسبوعين|شهرين|عامين|سنتين)|(?<n>[\\p{L}\\p{N}]+)\\s+(?<unit>اسابيع|اسبوعا|اشهر|شهور|شهرا|سنوات|اعوام|سنين|عاما|سنة|سنه))${E}(?!\\s+من${E})`,
  'u',
);
/** Days in each unit UNITS_AGO reads (a month and a year as calendars have them, roughly). */
const AGO_UNIT_DAYS: Record<string, number> = {
  اسبوع: 7,
  اسبوعين: 7,
  اسابيع: 7,
  اسبوعا: 7,
  شهر: 30,
  شهرين: 30,
  اشهر: 30,
  شهور: 30,
  شهرا: 30,
  عام: 365,
  سنة: 365,
  سنه: 365,
  عامين: 365,
  سنتين: 365,
  سنوات: 365,
  اعوام: 365,
  سنين: 365,
  عاما: 365,
};

/**
 * `قبل ثلاثة أسابيع` → the week around 21 days before the report (precision 2); `قبل شهرين`,
 * `قبل ثلاث سنوات` → the month that many months or years back (precision 3). An event that far
 * back is then background when it is older than half a year (BACKGROUND_DAYS in
 * extractIncidents), not the report's own day as it was read. Of kind `month`: no tally over a
 * period.
 *
 * @example unitsAgo(foldKey('قصف قبل ثلاث سنوات'), '2021-06-24')?.date // '2018-06-01'
 */
const unitsAgo: Rule = (text, report) => {
  if (!text.includes('قبل')) return undefined;
  const m = UNITS_AGO.exec(text);
  const g = m?.groups;
  if (!m || !g) return undefined;
  const unit = g.one ?? g.dual ?? g.unit!;
  const count = g.one ? 1 : g.dual ? 2 : wordValue(g.n!);
  if (!count || count < 1 || count > 50) return undefined;
  const days = AGO_UNIT_DAYS[unit]!;
  if (days === 7) {
    const mid = addDays(report, -7 * count);
    const end = addDays(mid, 3);
    return {
      date: addDays(mid, -3),
      dateEnd: end > report ? report : end,
      precision: 2,
      kind: 'month',
      ...spanOf(m),
    };
  }
  const ry = +report.slice(0, 4);
  const rm = +report.slice(5, 7);
  const back = days === 30 ? count : count * 12;
  const months = ry * 12 + (rm - 1) - back;
  return {
    ...monthRange(Math.floor(months / 12), (months % 12) + 1),
    precision: 3,
    kind: 'month',
    ...spanOf(m),
  };
};

/**
 * A year gone by (`عام 2019`, `في عام 2020`, `مطلع عام 2020`, `خلال سنة 2019`): the whole
 * year, a period (precision 3, as `منذ بداية العام` is); extractIncidents leaves its events out
 * as background, however soon after it the report came, and keeps a tally over it. Not a year since which something goes on
 * (`منذ عام 2019`), nor the year of remnants (`لغم من مخلفات قصف عام 2019`: the blast is now).
 */
const YEAR = new RegExp(`${B}(?:عام|العام|سنة|السنة)\\s+((?:19|20)\\d\\d)${E}`, 'u');
const YEAR_NOT_OF_EVENT = /(?:منذ\s*|مخلفات.*)$/;
const pastYear: Rule = (text, report) => {
  // Literals first: the regex on every clause read was dear (`سن` alone is in many words).
  if (!(text.includes('20') || text.includes('19'))) return undefined;
  if (!text.includes('عام') && !text.includes('سن')) return undefined;
  const m = YEAR.exec(text);
  if (!m) return undefined;
  const y = +m[1]!;
  if (y >= +report.slice(0, 4)) return undefined;
  if (YEAR_NOT_OF_EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) return undefined;
  return { date: `${y}-01-01`, dateEnd: `${y}-12-31`, precision: 3, kind: 'year', ...spanOf(m) };
};

/** The last report date checked: an article's clauses all share it. */
let lastDate = '';
let lastValid = false;
function validReportDate(reportDate: string): boolean {
  if (reportDate !== lastDate) {
    lastDate = reportDate;
    lastValid = /^\d{4}-\d{2}-\d{2}$/.test(reportDate) && !Number.isNaN(Date.parse(reportDate));
  }
  return lastValid;
}

const RULES: Rule[] = [
  explicitDay,
  ordinalDay,
  since,
  yearsPast,
  monthPart,
  lastPeriod,
  thisPeriod,
  month,
  pastYear,
  unitsAgo,
  relativeDay,
];

/**
 * False when `findEventDate(text, …)` cannot be a `range`: only `since`, `lastPeriod` and
 * `thisPeriod` (of a week) and `ordinalDay` (a week of a month) read ranges, and each needs its
 * literals. (A `year` is no range a tally is read over: `pastYear` dates it, and makes its events
 * background.) Lets callers skip reading dates no one asks for.
 */
export function mayBeRange(text: string): boolean {
  return (
    SINCE_WORDS(text) ||
    YEARS_HINT.test(text) ||
    // `الأيام الثلاثة الماضية`, `الـ24 ساعة الماضية` (the count first, tatweel folded away).
    (/الاسبوع|الايام|الساعات|الاسابيع|\d\s+(?:ساع|يوم|ايام|اسبوع|اسابيع)/.test(text) &&
      LAST_LITERALS.test(text)) ||
    // `خلال الأسبوع الجاري`, `هذا الأسبوع` (thisPeriod).
    (text.includes('الاسبوع') && THIS_LITERALS.test(text)) ||
    // `الأسبوع الأول من آذار` (ordinalDay).
    (text.includes('اسبوع') && text.includes(' من '))
  );
}

/**
 * White space and the punctuation that bounds sentences and clauses. No rule reads these at the
 * ends of a text: every pattern begins and ends with a letter or digit and asserts only that no
 * letter or digit (or no Arabic letter, or no digit) stands beside it, and `since` reads tokens.
 */
function isBoundary(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2e ||
    c === 0x060c ||
    c === 0x2c ||
    c === 0x061b ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x061f ||
    c === 0x3f ||
    c === 0x21 ||
    SPACE.test(String.fromCharCode(c))
  );
}
const SPACE = /\s/;

/** The last text read (bounds stripped), for which report date, and what it gave. */
let memoCore: string | undefined;
let memoReport = '';
let memoDate: EventDate | undefined;
/** memoDate with the days an event has run read too (daysRunning). */
let memoRun: EventDate | undefined;

/**
 * A superlative and the period it is compared with (`الأعنف منذ أشهر`, `الأكبر منذ عام`, `لأول
 * مرة منذ آذار`, `الأكثر دموية منذ`, `دورية مشتركة هي الأولى منذ أسابيع`, `الأولى من نوعها منذ`):
 * the event did not last that period nor happen in that month (folded).
 */
const COMPARED_SINCE =
  /(?<![\p{L}])(?:[وفل]?(?:ال)?(?:اعنف|اكبر|اشد|اول|اولي|اعلي|ادمي|اوسع|اخطر|اكثف|اكثر)(?:\s+(?:مرة|مره|دموية|دمويه|عنفا|كثافة|كثافه|تصعيدا))?|من\s+نوع(?:ها|ه))\s+منذ(?![\p{L}])/gu;
/**
 * Words a compared period is told with after `منذ` (besides figures, number words and months):
 * the units `قبل` counts back by (AGO_UNIT_DAYS), days, and the words around them.
 */
const PERIOD_WORDS = new Set([
  ...Object.keys(AGO_UNIT_DAYS),
  ...'ايام اكثر من نحو قرابة قرابه حوالي ما يزيد عن بداية بدايه مطلع اوائل العام الماضي الفائت المنصرم'.split(
    ' ',
  ),
  // The present period (`خلال الشهر الجاري`, `هذا الأسبوع`, `الأيام الأخيرة`).
  ...'الشهر الاسبوع السنة الايام الاسابيع الاشهر الجاري الحالي هذا هذه الاخيرة الاخير'.split(' '),
]);
/**
 * An event counted among its kind over a period (`وهو التفجير الثالث من نوعه خلال الشهر
 * الجاري`): the event did not last that period (folded).
 */
const ORDINAL_OF_KIND =
  /(?<![\p{L}])(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[ةه]?\s+من\s+نوع(?:ه|ها)\s+(?:خلال|في|منذ)(?![\p{L}])/gu;
const MONTH_SET = new Set(MONTH_NAMES.map(([n]) => n));
const NEXT_WORD = /\s+([^\s،,.؛;:]+)/y;

function periodWord(w: string): boolean {
  return (
    PERIOD_WORDS.has(w) ||
    /^\d+$/.test(w) ||
    w.split('/').every((p) => MONTH_SET.has(p)) ||
    wordValue(w) !== undefined
  );
}

/**
 * What a deal or a measure is told to start with, still to come (`وقف لإطلاق النار يبدأ يوم
 * الخميس`, `تسري اعتباراً من منتصف الليل`): the present tense of starting, not `بدأ` (folded).
 */
const STARTS_LATER = /(?<![\p{L}])[وف]?س?(?:يبدا|تبدا|يسري|تسري)(?![\p{L}])/gu;
const STARTS_LATER_HINT = /يبدا|تبدا|يسري|تسري/;
/**
 * The weekday a state lasts until (`فرض حظر تجول … حتى صباح السبت`): a day still to come, not
 * the event's (folded). Not the last day of a span told with its first (`من … حتى 7 آذار`).
 */
const UNTIL_WEEKDAY = new RegExp(
  `${B}[وف]?(?:حتي|لغايه)(?=\\s+(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله|منتصف)\\s+)?(?:يوم\\s+)?(?:${WEEKDAY_ALT})${E})`,
  'gu',
);
/** Words of the time something starts at (besides PERIOD_WORDS' and a month's) (folded). */
const START_WORDS = new Set([
  ...WEEKDAYS,
  ...ORDINAL_DAYS.flatMap(([w]) => w.split(' ')),
  ...MONTH_NAMES.flatMap(([n]) => n.split(/[ /]/)),
  ...'يوم من اعتبارا ابتداء بدءا منتصف ليل ليله صباح مساء فجر ظهر الساعه الساعة المقبل القادم غد غدا'.split(
    ' ',
  ),
]);

/**
 * `text` with each compared period (COMPARED_SINCE or ORDINAL_OF_KIND, and the period's words)
 * each start still to come (STARTS_LATER and its time's words) and each weekday a state lasts
 * until (UNTIL_WEEKDAY) blanked, offsets kept: the event is the deal told, on its own day, not
 * the day it takes effect or ends.
 */
function withoutComparisons(text: string): string {
  let out = text;
  if (text.includes('منذ')) out = blankCompared(text, out, COMPARED_SINCE);
  if (text.includes('نوع')) out = blankCompared(text, out, ORDINAL_OF_KIND);
  if (STARTS_LATER_HINT.test(text)) out = blankCompared(text, out, STARTS_LATER, startWord, 10);
  if (text.includes('حتي') || text.includes('لغايه'))
    out = blankCompared(text, out, UNTIL_WEEKDAY, startWord, 4);
  // The words up to the next comma or eight, whatever they are: where and when it was signed.
  if (text.includes('اتفاق')) out = blankCompared(text, out, DEAL_SIGNED, () => true, 8);
  return out;
}

/**
 * A deal referred to as signed or made (`تطبيقاً للاتفاق الموقع في موسكو في الخامس من آذار`,
 * `بموجب الاتفاق المبرم …`): the day after it is the deal's, not the day of what the clause
 * tells (the first joint patrol was dated to the deal's day). Not the deal told as the news
 * (`دخل الاتفاق الموقع يوم الخميس حيز التنفيذ`) (folded).
 */
const DEAL_SIGNED =
  /(?<![\p{L}])(?:تطبيقا|تنفيذا|بموجب|وفق|وفقا|حسب|بحسب|ضمن|اطار)\s+(?:لل|ال)?(?:اتفاق|اتفاقي[ةه]|تفاهم|تفاهمات)\s+(?:ال)?(?:موقع|مبرم|معلن|متفق)[ةه]?(?![\p{L}])/gu;

function startWord(w: string): boolean {
  return START_WORDS.has(w) || periodWord(w);
}

/** `out` (a copy of `text`) with each match of `compared` and the period words after it blanked. */
function blankCompared(
  text: string,
  out: string,
  compared: RegExp,
  isPeriodWord: (w: string) => boolean = periodWord,
  most = 6,
): string {
  compared.lastIndex = 0;
  for (let m = compared.exec(text); m; m = compared.exec(text)) {
    let end = m.index + m[0].length;
    NEXT_WORD.lastIndex = end;
    for (let k = 0; k < most; k++) {
      const w = NEXT_WORD.exec(text);
      if (!w || !isPeriodWord(w[1]!)) break;
      end = NEXT_WORD.lastIndex;
    }
    out = out.slice(0, m.index) + ' '.repeat(end - m.index) + out.slice(end);
    compared.lastIndex = end;
  }
  return out;
}

/**
 * The date of the event a (folded) clause tells, relative to the report's date, or undefined
 * when the text names no time. More specific phrases win over vaguer ones.
 *
 * @example findEventDate(foldKey('قصف أمس على أريحا'), '2021-06-26')?.date // '2021-06-25'
 */
export function findEventDate(
  text: string,
  reportDate: string,
  /**
   * Whether the days an event has run count (`لليوم الثالث على التوالي`): not for a sentence
   * of several clauses, whose other events did not run those days (daysRunning).
   */
  withDaysRun = true,
): EventDate | undefined {
  if (!validReportDate(reportDate)) return undefined;
  // A sentence of one clause and that clause differ only by bounding punctuation and spaces,
  // which no rule reads: the text without them is read once for both (offsets shifted back).
  let from = 0;
  let to = text.length;
  while (from < to && isBoundary(text.charCodeAt(from))) from++;
  while (to > from && isBoundary(text.charCodeAt(to - 1))) to--;
  const core = from === 0 && to === text.length ? text : text.slice(from, to);
  if (core !== memoCore || reportDate !== memoReport) {
    memoCore = core;
    memoReport = reportDate;
    const read = withoutComparisons(core);
    memoDate = readDate(read, reportDate, text);
    memoRun = RUN_HINT.test(read) ? daysRunning(read, reportDate, memoDate) : memoDate;
  }
  const found = withDaysRun ? memoRun : memoDate;
  if (!found) return undefined;
  const d = { ...found };
  d.start += from;
  d.end += from;
  return d;
}

function readDate(text: string, reportDate: string, whole: string): EventDate | undefined {
  for (const rule of RULES) {
    const d = rule(text, reportDate, whole);
    if (d) return d;
  }
  return undefined;
}

/**
 * An event in its nth day running (`تتواصل الاشتباكات لليوم الثالث على التوالي`, `اليوم الثاني
 * على التوالي`), folded: group 1 or 2 the ordinal. `في اليوم الثالث` alone may be a day of a month.
 */
const NTH_DAY_RUNNING = new RegExp(
  `${B}(?:لليوم\\s+(${ORDINAL_ALT})(?:\\s+علي\\s+التوالي)?|[وف]?(?:في\\s+)?اليوم\\s+(${ORDINAL_ALT})\\s+علي\\s+التوالي)${E}`,
  'u',
);

/**
 * Fighting told as lasting some days (`بعد معارك عنيفة استمرت يومين`, `دامت ثلاثة أيام`),
 * folded: DAYS' groups, 1 to 3.
 */
const LASTED_DAYS = new RegExp(
  `${B}[وف]?(?:استمرت|استمر|دامت|دام)\\s+(?:لمدة\\s+|نحو\\s+|قرابة\\s+)?${DAYS}${E}`,
  'u',
);
/** A cheap gate for NTH_DAY_RUNNING and LASTED_DAYS (`اليوم الثالث` holds `ليوم`). */
const RUN_HINT = /ليوم|استمر|دام/;

/** The days an event has run, as a (folded) text tells them (NTH_DAY_RUNNING, LASTED_DAYS). */
function runOf(text: string): { n: number; m: RegExpExecArray } | undefined {
  const nth = NTH_DAY_RUNNING.exec(text);
  const n = nth ? ORDINAL_OF.get((nth[1] ?? nth[2])!) : undefined;
  if (nth && n && n >= 2) return { n, m: nth };
  const lasted = LASTED_DAYS.exec(text);
  const days = lasted ? daysOf(lasted) : undefined;
  return lasted && days ? { n: days, m: lasted } : undefined;
}

/** Where a (folded) text tells the days an event has run (runOf), else -1. */
export function daysRunAt(text: string): number {
  return RUN_HINT.test(text) ? (runOf(text)?.m.index ?? -1) : -1;
}

/**
 * The days an event has run (runOf: in its nth day, or lasting n days): the n days up to the one told
 * (`date`, a single day), else up to the report's, at a week's precision (a month's past seven
 * days). A period told is kept: it says more. Before, the event was of its last day alone.
 *
 * @example daysRunning('لليوم الثالث علي التوالي', '2020-03-01', undefined)
 *   // { date: '2020-02-28', dateEnd: '2020-03-01', precision: 2, kind: 'day', … }
 */
function daysRunning(
  text: string,
  report: string,
  date: EventDate | undefined,
): EventDate | undefined {
  if (date && (date.dateEnd || date.kind !== 'day')) return date;
  const run = runOf(text);
  if (!run) return date;
  const { n, m } = run;
  const last = date?.date ?? report;
  return {
    date: addDays(last, -(n - 1)),
    dateEnd: last,
    precision: n > 7 ? 3 : 2,
    kind: 'day',
    ...(date ? { start: date.start, end: date.end } : spanOf(m)),
  };
}
