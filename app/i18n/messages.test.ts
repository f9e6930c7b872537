import { describe, expect, it } from 'vitest';
import { AR_NOUNS, AR_NOUNS_OBLIQUE } from './countedNouns';
import {
  countNoun,
  formatIncidentDate,
  formatNumber,
  kindName,
  MESSAGES,
  placeName,
  SEP,
  summaryText,
} from './messages';

/** ICU versions differ in the spacing around a range's dash: "March–June" or "March – June". */
const range = (from: string, to: string) => new RegExp(`^${from}\\s*–\\s*${to}$`);

describe('formatIncidentDate', () => {
  it('shows the day, the week or range, or the month, by precision', () => {
    expect(formatIncidentDate('2021-06-26', 1, 'en')).toBe('26 June 2021');
    expect(formatIncidentDate('2021-06-21', 2, 'en')).toBe('week of 21 June 2021');
    // ICU versions differ in the spacing around the range dash.
    expect(formatIncidentDate('2024-03-11', 2, 'en', '2024-03-17')).toMatch(
      /^11\s*–\s*17 March 2024$/,
    );
    expect(formatIncidentDate('2021-06-01', 3, 'en')).toBe('June 2021');
  });
  it('uses Levantine month names and Arabic digits in Arabic', () => {
    expect(formatIncidentDate('2021-06-26', 1, 'ar')).toBe('٢٦ حزيران ٢٠٢١');
    expect(formatIncidentDate('2024-02-01', 3, 'ar')).toBe('شباط ٢٠٢٤');
  });
  it('shows a month-precise incident that runs into later months as a range of months', () => {
    expect(formatIncidentDate('2021-03-01', 3, 'en', '2021-06-26')).toMatch(
      range('March', 'June 2021'),
    );
    expect(formatIncidentDate('2020-12-01', 3, 'en', '2021-02-10')).toMatch(
      range('December 2020', 'February 2021'),
    );
    expect(formatIncidentDate('2021-03-01', 3, 'ar', '2021-06-26')).toMatch(
      range('آذار', 'حزيران ٢٠٢١'),
    );
    expect(formatIncidentDate('2020-12-01', 3, 'ar', '2021-02-10')).toMatch(
      range('كانون الأول ٢٠٢٠', 'شباط ٢٠٢١'),
    );
  });
  it('shows one month when the range ends in the month it starts', () => {
    expect(formatIncidentDate('2021-03-01', 3, 'en', '2021-03-31')).toBe('March 2021');
    expect(formatIncidentDate('2021-03-01', 3, 'ar', '2021-03-31')).toBe('آذار ٢٠٢١');
  });
  it('shows a day-precise incident with an end as a range of days, like a stated range', () => {
    expect(formatIncidentDate('2021-03-05', 1, 'en', '2021-03-07')).toMatch(
      range('5', '7 March 2021'),
    );
    expect(formatIncidentDate('2021-03-05', 1, 'en', '2021-03-05')).toBe('5 March 2021');
    expect(formatIncidentDate('2024-02-28', 2, 'ar', '2024-03-05')).toMatch(
      range('٢٨ شباط', '٥ آذار ٢٠٢٤'),
    );
    expect(formatIncidentDate('2021-06-21', 2, 'en', '2021-06-21')).toBe('week of 21 June 2021');
  });
  it('returns a malformed date as it is', () => {
    expect(formatIncidentDate('2021-6', 1, 'en')).toBe('2021-6');
  });
});

describe('numbers', () => {
  it('are grouped and use the digits of the language', () => {
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatNumber(12, 'ar')).toBe('١٢');
    expect(MESSAGES.en.incidentsShown(3, 1200)).toBe('3 of 1,200 incidents');
  });
  it('every type and actor has a name in both languages', () => {
    expect(Object.keys(MESSAGES.ar.types)).toEqual(Object.keys(MESSAGES.en.types));
    expect(Object.keys(MESSAGES.ar.actorNames)).toEqual(Object.keys(MESSAGES.en.actorNames));
  });
});

describe('counted nouns', () => {
  it('are singular for one in English', () => {
    expect(MESSAGES.en.aboutFailed(1, 1)).toBe(
      'Not read: 1 input in 1 file (a whole file, or one record of a corpus file):',
    );
    expect(MESSAGES.en.aboutFailed(3, 2)).toBe(
      'Not read: 3 inputs in 2 files (a whole file, or one record of a corpus file):',
    );
    expect(MESSAGES.en.aboutCounts(1, 1, 1)).toBe('1 incident, read from 1 report in 1 file.');
  });
  it('are written as label: number in Arabic, whose counted nouns change form with the number', () => {
    expect(MESSAGES.ar.aboutFailed(3, 2)).toBe(
      'مدخلات لم تُقرأ: ٣، في ملفات عددها ٢ (ملف كامل أو سجل واحد من ملف سجلات):',
    );
  });
  it('agree with the number in English headers and place lists', () => {
    expect(MESSAGES.en.incidentsShown(1, 1)).toBe('1 of 1 incident');
    expect(MESSAGES.en.incidentsShown(0, 2)).toBe('0 of 2 incidents');
    expect(MESSAGES.en.atPlace(3)).toBe('3 incidents here');
  });
});

