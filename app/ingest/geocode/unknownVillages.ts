import { GAP_BREAKS, GAP_JOINED, GAP_LIST, GAP_QUOTE, type TokenTable } from '../text/tokens';
import { cliticForms } from './clitics';
import { COMPOUND_PREFIXES } from './nameIndex';
import { directionAdjective, directionNoun, isWord, OUTSKIRTS } from './qualifiers';

/**
 * Villages the gazetteer does not know, found from the words that introduce them: `بلدة X`,
 * `قرية X`, `بلدتي X وY`, `قرى X، Y، وZ`, `بلدات وقرى "X، وY، وZ"`, `منطقة "X"`, `محيط X`.
 * Only tokens not already taken by a known name are read; names keep the spelling of the text.
 *
 * @example
 * findUnknownNames(tokenTable('قصف قرى "معرزيتا، وحاس"', (w) => w), new Uint8Array(4))
 * // two names: 'معرزيتا' and 'حاس' (the conjunction is not part of the name)
 */
export interface UnknownName {
  /** Token range of the name. */
  first: number;
  last: number;
  /** Start and end in the normalised text (clitics excluded). */
  start: number;
  end: number;
  /** Normalised name, tokens joined by a space. */
  key: string;
  /**
   * True when the name's second word is a known one-word place read as part of it (`قرية عين
   * السودا`: not the village السودا): that mention gives way to this name.
   */
  absorbs?: boolean;
}

/** A front line, named after the village it runs through (`على محور التفاحية`). */
const FRONTS = ['محور', 'محوري', 'محاور'];
/**
 * One front (singular); it may be named by the two villages it runs between (`محور تل ملح
 * والجبين`), joined by `و` only.
 */
const ONE_FRONT = 'محور';
/**
 * `أبرزها` ("the most notable of them"), a cue of its own only after places counted
 * (placesCountedBefore); right after a cue it leads into the list (LEAD_INS).
 */
