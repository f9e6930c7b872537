import { describe, expect, it } from 'vitest';
import { foldKey } from '../reports/arabic';
import { daysLater, findEventDate, mayBeRange } from './dates';

// Thursday 24 June 2021.
const REPORT = '2021-06-24';
const dateOf = (text: string) => findEventDate(foldKey(text), REPORT)?.date;
/** The span a text is dated to: first day, last day (if any) and precision. */
const spanOf = (text: string) => {
  const d = findEventDate(foldKey(text), REPORT);
  return d && [d.date, d.dateEnd, d.precision];
};

describe('the day before yesterday', () => {
  it('is two days before the report, not one (أول أمس holds أمس)', () => {
    expect(dateOf('قصفت قوات النظام بلدة سرمين أول أمس')).toBe('2021-06-22');
    expect(dateOf('غارات روسية مساء أول من أمس على البارة')).toBe('2021-06-22');
    expect(dateOf('قصفت قوات النظام بلدة سرمين أمس')).toBe('2021-06-23');
  });
  it('is not read in a word that only contains أول', () => {
    expect(dateOf('أول غارة على البارة أمس')).toBe('2021-06-23');
  });
  it('is also written «yesterday the first» (أمس الأول)', () => {
    expect(dateOf('قصفت قوات النظام بلدة سرمين مساء أمس الأول')).toBe('2021-06-22');
  });
});

describe('yesterday written otherwise (الليلة الماضية، البارحة)', () => {
  it('is the day before the report, as أمس is', () => {
    expect(dateOf('قصفت قوات النظام الليلة الماضية بلدة سرمين')).toBe('2021-06-23');
    expect(dateOf('قصفت قوات النظام البارحة بلدة سرمين')).toBe('2021-06-23');
    expect(dateOf('غارات روسية ليلة البارحة على البارة')).toBe('2021-06-23');
  });
});

describe('days counted back (قبل يومين، قبل ثلاثة أيام)', () => {
  it('are that many days before the report', () => {
    expect(dateOf('قصفت قوات النظام بلدة سرمين قبل يومين')).toBe('2021-06-22');
    expect(dateOf('قصفت قوات النظام بلدة سرمين قبل ثلاثة أيام')).toBe('2021-06-21');
    expect(dateOf('قصفت قوات النظام بلدة سرمين قبل 4 أيام')).toBe('2021-06-20');
  });
  it('are not the event’s when they date the launch of what it was part of (التي أطلقتها قبل أربعة أيام)', () => {
    expect(
      dateOf('سيطرت الفصائل على مدينة حلب في إطار معركة ردع العدوان التي أطلقتها قبل أربعة أيام'),
    ).toBeUndefined();
    expect(dateOf('قصفت قوات النظام أريحا ضمن الحملة التي بدأتها قبل أسبوع')).toBeUndefined();
    // A relative clause telling the event itself dates it.
    expect(dateOf('أسفرت الغارات التي شنتها الطائرات الروسية قبل يومين عن مقتل مدنيين')).toBe(
      '2021-06-22',
    );
  });
  it('are not counted from the report when counted from something else (قبل يومين من الهجوم)', () => {
    expect(dateOf('قصفت قوات النظام بلدة سرمين قبل يومين من الهجوم')).toBeUndefined();
  });
  it('before the news (وجاء التصعيد بعد يومين من …) are two days: the news is of the report’s day or the one before', () => {
    const d = findEventDate(foldKey('وجاء التصعيد بعد يومين من مقتل 4 عناصر بغارة'), REPORT);
    expect([d?.date, d?.dateEnd, d?.precision, d?.kind]).toEqual([
      '2021-06-21',
      '2021-06-22',
      2,
      'day',
    ]);
    // The clause's own event after another: not counted back.
    expect(dateOf('وصلت التعزيزات إلى سرمين بعد يومين من الهجوم')).toBeUndefined();
  });
});

