import { describe, expect, it } from 'vitest';
import { foldText } from '../reports/arabic';
import {
  droneStrikes,
  injuredCount,
  killedCount,
  listOpens,
  strikeCount,
  tollToldBefore,
} from './counts';

// The extractor reads folded clauses (alef forms unified, harakat and tatweel dropped, Arabic-Indic
// digits as ASCII): fold here the same way.
const killed = (text: string) => killedCount(foldText(text).text)?.value ?? null;
const injured = (text: string) => injuredCount(foldText(text).text)?.value ?? null;
/** The row of a table of texts: the dead and the wounded `text` is read to tell. */
const readsAs = (text: string, k: number | null, j: number | null) => {
  expect(killed(text)).toBe(k);
  expect(injured(text)).toBe(j);
};

describe('casualty counts after verbs (أصيب، قتل، استشهد)', () => {
  it.each([
    // text, killed, injured
    ['أصيب عشرة مدنيين بينهم ثلاثة أطفال بقصف صاروخي', null, 10],
    ['أصيب ثلاثة أطفال بجروح، وقتل رجل', 1, 3],
    ['استشهد أربعة مدنيين وجرح ستة آخرون', 4, 6],
    ['قتلت ثلاث نساء وطفلان جراء غارة', 5, null],
    ['وقتلت ثمانية عناصر منهم', 8, null],
    ['قتل مدني وأصيب آخران', 1, 2],
    ['وأصيب طفلان بجروح', null, 2],
    ['فيما أصيب أكثر من عشرين آخرين', null, 20],
    ['وقُتِلَ خمسةُ أشخاصٍ وأُصِيبَ ١٢ آخرون', 5, 12],
    ['هاجم مسلحون منزلاً وقتلوا شخصاً', 1, null],
    // The people nouns of this session's review: a shepherd, a teacher and pupils, a driver.
    ['قُتل راعي أغنام برصاص قناص', 1, null],
    // One of them (`أحدهم`, `أحدهما`): one.
    ['انفجر لغم بمزارعين، ما أدى إلى مقتل أحدهم', 1, null],
    ['أصيب مدنيان بالقصف، وتوفي أحدهما متأثراً بجراحه', 1, 2],
    // A family: their children as many as the number after them says, else not counted.
    ['قضى رجل وزوجته وأطفالهما الثلاثة بغارة روسية', 5, null],
    ['قتلت امرأة وأبناؤها الأربعة بالقصف', 5, null],
    ['قتل رجل وأطفاله بغارة روسية', 1, null],
    // One of its soldiers, of her sons (`أحد جنوده`, `أحد أبنائها`): one; `أحد` alone is anyone.
    ['أعلن الجيش التركي مقتل أحد جنوده وإصابة ثلاثة آخرين', 1, 3],
    ['ما أدى إلى مقتل أحد عناصرها', 1, null],
    ['قُتل أحد أبنائها بالقصف', 1, null],
    // Executions: the side that executed may come first.
    ['أعدمت قوات النظام ميدانياً ثلاثة شبان على حاجز', 3, null],
    ['إعدام 4 عناصر من التنظيم', 4, null],
    ['نفذت قوات النظام إعدامات ميدانية بحق ثلاثة شبان', 3, null],
    ['نفذ التنظيم إعداماً ميدانياً بحق شابين', 2, null],
    // The wounded who died are among the dead, no longer wounded.
    ['ارتفع عدد القتلى إلى سبعة بعد وفاة جريحين متأثرين بجراحهما', 7, null],
    ['وارتفعت الحصيلة إلى 9 قتلى بعد وفاة 3 جرحى', 9, null],
    ['إصابة ثلاثة تلاميذ ومعلمة', null, 4],
    ['ما أسفر عن جرح سائقها', null, 1],
    ['لقي رجلان مصرعهما', 2, null],
    // A companion named by his noun and pronoun is one.
    ['ما أدى لمقتله وإصابة مرافقه', 1, 1],
    // An age in brackets after each person keeps the list going.
    ['قتل طفل (5 أعوام) وشقيقته (7 أعوام) جراء قصف مدفعي', 2, null],
    ['أصيب رجل (40 عاماً) وابنه (12 عاماً)', null, 2],
    // Lives lost: `فقد` counts only with the lives; alone it is "lost" or "went missing".
    ['فقد 4 مدنيين حياتهم بقصف مدفعي', 4, null],
    ['وفقدت امرأة حياتها', 1, null],
    ['فقد 3 مدنيين في البحر', null, null],
    // A death told by its noun with a pronoun: the singular is one, the dual two, the plural
    // none; a wound so told counts only with its wounds named (`إصابتها بأضرار`: a car hit).
    ['ما أدى إلى مقتله', 1, null],
    ['ما أسفر عن مقتلهما', 2, null],
    ['ما أدى إلى مقتلهم', null, null],
    ['ما أدى إلى إصابته بجروح خطيرة', null, 1],
    ['ما أدى إلى إصابتها بأضرار مادية', null, null],
    ['قتل رجل وطفلاه بغارة', 3, null],
    ['فيما أصيب اليوم طفلان', null, 2],
    // Death told by ارتقى (rose as martyrs) and قضى (died); قضى with no people is "spent".
    ['ارتقى ثلاثة مدنيين جراء الغارة', 3, null],
    ['قضى ٥ مواطنين بالقصف', 5, null],
    // One described, then «another» (وآخر): two; not another item or count between.
    ['قتل قيادي بارز في تنظيم "حراس الدين" وآخر يحمل الجنسية الأردنية', 2, null],
    ['قتل مدني في بلدة سرمين وآخر في أريحا', 2, null],
    ['قتل مدني في بلدة سرمين وأصيب آخر', 1, 1],
    // A woman named by her noun alone (مواطنة، شابة) is one.
    ['ما أدى إلى إصابة مواطنة بجروح', null, 1],
    ['قتلت شابة برصاص قناص', 1, null],
    ['قضى الوفد خمسة أيام في المدينة', null, null],
    // Not ارتقى's people (none follow it), but a toll risen to a figure (below).
    ['ارتقى عدد الضحايا إلى سبعة', 7, null],
    // The dead or the wounded told before a dual verb (`قتلا`, `أصيبا`), and before a verb the
    // other kind's verb follows: not one figure the two share, as in `قتل وجرح 12 مدنياً`.
    ['وقال الدفاع المدني إن طفلين قتلا جراء القصف', 2, null],
    ['إن طفلين قتلا وأصيب ستة مدنيين بجروح جراء غارة', 2, 6],
    ['بأن مدنيين اثنين أصيبا بقصف', null, 2],
    ['إن ثلاثة مدنيين قتلوا وأصيب خمسة آخرون', 3, 5],
    ['وذكر المرصد أن امرأتين استشهدتا بالقصف', 2, null],
    ['وقتل وجرح 12 مدنياً في القصف', null, null],
    ['اغتال مسلحون القيادي فلان', 1, null],
    ['وقضت على أربعة وعشرين من عناصرها', 24, null],
    ['ما أدى إلى القضاء على 9 مسلحين', 9, null],
    // Lives taken: `أودى بحياة`, `راح ضحيته`; «dozens» is no figure.
    ['أودى القصف بحياة 5 مدنيين', 5, null],
    ['وراح ضحيته 7 مدنيين بينهم طفلان', 7, null],
    ['راح ضحيتها شخصان', 2, null],
    ['أودى بحياة العشرات', null, null],
    ['بهدف القضاء على الإرهاب', null, null],
    // `آخر` before a noun is "the last" of it, no person; before a preposition, another one.
    ['بعد القضاء على آخر تجمعات المسلحين', null, null],
    ['قتل شخصان وأصيب آخر في القصف', 2, 1],
    ['أُصيب متطوعان في الدفاع المدني', null, 2],
    ['قضت على آمال السكان', null, null],
    ['عثر على جثة شاب في البلدة', 1, null],
    ['انتشال جثث ثلاثة مدنيين', 3, null],
    // The bodies counted by the figure before them.
    ['وتمكنت فرقنا من انتشال 3 جثث من تحت الأنقاض', 3, null],
    ['انتشال 12 جثة من مقبرة جماعية', 12, null],
    // More bodies listed after one (`و3 جثث أخرى`): four, not one.
    ['انتشلت فرق الدفاع المدني جثة طفل و3 جثث أخرى من تحت الأنقاض', 4, null],
    ['انتشال جثة رجل و5 جثث من مقبرة', 6, null],
    // The Civil Defence's word for the bodies it recovers, and one more named after `و`.
    ['وانتشلت فرقنا جثامين 5 أطفال ومعلمة', 6, null],
    ['انتشال جثمان طفل من تحت الأنقاض', 1, null],
    ['مقتل طفلين وإصابة والدتهما', 2, 1],
    // A couple's child, wounded.
    ['مقتل رجل وزوجته وإصابة ابنهما', 2, 1],
    // The dead of both sides of a fight, added; not a figure of anything else after a side.
    ['مقتل ما لا يقل عن 60 عنصراً من قوات النظام و29 مقاتلاً من الفصائل', 89, null],
    ['مقتل 4 عناصر من الهيئة و3 من "حراس الدين"', 7, null],
    ['مقتل 9 عناصر من قوات النظام مقابل 6 مقاتلين من الفصائل', 15, null],
    ['مقتل 5 مدنيين من عائلة واحدة و3 منازل مدمرة', 5, null],
    ['مقتل 5 مدنيين من عائلة واحدة وإصابة 3 آخرين', 5, 3],
    ['مما أدى إلى إصابة عسكري سوري وامرأتين', null, 3],
  ] as const)('%s → killed %s, injured %s', readsAs);
});