const MOST_NOTABLE = 'ابرزها';
// Not `مزارع`: far more often "a farmer" (`قُتل مزارع وأصيب ابنه`) than "the farms of".
const SINGLE_CUES = new Set([
  ...['بلده', 'قريه', 'مزرعه', 'بلدتي', 'قريتي', 'قري', 'بلدات'],
  // The dual as a subject (`تعرضت بلدتا معرشورين وتلمنس لقصف`).
  ...['بلدتا', 'قريتا'],
  // The places of a count told (`السيطرة على 15 قرية وبلدة …، أبرزها الشيخ عقيل وعنجارة`).
  MOST_NOTABLE,
  ...FRONTS,
]);
const LIST_CUES = new Set([
  ...['بلدتي', 'قريتي', 'بلدتا', 'قريتا', 'قري', 'بلدات', MOST_NOTABLE],
  ...FRONTS,
]);
const AXIS_CUES = new Set(FRONTS);
/** What else a front is named by (`محور القتال`, `محاور الاشتباكات`, `محور الطريق الدولي`). */
const AXIS_NOT_NAMES = new Set([
  ...['القتال', 'المعارك', 'الاشتباكات', 'الاشتباك', 'المواجهات', 'الطريق', 'طريق', 'الجبهه'],
  ...['الهجوم', 'التقدم', 'العمليات', 'المقاومه', 'الشر', 'التماس', 'الاوتوستراد', 'الجبهات'],
  ...['جبهه', 'جبهات', 'خطوط', 'خط', 'المنطقه', 'المناطق', 'الريف', 'ريف'],
  // `محور مدينة اللاذقية`: the kind of place comes first, then the (known) name.
  ...['مدينه', 'مدينتي', 'بلده', 'بلدتي', 'قريه', 'قريتي', 'قري', 'بلدات', 'مطار', 'حي', 'ناحيه'],
  ...['منطقه', 'تلال', 'مدن'],
  // Routes and their kinds (`مقرات ومحاور تحرك للمجموعات`, `محاور الإمداد`).
  ...['تحرك', 'التحرك', 'تحركات', 'امداد', 'الامداد', 'تقدم', 'رئيسيه', 'عده', 'جديده'],
  // The places told before, named again (`على محور البلدتين`).
  ...['البلدتين', 'القريتين', 'المدينتين', 'البلده', 'القريه', 'المدينه', 'البلدات', 'القري'],
]);
/** Cues that need more evidence (a quote, or `الواقعة` after the name): they also head non-places. */
const WEAK_CUES = new Set(['منطقه', 'محيط']);
const AFTER_WEAK = new Set(['الواقعه', 'التابعه', 'المجاوره', 'القريبه']);
/** Adjectives that belong to a village name (`الدار الكبيرة`, `عين لاروز الفوقاني`). */
const NAME_ADJECTIVES = new Set([
  'الكبيره',
  'الصغيره',
  'الكبري',
  'الصغري',
  'الكبير',
  'الصغير',
  'الجديده',
  'القديمه',
  'الفوقاني',
  'التحتاني',
  'الفوقا',
  'التحتا',
  'الفوقانيه',
  'التحتانيه',
  // `الدير الغربي` beside `الدير الشرقي`: a direction with the article after a village's word is
  // its name's (`شمالي حماة`, without it, says where it lies).
  ...['الشرقي', 'الغربي', 'الشمالي', 'الجنوبي', 'الشرقيه', 'الغربيه', 'الشماليه', 'الجنوبيه'],
]);
/** Words that lead into the names of a list (`قرى أبرزها …`, `بلدات أهمها …`) (folded). */
const LEAD_INS = new Set(['ابرزها', 'اهمها', 'ابرزهما', 'اهمهما', 'ومنها', 'بينها']);
/** Words that follow a cue but are no name. */
const NOT_NAMES = new Set([
  // Places told in general, in a list of names (`البارة وسفوهن ومناطق أخرى`).
  ...['مناطق', 'مواقع', 'اماكن', 'نقاط', 'مقرات', 'احياء', 'مدن', 'جبهات', 'مخيمات'],
  // `، ولا سيما دارة عزة`, `، خاصة الأتارب`: "especially", leading into the places struck most.
  ...['لا', 'ولا', 'سيما', 'لاسيما', 'ولاسيما', 'خاصه', 'وخاصه', 'خصوصا', 'تحديدا'],
  'في',
  'علي',
  'من',
  'الي',
  'عن',
  'مع',
  'التي',
  'الذي',
  'الواقعه',
  'التابعه',
  'المجاوره',
  'قرب',
  'بالقرب',
  'ريف',
  'اخري',
  'عده',
  'عدد',
  'متفرقه',
  'مجاوره',
  'حدوديه',
  'سكنيه',
  'خفض',
  'التصعيد',
  'عسكريه',
  'العسكريه',
  'هذه',
  'تلك',
  'كل',
  'بعض',
  'نفسها',
  'ذاتها',
  'المذكوره',
  'المستهدفه',
  'بين',
  'حيث',
  'وسط',
  'داخل',
  'الريف',
  'المدينه',
  'البلده',
  'القريه',
  'المنطقه',
  'عازله',
  'امنه',
  'منزوعه',
  'العمليات',
  'التماس',
  'الاشتباك',
  'محرره',
  'المحرره',
  'واسعه',
  'الحدوديه',
  'عدوان',
  'ذات',
  'او',
  'ثم',
  'لا',
  'ما',
  // A cue followed by a preposition with a pronoun (`وقرى حولها`, `بلدات قربها`): where, not who.
  // Hills, heights (`قرى الكبينة وتلال كبانة`): the village after them is the name.
  ...['تلال', 'مرتفعات', 'هضاب'],
  // The outskirts (`وأطراف دير سنبل`): the village is the name after them.
  ...['اطراف', 'مشارف', 'ضواحي', 'تخوم'],
  // "and others" (`في إدلب وبنش وغيرها`).
  ...['غيرها', 'غيره', 'غيرهما', 'غيرهم', 'سواها', 'سواهما'],
  'حولها',
  'حوله',
  'حولهما',
  'قربها',
  'قربه',
  'بقربها',
  'جوارها',
  'بجوارها',
  'محيطها',
  'فيها',
  'منها',
  'عليها',
  'اليها',
  'لها',
  'القريبه',
  'المحيطه',
  // Words that follow a list or a person (`مزارع` is also "a farmer") and are never a name.
  // What a farm keeps (`مزرعة دواجن`, `مزرعة الأبقار`): its kind, not its name.
  ...['دواجن', 'الدواجن', 'ابقار', 'الابقار', 'اغنام', 'الاغنام', 'مواشي', 'المواشي'],
  ...['خيول', 'الخيول', 'اسماك', 'الاسماك', 'فطر', 'الفطر'],
  // Administrative words (Hawar's `قرى ناحية شيراوا في مقاطعة عفرين`, `لقرى ناحيتي شيراوا
  // وشرا`).
  ...['ناحيه', 'ناحيتي', 'نواحي', 'مقاطعه', 'منطقتي'],
  'دون',
  'بدون',
  'اثناء',
  'خلال',
  'بعد',
  'قبل',
  'منذ',
  'حتي',
  'ضمن',
  'عبر',
  'نحو',
  'باتجاه',
  'ايضا',
  'كذلك',
  'اخرين',
  'اخري',
  'اليوم',
  'امس',
  // Times of day that open the next clause after a list's comma (`بين بلدتي آفس وسرمين، صباح
  // اليوم`).
  ...['صباح', 'مساء', 'فجر', 'ظهر', 'عصر', 'ليله', 'ظهيره', 'منتصف', 'يوم'],
  // Words that start the next clause after a list's comma (`على محاور جبل الأكراد، فيما ألقى`).
  ...['فيما', 'بينما', 'حيث', 'كما', 'بعد', 'قبل', 'منذ', 'اثر', 'جراء', 'ثم', 'وسط', 'خلال'],
  ...['بين', 'حتي', 'الا', 'او', 'ما', 'مما', 'لكن', 'اذ', 'عند', 'نحو', 'باتجاه', 'ضد', 'مع'],
  // Verbs that go on after a list's comma (`على قرى وبلدات جبل الزاوية، طال بشكل خاص`).
  ...['طال', 'طالت', 'ادي', 'اسفر', 'اسفرت', 'شمل', 'شملت', 'تركز', 'تركزت', 'استهدف'],
  // Adverbs and participles that open the next clause after a list's comma (`على قرى جبل
  // الأكراد، تزامناً مع قصف مدفعي`, `، مخلفاً أضراراً`, `، مشيراً إلى`).
  ...['تزامنا', 'بالتزامن', 'تزامن', 'ترافق', 'ترافقا', 'اضافه', 'بالاضافه', 'علاوه', 'وذلك'],
  ...['ذلك', 'مخلفا', 'مخلفه', 'موقعا', 'موقعه', 'لافتا', 'لافته', 'مشيرا', 'مشيره', 'مضيفا'],
  ...['مؤكدا', 'موضحا', 'يذكر', 'تجدر'],
  // Verbs of what a side did, told after a front's name by `و` (`على محور الفطيرة وقتلت ثلاثة`).
  ...['قتلت', 'قتل', 'قتلوا', 'اصيب', 'اصابت', 'دمرت', 'دمروا', 'اسرت', 'اسروا', 'اعطبت'],
  ...['قصفت', 'استهدفت', 'سيطرت', 'تقدمت', 'انسحبت', 'اجبرت', 'كبدت', 'كبدتها', 'اوقعت'],
  // Verbs that say where an unnamed village lies (`قرية تبعد 3 كم شمال حاس`, `بلدة تقع جنوب`).
  ...['تبعد', 'يبعد', 'تقع', 'يقع', 'تتبع', 'يتبع'],
  // Military units and their bases (`محور الفوج 46`): no village.
  ...['الفوج', 'فوج', 'اللواء', 'الفرقه', 'الكتيبه', 'السريه'],
  // Kinds of place that head the next item (`قرى أم حوش وحربل ومدينة تل رفعت`).
  ...['مدينه', 'مدينتي', 'مدن', 'ناحيه', 'مخيم', 'مخيمات', 'حي', 'احياء', 'منطقه'],
]);
const KEEP_INITIAL_WAW = new Set(['وادي', 'ورده', 'وطا']);

