import type { Actor, IncidentType } from '../../model';
import { foldKey } from '../reports/arabic';
import { words } from './words';

/**
 * Cue words for incident types (ACLED sub-event types) and actors. Written as in reports;
 * folded when compiled. Kept in one place so the rules can be read and argued about.
 *
 * Accusative forms are listed where reports use them (`إن قصفاً مدفعياً استهدف`): folding drops
 * the tanween but keeps its alef (`قصفاً` → `قصفا`), and a `*` stem allows no `ا` ending.
 */
/**
 * The words that may say an event did not or has not yet happened, by what they do (`UNTOLD`
 * below); together they are the `untold` cue, the cheap pre-check for them, so each is written
 * once here.
 */
const NEGATION_WORDS = ['لم', 'لن', 'لا', 'دون', 'بدون'];
const DENIAL_WORDS = ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي'];
/**
 * Fear of what may come (`وتخشى الأمم المتحدة من أن يؤدي هجوم واسع على إدلب إلى …`), and a
 * warning against it (`حذرت تركيا من أي هجوم على إدلب`).
 */
const FEAR_WORDS = [
  ...['تخشى', 'يخشى', 'خشية', 'مخاوف', 'تخوف', 'تخوفات', 'مخاوفها', 'يخشون'],
  ...['حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر', 'تحذير', 'تحذيرات', 'محذرا', 'محذرة'],
];
/**
 * A call for something (`داعياً جميع الأطراف إلى الالتزام بوقف إطلاق النار`, `طالبت تركيا
 * بوقف الهجمات`, `أكد على ضرورة …`): what is called for has not happened. Not `طالب` alone, a
 * student.
 */
const CALL_WORDS = [
  ...['دعا', 'دعت', 'دعوا', 'داعيا', 'داعية', 'يدعو', 'تدعو', 'ناشد', 'ناشدت', 'مناشدا'],
  ...['طالبت', 'طالبوا', 'يطالب', 'تطالب', 'مطالبا', 'مطالبين'],
  // `وأكد الجانبان على ضرورة … استمرار تسيير الدوريات المشتركة`: the need for it stressed.
  ...['ضرورة', 'بضرورة'],
];
/**
 * An end of fire (`عادت العائلات إلى منازلها بعد توقف القصف`, `توقفت الغارات منذ أسبوع`): what
 * stopped is no event of the day. Not when negated (`لم يتوقف القصف`: it went on).
 */
const STOP_WORDS = ['توقف', 'توقفت', 'بتوقف', 'لتوقف'];
/**
 * A foiled attempt (`أحبطت الشرطة العسكرية محاولة تفجير سيارة مفخخة`, `إحباط هجوم`): what was
 * foiled did not happen (as the English `averting`).
 */