describe('a toll risen to a figure (عدد القتلى … إلى 11)', () => {
  it.each([
    // Told by who died, who they were between (`عدد الجنود الأتراك الذين قتلوا`), the event at length.
    [
      'ارتفع عدد الجنود الأتراك الذين قتلوا في الهجوم الذي شنته قوات النظام على القوات التركية في منطقة خفض التصعيد بإدلب إلى 34 جندياً',
      34,
      null,
    ],
    // text, killed, injured
    ['ارتفع عدد الشهداء المدنيين جراء غارات على بلدة كفر تخاريم إلى 11', 11, null],
    // Its place, its region and its day between the toll and the figure: eleven words.
    [
      'ارتفع عدد القتلى المدنيين جراء الغارات الجوية على قرية محمبل غربي إدلب، أمس السبت، إلى 13 مدنياً',
      13,
      null,
    ],
    ['ارتفع عدد القتلى إلى 11، والجرحى إلى 30', 11, 30],
    ['وصلت حصيلة ضحايا القصف إلى سبعة مدنيين', 7, null],
    ['بلغ عدد الجرحى في المدينة 12', null, 12],
    ['وبلغت حصيلة القتلى 25', 25, null],
    // `عدد من الجرحى` is "some of the wounded"; `إلى` there is a place.
    ['نقل عدد من الجرحى إلى المستشفى', null, null],
    // A figure before `إلى` counts something else: nothing is read rather than a wrong toll.
    ['ارتفع عدد الجرحى في 3 قرى إلى 20', null, null],
    ['ولم يعرف عدد القتلى حتى الآن', null, null],
    // The toll told with its figure, no verb.
    ['غارة روسية على بلدة سرمين، وحصيلة القتلى ثلاثة مدنيين', 3, null],
    ['وعدد الجرحى 12 بينهم أطفال', null, 12],
    // A year after the noun is no figure of people.
    ['حصيلة القتلى 2019 كانت الأعلى', null, null],
    // The figure told first, between the verb and the toll's noun.
    ['ارتفع إلى 5 عدد القتلى جراء القصف على أريحا', 5, null],
    ['وارتفعت إلى سبعة حصيلة القتلى', 7, null],
    ['ارتفع إلى نحو عشرين عدد المصابين', null, 20],
    ['ارتفع إلى 12 عدد الغارات على المدينة', null, null],
    // The toll named by who died (`قضوا`, "died"): the dead's.
    ['ارتفع إلى 12 عدد الذين قضوا جراء الغارات الروسية على جبل الأكراد', 12, null],
  ] as const)('%s → killed %s, injured %s', readsAs);
});