describe('Arabic counted nouns agree with the number', () => {
  const counts = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102];
  const say = (forms: Parameters<typeof countNoun>[1]) =>
    counts.map((n) => countNoun(n, forms, 'ar'));

  it('incidents: one and two by the noun alone, 3–10 plural, otherwise singular', () => {
    expect(say(AR_NOUNS.incident)).toEqual([
      '٠ حادثة',
      'حادثة واحدة',
      'حادثتان',
      '٣ حوادث',
      '١٠ حوادث',
      '١١ حادثة',
      '٩٩ حادثة',
      '١٠٠ حادثة',
      '١٠١ حادثة',
      '١٠٢ حادثة',
    ]);
  });
  it('killed and injured: 11–99 take the accusative singular', () => {
    expect(say(AR_NOUNS.killed)).toEqual([
      '٠ قتيل',
      'قتيل واحد',
      'قتيلان',
      '٣ قتلى',
      '١٠ قتلى',
      '١١ قتيلاً',
      '٩٩ قتيلاً',
      '١٠٠ قتيل',
      '١٠١ قتيل',
      '١٠٢ قتيل',
    ]);
    expect(say(AR_NOUNS.injured)).toEqual([
      '٠ جريح',
      'جريح واحد',
      'جريحان',
      '٣ جرحى',
      '١٠ جرحى',
      '١١ جريحاً',
      '٩٩ جريحاً',
      '١٠٠ جريح',
      '١٠١ جريح',
      '١٠٢ جريح',
    ]);
  });
  it('files, and the oblique dual after a preposition', () => {
    expect(say(AR_NOUNS.file)).toEqual([
      '٠ ملف',
      'ملف واحد',
      'ملفان',
      '٣ ملفات',
      '١٠ ملفات',
      '١١ ملفاً',
      '٩٩ ملفاً',
      '١٠٠ ملف',
      '١٠١ ملف',
      '١٠٢ ملف',
    ]);
    expect(countNoun(2, AR_NOUNS_OBLIQUE.file, 'ar')).toBe('ملفين');
    expect(countNoun(2, AR_NOUNS_OBLIQUE.incident, 'ar')).toBe('حادثتين');
    expect(countNoun(103, AR_NOUNS.incident, 'ar')).toBe('١٠٣ حوادث');
  });
  it('the count header "N of M" agrees with M', () => {
    expect(MESSAGES.ar.incidentsShown(10, 10)).toBe('١٠ من ١٠ حوادث');
    expect(MESSAGES.ar.incidentsShown(0, 1)).toBe('٠ من حادثة واحدة');
    expect(MESSAGES.ar.incidentsShown(1, 2)).toBe('١ من حادثتين');
    expect(MESSAGES.ar.incidentsShown(5, 11)).toBe('٥ من ١١ حادثة');
    expect(MESSAGES.ar.incidentsShown(3, 1200)).toBe('٣ من ١٬٢٠٠ حادثة');
  });
  it('the casualties of a list row and a tooltip', () => {
    expect(MESSAGES.ar.casualties(1, 2)).toBe('قتيل واحد، جريحان');
    expect(MESSAGES.ar.casualties(12, null)).toBe('١٢ قتيلاً');
    expect(MESSAGES.ar.casualties(3, 100)).toBe('٣ قتلى، ١٠٠ جريح');
    expect(MESSAGES.ar.casualties(0, null)).toBe('٠ قتيل');
  });
  it('files being read or exported, and incidents at one place', () => {
    expect(MESSAGES.ar.readingReports(1, 2)).toBe('جارٍ قراءة تقاريرك: ١ من ملفين…');
    expect(MESSAGES.ar.exportLoading(3, 12)).toBe(
      'تحميل تفاصيل الحوادث المحدّدة للتصدير: ٣ من ١٢ ملفاً…',
    );
    expect(MESSAGES.ar.exportNarrow(60)).toContain('على ٦٠ ملفاً، ويقرأ التصدير ٥٠ ملفاً على الأكثر');
    expect(MESSAGES.ar.atPlace(2)).toBe('حادثتان في هذا المكان');
    expect(MESSAGES.ar.atPlace(3)).toBe('٣ حوادث في هذا المكان');
  });
});

describe('the list label', () => {
  it('names the order the reader chose', () => {
    expect(MESSAGES.en.listLabel('oldest')).toMatch(/^Visible incidents, oldest first\./);
    expect(MESSAGES.en.listLabel('killed')).toMatch(/^Visible incidents, most killed first\./);
    expect(MESSAGES.ar.listLabel('oldest')).toMatch(/^الحوادث الظاهرة، الأقدم أولاً\./);
    expect(MESSAGES.ar.listLabel('newest')).toMatch(/^الحوادث الظاهرة، الأحدث أولاً\./);
  });
});