/** Cue of each word seen so far (`null`: none); words recur, their clitic forms need not. */
const CUE_MEMO = new Map<string, string | null>();
const CUE_MEMO_LIMIT = 100_000;
/** Longest cue plus two clitic letters: longer words are no cue and are not remembered. */
const MAX_CUE_WORD = Math.max(...[...SINGLE_CUES, ...WEAK_CUES].map((c) => c.length)) + 2;

/** The cue a word is, clitics allowed (`وبلدة` → `بلده`), or null. */
function cueOf(word: string): string | null {
  if (word.length > MAX_CUE_WORD) return null;
  let cue = CUE_MEMO.get(word);
  if (cue !== undefined) return cue;
  cue =
    cliticForms(word).find((f) => SINGLE_CUES.has(f.form) || WEAK_CUES.has(f.form))?.form ?? null;
  if (CUE_MEMO.size >= CUE_MEMO_LIMIT) CUE_MEMO.clear();
  CUE_MEMO.set(word, cue);
  return cue;
}

/**
 * A verb with an object pronoun (`وأجبرتهم على التراجع`, `أعدموهم`, `استهدفتها`): no village
 * name ends so (normalised: ة is ه, so `ته` alone is no sign, `كفرلاته` is a village).
 */
const VERB_WITH_OBJECT = /(?:تهم|تهما|وهم|وها|تها)$/;

function isNameToken(t: string): boolean {
  if (!/^[\u0621-\u064a]{2,}$/.test(t)) return false;
  if (NOT_NAMES.has(t) || SINGLE_CUES.has(t) || WEAK_CUES.has(t)) return false;
  if (t.length > 4 && VERB_WITH_OBJECT.test(t)) return false;
  if (directionNoun(t) || directionAdjective(t)) return false;
  // `مزرعة للدواجن`, `قرية للأيتام`: what the place is for (`ل` + the article), not its name.
  if (t.startsWith('لل')) return false;
  return true;
}

/** Strip a conjunction `و` that joins list items; not from words that begin with waw. */
function stripWaw(t: string): { text: string; skip: number } {
  // `وأم جلال`: a short head after the conjunction is stripped too.
  if (t.startsWith('و') && (t.length > 3 || NAME_HEADS.has(t.slice(1))) && !KEEP_INITIAL_WAW.has(t))
    return { text: t.slice(1), skip: 1 };
  return { text: t, skip: 0 };
}

/**
 * First words of two-word village names (folded): the compound prefixes the gazetteer knows
 * (`كفر`, `دير`, `تل` …) and a few more that never stand alone as a name (`قرية الشيخ يوسف`,
 * `معارة النعسان`, `خربة الجوز`): without them the name was cut to its first word.
 */
const NAME_HEADS = new Set([
  ...COMPOUND_PREFIXES,
  ...['الشيخ', 'شيخ', 'معاره', 'خربه', 'قلعه', 'بني', 'ضاحيه', 'مساكن', 'نبع'],
  // Landforms and works that head village names (`جبل الدويلة`, `تلة الكبانة`, `عرب سعيد`); a hill
  // named by a known village is that village (HILL).
  ...['جبل', 'تله', 'سهل', 'وادي', 'بئر', 'بير', 'رأس', 'راس', 'حرش', 'مزرعه', 'عرب', 'جسر'],
  // A pit or cistern (`محور جب الأحمر`, `جب الكلب`), a dam (`محاور سد تشرين`): each was read
  // alone (`جب`, `سد`).
  ...['جب', 'سد'],
]);

/** `تلة` (a hill), folded: named by a known village, it is that village's hill. */
const HILL = 'تله';

/** `الشيخ`, the head of villages named for a sheikh (`الشيخ علي`, `الشيخ عقيل`). */
const SHEIKH = new Set(['الشيخ', 'شيخ']);

/** Words with the article that follow a village but are not its name (`قرى X الخاضعة لسيطرة`). */
const AFTER_NAME = new Set([
  ...AFTER_WEAK,
  ...['الخاضعه', 'المحيطه', 'المحاذيه', 'المتاخمه', 'المحرره', 'المحتله', 'الحدوديه'],
  ...['الامنه', 'السكنيه', 'الزراعيه', 'المدنيه', 'العسكريه', 'الاماميه', 'الجبليه'],
  ...['الواقعتين', 'الخاضعتين', 'المذكوره', 'نفسها', 'ذاتها'],
]);

/**
 * `قرى شوارغة الأرز ومرعناز`: a word with the article after a village's first word, and a list
 * going on after it (`و` or a comma), is the name's second word: an adjective of the place
 * (`الخاضعة`, `الشرقية`) would end the list's item, not stand inside it.
 */
function articleWordInList(tokens: TokenTable, at: number, covered: Uint8Array): boolean {
  const w = tokens.words[at]!;
  if (!w.startsWith('ال') || AFTER_NAME.has(w) || !isNameToken(w)) return false;
  const then = at + 1;
  if (then >= tokens.count || covered[then]) return false;
  const g = tokens.gaps[then]!;
  if (g & GAP_LIST) return true;
  return tokens.joined(then) && stripWaw(tokens.words[then]!).skip === 1;
}

/** Words that say where a village lies, after its name (`بريف حلب`, `في جبل الزاوية`) (folded). */
const WHERE_NEXT = new Set(['بريف', 'في', 'بجبل', 'بمنطقه', 'بناحيه', 'قرب', 'بالقرب', 'ضمن']);