describe('days after the event told before (وبعد يومين، وفي اليوم التالي)', () => {
  const later = (s: string) => daysLater(foldKey(s));
  it('count on from it when they open the sentence', () => {
    expect(later('وبعد يومين، قصفت الطائرات الروسية أطراف المدينة')).toBe(2);
    expect(later('وبعد ثلاثة أيام، دخلت قوات النظام البلدة')).toBe(3);
    expect(later('وفي اليوم التالي، قصفت الطائرات الروسية بلدة البارة')).toBe(1);
    expect(later('وفي صباح اليوم التالي قصفت الطائرات بلدة البارة')).toBe(1);
  });
  it('are none after something the sentence names, with no count, or further in', () => {
    expect(later('وبعد يومين من القصف، وصلت تعزيزات تركية')).toBeUndefined();
    expect(later('وبعد أيام، قصفت الطائرات البلدة')).toBeUndefined();
    expect(later('قصفت الطائرات البلدة بعد يومين')).toBeUndefined();
  });
});

describe('the first or the most of its kind since (هي الأولى منذ أسابيع، الأعنف منذ أشهر)', () => {
  const d = (s: string) => findEventDate(foldKey(s), '2020-11-06');
  it('tells how long there was none, not a period of the event', () => {
    expect(d('سيرت القوات الروسية والتركية دورية مشتركة هي الأولى منذ أسابيع')).toBeUndefined();
    expect(d('القصف هو الأعنف منذ أشهر')).toBeUndefined();
    expect(d('في أول غارة من نوعها منذ بداية العام')).toBeUndefined();
  });
  it('leaves a period of the event alone', () => {
    expect(d('قصف متواصل منذ أسابيع')).toMatchObject({ date: '2020-10-16', dateEnd: '2020-11-06' });
  });
});

describe('a day in figures with its year', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('is read with any one mark between its parts, day or year first', () => {
    for (const text of [
      'قصفت الطائرات في 5/6/2021 مدينة سراقب',
      'قصفت الطائرات بتاريخ 5-6-2021 مدينة سراقب',
      'قصفت الطائرات يوم 5.6.2021 مدينة سراقب',
      'قصفت الطائرات بتاريخ 2021-06-05 مدينة سراقب',
      'قصفت الطائرات يوم 2021/6/5 مدينة سراقب',
      'قصفت الطائرات في ٥/٦/٢٠٢١ مدينة سراقب',
    ])
      expect(read(text), text).toMatchObject({ date: '2021-06-05', kind: 'day', precision: 1 });
  });
  it('is none with two marks mixed, or an impossible day', () => {
    expect(read('قصفت الطائرات في 5-6/2021 مدينة سراقب')).toBeUndefined();
    expect(read('قصفت الطائرات في 31/2/2021 مدينة سراقب')).toBeUndefined();
  });
});

describe('days written as ordinal words', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('is the day of the month named, or of the report’s month, or of the month before', () => {
    expect(dateOf('قصف في الخامس من آذار على البلدة')).toBe('2021-03-05');
    expect(dateOf('في الحادي والعشرين من الشهر الجاري')).toBe('2021-06-21');
    expect(dateOf('في الثاني عشر من شباط 2020')).toBe('2020-02-12');
    expect(dateOf('في الحادي عشر من الشهر الماضي')).toBe('2021-05-11');
    // A month after the report's is last year's.
    expect(dateOf('في اليوم الأول من آب')).toBe('2020-08-01');
    expect(read('في الخامس من آذار')?.precision).toBe(1);
  });
  it('takes «the month» alone for the report’s, not the month to come', () => {
    expect(dateOf('قصفت قوات النظام يوم الخامس عشر من الشهر بلدة سرمين')).toBe('2021-06-15');
    expect(dateOf('في الأول من الشهر')).toBe('2021-06-01');
    expect(read('في الخامس من الشهر المقبل')).toBeUndefined();
    // Told on the 24th, the 30th of «the month» is not to come: it is the month before's.
    expect(dateOf('في الثلاثين من الشهر')).toBe('2021-05-30');
    expect(findEventDate(foldKey('يوم الخامس عشر من الشهر'), '2017-04-01')?.date).toBe(
      '2017-03-15',
    );
  });
  it('reads a week of a month as its seven days', () => {
    expect(read('خلال الأسبوع الأول من آذار')).toMatchObject({
      date: '2021-03-01',
      dateEnd: '2021-03-07',
      precision: 2,
      kind: 'range',
    });
  });
  it('is no date where an ordinal counts something else', () => {
    expect(read('الفصل الأول من الكتاب')).toBeUndefined();
    expect(dateOf('أول من أمس')).toBe('2021-06-22');
  });
});