describe('a toll told before what it counts, cut off by a comma (ارتفع إلى 11، عدد الشهداء …)', () => {
  const rose = (rise: string, toll: string) =>
    tollToldBefore(foldText(rise).text, foldText(toll).text);
  it('gives the figure to the toll’s noun after it: the dead or the wounded', () => {
    expect(rose('ارتفع إلى 11 بينهم 4 أطفال', 'عدد الشهداء المدنيين الذين قضوا')).toEqual({
      value: 11,
      wounded: false,
    });
    expect(rose('وارتفعت إلى 30', 'حصيلة الجرحى')).toEqual({ value: 30, wounded: true });
  });
  it('is nothing when the rise has no figure, or what follows counts no people', () => {
    expect(rose('ارتفع التوتر في المنطقة', 'عدد القتلى')).toBeUndefined();
    expect(rose('ارتفع إلى 11', 'عدد المنازل المدمرة')).toBeUndefined();
  });
});

describe('the dead and the wounded told together share one figure, which is neither', () => {
  it.each([
    // text, killed, injured
    ['قتل وجرح 12 شخصاً', null, null],
    ['مقتل وإصابة 10 عناصر من قوات النظام', null, null],
    ['قتل وأصيب 7 أشخاص', null, null],
    ['ما أسفر عن سقوط 20 قتيلاً وجريحاً', null, null],
    ['سقوط 20 بين قتيل وجريح', null, null],
    ['ارتفع عدد القتلى والجرحى إلى 30', null, null],
    // Each with its own figure: two tolls.
    ['مقتل 3 مدنيين وإصابة 5 آخرين', 3, 5],
    ['سقوط 3 قتلى و7 جرحى', 3, 7],
    ['سقوط 20 جريحاً وقتيلين', 2, 20],
    ['ارتفع عدد القتلى إلى 11 والجرحى إلى 30', 11, 30],
    // The figure after the pair counts others, wounded (the dead are told before the verb).
    ['وأضاف أن عسكرياً سورياً قُتل وأصيب اثنان آخران', 1, 2],
    ['أن 4 من عناصر الجيش الحر قتلوا وأصيب 11 آخرون', 4, 11],
    // `سقوط` tells both: its figure is the wounded when the wounded are its noun.
    ['أدى إلى سقوط 5 جرحى', null, 5],
    // … and neither when what fell was fired: shells, rockets, barrels.
    ['رصد المرصد سقوط أكثر من 40 قذيفة صاروخية على جبل الزاوية', null, null],
    ['وسقوط 3 صواريخ على أطراف البلدة', null, null],
    ['سقوط 4 براميل متفجرة', null, null],
  ] as const)('%s → killed %s, injured %s', readsAs);
});