/**
 * `قرية أبين سمعان بريف حلب الغربي`: a plain word after a village's first word is its second when
 * where the village lies, or the clause's end, follows: a name of two words, not a word that
 * goes on with the sentence. Not a word with the article or a clitic, nor an adverb in `ا`
 * (`مجدداً`, `مؤخراً`).
 */
function secondWordBeforeWhere(tokens: TokenTable, at: number): boolean {
  const w = tokens.words[at]!;
  if (w.startsWith('ال') || /^[وفبلك]/.test(w) || (w.length > 3 && w.endsWith('ا'))) return false;
  if (!isNameToken(w)) return false;
  const then = at + 1;
  if (then >= tokens.count) return true;
  const g = tokens.gaps[then]!;
  if (g & (GAP_BREAKS | GAP_LIST)) return true;
  // The place after may be a known one (`بريف حلب الغربي`, `شمال إدلب`).
  if (!tokens.joined(then)) return false;
  const t = tokens.words[then]!;
  return WHERE_NEXT.has(t) || directionNoun(t) !== undefined || directionAdjective(t) !== undefined;
}

/** "Other" after a noun (`مناطق أخرى`, `قرى أخرى`, `موقع آخر`) (normalised). */
const OTHER = new Set(['اخري', 'اخر', 'اخريات', 'اخرين']);

/** Words with the article that tell when, not a village's name (`بلدة كفرنبل اليوم`). */
const TIME_WITH_ARTICLE = new Set([
  ...['اليوم', 'الليله', 'الماضي', 'الفائت', 'المنصرم', 'الجاري', 'الحالي'],
  ...['السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه'],
]);

/**
 * `بلدة أورم الجوز في ريف إدلب`: a word with the article after a village's first word is its
 * second when where the village lies, or the clause's end, follows (the name was cut to `أورم`).
 * Not an adjective of the village: told of a `قرية` or `بلدة`, those end in `ة` (`الواقعة`,
 * `المجاورة`, `المحررة`), or say where (`الغربي`); nor a time (`اليوم`, `الخميس`).
 */
function articleWordBeforeWhere(tokens: TokenTable, at: number): boolean {
  const w = tokens.words[at]!;
  if (!w.startsWith('ال') || w.endsWith('ه') || AFTER_NAME.has(w) || TIME_WITH_ARTICLE.has(w))
    return false;
  if (!isNameToken(w) || directionAdjective(w) !== undefined || directionNoun(w) !== undefined)
    return false;
  const then = at + 1;
  if (then >= tokens.count || tokens.gaps[then]! & GAP_BREAKS) return true;
  return tokens.joined(then) && WHERE_NEXT.has(tokens.words[then]!);
}

/** Read one unquoted name at token k: one word, two after a name's first word or before an adjective. */
function readName(
  tokens: TokenTable,
  k: number,
  skip: number,
  covered: Uint8Array,
): UnknownName | undefined {
  if (k >= tokens.count || covered[k]) return undefined;
  const word = tokens.words[k]!.slice(skip);
  if (!isNameToken(word)) return undefined;
  // `وسفوهن وبلدات أخرى`: a word "other" follows is a common noun, never a village's name.
  if (k + 1 < tokens.count && tokens.joined(k + 1) && OTHER.has(tokens.words[k + 1]!))
    return undefined;
  let last = k + 1;
  let absorbs = false;
  if (k + 1 < tokens.count && tokens.joined(k + 1)) {
    const next = tokens.words[k + 1]!;
    if (!covered[k + 1]) {
      if (
        (NAME_HEADS.has(word) && isNameToken(next)) ||
        // `الشيخ علي`: the name Ali, written as the preposition `على` once folded.
        (SHEIKH.has(word) && next === 'علي') ||
        NAME_ADJECTIVES.has(next) ||
        articleWordInList(tokens, k + 1, covered) ||
        secondWordBeforeWhere(tokens, k + 1) ||
        articleWordBeforeWhere(tokens, k + 1)
      )
        last = k + 2;
    } else if (word === HILL) {
      // `على محور تلة الكبينة`: the hill a known village names is that village's (Kabani), no
      // village of its own.
      return undefined;
    } else if (
      // `قرية عين السودا`: a head never stands alone after a cue, so the known one-word place
      // after it (a village of Tartus) is this village's second word.
      NAME_HEADS.has(word) &&
      isNameToken(next) &&
      (k + 2 >= tokens.count || !covered[k + 2] || !tokens.joined(k + 2))
    ) {
      last = k + 2;
      absorbs = true;
    }
  }
  const words = [word, ...tokens.words.slice(k + 1, last)];
  return {
    first: k,
    last,
    start: tokens.starts[k]! + skip,
    end: tokens.ends[last - 1]!,
    key: words.join(' '),
    ...(absorbs ? { absorbs } : {}),
  };
}

/** Words that say a road joins two places (normalised): `الطريق الواصل بين`, `يربط بين`. */
const ROAD_LINKS = new Set([
  'الواصل',
  'الرابط',
  'الواصله',
  'الرابطه',
  'يربط',
  'يصل',
  'تربط',
  'تصل',
]);

/** Whether token `c` is the `بين` of a road joining two places (`الطريق الواصل (ما) بين`). */
function roadBetween(tokens: TokenTable, c: number): boolean {
  const { words } = tokens;
  if (words[c] !== 'بين' || c === 0 || !tokens.joined(c)) return false;
  const before = words[c - 1] === 'ما' && c > 1 && tokens.joined(c - 1) ? c - 2 : c - 1;
  return ROAD_LINKS.has(words[before]!);
}

/**
 * The end of a road the gazetteer lacks, when the other end is a place it knows: `على الطريق
 * الواصل بين منبج وحلب` (a road is named by two places, so the word there is one), and `بين حلب
 * ومنبج`. Without it the road's event was placed in the known town, as if it had struck there.
 */