describe('an event counted among its kind over a period (الثالث من نوعه خلال الشهر الجاري)', () => {
  it('did not last that period: the period dates nothing', () => {
    expect(
      findEventDate(
        foldKey('انفجرت عبوة في عفرين، وهو التفجير الثالث من نوعه خلال الشهر الجاري'),
        REPORT,
      ),
    ).toBeUndefined();
    expect(dateOf('وهي الغارة الثانية من نوعها منذ أسبوع على البارة أمس')).toBe('2021-06-23');
  });
});

describe('a start still to come (وقف لإطلاق النار يبدأ يوم الخميس)', () => {
  it('is not the day of the deal told: that is its own, or none', () => {
    // The ninth of next month read as last year's (over 180 days back) lost the deal.
    expect(dateOf('أعلنت روسيا عن وقف لإطلاق النار في إدلب يبدأ يوم الخميس التاسع من تموز')).toBe(
      undefined,
    );
    expect(dateOf('أعلنت روسيا أمس عن هدنة في إدلب تسري اعتباراً من منتصف ليل الأحد')).toBe(
      '2021-06-23',
    );
    expect(dateOf('اتفق الجانبان على هدنة ستبدأ صباح السبت المقبل')).toBe(undefined);
  });
  it('leaves a start told in the past tense (بدأ) the event’s day', () => {
    expect(dateOf('بدأ الهجوم على سراقب يوم الثلاثاء')).toBe('2021-06-22');
  });
});

describe('a year gone by (عام 2019)', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('is that whole year, a period: an event of it is no event of the report’s day', () => {
    for (const text of [
      'سيطرت قوات النظام على مدينة سراقب عام 2020',
      'قصفت الطائرات الروسية مدينة أريحا في عام 2019',
      'سيطرت قوات النظام على سراقب مطلع عام 2020',
      'قتل 500 مدني خلال سنة 2019',
    ]) {
      const d = read(text);
      expect(d?.kind).toBe('year');
      expect(d?.dateEnd?.slice(5)).toBe('12-31');
      expect(d?.precision).toBe(3);
    }
    expect(read('قصفت الطائرات الروسية مدينة أريحا في عام 2019')?.date).toBe('2019-01-01');
  });
  it('is not the report’s own year, a year since which something goes on, nor the year of remnants', () => {
    expect(read('سيطرت قوات النظام على سراقب عام 2021')).toBeUndefined();
    expect(read('تسيطر الهيئة على إدلب منذ عام 2019')?.date).not.toBe('2019-01-01');
    expect(read('انفجر لغم من مخلفات قصف عام 2019 في كفرنبل')).toBeUndefined();
  });
});

describe('since a month', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('starts in the year it names, not the report’s', () => {
    const d = read('تشهد المدينة تفجيرات متكررة منذ سيطرة الفصائل عليها في آذار 2018');
    expect(d?.date).toBe('2018-03-01');
    expect(d?.dateEnd).toBe(REPORT);
  });
  it('starts in the latest such month not after the report when it names no year', () => {
    expect(read('منذ آذار')?.date?.slice(5)).toBe('03-01');
    // From the part of the month named: late April starts on its 21st, as `أواخر نيسان` does.
    expect(read('منذ أواخر شهر نيسان')?.date?.slice(5)).toBe('04-21');
    expect(read('منذ منتصف نيسان')?.date?.slice(5)).toBe('04-11');
  });
  it('starts no period when the year it names is after the report (a misdated report)', () => {
    // Found by fast-check: a period ending before it began.
    const d = findEventDate(foldKey('منذ آذار/مارس 2020'), '2019-06-01');
    expect(d?.kind).not.toBe('range');
    expect(d && (d.dateEnd ?? d.date) >= d.date).toBe(true);
  });
});