describe('one person told by a singular noun of the dead or wounded (سقوط قتيل، خلّف جريحاً)', () => {
  it.each([
    // text, killed, injured
    ['ما أدى إلى سقوط قتيل مدني', 1, null],
    ['خلّف القصف قتيلاً في البلدة', 1, null],
    ['خلّفت الغارات الروسية قتيلاً وثلاثة جرحى', 1, 3],
    ['ما أسفر عن سقوط قتيل وجريح', 1, 1],
    ['ما خلف قتيلاً وجريحين', 1, 2],
    ['أسفر عن جريح', null, 1],
    ['سقط قتيل وجريحان بقصف مدفعي', 1, 2],
    // A headline's toll, the noun opening it: with the other kind, or what it fell in.
    ['قتيل وثلاثة جرحى في قصف مدفعي على بلدة بنش', 1, 3],
    ['قتيل في قصف مدفعي على بلدة بنش', 1, null],
    ['جريح جراء غارة روسية', null, 1],
    // Denied, or no cause told: unknown.
    ['دون سقوط قتيل', null, null],
    ['ولم يسفر القصف عن أي قتيل', null, null],
    ['وكان القتيل يعمل في الزراعة', null, null],
    ['وتحدث الأهالي عن قتيل سقط قبل أعوام', null, null],
    ['سقوط 20 بين قتيل وجريح', null, null],
    ['قتيل الأمس كان مدنياً', null, null],
  ] as const)('%s → killed %s, injured %s', readsAs);
});