function readRoadEnd(
  tokens: TokenTable,
  c: number,
  covered: Uint8Array,
  push: (n: UnknownName | undefined) => boolean,
): void {
  const k = c + 1;
  if (k >= tokens.count || !tokens.joined(k)) return;
  if (!covered[k]) {
    const name = readName(tokens, k, 0, covered);
    const then = name?.last ?? tokens.count;
    if (
      then < tokens.count &&
      covered[then] &&
      tokens.joined(then) &&
      stripWaw(tokens.words[then]!).skip
    )
      push(name);
    return;
  }
  const at = afterCovered(tokens, covered, k);
  if (at >= tokens.count || covered[at] || !tokens.joined(at)) return;
  const { skip } = stripWaw(tokens.words[at]!);
  if (skip) push(readName(tokens, at, skip, covered));
}

export function findUnknownNames(
  tokens: TokenTable,
  /**
   * Per token: 0 free, 1 taken by a known place, 2 by a known place of the region below a
   * governorate (a list of villages may end with one: `في الفطيرة وسفوهن ومحيط كنصفرة`).
   */
  covered: Uint8Array,
  /** Zeroed, `tokens.count` long, for the tokens taken so far (made here when not given). */
  taken: Uint8Array = new Uint8Array(tokens.count),
): UnknownName[] {
  const out: UnknownName[] = [];
  const push = (n: UnknownName | undefined) => {
    if (!n) return false;
    for (let k = n.first; k < n.last; k++)
      if ((covered[k] && !(n.absorbs && k > n.first)) || taken[k]) return false;
    taken.fill(1, n.first, n.last);
    out.push(n);
    return true;
  };
  const { words, gaps } = tokens;
  for (let c = 0; c < tokens.count; c++) {
    // `أطراف بلدات البارة وكنصفرة وفليفل`: a list cue inside a known place's name (its
    // outskirts); the rest of the list may not be known.
    if (covered[c] && inKnownList(tokens, c, covered)) {
      readListAfterKnown(tokens, c + 1, covered, push, false);
      continue;
    }
    if (covered[c] || taken[c]) continue;
    if (roadBetween(tokens, c)) {
      readRoadEnd(tokens, c, covered, push);
      continue;
    }
    // `على كل من: معرشمارين (12)، جرجناز (8)، التح (6)`: each place with its count in brackets,
    // known or not.
    if (words[c] === 'من' && readCountedList(tokens, c, covered, push)) continue;
    // `في كل من كنصفرة والبارة وفليفل وسفوهن`: a list led by a known place; not `كل من كان`
    // (everyone who), so only when the first item is known.
    if (eachOf(tokens, c, covered)) {
      readListAfterKnown(tokens, c + 1, covered, push, false);
      continue;
    }
    // `على مناطق في قلعة المضيق والتوينة والشريعة بريف حماة`: places named as such, led by a
    // known one, joined by `و` (after a comma the clause goes on: `مواقع في كنصفرة، والطائرات`).
    if (placesLedByKnown(tokens, c, covered)) {
      readListAfterKnown(tokens, c + 1, covered, push, true);
      continue;
    }
    // `مناطق في الفطيرة وسفوهن ومحيط كنصفرة`: villages listed before a known one, with no cue.
    if (readListBeforeKnown(tokens, c, covered, push)) continue;
    // `نقطة المراقبة التركية في شير مغار`: the village a post stands in.
    if (words[c] === 'في' && postBefore(tokens, c)) {
      push(postVillage(tokens, c + 1, covered));
      continue;
    }
    // `في سراقب وداديخ وكفربطيخ`: a name joined by `و` between two places of the region, each
    // joined by `و`, is a village of the same list (Dadikh was lost); so is one ending such a
    // list (`في مدينة إدلب وبنش وقميناس،`).
    if (betweenKnown(tokens, c, covered, push)) continue;
    // `بلدات البارة وفليفل في ريف إدلب، والعنكاوي في سهل الغاب، وقرى …`: a group of the list
    // of its own, one village and where it lies.
    if (groupAfterPlaces(tokens, c, covered, push)) continue;
    // A cue is in construct with the name, so it never carries the article: `المنطقة` is no cue.
    const cue = cueOf(words[c]!);
    if (cue === null) continue;
    if (cue === MOST_NOTABLE && !placesCountedBefore(words, c)) continue;
    const weak = WEAK_CUES.has(cue);
    let list = LIST_CUES.has(cue);
    let k = c + 1;
    // `بلدات وقرى`: several cue words in a row.
    while (k < tokens.count && tokens.joined(k) && isWord(words[k]!, SINGLE_CUES)) {
      list = true;
      k++;
    }
    if (k >= tokens.count || gaps[k]! & GAP_BREAKS) continue;
    if (gaps[k]! & GAP_QUOTE) {
      // Quoted: every item up to the closing quote, split at commas and at a joining `و`.
      let item: number[] = [];
      const flush = () => {
        if (item.length === 0) return;
        const first = item[0]!;
        const { text, skip } = stripWaw(words[first]!);
        const itemWords = [text, ...item.slice(1).map((i) => words[i]!)];
        if (itemWords.every((w) => /^[\u0621-\u064a]{2,}$/.test(w)) && isNameToken(text)) {
          push({
            first,
            last: item[item.length - 1]! + 1,
            start: tokens.starts[first]! + skip,
            end: tokens.ends[item[item.length - 1]!]!,
            key: itemWords.join(' '),
          });
        }
        item = [];
      };
      for (let i = k; i < tokens.count && i < k + 30; i++) {
        const g = gaps[i]!;
        if (i > k && g & (GAP_QUOTE | GAP_BREAKS)) break;
        const newItem =
          i > k &&
          ((g & GAP_LIST) !== 0 ||
            (stripWaw(words[i]!).skip === 1 && item.length > 0 && !NAME_ADJECTIVES.has(words[i]!)));
        if (newItem) flush();
        if (covered[i]) {
          item = [];
          continue;
        }
        item.push(i);
      }
      flush();
      continue;
    }
    if (!tokens.joined(k)) continue;
    // `أكثر من 20 قرية وبلدة أبرزها قبتان الجبل وعنجارة`: "the foremost of them" leads into the
    // list; it is no village.
    if (LEAD_INS.has(words[k]!)) {
      if (!list || k + 1 >= tokens.count || !tokens.joined(k + 1)) continue;
      k++;
    }
    if (AXIS_CUES.has(cue) && AXIS_NOT_NAMES.has(words[k]!)) continue;
    const first = readName(tokens, k, 0, covered);
    if (!first) {
      // A list whose first village is known (`بلدات كنصفرة وبينين والموزرة`): the rest may not be.
      if (list && covered[k]) readListAfterKnown(tokens, k, covered, push, cue === ONE_FRONT);
      continue;
    }
    if (weak) {
      const after = first.last;
      if (after >= tokens.count || !tokens.joined(after) || !AFTER_WEAK.has(words[after]!))
        continue;
    }
    push(first);
    // One front goes on by `و` only: after a comma the clause goes on (`على محور كبانة، ترافقت`).
    if (list) readList(tokens, first.last, covered, push, cue === ONE_FRONT);
  }
  return out;
}