describe('August (آب) and a father (أب), which fold alike', () => {
  it('reads a father as no month', () => {
    // No time told: the event keeps the report's day (it was put on 1 August of the year before).
    expect(
      dateOf('قضى ستة مدنيين من عائلة واحدة (أب وأم وأطفالهما) بغارة على سراقب'),
    ).toBeUndefined();
    expect(dateOf('وارتقى شهيدان "أب وابنه" في بلدة الموزرة')).toBeUndefined();
    expect(dateOf('منذ مقتل أب وأطفاله في قصف على البارة')).toBeUndefined();
  });
  it('reads August when a time word, its pair, its year or شهر tells it', () => {
    expect(spanOf('قصفت قوات النظام البارة في آب')).toEqual(['2020-08-01', '2020-08-31', 3]);
    expect(dateOf('قصفت قوات النظام البارة خلال شهر آب')).toBe('2020-08-01');
    expect(dateOf('قصف على البارة آب/أغسطس 2019')).toBe('2019-08-01');
    expect(dateOf('قصف على البارة آب 2019')).toBe('2019-08-01');
    expect(findEventDate(foldKey('تتعرض البلدة للقصف منذ آب'), REPORT)?.date).toBe('2020-08-01');
  });
});

describe('since the start of the year or month', () => {
  it('runs from its first day to the report, also after a conjunction (ومنذ بداية العام)', () => {
    expect(spanOf('ومنذ بداية العام، وثقت فرقنا مقتل 41 شخصاً بانفجار مخلفات الحرب')).toEqual([
      '2021-01-01',
      REPORT,
      3,
    ]);
    expect(spanOf('منذ مطلع الشهر الجاري قتل 12 مدنياً')).toEqual(['2021-06-01', REPORT, 2]);
  });
});

describe('a deal referred to with the day it was signed (تطبيقاً للاتفاق الموقع في …)', () => {
  it('gives the clause no day: the day is the deal’s', () => {
    expect(
      dateOf(
        'وسيرت القوات الروسية والتركية أول دورية مشتركة، تطبيقاً للاتفاق الموقع في موسكو في الخامس من آذار',
      ),
    ).toBeUndefined();
    expect(dateOf('سيرت القوات دورية أمس بموجب الاتفاق المبرم في الخامس من آذار')).toBe(
      '2021-06-23',
    );
    // The deal told as the news keeps its day.
    expect(dateOf('دخل الاتفاق الموقع يوم الخميس حيز التنفيذ')).toBe('2021-06-24');
  });
});

describe('fighting told as lasting some days (استمرت يومين)', () => {
  it('spans those days up to the day told, else the report’s', () => {
    expect(spanOf('استعادت الفصائل مدينة سراقب بعد معارك عنيفة استمرت يومين')).toEqual([
      '2021-06-23',
      REPORT,
      2,
    ]);
    expect(spanOf('سيطرت قوات النظام أمس على البلدة بعد معارك دامت ثلاثة أيام')).toEqual([
      '2021-06-21',
      '2021-06-23',
      2,
    ]);
    // Past ten days a report names the dates: no span is read.
    expect(spanOf('بعد معارك استمرت عشرين يوماً')).toBeUndefined();
  });
});

describe('since a day', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('runs from that day to the report, however the start is told before it', () => {
    expect(read('وثق الدفاع المدني مقتل 70 شخصاً منذ 8 حزيران')).toMatchObject({
      date: '2021-06-08',
      dateEnd: REPORT,
      precision: 2,
      kind: 'range',
    });
    expect(
      read('ومنذ سقوط النظام في 8 كانون الأول الماضي، وثق الدفاع المدني مقتل 70'),
    ).toMatchObject({ date: '2020-12-08', dateEnd: REPORT, precision: 3, kind: 'range' });
  });
  it('runs from a day told by its ordinal too (منذ الخامس من حزيران الجاري)', () => {
    expect(read('أسفر التصعيد منذ الخامس من حزيران الجاري عن مقتل 70 مدنياً')).toMatchObject({
      date: '2021-06-05',
      dateEnd: REPORT,
      kind: 'range',
    });
    expect(read('وفي الخامس من حزيران قتل مدني')).toMatchObject({
      date: '2021-06-05',
      kind: 'day',
    });
  });
  it('is a day when since is told after it, or far before it', () => {
    expect(read('قتل مدني في 8 حزيران، في أسوأ قصف منذ أشهر')).toMatchObject({
      date: '2021-06-08',
      kind: 'day',
    });
  });
});