const FOIL_WORDS = ['أحبط', 'أحبطت', 'أحبطوا', 'إحباط', 'بإحباط', 'أفشل', 'أفشلت', 'إفشال'];
const THREAT_WORDS = [
  ...['هدد', 'هددت', 'يهدد', 'تهدد', 'هددوا', 'تهديد', 'تهديدات', 'توعد', 'توعدت', 'يتوعد'],
  ...['تتوعد', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي'],
  // A plan (`خلية كانت تخطط لتنفيذ تفجير`): what it planned did not happen.
  ...['تخطط', 'يخطط', 'يخططون', 'خططت', 'خطط', 'خططوا'],
  // Accused of a plan (`متهمة إياها بالتخطيط لتنفيذ عمليات اغتيال`).
  ...['التخطيط', 'بالتخطيط', 'للتخطيط', 'تخطيط'],
];

/** Analysts and research centres (`المركز` too: see CUES.analyst). */
const RESEARCHERS = [
  'محلل',
  'المحلل',
  'محللون',
  'باحث',
  'الباحث',
  'خبير',
  'الخبير',
  'دراسة',
  'للدراسات',
  'الدراسات',
  'للأبحاث',
];

export const CUES = {
  /** Air strikes on their own. */
  air: words([
    'غارة',
    'غارات',
    'غارتين',
    'غارتان',
    // With the article too: `استهدفت الغارات الروسية بلدة …` tells a strike as much.
    'الغارة',
    'الغارات',
    'الغارتين',
    // With its owner's pronoun (`استأنفت الطائرات الروسية غاراتها على بلدة كفرنبل`).
    ...['غاراتها', 'غاراته', 'غاراتهم', 'غارتها'],
    'ضربة جوية',
    'ضربات جوية',
    'الضربة الجوية',
    'الضربات الجوية',
    // Strikes named by who flew them (`الضربات الروسية استهدفت …`).
    'ضربات روسية',
    'الضربات الروسية',
    'ضربة روسية',
    'الضربة الروسية',
    'قصف جوي',
    'قصفا جويا',
    'القصف الجوي',
    'براميل متفجرة',
    'البراميل المتفجرة',
    'برميل متفجر',
    // Counted barrels are accusative (`أكثر من عشرين برميلاً متفجراً`) or dual.
    'برميلا متفجرا',
    'برميلين متفجرين',
    'برميلان متفجران',
    // `وطال القصف بالبراميل أيضاً قرية الشريعة`: fire by barrels is from the air, told bare.
    'بالبراميل',
    // `جراء هجوم جوي لقوات النظام على نقطة تركية`: an attack from the air.
    'هجوم جوي',
    'هجوما جويا',
    'الهجوم الجوي',
    'هجمات جوية',
    // Damascus's words for Israel's strikes (`نفذ العدو الإسرائيلي عدواناً جوياً`): from the air.
    ...['عدوان جوي', 'عدوانا جويا', 'العدوان الجوي'],
  ]),
  /** Aircraft: an air strike only together with an attack word (not `تحليق`, flying over). */
  aircraft: words([
    'الطيران',
    'طيران',
    'طائرة',
    'طائرات',
    'الطائرة',
    'الطائرات',
    'مقاتلات',
    'المقاتلات',
    // Bombers (`قاذفات "سو-24" دمرت مركز قيادة`).
    'قاذفات',
    'القاذفات',
    'قاذفة',
    'المروحي*',
    'مسيرة',
    'مسيرات',
    'المسير*',
    'الحربي*',
    // The air force named as such (`القوات الجوية الفضائية الروسية`, `سلاح الجو التركي`).
    'القوات الجوية',
    'سلاح الجو',
  ]),
  attackVerb: words([
    // `مقاتلات تركية دمرت 12 هدفاً للتنظيم`.
    ...['دمرت', 'دمر', 'تدمير'],
    'قصف',
    'قصفا',
    // With its object's pronoun too (`جراء استهدافهم بطائرة مسيرة`: it was no strike).
    'استهداف*',
    'استهدف*',
    'شن*',
    'ضرب*',
    'صواريخ',
    'بالصواريخ',
    'صاروخ*',
    'قصفت',
    'قصفه*',
    'قصفها',
    'قصفهم',
    'قصفوا',
  ]),
  explosionStrong: words([
    'لغم',
    'ألغام',
    'عبوة ناسفة',
    'عبوات ناسفة',
    'ناسفة',
    // An explosive belt (`حزام ناسف`).
    'ناسف',
    'مفخخة',
    'مفخخ',
    'تفجير*',
    'تفجيرا',
    'انتحاري*',
  ]),
  explosionWeak: words(['انفجار*', 'انفجارا']),
  shelling: words([
    'قصف',
    'قصفا',
    'القصف',
    // State media's word for the army's fire (`وجهت وحدات من الجيش ضربات مركزة على …`).
    ...['ضربات مركزة', 'الضربات المركزة', 'ضربة مركزة', 'ضربات مدفعية', 'ضربات صاروخية'],
    'قذائف',
    'القذائف',
    'قذيفة',
    'قذيفتين',
    'صواريخ',
    // `استهدفت الفصائل بالصواريخ بلدة السقيلبية`.
    'الصواريخ',
    'صاروخ',
    'صاروخا',
    'صاروخي*',
    'صاروخيا',
    'مدفعي*',
    'مدفعيا',
    'المدفعية',
    'راجمات',
    'راجمة',
    'هاون',
    'قصفت',
    'قصفه*',
    'قصفها',
    'قصفهم',
    'قصفوا',
  ]),
  clash: words([
    'اشتباكات',
    'الاشتباكات',
    'اشتباك',
    // Fighting between factions (`اندلع اقتتال بين هيئة تحرير الشام وحركة نور الدين الزنكي`).
    'اقتتال',
    'الاقتتال',
    'معارك',
    'المعارك',
    'معركة',
    'مواجهات',
    'المواجهات',
    'اشتبك*',
    'اشتباكا',
    'تسلل',
    // `حاولت التسلل`: an infiltration tried is fighting, as an advance tried is.
    'التسلل',
    // A commando raid on the other side's positions (`عملية انغماسية نفذتها الهيئة على مواقع
    // قوات النظام`, `هجوم للانغماسيين`): a fight, as an infiltration is.
    ...['انغماسي*', 'الانغماسي*'],
    'محاولة تقدم',
    // An advance tried is fighting between two sides (an attack repelled: classify.ts).
    'محاولة التقدم',
    'محاولة للتقدم',
    'محاولات تقدم',
    'محاولتهم التقدم',
    'محاولتها التقدم',
    // Losses inflicted on the other side (`كبدت الإرهابيين خسائر فادحة على محور …`).
    ...['كبدت', 'كبدوا', 'كبدتهم', 'كبدها', 'تكبيد*'],
  ]),
  attackWord: words(['هجوم', 'هجوما', 'هاجم*', 'اغتيال', 'قنص', 'قناص', 'استهداف*', 'استهدف*']),
  /**
   * An attack told by its means alone: an assassination (`اغتال مسلحون قيادياً`, `اغتيل`) or a
   * sniper's or gunman's fire (`برصاص قناص`, `عمليات قنص`).
   */
  attackDirect: words([
    ...['اغتيال', 'اغتال*', 'اغتيل*', 'قنص', 'قناص', 'قناصة', 'برصاص', 'رصاص قناص'],
    // Sniped, told by the verb (`قنصت قوات النظام شاباً`); not its present, a habit.
    ...['قنصت', 'قنصوا', 'قنصه', 'قنصها'],
    // `استهدف مجهولون شاباً بالرصاص`, `قتل بالرصاص الحي`.
    'بالرصاص',
    // Machine-gun fire (`استهدفت قوات النظام بالرشاشات الثقيلة قرية`) and fire named as a
    // side's (`أصيب ثلاثة عناصر بنيران الفصائل`).
    ...['بالرشاشات', 'بالرشاش', 'رشاشات', 'بالأسلحة الرشاشة', 'بنيران'],
    // Shot dead (`عُثر على جثة شاب مقتولاً بطلق ناري`).
    ...['بطلق ناري', 'بطلقات نارية', 'بطلق', 'مقتولا'],
    // An ambush (`إثر كمين نصبه مسلحون لدورية`).
    ...['كمين', 'كمينا', 'بكمين'],
    // Violence against civilians by its means: abduction, execution, torture and beating
    // (`اختطف مسلحون أربعة مواطنين`, `أعدمهم مقاتلو التنظيم`, `تعرضه للضرب المبرح`).
    // Executions told by the noun (`نفذت قوات النظام إعدامات ميدانية بحق ثلاثة شبان`).
    ...['اختطف*', 'اختطاف', 'خطف*', 'أعدم*', 'إعدام*', 'إعداما', 'تعذيب', 'الضرب المبرح'],
    // Died under torture (`قضى شاب تحت التعذيب في سجون الهيئة`).
    'التعذيب',
  ]),
  /** What makes `استهداف` an attack on civilians or a facility. */
  attackTarget: words([
    'مستشفى',
    'مشفى',
    'المستشفى',
    'مدرسة',
    'سوق',
    'مخيم',
    'مخيمات',
    'منزل',
    'منازل',
    'مدنيين',
    'المدنيين',
    'سيارة مدنية',
    'فرن',
    'مسجد',
    'نقطة طبية',
    'سيارة إسعاف',
    'مركز للدفاع المدني',
    'الأحياء السكنية',
    // Military posts and convoys (`استهداف نقطة المراقبة التركية في تلمنس`).
    'نقطة المراقبة',
    'نقطة مراقبة',
    'نقاط المراقبة',
    'دورية',
    'الدورية',
    'رتل',
    'الرتل',
  ]),
  /**
   * Forces' positions, gatherings, posts and vehicles: what fire told by its verb alone hits
   * (`استهدفت الفصائل مواقع قوات النظام`, `دمرت وحدات من الجيش تحصينات للإرهابيين`).
   */
  militaryTarget: words([
    ...['مواقع', 'المواقع', 'موقعا', 'تجمع', 'تجمعا', 'تجمعات', 'تحصينات', 'التحصينات'],
    ...['مقر', 'مقرا', 'مقرات', 'آليات', 'آلية', 'دبابة', 'دبابات', 'عربة', 'عربات'],
    ...['سيارة عسكرية', 'مستودع', 'مستودعا', 'مستودعات', 'معسكر', 'معسكرا', 'ثكنة'],
    ...['رتلا', 'أرتال', 'الأرتال', 'دوريات', 'نقطة عسكرية', 'نقاط عسكرية', 'النقاط العسكرية'],
    ...['منصة', 'منصات', 'مدفع', 'مدفعا', 'راجمة', 'خطوط', 'خطوط التماس', 'نقاط'],
    // `استهدفت القوات التركية مطار النيرب العسكري`: a military air base.
    ...['مطار', 'المطار', 'مطارا'],
  ]),
  deployment: words([
    'تعزيزات',
    'رتل',
    'رتلا',
    'أرتال',
    'نقطة عسكرية',
    'نقاط عسكرية',
    'النقاط العسكرية',
    'إعادة توزيع',
    'إعادة انتشار',
    'انسحاب',
    'انسحابا',
    'قاعدة عسكرية',
    'تحشيد*',
    'حشود',
    'التعزيزات',
    'انتشار',
    'انسحب*',
    'الرتل',
    'الأرتال',
  ]),
  agreement: words([
    // A memorandum signed (`وقّعت روسيا وإيران وتركيا مذكرة لإنشاء مناطق لتخفيف التصعيد`).
    'مذكرة',
    'المذكرة',
    'اتفاق*',
    'اتفاقا',
    'مباحثات',
    'محادثات',
    'مفاوضات',
    'هدنة',
    'تفاهم*',
    'قمة',
    'وقف إطلاق النار',
    'وقف إطلاق نار',
    'وقف لإطلاق النار',
    'وقفا لإطلاق النار',
    // Verbs of talks and deals between two parties (`اتفقت روسيا وتركيا`, `اتفق الجانبان`,
    // `يبحثان`).
    'اتفق',
    'اتفقت',
    'اتفقا',
    'اتفقوا',
    'يبحثان',
    'تبحثان',
    'بحثا',
    'ناقشا',
    'يناقشان',
    'بحث الرئيسان',
  ]),
  /**
   * Talks told as a meeting or a call (`عقد وفدان تركي وروسي اجتماعاً في أنقرة`, `اجتمع مسؤولون
   * أتراك وروس`, `في اتصال هاتفي بين الرئيسين`): talks only between parties the sentence names
   * (a town council meeting its people is none, nor a source who told an outlet by phone, `قال
   * مصدر في اتصال هاتفي مع عنب بلدي`; see extractIncidents).
   */
  meeting: words([
    'اتصال هاتفي',
    'اتصالا هاتفيا',
    // No stems: `الاجتماعي`, `اجتماعية` (social) are no meetings.
    'اجتماع',
    'اجتماعا',
    'اجتماعات',
    'الاجتماع',
    'الاجتماعات',
    'اجتمع',
    'اجتمعت',
    'اجتمعا',
    'اجتمعوا',
    'يجتمع',
    'تجتمع',
    'سيجتمع',
  ]),
  /** An agreement cue that is background: a violated or earlier deal. */
  agreementBackground: words([
    ...['خرق*', 'خرقا', 'خروقات', 'انتهاك*', 'انتهاكا', 'الموقع', 'الموقعة', 'إرساء', 'منذ'],
    // `منطقة خفض التصعيد المتفق عليها في محادثات أستانة`, `بموجب تفاهمات أستانة`: a deal
    // referred to, not made.
    'المتفق',
    'بموجب',
  ]),
  /** A statement that strikes continue, with no event of its own when specifics follow. */
  generic: words([
    'تجدد',
    'استمرار',
    'تواصل',
    'تتواصل',
    'يتواصل',
    'تواصلت',
    'يواصل',
    'يواصلون',
    'تصاعد',
    'تصعيد',
    'وتيرة',
    // `صعّدت قوات النظام من قصفها على مناطق متفرقة`: stepped up.
    ...['صعدت', 'صعد', 'تصعد', 'يصعد', 'صعدوا'],
  ]),
  /** Analysts: their opinion and weapon descriptions are background. */
  analyst: words(['المركز', ...RESEARCHERS]),
  opinion: words([
    'رجح',
    'يرجح',
    'ورجح',
    'توقع',
    'يتوقع',
    'اعتبر',
    'يعتبر',
    'يعتقد',
    'يرى',
    'أشار',
    'وأشار',
    'لفت',
    'أوضح',
  ]),
  description: words(['التي تستطيع', 'يتم إطلاقها', 'قادرة على', 'تستطيع', 'مداه', 'يبلغ مداها']),
  /**
   * Words of the rarer rules, one matcher for all (a text's matchers share a 31-bit mask, and
   * the actor lists need theirs): ground taken (`سيطرت`, `حررت`, TAKEN in classify.ts), a reply
   * (`ردت الفصائل على`, actors.ts), a border or a country's land (`قرب الحدود التركية`), the
   * Russian defence ministry's or centre's name (`الروسية`, `حميميم`), blame (`اتهم`,
   * `المسؤولية`). Each rule tests its own words after this pre-check.
   */
  rare: words([
    ...['سيطر*', 'السيطرة', 'استولت', 'استولى', 'استولوا', 'حرر*', 'استعاد*', 'انتزع*'],
    // `أحكمت … سيطرتها على`: the noun with its owner (a `*` stem ends in one suffix).
    ...['سيطرتها', 'سيطرته', 'سيطرتهم'],
    // Told after `قبل أن` (TAKEN_LATER): `قبل أن تستعيدها الفصائل`.
    ...['تستعيد*', 'يستعيد*', 'تسيطر*', 'يسيطر*'],
    ...['رد', 'ردت', 'ردوا'],
    ...['الحدود', 'حدود', 'الأراضي', 'أراضي'],
    ...['الروسية', 'الروسي', 'حميميم'],
    ...['اتهم*', 'يتهم', 'تتهم', 'المسؤولية', 'مسؤولية', 'بالمسؤولية'],
  ]),
  /** Casualty tallies: a period's toll rather than one event. */
  tally: words(['التصعيد', 'الحملة', 'حصيلة', 'الحصيلة', 'منذ', 'خلال']),
  /**
   * Words that may say an event did not or has not yet happened: negation particles, denial,
   * threat and fear words (the token sets below tell which). A cheap pre-check: most clauses
   * hold none.
   */
  untold: words([
    ...NEGATION_WORDS,
    ...DENIAL_WORDS,
    ...THREAT_WORDS,
    ...FEAR_WORDS,
    ...CALL_WORDS,
    ...STOP_WORDS,
    ...FOIL_WORDS,
  ]),
};

/** A set of words written as in reports, folded like the text. */
function folded(list: string[]): ReadonlySet<string> {
  return new Set(list.map(foldKey));
}

/**
 * The tokens of `CUES.untold`, by what they do. Tokens are matched bare or with `و`/`ف` before
 * them (`ولم`, `ونفت`).
 */
export const UNTOLD = {
  /** `لم تشن`, `لن تقصف`, `لا تستهدف`, `دون أن تنفذ`: negate the verb after them. */
  negation: folded(NEGATION_WORDS),
  /**
   * Verbs whose negation negates the event after them (`لم تشن الطائرات أي غارات`). Others do
   * not: `لا تزال تقصف` (still shells), `لم يتوقف القصف` (did not stop), `لم تسفر عن إصابات`.
   */
  eventVerbs: folded([
    ...['يشن', 'تشن', 'نشن', 'ينفذ', 'تنفذ', 'يقصف', 'تقصف', 'يستهدف', 'تستهدف'],
    ...['يضرب', 'تضرب', 'يهاجم', 'تهاجم', 'يطلق', 'تطلق', 'يلق', 'تلق', 'يلقي', 'تلقي'],
    ...['يسجل', 'تسجل', 'يرصد', 'ترصد', 'يقع', 'تقع', 'يحدث', 'تحدث', 'يشهد', 'تشهد'],
    ...['يتعرض', 'تتعرض', 'يشتبك', 'تشتبك', 'يسقط', 'تسقط', 'يشارك', 'تشارك', 'يستخدم'],
    'تستخدم',
  ]),
  /** `نفت … أن تكون طائراتها قصفت`: the event after a denial is denied. */
  denial: folded(DENIAL_WORDS),
  /** `نفت … مسؤوليتها عن`: only the denier's part is denied; the event stands. */
  responsibility: folded([
    ...['مسؤوليتها', 'مسؤوليته', 'مسؤوليتهم', 'مسؤولية', 'المسؤولية', 'علاقتها', 'علاقته'],
    ...['صلتها', 'صلته', 'تورطها', 'تورطه', 'تورطهم', 'ضلوعها', 'ضلوعه'],
  ]),
  /** `تخشى … من أن يؤدي هجوم`: what is feared has not happened. */
  fear: folded(FEAR_WORDS),
  /** `داعياً الأطراف إلى الالتزام بوقف إطلاق النار`: what is called for has not happened. */
  call: folded(CALL_WORDS),
  /** `أحبطت … محاولة تفجير`: an attempt foiled (FOIL_WORDS). */
  foil: folded(FOIL_WORDS),
  /** `بعد توقف القصف`: fire that stopped (STOP_WORDS). */
  stop: folded(STOP_WORDS),
  /** `هددت روسيا بشن غارات`: a threat or an intent, not an event. */
  threat: folded(THREAT_WORDS),
  /** Verbal nouns that carry the threatened event after them (`بشن غارات`, `تنفيذ هجوم`). */
  lightNouns: folded([
    ...['شن', 'بشن', 'لشن', 'تنفيذ', 'بتنفيذ', 'لتنفيذ', 'اطلاق', 'بإطلاق', 'لإطلاق'],
    ...['القيام', 'بالقيام'],
    // `وتعتزم أنقرة إقامة 12 نقطة مراقبة`: a post to be set up.
    ...['إقامة', 'بإقامة', 'لإقامة', 'إنشاء', 'بإنشاء', 'لإنشاء', 'تثبيت', 'بتثبيت', 'لتثبيت'],
  ]),
};

/** Whether a token is in a cue set, bare or after `و`/`ف` (`ولم`, `ونفت`). */
export function inSet(t: string, set: ReadonlySet<string>): boolean {
  return set.has(t) || ((t[0] === 'و' || t[0] === 'ف') && set.has(t.slice(1)));
}

/** Attributed sources: blanked out before actors are read (they report, they do not act). */
export const SOURCES = words([
  'المرصد السوري لحقوق الإنسان',
  'المرصد السوري',
  'المرصد',
  'الدفاع المدني السوري',
  'الدفاع المدني',
  'الخوذ البيضاء',
  'ناشطون',
  'ناشطين',
  'ناشطو',
  'مراسل',
  'مصادر محلية',
  'مصادر ميدانية',
  'منسقو استجابة سوريا',
]);

/**
 * Assad's side by its own names: the regime's, his, its units' and militias'. Reports name it so
 * before his fall and after (`قوات النظام`, `فلول النظام البائد`, `مسلحون موالون للأسد`).
 */
const REGIME_OWN = [
  'النظام',
  'نظام الأسد',
  'قوات النظام',
  'قوات الأسد',
  'الأسد',
  // Orient's and others' spelling without the article (`ميليشيات أسد الطائفية`); `أسد` alone is
  // a lion, or a man's name.
  ...['ميليشيات أسد', 'ميليشيا أسد', 'مليشيات أسد', 'قوات أسد', 'نظام أسد', 'جيش أسد'],
  'الطيران السوري',
  'الطيران الحربي السوري',
  'سلاح الجو السوري',
  'القوات النظامية',
  'الجيش النظامي',
  'جيش النظام',
  'الفرقة الرابعة',
  // The army's named units on the Idlib fronts (`قوات النمر` became the 25th division).
  ...['قوات النمر', 'الفرقة 25', 'الفرقة الخامسة والعشرين', 'الفيلق الخامس', 'قوات الغيث'],
  ...['الحرس الجمهوري', 'المخابرات الجوية', 'الأمن العسكري'],
  // Militias fighting with the army (`اللجان الشعبية في بلدتي كفريا والفوعة`).
  'اللجان الشعبية',
  'الدفاع الوطني',
  'قوات الدفاع الوطني',
  'الطيران المروحي',
  // `ألقت الطائرات المروحية 30 برميلاً متفجراً`: helicopters named bare are the regime's, as
  // `الطيران المروحي` and `المروحيات` are.
  ...['الطائرات المروحية', 'الطائرة المروحية'],
  'المروحيات',
  'البراميل المتفجرة',
];

/**
 * The Syrian state's forces by the state's names: Assad's until his fall (8 December 2024), the
 * new government's after (era.ts). State media's names too (SANA: `وحدات من الجيش العربي
 * السوري`, `وحدات الجيش العاملة على اتجاه ريف إدلب`; another army's units are named with it, and
 * the longer name wins: see turkey).
 */
const STATE_FORCES = [
  'الجيش السوري',
  'الجيش العربي السوري',
  'جيشنا',
  'وحدات الجيش',
  'وحدات من الجيش',
  'القوات الحكومية',
  'قوات الحكومة',
  'الحكومة السورية',
];

const REGIME_OWN_WORDS = words(REGIME_OWN);
const STATE_FORCES_WORDS = words(STATE_FORCES);
/**
 * Names that changed hands with the state (era.ts). Before the fall, HTS's General Security
 * Service in Idlib (`جهاز الأمن العام التابع لهيئة تحرير الشام`), and the opposition's command
 * of the offensive that took Aleppo (`إدارة العمليات العسكرية`, from 27 November 2024).
 */
const HTS_SECURITY = words(['الأمن العام', 'جهاز الأمن العام']);
const OPERATIONS_ROOM = words(['إدارة العمليات العسكرية']);
/** The matchers a report written since the fall reads otherwise. */
const UNTIL_FALL = new Set([STATE_FORCES_WORDS, HTS_SECURITY, OPERATIONS_ROOM]);

/** Actor names; order matters only for readability. `الجيش السوري الحر` is opposition. */
export const ACTOR_WORDS: [Actor, RegExp][] = [
  [
    'opposition',
    words([
      'الجيش السوري الحر',
      'فصائل',
      'الفصائل',
      'فصيل',
      'المعارضة',
      'الجيش الوطني',
      'الجبهة الوطنية للتحرير',
      'الثوار',
      'غرفة عمليات الفتح المبين',
      // Operations rooms named in quotes after `غرفة عمليات` (`غرفة عمليات "الفتح المبين"`).
      'الفتح المبين',
      'ردع العدوان',
      // The Free Syrian Army as reports of 2012–2016 shorten it.
      'الجيش الحر',
      // Named factions of the region (not HTS, which is its own actor).
      'أحرار الشام',
      'حركة أحرار الشام',
      'فيلق الشام',
      'جيش العزة',
      'صقور الشام',
      'جيش الأحرار',
      'نور الدين الزنكي',
      // The 2015 coalition that took Idlib (with Nusra, which reports name on its own).
      'جيش الفتح',
      // Rebel battalions as reports of 2012–2015 name them, and the Islamic Front of 2013–2015.
      ...['الكتائب الثائرة', 'الكتائب المقاتلة', 'كتائب المعارضة', 'الجبهة الإسلامية'],
      // Factions of the Turkish-backed National Army (Afrin, al-Bab, Azaz).
      'الفيلق الثالث',
      'الجبهة الشامية',
      'فرقة الحمزة',
      'فرقة السلطان مراد',
      'جيش الشرقية',
      'أحرار الشرقية',
      ...['فرقة السلطان سليمان شاه', 'العمشات', 'الحمزات', 'فرقة المعتصم', 'جيش الإسلام'],
      ...['فرقة السلطان محمد الفاتح', 'لواء صقور الشمال', 'فيلق المجد'],
      // Jihadist factions fighting beside HTS in Idlib and Latakia's mountains: armed groups
      // against the government, which no other actor names (`هاجم الحزب الإسلامي التركستاني`).
      ...['الحزب الإسلامي التركستاني', 'الحزب التركستاني', 'حراس الدين', 'تنظيم حراس الدين'],
      ...['أنصار التوحيد', 'جيش النصر', 'جيش إدلب الحر'],
      // Their operations rooms (`غرفة عمليات فاثبتوا`, `غرفة عمليات وحرض المؤمنين`).
      ...['فاثبتوا', 'وحرض المؤمنين'],
    ]),
  ],
  // `الهيئة` alone is how the region's reports shorten HTS (`مدفعية الهيئة`, `مسلحي الهيئة`).
  ['hts', words(['هيئة تحرير الشام', 'تحرير الشام', 'جبهة النصرة', 'النصرة', 'الهيئة'])],
  [
    'sdf',
    words([
      'قسد',
      'قوات سوريا الديمقراطية',
      'بي كا كا',
      'بي كي كي',
      'ي ب ك',
      'الوحدات الكردية',
      'وحدات حماية الشعب',
      'العمال الكردستاني',
      'حزب العمال',
      // Its internal security forces (`قوات الأمن الداخلي (الأسايش)` in Aleppo's Sheikh Maqsoud).
      ...['الأسايش', 'أسايش', 'الآسايش', 'قوات الأمن الداخلي الكردية', 'قوى الأمن الداخلي الكردية'],
      // The Afrin Liberation Forces, fighting Turkey's factions from the Shahba region.
      ...['قوات تحرير عفرين', 'تحرير عفرين'],
    ]),
  ],
  // The people by their broken plurals too (`ضباط أتراك وروس`, `العسكريين الروس والأتراك`).
  ['russia', words(['روسيا', 'روسي*', 'الروسي*', 'الكرملين', 'بوتين', 'موسكو', 'روس', 'الروس'])],
  [
    'turkey',
    words([
      ...['تركيا', 'تركي*', 'التركي*', 'أنقرة', 'أردوغان', 'أتراك', 'الأتراك'],
      ...['وحدات الجيش التركي', 'وحدات من الجيش التركي'],
    ]),
  ],
  ['iran', words(['إيران', 'إيراني*', 'الإيراني*', 'الحرس الثوري', 'حزب الله'])],
  ['isis', words(['داعش', 'تنظيم الدولة', 'الدولة الإسلامية'])],
  // Israel's strikes on Masyaf, Hama and Latakia (`غارات إسرائيلية`, `طائرات الاحتلال الإسرائيلي`).
  ['israel', words(['إسرائيل', 'إسرائيلي*', 'الإسرائيلي*', 'تل أبيب'])],
  [
    'coalition',
    words([
      ...['التحالف الدولي', 'التحالف', 'الأمريكي*', 'الأميركي*', 'أمريكي*', 'أميركي*', 'واشنطن'],
      ...['الولايات المتحدة', 'البنتاغون'],
    ]),
  ],
  ['regime', REGIME_OWN_WORDS],
  ['regime', STATE_FORCES_WORDS],
  ['hts', HTS_SECURITY],
  ['opposition', OPERATIONS_ROOM],
];

/**
 * The actor names of a report written since the fall of Assad's government (era.ts): the
 * state's names (`الجيش السوري`, `القوات الحكومية`) are the new government's, and so are the
 * forces it made (`الأمن العام`, `قوات وزارة الدفاع`); Assad's side is named by his name or
 * the regime's (`النظام البائد`, `فلول النظام`, `الموالين للأسد`), or as its remnants alone
 * (`الفلول`). The other sides keep their names (the same matchers).
 */
export const ACTOR_WORDS_SINCE_FALL: [Actor, RegExp][] = [
  ...ACTOR_WORDS.filter(([, re]) => !UNTIL_FALL.has(re)),
  ['regime', words(['فلول', 'الفلول', 'فلول النظام', 'فلول الأسد', 'فلول النظام البائد'])],
  [
    'government',
    words([
      ...STATE_FORCES,
      ...['الأمن العام', 'جهاز الأمن العام', 'قوى الأمن العام', 'قوات الأمن العام'],
      ...['إدارة الأمن العام', 'قوات الأمن السورية', 'قوى الأمن السورية', 'الأمن السوري'],
      // The security forces bare (`اشتباكات بين قوات الأمن ومسلحين`): the state's, in the northwest.
      ...['قوات الأمن', 'قوى الأمن'],
      ...['قوات وزارة الدفاع', 'قوات وزارة الداخلية', 'وزارة الدفاع السورية'],
      // The ministry named bare is the state's (another state's is named with its adjective,
      // which actors.ts reads as that state's alone).
      ...['وزارة الدفاع', 'وزارة الداخلية'],
      ...['الجيش السوري الجديد', 'إدارة العمليات العسكرية', 'الحكومة الانتقالية'],
      ...['الحكومة السورية الانتقالية', 'حكومة تصريف الأعمال'],
    ]),
  ],
];

/**
 * `ل` + actor (`لقوات النظام`) is the target after most words (`قصف فصائل لقوات النظام`,
 * `مواقع لقوات النظام`) but the one acting when it completes an event noun (`قصف مدفعي لقوات
 * النظام`, `تعزيزات عسكرية لقوات النظام`) or follows `تابعة` (`طائرة مسيرة تابعة لقوات النظام`).
 */
export const LAM_AGENT = {
  /** Event nouns whose `ل` complement is who acts. Not `استهداف` (its `ل` is the object). */
  heads: folded([
    ...['قصف', 'القصف', 'قصفا', 'غارة', 'غارات', 'غارتين', 'طائرة', 'طائرات', 'الطائرة'],
    ...['الطائرات', 'طيران', 'الطيران', 'مقاتلات', 'قذائف', 'قذيفة', 'صواريخ', 'صاروخ'],
    ...['راجمات', 'راجمة', 'مدفعية', 'المدفعية', 'تعزيزات', 'رتل', 'رتلا', 'ارتال', 'حشود'],
    ...['هجوم', 'هجوما', 'دورية', 'دوريات', 'ميليشيات', 'مجموعة', 'مجموعات'],
    // `جراء الحملة العسكرية لقوات النظام وروسيا`: a campaign's or an offensive's side.
    ...['حملة', 'الحملة', 'هجمات', 'الهجوم', 'الهجمات'],
    // `برصاص قناص لقوات النظام`.
    ...['قناص', 'القناص', 'قناصة', 'رصاص'],
  ]),
  /** Adjectives between the head and the `ل`, skipped (`قصف مدفعي ل…`, `القصف المدفعي ل…`). */
  adjectives: folded([
    ...['مدفعي', 'مدفعيا', 'صاروخي', 'صاروخية', 'صاروخيا', 'جوي', 'جوية', 'جويا'],
    ...['المدفعي', 'الصاروخي', 'الصاروخية', 'الجوي', 'الجوية', 'المكثف', 'المكثفة'],
    ...['العنيف', 'العنيفة', 'المتفجرة', 'الجديدة', 'الاضافية'],
    ...['عسكري', 'عسكرية', 'عسكريا', 'العسكري', 'العسكرية', 'مسيرة', 'المسيرة', 'مسير'],
    ...['حربي', 'حربية', 'الحربي', 'الحربية', 'مروحية', 'المروحية', 'ثقيلة', 'الثقيلة'],
    ...['مكثف', 'مكثفة', 'مكثفا', 'عنيف', 'عنيفة', 'عنيفا', 'جديدة', 'جديد', 'اضافية'],
    ...['انتحارية', 'الانتحارية', 'انتحاري', 'ذخيرة', 'متفجرة'],
    // `تعزيزات عسكرية ضخمة لقوات النظام`: the size of what was sent.
    ...['ضخمة', 'الضخمة', 'ضخم', 'كبيرة', 'الكبيرة', 'كبير'],
    // `القصف المدفعي المتكرر لقوات النظام`: how often or how long it came.
    ...['متكرر', 'متكررة', 'المتكرر', 'المتكررة', 'مستمر', 'مستمرة', 'المستمر', 'المستمرة'],
    ...['متواصل', 'متواصلة', 'المتواصل', 'المتواصلة', 'يومي', 'يومية', 'اليومي', 'اليومية'],
    ...['الأخير', 'الأخيرة'],
  ]),
  /** Affiliation: `تابعة ل…` names who owns the thing, unless the thing is a target noun. */
  affiliation: folded([
    ...['تابعة', 'التابعة', 'تابع', 'التابع', 'تابعين', 'التابعين', 'موالية', 'الموالية'],
    ...['موالين', 'الموالين', 'موالي', 'الموالي'],
    // The verbs (`طائرة مسيرة تتبع للتحالف الدولي`, `مسيرة تعود لقوات النظام`).
    ...['تتبع', 'يتبع', 'تعود', 'يعود'],
  ]),
};

/**
 * People who are killed, hurt or captured (`مقتل عنصرين من هيئة تحرير الشام`, `إصابة جندي
 * تركي`): the actor named after them is the victims' side, not who acts (actors.ts).
 */
export const VICTIMS = {
  people: folded([
    ...['عنصر', 'عنصرا', 'عنصرين', 'عنصران', 'عناصر', 'جندي', 'جنديا', 'جنديين', 'جنديان'],
    ...['جنود', 'مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلون', 'مقاتلي', 'ضابط', 'ضابطا', 'ضباط'],
    ...['قيادي', 'قياديا', 'قياديين', 'عسكري', 'عسكريا', 'عسكريين', 'افراد', 'أفراد'],
    ...['القيادي', 'العنصر', 'الجندي', 'المقاتل', 'الضابط', 'قائد', 'القائد'],
    // Members (`قتل عضو في مكتب العلاقات العامة في الجيش الوطني`).
    ...['عضو', 'عضوا', 'اعضاء', 'أعضاء', 'العضو'],
  ]),
  /** Casualty or capture words a few words before them. */
  harm: /^[وف]?(?:مقتل|قتل|قتلت|اصابة|اصيب|اصيبت|جرح|مصرع|استشهاد|استشهد|استشهدت|استشهدوا|قضي|لقي|لقيت|اسر|خطف|اختطاف|اعتقال|اغتيال|اغتال|اغتالت|اغتيل|ب?سيارة|ب?منزل|ب?موكب|استهدف|استهدفت|استهداف)$/,
  /**
   * What a blast or an attack hits, with `ب` (`انفجرت عبوة ناسفة بالدورية الروسية التركية`,
   * `بسيارة عسكرية تركية`): an actor named right after it is the victims' side.
   */
  carriers: folded([
    ...['بدورية', 'بالدورية', 'برتل', 'بالرتل', 'بسيارة', 'بالسيارة', 'بآلية', 'بالآلية'],
    ...['بموكب', 'بالموكب', 'بحافلة', 'بالحافلة', 'بعربة', 'بالعربة', 'بمدرعة', 'بالمدرعة'],
  ]),
};

/**
 * A side's posts (`النقطة التركية`, `نقاط المراقبة`): targets when fire hits them (TARGET_BEFORE),
 * but where forces deployed went (`وصلت تعزيزات إلى النقاط التركية`: Turkey's reinforcements).
 */
export const POSTS: ReadonlySet<string> = new Set(['نقطة', 'النقطة', 'نقاط', 'النقاط', 'المراقبة']);

/** Words right before an actor that make it the target, not the one acting. */
export const TARGET_BEFORE = new Set([
  'على',
  'مواقع',
  'ضد',
  'مع',
  'تجمعات',
  'سيطرة',
  'التماس',
  'مقرات',
  'عناصر',
  'لمواقع',
  'بمواقع',
  // `استهداف نقطة المراقبة التركية`, `محيط النقطة التركية`: the post is Turkey's, hit. So is
  // one after the `ل` or `ب` of the fire's object (`استهداف قوات النظام لنقطة عسكرية تركية`).
  ...POSTS,
  ...['لنقطة', 'بنقطة', 'للنقطة', 'بالنقطة', 'لنقاط', 'بنقاط', 'للنقاط', 'بالنقاط'],
  ...['لقاعدة', 'بقاعدة', 'للقاعدة', 'بالقاعدة'],
  // `استهدفت قاعدة عسكرية تركية`: the base is hit; `القريبة من الحدود التركية` is a place.
  'قاعدة',
  'القاعدة',
  'الحدود',
  // `قرى … الخاضعة لسيطرة قوات سوريا الديمقراطية`: who holds the villages hit.
  'لسيطرة',
  'الخاضعة',
  'الخاضع',
]);

/** Target nouns a `ل` + actor may hang on (besides `TARGET_BEFORE`), singular and accusative. */
export const TARGET_HEADS = folded([
  ...['موقع', 'موقعا', 'نقطة', 'نقاطا', 'مقر', 'مقرا', 'حاجز', 'حاجزا', 'حواجز', 'ثكنة'],
  ...['تجمع', 'تجمعا', 'عنصر', 'عنصرا', 'آلية', 'آليات', 'سيارة', 'سيارات', 'عربة', 'مدرعة'],
  ...['دبابة', 'حافلة'],
  ...['مرابض', 'مربض', 'منصة', 'منصات', 'أوكار', 'تحصينات', 'مستودع', 'مستودعات'],
  // `دمرت مركز قيادة لتنظيم "داعش"`, `معسكر تدريب للمسلحين`, `53 هدفاً للإرهابيين`.
  ...['قيادة', 'معسكر', 'معسكرا', 'هدف', 'هدفا', 'أهداف'],
]);

/**
 * Members of a side with `ل` (`مرابض لإرهابيي النصرة`, `مواقع لمسلحي داعش`): the `ل` marks the
 * side after them as the target, as on the side's own name (actors.ts).
 */
export const MEMBERS = folded([
  ...['إرهابيي', 'مسلحي', 'عناصر', 'مقاتلي', 'ميليشيا', 'ميليشيات'],
  // `مركز قيادة لتنظيم "داعش"`; `معسكر تدريب لفصيل "فيلق الشام"`.
  'تنظيم',
  'فصيل',
  'جماعة',
  'حركة',
  // `تجمعاً للقوات التركية`: forces named by the side's adjective; `للقوات` is `ل` + `لقوات`.
  'قوات',
  'لقوات',
  // `بسيارة عسكرية تابعة للجيش التركي`: an army named by the side's adjective, as forces are.
  'جيش',
  'لجيش',
]);

export const TYPE_ORDER: IncidentType[] = [
  'airstrike',
  'explosion',
  'clash',
  'shelling',
  'attack',
  'deployment',
  'agreement',
];

/**
 * The analyst words but `المركز`, which in a report of the Russian centre is that centre. Made
 * last: it is asked rarely, and the matchers made before it keep their bits (words.ts).
 */
export const RESEARCHER = words(RESEARCHERS);