/**
 * The rest of a list whose first item, at token `k`, is a known place (`بلدات كنصفرة وبينين
 * والموزرة`): read from the token after the known place's span. Items joined by `و` inside that
 * span (`آفس وسرمين`, read as the road between them) were the list's, so a comma after it ends
 * the list; so does one after any item when the list goes on by `و` only (`byWawOnly`).
 */
function readListAfterKnown(
  tokens: TokenTable,
  k: number,
  covered: Uint8Array,
  push: (n: UnknownName | undefined) => boolean,
  byWawOnly: boolean,
): void {
  const at = afterCovered(tokens, covered, k);
  let joined = byWawOnly;
  for (let i = k + 1; i < at && !joined; i++) if (stripWaw(tokens.words[i]!).skip) joined = true;
  readList(tokens, at, covered, push, joined);
}

/** A military post (`نقطة`, `قاعدة`), and what may follow it before `في` (folded). */
const POSTS = new Set(['نقطه', 'النقطه', 'قاعده', 'القاعده']);
const POST_WORDS = new Set([
  ...['المراقبه', 'مراقبه', 'التركيه', 'تركيه', 'الروسيه', 'روسيه', 'العسكريه', 'عسكريه'],
]);

/**
 * Whether the `في` at token c follows a post (`نقطة المراقبة التركية في`, `القاعدة العسكرية
 * في`), all joined: the name after it is where the post stands. The post's kind must be told
 * (`تنظيم القاعدة في بلاد الشام` is al-Qaeda, no post).
 */
function postBefore(tokens: TokenTable, c: number): boolean {
  for (let k = c - 1; k >= 0 && k >= c - 4; k--) {
    if (!tokens.joined(k + 1)) return false;
    const w = stripWaw(tokens.words[k]!).text;
    if (POSTS.has(w)) return k < c - 1;
    if (!POST_WORDS.has(w)) return false;
  }
  return false;
}

/**
 * The village a post stands in, from token k: one word, or two when the second ends the clause
 * (`في شير مغار.`, `في شير مغار، …`) or is followed by where it lies (`بريف حماة`).
 */
function postVillage(tokens: TokenTable, k: number, covered: Uint8Array): UnknownName | undefined {
  const name = readName(tokens, k, 0, covered);
  if (!name || name.last !== k + 1) return name;
  const second = k + 1;
  if (second >= tokens.count || !tokens.joined(second) || covered[second]) return name;
  if (!isNameToken(tokens.words[second]!)) return name;
  const after = second + 1;
  const ends =
    after >= tokens.count ||
    (tokens.gaps[after]! & (GAP_BREAKS | GAP_LIST)) !== 0 ||
    WHERE_NEXT.has(tokens.words[after]!) ||
    covered[after] !== 0;
  if (!ends) return name;
  return {
    first: k,
    last: after,
    start: name.start,
    end: tokens.ends[second]!,
    key: `${name.key} ${tokens.words[second]!}`,
  };
}

/** Prepositions a list of places follows (folded). */
const PLACE_PREPOSITIONS = new Set(['في', 'علي']);
/**
 * A name at token c joined by `و` to a place of the region before it, in a list: one joined by
 * `و` to another place after it (`في سراقب وداديخ وكفربطيخ`), or the list's last, after a place
 * itself joined by `و` to the one before, ending at a comma or the sentence's end (`في مدينة إدلب
 * وبنش وقميناس،`). Pushed, and true, when so.
 */
function betweenKnown(
  tokens: TokenTable,
  c: number,
  covered: Uint8Array,
  push: (n: UnknownName | undefined) => boolean,
): boolean {
  if (c === 0 || covered[c - 1] !== 2 || !tokens.joined(c)) return false;
  const skip = stripWaw(tokens.words[c]!).skip;
  if (!skip) return false;
  const n = readName(tokens, c, skip, covered);
  if (!n) return false;
  const at = n.last;
  if (at >= tokens.count || tokens.gaps[at]! & (GAP_LIST | GAP_BREAKS))
    return joinedBefore(tokens, c, covered) && push(n);
  if (covered[at] !== 2 || !tokens.joined(at)) return false;
  return stripWaw(tokens.words[at]!).skip === 1 && push(n);
}

/** Whether one of the known places right before token c is joined by `و` to a place before it. */
function joinedBefore(tokens: TokenTable, c: number, covered: Uint8Array): boolean {
  for (let k = c - 1; k > 0 && covered[k] && tokens.joined(k); k--)
    if (covered[k - 1] !== 0 && stripWaw(tokens.words[k]!).skip === 1) return true;
  return false;
}