describe('a period told by its first and last days', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('runs from the first to the last, in the last one’s month', () => {
    for (const text of [
      'مقتل ٣٧ مدنياً خلال الأسبوع الممتد من ١٤ إلى ٢٠ حزيران',
      'بين 14 و20 حزيران',
      'من 14 حتى 20 حزيران',
    ])
      expect(read(text), text).toMatchObject({
        date: '2021-06-14',
        dateEnd: '2021-06-20',
        precision: 2,
        kind: 'range',
      });
    expect(read('قصفت قوات النظام سراقب في 19 و20 حزيران')).toMatchObject({
      date: '2021-06-19',
      dateEnd: '2021-06-20',
    });
  });
  it('also told by two weekdays (يومي الاثنين والثلاثاء), up to the report’s day', () => {
    // The report is of Thursday 24 June 2021.
    const days = (text: string) => {
      const d = read(text);
      return [d?.date, d?.dateEnd];
    };
    expect(days('قصفت قوات النظام سراقب يومي الاثنين والثلاثاء')).toEqual([
      '2021-06-21',
      '2021-06-22',
    ]);
    expect(days('يوم الأربعاء والخميس')).toEqual(['2021-06-23', '2021-06-24']);
    expect(days('يومي الخميس والجمعة الماضيين')).toEqual(['2021-06-17', '2021-06-18']);
    // A Friday still to come is not read into the past: the Thursday alone.
    expect(days('يومي الخميس والجمعة')).toEqual(['2021-06-24', undefined]);
  });
  it('leaves a count before a day alone', () => {
    expect(read('قتل 3 مدنيين في 20 حزيران')).toMatchObject({ date: '2021-06-20', kind: 'day' });
  });
});

describe('a day and month with no year (يوم 15/3)', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('is read after a word that tells a day, in the report’s year or the one before', () => {
    expect(read('وفي يوم 15/6 قصفت قوات النظام كفرنبل')?.date).toBe('2021-06-15');
    expect(read('بتاريخ 3/12 قصفت قوات النظام كفرنبل')?.date).toBe('2020-12-03');
    expect(read('دمرت الغارات 3/4 منازل البلدة')).toBeUndefined();
  });
});

describe('years', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('told without a count are some three up to the report', () => {
    for (const text of [
      'تعرضت البلدة لآلاف الغارات خلال السنوات الماضية',
      'عاد الأهالي بعد سنوات من القصف',
      'تشهد المنطقة قصفاً منذ سنوات',
      'على مدى سنوات',
    ])
      expect(read(text), text).toMatchObject({ date: '2018-06-25', dateEnd: REPORT, precision: 3 });
  });
  it('told with a count are that many, and a year named is that year', () => {
    expect(read('قتل 5 مدنيين منذ ثلاث سنوات')?.date).toBe('2018-06-25');
    expect(read('منذ عامين')?.date).toBe('2019-06-25');
    expect(read('تسيطر الهيئة على إدلب منذ عام 2019')?.dateEnd).not.toBe(REPORT);
  });
});

describe('months, weeks or days told without a count', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('are some three of them up to the report, as years are, not one', () => {
    // Months of shelling are not a month of it.
    expect(read('تعيش القرى منذ أشهر على وقع قصف شبه يومي')).toMatchObject({
      date: '2021-03-26',
      dateEnd: REPORT,
      precision: 3,
    });
    expect(read('منذ عدة أشهر')?.date).toBe('2021-03-26');
    expect(read('تشهد المدينة منذ أسابيع معارك كر وفر')?.date).toBe('2021-06-03');
    expect(read('منذ بضعة أيام')?.date).toBe('2021-06-21');
    // A singular unit is one.
    expect(read('منذ شهر')?.date).toBe('2021-05-25');
  });
});

describe('the last hours or days, the count first', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('reads «the 24 hours past» written either way as yesterday and today', () => {
    for (const text of [
      'خلال الـ24 ساعة الماضية',
      'خلال الساعات الـ24 الماضية',
      'خلال 24 ساعة الماضية',
    ])
      expect(read(text)).toMatchObject({ date: '2021-06-23', dateEnd: REPORT, kind: 'range' });
    expect(read('خلال الـ3 أيام الأخيرة')).toMatchObject({ date: '2021-06-21', dateEnd: REPORT });
  });
});