describe('victims told before the verb, after إن/أن or at a clause’s start (إن 5 مدنيين قتلوا)', () => {
  it.each([
    // text, killed, injured
    ['وقال المرصد إن 5 مدنيين قتلوا في القصف', 5, null],
    ['وأشار إلى أن 3 أطفال استشهدوا', 3, null],
    ['إن 3 أطفال وامرأة قتلوا', 4, null],
    ['وقال إن 7 مدنيين أصيبوا بجروح', null, 7],
    // A figure of no people (strikes) is no victim; a verb's own object still comes first.
    ['أن 3 غارات قتلت', null, null],
    ['إن الطيران قتل 5 مدنيين', 5, null],
    // At a clause's start, with `قضى` ("died") and `ارتقى` ("rose" as martyrs) too.
    ['خمسة مدنيين قضوا جراء غارة روسية', 5, null],
    ['أن ثلاثة مدنيين ارتقوا بقصف مدفعي', 3, null],
    // `قضى` with days, not people, is "spent".
    ['أمضى النازحون ثلاثة أيام قضوا فيها ليالي البرد', null, null],
    // After the pluperfect's `كان` too.
    ['وكانت امرأة قد قتلت بانفجار قنبلة عنقودية', 1, null],
  ] as const)('%s → killed %s, injured %s', readsAs);
});

describe('a figure hedged (ما يزيد على 400)', () => {
  it.each([
    ['وأصيب ما يزيد على 400 آخرين بحالات اختناق', null, 400],
    ['مقتل ما لا يقل عن 12 مدنياً', 12, null],
  ] as const)('%s → killed %s, injured %s', readsAs);
});

describe('a family counted by its members (عائلة مؤلفة من خمسة أشخاص)', () => {
  it.each([
    // text, killed, injured
    ['ما أسفر عن مقتل عائلة مؤلفة من خمسة أشخاص', 5, null],
    ['مقتل عائلة كاملة مكونة من 6 أفراد بينهم 4 أطفال', 6, null],
    ['إصابة عائلة مؤلفة من 4 أشخاص', null, 4],
    // An aircraft's crew likewise.
    ['إسقاط مروحية روسية ومقتل طاقمها المؤلف من خمسة أشخاص', 5, null],
    // No figure of its members: none is guessed.
    ['استشهاد عائلة بأكملها', null, null],
  ] as const)('%s → killed %s, injured %s', readsAs);
});

describe('dual subjects', () => {
  it.each([
    ['قتل طفلان بقصف مدفعي', 2],
    ['قتل مدنيان بقصف', 2],
    ['قتل رجلان', 2],
    ['مقتل امرأتين', 2],
    ['قتلت امرأتان', 2],
    ['قتل شخصان', 2],
    ['مقتل شخصين', 2],
    ['قتل عنصران من قوات النظام', 2],
    ['مقتل عنصرين', 2],
    ['قتل شابان', 2],
    ['مقتل طفلين', 2],
    ['مقتل مدنيين اثنين', 2],
    ['ما أدى لمقتل قياديين اثنين في تنظيم حراس الدين', 2],
    ['قتل قياديان في هيئة تحرير الشام', 2],
    ['مقتل صحفيين اثنين', 2],
  ])('%s → killed %s', (text, n) => {
    expect(killed(text)).toBe(n);
  });
  it('keeps a bare plural-looking form unknown (مدنيين is civilians as often as two)', () => {
    expect(killed('مقتل مدنيين في غارات روسية')).toBeNull();
    expect(killed('مقتل قياديين في تنظيم حراس الدين')).toBeNull();
    expect(injured('إصابة آخرين')).toBeNull();
  });
});