/**
 * A name at token c after a comma and `و`, right after a place, and followed by `في` and a place
 * of the region (`… في ريف إدلب، والعنكاوي في سهل الغاب`): one more group of a list of places,
 * each told with where it lies. Only a name with the article or a name's head (`وكفر …`): a
 * plain word there may be a verb going on with the sentence (`، واستهدفت في …`). Pushed, and
 * true, when so.
 */
function groupAfterPlaces(
  tokens: TokenTable,
  c: number,
  covered: Uint8Array,
  push: (n: UnknownName | undefined) => boolean,
): boolean {
  if (c === 0 || !covered[c - 1] || !(tokens.gaps[c]! & GAP_LIST)) return false;
  const { text, skip } = stripWaw(tokens.words[c]!);
  if (!skip || !(text.startsWith('ال') || NAME_HEADS.has(text))) return false;
  const n = readName(tokens, c, skip, covered);
  if (!n) return false;
  const at = n.last;
  if (at + 1 >= tokens.count || tokens.words[at] !== 'في' || !tokens.joined(at)) return false;
  return covered[at + 1] === 2 && tokens.joined(at + 1) && push(n);
}

/** Most villages a list without a cue is read back from its known last item. */
const MAX_BEFORE_KNOWN = 4;

/**
 * `في الفطيرة وسفوهن ومحيط كنصفرة`: after `في`, `على` or `كل من`, names joined by commas or `و` up to
 * a place of the region joined by `و` are its fellow villages. Pushes them and returns true when
 * token c opens such a list. A governorate or a country ends no such list (`في روسيا وسوريا`).
 */
function readListBeforeKnown(
  tokens: TokenTable,
  c: number,
  covered: Uint8Array,
  push: (n: UnknownName | undefined) => boolean,
): boolean {
  const { words, gaps } = tokens;
  // `في كل من الفطيرة وكنصفرة وسفوهن`: "each of", its first item unknown (`كل من كان` is
  // everyone who: a known place must follow).
  const each = leadsAList(tokens, c);
  const reached = REACH_VERBS.has(words[c]!);
  if (
    (!PLACE_PREPOSITIONS.has(words[c]!) && !each && !reached) ||
    c + 1 >= tokens.count ||
    !tokens.joined(c + 1)
  )
    return false;
  const names: UnknownName[] = [];
  let at = c + 1;
  let skip = 0;
  while (names.length < MAX_BEFORE_KNOWN) {
    const n = readName(tokens, at, skip, covered);
    if (!n) return false;
    names.push(n);
    at = n.last;
    if (at >= tokens.count || gaps[at]! & GAP_BREAKS) return false;
    const sep = (gaps[at]! & GAP_LIST) !== 0;
    if (!sep && !(gaps[at]! & GAP_JOINED)) return false;
    skip = stripWaw(words[at]!).skip;
    if (covered[at]) {
      if (covered[at] !== 2 || sep || !skip) return false;
      for (const n of names) push(n);
      // The list goes on after the known place (`… وكنصفرة وسفوهن`).
      if (each) readListAfterKnown(tokens, at, covered, push, false);
      return true;
    }
    // `على مناطق في الفطيرة وفليفل وسفوهن ضمن ريف إدلب الجنوبي`: places named as such, then
    // where they lie, a place of the region.
    if (!sep && !skip && names.length > 1 && (reached || PLACES_NOUNS.has(words[c - 1] ?? ''))) {
      const lies = WHERE_NEXT.has(words[at]!) && at + 1 < tokens.count && tokens.joined(at + 1);
      // `في ناحية شران`: the kind of the place may come before its name.
      const kind = lies && KIND_WORDS.has(words[at + 1]!) && at + 2 < tokens.count ? 1 : 0;
      if (!lies || covered[at + 1 + kind] !== 2) return false;
      for (const n of names) push(n);
      return true;
    }
    if (!sep && !skip) return false;
  }
  return false;
}

/**
 * Verbs of what fire reached, their object a list of places right after them (`بالتزامن مع قصف
 * مدفعي طال مرعناز والمالكية في ناحية شران`) (folded).
 */
const REACH_VERBS = new Set(['طال', 'طالت', 'شمل', 'شملت']);
/** Kinds of place before a place's name (folded). */
const KIND_WORDS = new Set(['ناحيه', 'منطقه', 'مدينه', 'بلده', 'قريه', 'ريف', 'محيط']);

/** Nouns of places counted or listed (`15 قرية وبلدة`, `مناطق عدة`) (folded). */
const COUNTED_PLACES = new Set([
  ...['قريه', 'قري', 'بلده', 'بلدات', 'مدن', 'مناطق', 'مواقع', 'نقاط', 'تلال', 'تله'],
]);
/** How far back `أبرزها` looks for the places it picks from, in words. */
const NOTABLE_REACH = 12;

/**
 * Whether places are counted or listed in the words before token c (`السيطرة على 15 قرية وبلدة
 * …، أبرزها`), and not some other kind of thing (`عدة فصائل، أبرزها هيئة تحرير الشام`).
 */
function placesCountedBefore(words: readonly string[], c: number): boolean {
  for (let k = c - 1; k >= 0 && k >= c - NOTABLE_REACH; k--)
    if (COUNTED_PLACES.has(words[k]!) || COUNTED_PLACES.has(stripWaw(words[k]!).text)) return true;
  return false;
}

/** Nouns of places a list may follow with `في` (`مناطق في …`, `مواقع في …`) (folded). */
const PLACES_NOUNS = new Set(['مناطق', 'اماكن', 'مواقع', 'نقاط']);

/** Whether token c is a list cue that a known place's name takes in with the list's first item. */
function inKnownList(tokens: TokenTable, c: number, covered: Uint8Array): boolean {
  const k = c + 1;
  if (k >= tokens.count || !covered[k] || !tokens.joined(k)) return false;
  const cue = cueOf(tokens.words[c]!);
  return cue !== null && LIST_CUES.has(cue) && !AXIS_CUES.has(cue);
}