describe('the last days or weeks with no count told (خلال الأيام الماضية)', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('reaches back a week, or four weeks, to the report’s day', () => {
    expect(read('سيطرت قوات النظام خلال الأيام الماضية على قرى')).toMatchObject({
      date: '2021-06-17',
      dateEnd: REPORT,
      precision: 2,
    });
    expect(read('قصف متواصل في الأسابيع القليلة الماضية')).toMatchObject({
      date: '2021-05-27',
      dateEnd: REPORT,
    });
    // A count told is read as told.
    expect(read('خلال الأيام الثلاثة الماضية')).toMatchObject({ date: '2021-06-21' });
  });
});

describe('the last two days, weeks or months (a dual with its article)', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('reaches back two units and ends on the report’s day', () => {
    expect(read('قصف خلال اليومين الماضيين على سرمين')).toMatchObject({
      date: '2021-06-22',
      dateEnd: REPORT,
      kind: 'range',
    });
    expect(read('على مدار الأسبوعين الأخيرين')).toMatchObject({ date: '2021-06-10', precision: 2 });
    expect(read('على مدار الأسبوعين')).toMatchObject({ date: '2021-06-10', dateEnd: REPORT });
    expect(read('خلال الشهرين الماضيين')).toMatchObject({ date: '2021-04-25', precision: 3 });
  });
  it('is no dual where the days are not counted: those are the week before (see below)', () => {
    expect(read('خلال الأيام الماضية')).toMatchObject({ date: '2021-06-17', precision: 2 });
  });
});

describe('this week or month (الأسبوع الجاري، هذا الشهر)', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('is the seven days up to the report’s, or its month up to that day', () => {
    for (const text of ['خلال الأسبوع الجاري', 'خلال الأسبوع الحالي', 'قصف هذا الأسبوع على سرمين'])
      expect(read(text)).toMatchObject({
        date: '2021-06-18',
        dateEnd: REPORT,
        precision: 2,
        kind: 'range',
      });
    expect(read('قصفت قوات النظام سرمين خلال الشهر الجاري')).toMatchObject({
      date: '2021-06-01',
      dateEnd: REPORT,
      precision: 3,
    });
    // A part of the month is read as before (monthPart).
    expect(read('منتصف الشهر الجاري')).toMatchObject({ date: '2021-06-11', dateEnd: '2021-06-20' });
    expect(mayBeRange(foldKey('خلال الأسبوع الجاري'))).toBe(true);
  });
});

describe('a weekday', () => {
  it('said to be past is the event’s, though the statement’s own weekday comes first', () => {
    // Report Thursday 24 June 2021: the Monday before is 21 June.
    expect(dateOf('وأوضح في بيان، اليوم الخميس، أن أعنف الهجمات وقعت يوم الاثنين الماضي')).toBe(
      '2021-06-21',
    );
    expect(dateOf('قصفت قوات النظام، اليوم الخميس، بلدة سرمين')).toBe(REPORT);
  });
  it('after the midnight of a night told by two days is the second (ليل الثلاثاء – الأربعاء)', () => {
    // Report Thursday 24 June 2021: the night of Tuesday 22 June runs into Wednesday 23 June.
    const night = 'قصفت قوات النظام بعد منتصف ليل الثلاثاء – الأربعاء بلدة سرمين';
    expect(dateOf(night)).toBe('2021-06-23');
    expect(dateOf(night.replace(' – ', '/'))).toBe('2021-06-23');
    expect(dateOf(night.replace(' – ', ' '))).toBe('2021-06-23');
    expect(dateOf('استهدفت مروحيات النظام بعد منتصف ليلة الأربعاء - الخميس قرية البارة')).toBe(
      REPORT,
    );
    // The night alone, or its midnight with one day, is that day, as before.
    expect(dateOf('قصفت قوات النظام ليل الثلاثاء – الأربعاء بلدة سرمين')).toBe('2021-06-22');
    expect(dateOf('قصفت قوات النظام بعد منتصف ليل الأربعاء بلدة سرمين')).toBe('2021-06-23');
  });
});