describe('lists of persons add up', () => {
  it.each([
    ['مقتل امرأتين وطفل', 3],
    ['مقتل رجل وزوجته', 2],
    ['مقتل ثلاثة مدنيين وطفلين', 5],
    ['مقتل طفل وامرأة ورجلين', 4],
    ['مقتل 3 مدنيين و٤ عناصر', 7],
    ['مقتل طفلين وثلاثة آخرين', 5],
    ['مقتل شاب ووالدته', 2],
    // Whose they were between (`من الطرفين`), then the list goes on.
    ['أسفرت المواجهات عن مقتل 10 مقاتلين من الطرفين ومدنيين اثنين', 12],
    ['مقتل 10 مقاتلين من الطرفين وإصابة 5', 10],
    // Victims named one after another, each by the noun that names one, past the name before.
    ['استشهد الشاب أحمد العلي والطفل محمد الحسن جراء القصف', 2],
    ['مقتل الشاب أحمد العلي والطفل محمد والسيدة فاطمة الخالد', 3],
    ['اغتيال القيادي أبو محمد الشامي والعنصر خالد', 2],
    // Not past where the clause goes on (`في`), nor a figure.
    ['مقتل الشاب أحمد في سرمين والطفل محمد في بنش', 1],
  ])('%s → killed %s', (text, n) => {
    expect(killed(text)).toBe(n);
  });
  it.each([
    // A subset (بينهم، منهم، من بينهم) is part of the total, not added to it.
    ['مقتل 34 شخصاً بينهم 3 أطفال', 34, null],
    ['أصيب عشرة مدنيين من بينهم طفلان', null, 10],
    ['مقتل خمسة مدنيين منهم امرأة وطفلها', 5, null],
    // The next clause's figure is another count.
    ['مقتل ثلاثة وإصابة خمسة', 3, 5],
    ['مقتل رجل وإصابة طفلين', 1, 2],
    ['مقتل طفل و3 جرحى', 1, 3],
    ['مقتل الشاب أحمد العلي وإصابة الطفل محمد', 1, 1],
    ['إصابة الطفل محمد الحسن والسيدة فاطمة بجروح', null, 2],
  ] as const)('%s → killed %s, injured %s (no double counting)', (text, k, j) => {
    expect(killed(text)).toBe(k);
    expect(injured(text)).toBe(j);
  });
});

it('does not add others told as injured (و5 آخرين بجروح)', () => {
  expect(killed('مقتل طفلين و5 آخرين بجروح')).toBe(2);
});

describe('negations stay unknown', () => {
  it.each([
    'لم تسجل إصابات',
    'دون وقوع خسائر بشرية',
    'لم يسفر عن إصابات',
    'لم يسفر القصف عن مقتل أحد',
    'دون إصابة أحد',
    'ولم يصب أحد بأذى',
    'لم يقتل أحد',
    'دون أن يسفر عن وقوع ضحايا',
  ])('%s', (text) => {
    expect(killed(text)).toBeNull();
    expect(injured(text)).toBeNull();
  });
  it('still reads أحد followed by a person (one of …)', () => {
    expect(killed('مقتل أحد عناصر الفصائل')).toBe(1);
    expect(injured('إصابة أحد المدنيين بجروح')).toBe(1);
    expect(killed('مقتل أحد عشر عنصراً')).toBe(11);
    expect(killed('قتل واحد منهم')).toBe(1);
    expect(killed('مقتل شخص واحد')).toBe(1);
  });
});

describe('what already worked still works', () => {
  it.each([
    ['مقتل ثلاثة مدنيين وإصابة ١٢ آخرين', 3, 12],
    ['خمسة عشر قتيلاً وثلاثين جريحاً', 15, 30],
    ['ما أدى إلى مقتل 12 شخصاً', 12, null],
    ['ما أدى إلى مقتل ٣ مدنيين وإصابة ٢ آخرين', 3, 2],
    ['أدت الحملة إلى مقتل 12 مدنياً بينهم أربعة أطفال وإصابة 30 آخرين', 12, 30],
    ['مقتل ثمانية مدنيين وجرح 15 مدنياً آخرين', 8, 15],
    ['مقتل بين 5 و7 مدنيين', 5, null],
    ['قتل خلالها أربعة عناصر', 4, null],
    ['أسفرت عن إصابة خمسة مقاتلين', null, 5],
    ['قتل خمسة وعشرون عنصراً من قوات النظام', 25, null],
    ['مقتل مدني وجرح 12', 1, 12],
    ['وإصابة أكثر من عشرين آخرين', null, 20],
    ['استشهاد مئة وخمسين مدنياً', 150, null],
  ] as const)('%s → killed %s, injured %s', readsAs);
});