describe('kindName', () => {
  it('calls an Other that totals casualties a casualty toll, and anything else by its type', () => {
    const toll = { type: 'other', fatalities: 34, injuries: null };
    expect(kindName(MESSAGES.en, toll)).toBe('Casualty toll');
    expect(kindName(MESSAGES.ar, toll)).toBe('حصيلة ضحايا');
    // An Other with no figure is some other event: it is not a toll.
    expect(kindName(MESSAGES.en, { type: 'other', fatalities: null, injuries: null })).toBe(
      'Other',
    );
    // A strike with a toll of its own is still a strike.
    expect(kindName(MESSAGES.ar, { type: 'airstrike', fatalities: 3, injuries: 1 })).toBe(
      'غارة جوية',
    );
  });

  it('names what happened where the type would mislead: a withdrawal is no reinforcement', () => {
    expect(kindName(MESSAGES.en, { type: 'deployment', event: 'withdrawal' })).toBe('Withdrawal');
    expect(kindName(MESSAGES.ar, { type: 'deployment', event: 'withdrawal' })).toBe('انسحاب');
    expect(kindName(MESSAGES.en, { type: 'deployment', event: 'patrol' })).toBe('Patrol');
    expect(kindName(MESSAGES.ar, { type: 'deployment', event: 'redeployment' })).toBe(
      'إعادة انتشار',
    );
    // Ground taken without a fight is an Other, yet no casualty toll even with a figure told.
    const taken = {
      type: 'other',
      event: 'taken-unfought',
      fatalities: 0,
      injuries: null,
    } as const;
    expect(kindName(MESSAGES.en, taken)).toBe('Taken without a fight');
    expect(kindName(MESSAGES.ar, taken)).toBe('سيطرة دون قتال');
    expect(kindName(MESSAGES.en, { type: 'agreement', event: 'deal' })).toBe('Agreement reached');
    expect(kindName(MESSAGES.ar, { type: 'agreement', event: 'deal' })).toBe('اتفاق مُبرم');
    // A row from the compact columns has no event: its type.
    expect(kindName(MESSAGES.en, { type: 'deployment' })).toBe('Deployment');
  });

  it('names every event of an Other by itself, never "Other" nor "Casualty toll", in both languages', () => {
    for (const event of ['aircraft-downed', 'arrest', 'protest', 'taken-unfought'] as const)
      for (const lang of ['en', 'ar'] as const) {
        const t = MESSAGES[lang];
        const name = kindName(t, { type: 'other', event, fatalities: 1, injuries: null });
        expect(name).toBe(t.events[event]);
        expect(name).not.toBe(t.types.other);
        expect(name).not.toBe(t.tollType);
      }
    expect(kindName(MESSAGES.en, { type: 'other', event: 'arrest' })).toBe('Arrests');
    expect(kindName(MESSAGES.ar, { type: 'other', event: 'protest' })).toBe('مظاهرة');
  });
});

describe('separators', () => {
  /** Every Arabic message as text: strings as they are, functions called with sample values. */
  function arabicTexts(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') {
      const out = (value as (...a: unknown[]) => unknown)(3, 40, 5, '2021');
      return typeof out === 'string' ? [out] : [];
    }
    if (value && typeof value === 'object') return Object.values(value).flatMap(arabicTexts);
    return [];
  }

  it('Arabic never uses the middle dot, which looks like the Arabic-Indic zero beside a number', () => {
    expect(SEP.ar).not.toContain('·');
    const texts = arabicTexts(MESSAGES.ar);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((s) => s.includes('·'))).toEqual([]);
  });
});

describe('summaryText', () => {
  const p = {
    summaryAr: 'غارات روسية على سرمين: 4 قتلى و7 جرحى',
    summaryEn: 'Russian airstrikes on Sarmin: 4 killed, 7 injured',
  };
  it('shows the Arabic summary in the Arabic interface’s digits, as its other numbers', () => {
    expect(summaryText(p, 'ar')).toBe('غارات روسية على سرمين: ٤ قتلى و٧ جرحى');
  });
  it('leaves the English one as written', () => {
    expect(summaryText(p, 'en')).toBe(p.summaryEn);
  });
});

describe('play speeds', () => {
  it('say their days with the noun agreeing, in the language’s digits', () => {
    expect([7, 30, 90].map((n) => MESSAGES.ar.speeds(n))).toEqual([
      '٧ أيام/ث',
      '٣٠ يوماً/ث',
      '٩٠ يوماً/ث',
    ]);
    expect(MESSAGES.en.speeds(7)).toBe('7 days/s');
  });
});

describe('placeName', () => {
  const offset = { placeAr: '5 كم غرب سراقب', placeEn: '5 km west of Saraqib' };
  it('writes the figure of a place told by its distance in the interface’s digits', () => {
    expect(placeName(offset, 'ar')).toBe('٥ كم غرب سراقب');
    expect(placeName(offset, 'en')).toBe('5 km west of Saraqib');
  });
  it('falls back on the other language’s name (a village known by one name only)', () => {
    expect(placeName({ placeAr: '', placeEn: 'Fleifel' }, 'ar')).toBe('Fleifel');
    expect(placeName({ placeAr: 'الغدفة', placeEn: '' }, 'en')).toBe('الغدفة');
  });
});