describe('months and periods read behind word gates', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('reads a month or a period however the sentence is bounded and written', () => {
    expect(read('قصف متواصل في أيار 2021.')).toMatchObject({ kind: 'month', date: '2021-05-01' });
    expect(read('، قصف في 12 أيار 2021،')).toMatchObject({ date: '2021-05-12', precision: 1 });
    expect(read('غارات على مدى ثلاثة أيام')).toMatchObject({ date: '2021-06-21', kind: 'range' });
    expect(read('في كانون الثاني الماضي')).toMatchObject({ kind: 'month', date: '2021-01-01' });
  });
  it('reads a month beside a sign the word scan takes for a letter (× ÷)', () => {
    // The dates' patterns bound words by Unicode letters; the word scan also joins × ÷ and two
    // Arabic signs to a word, so such a text must never be turned away by the gate.
    expect(read('قصف ×أيار 2021')).toMatchObject({ kind: 'month', date: '2021-05-01' });
    expect(read('منذ÷ ثلاثة أيام')).toMatchObject({ date: '2021-06-21', kind: 'range' });
  });
  it('reads no month in a word that only holds a month’s letters', () => {
    expect(read('عند باب الهوى')).toBeUndefined();
    expect(read('الحزيرانيون')).toBeUndefined();
  });
});

describe('a day and month told without a year', () => {
  it('is in the report’s year when not after it, else the year before: reports tell what happened', () => {
    // The report is of 24 June 2021.
    expect(dateOf('قصفت قوات النظام بلدة سرمين في 12 حزيران')).toBe('2021-06-12');
    expect(dateOf('وفي 28 حزيران الماضي، قصفت قوات النظام بلدة سرمين')).toBe('2020-06-28');
    expect(dateOf('قصفت قوات النظام بلدة سرمين في 25 كانون الأول')).toBe('2020-12-25');
    expect(dateOf('في الخامس والعشرين من آب قصفت قوات النظام سرمين')).toBe('2020-08-25');
    // A year told is kept, whatever it is.
    expect(dateOf('قصفت قوات النظام بلدة سرمين في 28 حزيران 2021')).toBe('2021-06-28');
  });
  it('allows a report dated a day or two before the events it tells', () => {
    expect(dateOf('قصفت قوات النظام بلدة سرمين في 25 حزيران')).toBe('2021-06-25');
    expect(dateOf('قصفت قوات النظام بلدة سرمين في 26 حزيران')).toBe('2021-06-26');
    expect(dateOf('قصفت قوات النظام بلدة سرمين في 27 حزيران')).toBe('2020-06-27');
  });
});

describe('a day of a month in figures (في 20 من الشهر الماضي)', () => {
  it('is that day, as the ordinal word is', () => {
    expect(dateOf('قصفت قوات النظام البلدة في 20 من الشهر الجاري')).toBe('2021-06-20');
    expect(dateOf('في الـ12 من الشهر الماضي')).toBe('2021-05-12');
    expect(dateOf('في 3 من آذار')).toBe('2021-03-03');
    expect(findEventDate(foldKey('في 20 من الشهر الماضي'), REPORT)?.precision).toBe(1);
  });
  it('is no date when the figure counts people (قتل 20 من عناصر النظام) or is no day', () => {
    expect(dateOf('قتل 20 من عناصر النظام')).toBeUndefined();
    expect(dateOf('في 45 من الشهر')).toBeUndefined();
  });
});

describe('a part of a month (مطلع، منتصف، أواخر)', () => {
  it('is its first, middle or last ten days, precision 2', () => {
    expect(spanOf('في أوائل آذار')).toEqual(['2021-03-01', '2021-03-10', 2]);
    expect(spanOf('منتصف الشهر الماضي')).toEqual(['2021-05-11', '2021-05-20', 2]);
    expect(spanOf('أواخر أيار الماضي')).toEqual(['2021-05-21', '2021-05-31', 2]);
    expect(spanOf('في نهاية شباط 2020')).toEqual(['2020-02-21', '2020-02-29', 2]);
  });
  it('ends on the report’s day when that day falls in it, and is none when still to come', () => {
    expect(spanOf('منتصف الشهر الجاري')).toEqual(['2021-06-11', '2021-06-20', 2]);
    expect(spanOf('أواخر الشهر الجاري')).toEqual(['2021-06-21', '2021-06-24', 2]);
    expect(spanOf('مطلع الشهر المقبل')).toBeUndefined();
  });
  it('makes no sentence a tally over a period (its kind is a month’s, not a range)', () => {
    expect(findEventDate(foldKey('أواخر أيار الماضي'), REPORT)?.kind).toBe('month');
  });
});