describe('drone strikes told by their drones', () => {
  const strikes = (s: string) => droneStrikes(foldText(s).text);
  it('are one when one drone is told and no strike named; unknown when drones or strikes are many', () => {
    expect(strikes('استهدفت طائرة مسيّرة تركية سيارة في سرمدا')).toBe(1);
    expect(strikes('استهدفت مسيّرة تركية دراجة نارية')).toBe(1);
    expect(strikes('استهدفت طائرة بدون طيار سيارة')).toBe(1);
    expect(strikes('استهدفت طائرات مسيرة سيارة')).toBeNull();
    expect(strikes('استهدف الطيران المسير البلدة')).toBeNull();
    expect(strikes('شنت طائرة مسيرة ثلاث غارات')).toBeNull();
  });
  it('are as many as the drones counted that blow up with their load (12 طائرة مسيرة انتحارية), not one', () => {
    // From eleven on, Arabic counts with the singular: it was read as one drone.
    expect(strikes('هاجمت 12 طائرة مسيرة انتحارية من طراز FPV بلدة كفرنوران')).toBe(12);
    expect(strikes('استهدفت 15 طائرة مسيّرة ملغمة سيارات مدنية')).toBe(15);
    // Drones counted that may only watch, or fire more than once: how many strikes is unknown.
    expect(strikes('حلقت 12 طائرة مسيرة فوق البلدة وقصفت منزلاً')).toBeNull();
  });
  it('are the attacks counted (شن 4 هجمات عبر طائرات مسيرة), which told none', () => {
    expect(strikes('شن النظام 4 هجمات عبر طائرات مسيرة استهدفت سهل الغاب')).toBe(4);
    expect(strikes('وثق الدفاع المدني 13 هجوماً بطائرات مسيرة انتحارية')).toBe(13);
  });
});

describe('barrels dropped (ألقى الطيران المروحي أربعة براميل)', () => {
  it('are strikes, as reports count them and as `barrel bombs` are in English', () => {
    const strikes = (s: string) => strikeCount(foldText(s).text)?.value ?? null;
    expect(strikes('ألقى الطيران المروحي أربعة براميل متفجرة على بلدة التمانعة')).toBe(4);
    expect(strikes('ألقت مروحيات النظام برميلين متفجرين')).toBe(2);
    expect(strikes('ألقى الطيران المروحي برميلاً متفجراً')).toBe(1);
    expect(strikes('ألقى الطيران المروحي براميل متفجرة')).toBeNull();
    // The first strike noun decides.
    expect(strikes('شن الطيران خمس غارات وألقى ثلاثة براميل')).toBe(5);
  });
  it('are not the people a figure before `ب` + the strike counts (وأصيب 4 بغارة جوية)', () => {
    const strikes = (s: string) => strikeCount(foldText(s).text)?.value ?? null;
    expect(strikes('قتل مدنيان وأصيب 4 بغارة جوية على بلدة الأتارب')).toBe(1);
    expect(strikes('قتل 3 مدنيين بغارتين على سرمين')).toBe(2);
  });
});

describe('victims opening a clause of an event of its own (، و3 آخرون بقصف صاروخي …)', () => {
  const opens = (s: string) => {
    const c = listOpens(foldText(s).text);
    return c && [c.value, c.wounded];
  };
  it('are read whatever the clause tells after them, and marked when listed as wounded', () => {
    expect(opens('و3 آخرون بقصف صاروخي لقوات النظام على بلدة سرمين')).toEqual([3, false]);
    expect(opens('وطفلان وامرأة بغارة على بنش')).toEqual([3, false]);
    expect(opens('و4 آخرين بجروح جراء قصف مدفعي على بلدة بنش')).toEqual([4, true]);
  });
  it('are none where the clause opens with no people', () => {
    expect(opens('وقصفت قوات النظام بلدة سرمين')).toBeUndefined();
    expect(opens('و3 قذائف على بلدة سرمين')).toBeUndefined();
  });
});