/**
 * Whether token c is the `في` after a noun of places (`مناطق في`, PLACES_NOUNS) and a known place
 * follows it.
 */
function placesLedByKnown(tokens: TokenTable, c: number, covered: Uint8Array): boolean {
  return (
    tokens.words[c] === 'في' &&
    c > 0 &&
    PLACES_NOUNS.has(tokens.words[c - 1]!) &&
    knownJoinedAround(tokens, c, covered)
  );
}

/**
 * Whether token c is the `من` of `كل من` ("each of"), or a word of "especially" (`ولا سيما`,
 * `خاصة`), and a known place follows it.
 */
function eachOf(tokens: TokenTable, c: number, covered: Uint8Array): boolean {
  return (
    leadsAList(tokens, c) && c + 1 < tokens.count && covered[c + 1] !== 0 && tokens.joined(c + 1)
  );
}

/**
 * After `كل من` (token `c`), a list whose every item is a name of a word or two and its count in
 * brackets (`: معرشمارين (12)، جرجناز (8)، التح (6)`): the items the gazetteer lacks are
 * villages. The brackets make it a list of places; a list of two or more only. True when read.
 */
function readCountedList(
  tokens: TokenTable,
  c: number,
  covered: Uint8Array,
  push: (n: UnknownName | undefined) => boolean,
): boolean {
  if (!leadsAList(tokens, c)) return false;
  const items: { first: number; last: number }[] = [];
  for (let k = c + 1; k < tokens.count; ) {
    // The name: one or two words, then `(`, a figure and `)`.
    let n = 1;
    while (n <= 2 && k + n < tokens.count && tokens.joined(k + n)) n++;
    const figure = k + n;
    // (The tokens' text is normalised: its digits are Western.)
    if (n > 2 || figure >= tokens.count || !/^\d+$/.test(tokens.words[figure]!)) break;
    if (!/^\s*[(（]\s*$/.test(tokens.gap(figure))) break;
    items.push({ first: k, last: figure });
    // The next item after `)` and a comma; the list ends at anything else.
    const next = figure + 1;
    if (next >= tokens.count || !/^\s*[)）]\s*[،,]\s*$/.test(tokens.gap(next))) break;
    k = next;
  }
  if (items.length < 2) return false;
  for (const { first, last } of items) {
    if (covered[first]) continue;
    const { text, skip } = stripWaw(tokens.words[first]!);
    const words = [text, ...tokens.words.slice(first + 1, last)];
    if (!words.every((w) => /^[\u0621-\u064a]{2,}$/.test(w)) || !isNameToken(text)) continue;
    push({
      first,
      last,
      start: tokens.starts[first]! + skip,
      end: tokens.ends[last - 1]!,
      key: words.join(' '),
    });
  }
  return true;
}

/** Words of "especially" that lead into the places struck most (normalised). */
const ESPECIALLY = new Set(['لاسيما', 'ولاسيما', 'خاصه', 'وخاصه', 'خصوصا', 'وخصوصا', 'تحديدا']);

/** Whether token c ends `كل من` or a word of "especially" (`ولا سيما`, `خاصة`). */
function leadsAList(tokens: TokenTable, c: number): boolean {
  const w = tokens.words[c]!;
  if (w === 'من') return c > 0 && tokens.words[c - 1] === 'كل' && tokens.joined(c);
  if (w === 'سيما') return c > 0 && /^و?لا$/.test(tokens.words[c - 1]!) && tokens.joined(c);
  return ESPECIALLY.has(w);
}

/** Whether token c is joined to the word before it and to a known place right after it. */
function knownJoinedAround(tokens: TokenTable, c: number, covered: Uint8Array): boolean {
  return tokens.joined(c) && c + 1 < tokens.count && covered[c + 1] !== 0 && tokens.joined(c + 1);
}

/** The token after the known place that covers token k (its words are joined by spaces). */
function afterCovered(tokens: TokenTable, covered: Uint8Array, k: number): number {
  let at = k + 1;
  while (at < tokens.count && covered[at] && tokens.joined(at)) at++;
  return at;
}

/**
 * The rest of an unquoted list, from token `at`: `قرى X، Y، وZ`, `قرى X، وY، وZ` or `قرى X وY
 * وZ`, known places stepped over. A comma after an item joined by `و` alone ends the list
 * (`قرى X وY، وقصفت …`: no village `قصفت`).
 */
function readList(
  tokens: TokenTable,
  from: number,
  covered: Uint8Array,
  push: (n: UnknownName | undefined) => boolean,
  /** Whether the items before `from` were joined by `و` (a known pair: `بلدتي آفس وسرمين`). */
  joinedByWaw = false,
): void {
  const { words, gaps } = tokens;
  for (let at = from; at < tokens.count; ) {
    const g = gaps[at]!;
    const sep = (g & GAP_LIST) !== 0;
    if (g & GAP_BREAKS || (!sep && !(g & GAP_JOINED))) break;
    const { skip } = stripWaw(words[at]!);
    if (!sep && skip === 0) break;
    if (sep && joinedByWaw) break;
    joinedByWaw = skip > 0 && !sep;
    if (covered[at]) {
      at = afterCovered(tokens, covered, at);
      continue;
    }
    // `بلدات شنان وفركيا وأطراف دير سنبل`: an item may be a village's outskirts; the village
    // is the name after the word (which was read as a village of its own), known or not.
    const outskirts =
      OUTSKIRTS.has(words[at]!.slice(skip)) && at + 1 < tokens.count && tokens.joined(at + 1);
    if (outskirts && covered[at + 1]) {
      at = afterCovered(tokens, covered, at + 1);
      continue;
    }
    const n = outskirts
      ? readName(tokens, at + 1, 0, covered)
      : readName(tokens, at, skip, covered);
    if (!n || !push(n)) break;
    at = n.last;
  }
}