describe('weeks, months or years counted back (قبل أسبوع، قبل شهرين، قبل ثلاث سنوات)', () => {
  it('are the week around that day, or that month, not the report’s day', () => {
    expect(spanOf('قصفت قوات النظام البلدة قبل أسبوع')).toEqual(['2021-06-14', '2021-06-20', 2]);
    expect(spanOf('قبل ثلاثة أسابيع')).toEqual(['2021-05-31', '2021-06-06', 2]);
    expect(spanOf('قبل شهرين')).toEqual(['2021-04-01', '2021-04-30', 3]);
    expect(spanOf('قبل ثلاث سنوات')).toEqual(['2018-06-01', '2018-06-30', 3]);
    expect(spanOf('قبل عام')).toEqual(['2020-06-01', '2020-06-30', 3]);
  });
  it('are not counted from the report when counted from another event (قبل عام من الهجوم)', () => {
    expect(spanOf('قبل عام من الهجوم')).toBeUndefined();
    // Days stay days (قبل يومين), and a time of day is no count (قبل الظهر).
    expect(spanOf('قبل يومين')).toEqual(['2021-06-22', undefined, 1]);
    expect(spanOf('قبل الظهر')).toBeUndefined();
  });
});

describe('days told with no count, and a period since a weekday', () => {
  // 24 June 2021 was a Thursday.
  it('are two to seven days back (قبل أيام، بعد أيام من), not the report’s day', () => {
    expect(spanOf('قصفت طائرة روسية بلدة البارة قبل أيام')).toEqual([
      '2021-06-17',
      '2021-06-22',
      2,
    ]);
    expect(spanOf('بعد أيام من مظاهرة حاشدة')).toEqual(['2021-06-17', '2021-06-22', 2]);
  });
  it('runs from the weekday to the report (منذ يوم الثلاثاء), not for a day or on that day', () => {
    expect(spanOf('قتل 12 شخصا منذ يوم الثلاثاء')).toEqual(['2021-06-22', REPORT, 2]);
    expect(spanOf('قتل 12 شخصا منذ اندلاع الاشتباكات يوم الثلاثاء')).toEqual([
      '2021-06-22',
      REPORT,
      2,
    ]);
  });
});

describe('a period an event is compared with (الأعنف منذ أشهر، لأول مرة منذ آذار)', () => {
  const read = (text: string) => findEventDate(foldKey(text), REPORT);
  it('is no period of the event, nor its month', () => {
    expect(read('تعرضت مدينة إدلب لغارات روسية هي الأعنف منذ أشهر')).toBeUndefined();
    expect(read('قصف هو الأكبر منذ عام على سرمين')).toBeUndefined();
    expect(read('قصفت الطائرات الروسية أريحا لأول مرة منذ آذار')).toBeUndefined();
    expect(read('غارات هي الأكثر دموية منذ بداية العام')).toBeUndefined();
    // The day told after it still counts; a period told alone still does.
    expect(read('غارات هي الأعنف منذ ثلاثة أشهر، شنتها الطائرات أمس')?.date).toBe('2021-06-23');
    expect(read('قصفت الطائرات أريحا لأول مرة منذ آذار/مارس 2020 صباح أمس')?.date).toBe(
      '2021-06-23',
    );
    expect(read('وتواصل قوات النظام منذ أكثر من ثلاثة أسابيع خرق الاتفاق')).toMatchObject({
      date: '2021-06-03',
      dateEnd: REPORT,
      kind: 'range',
    });
  });
});

describe('a day of a month told as gone by (15 شباط الماضي)', () => {
  it('is never after the report, not even by the day of grace a bare date has', () => {
    // A report of 14 February 2025: last year's 15 February, not tomorrow.
    const report = '2025-02-14';
    const on = (text: string) => findEventDate(foldKey(text), report)?.date;
    expect(on('استهدفت طائرة مسيرة في 15 شباط الماضي سيارة')).toBe('2024-02-15');
    // Without it, a day after the report may be the report's lag behind its events.
    expect(on('استهدفت طائرة مسيرة في 15 شباط سيارة')).toBe('2025-02-15');
    expect(on('استهدفت طائرة مسيرة في 10 شباط الماضي سيارة')).toBe('2025-02-10');
  });
});
