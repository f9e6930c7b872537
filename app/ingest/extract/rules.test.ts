import { describe, expect, it } from 'vitest';
import { foldKey } from '../reports/arabic';
import { clauseActors } from './actors';
import { classifyClause } from './classify';
import { clauseSpans } from './clauses';
import { injuredCount, killedCount, strikeCount } from './counts';
import { findEventDate } from './dates';

const REPORT = '2021-06-26'; // a Saturday, the sample's byline date

describe('event dates relative to the report', () => {
  it.each([
    ['قصف أمس على البلدة', '2021-06-25', undefined, 1],
    ['قصف مساء أمس', '2021-06-25', undefined, 1],
    ['قصف اليوم', '2021-06-26', undefined, 1],
    ['قصف اليوم الخميس', '2021-06-26', undefined, 1],
    ['فجر اليوم', '2021-06-26', undefined, 1],
    ['السبت الماضي', '2021-06-19', undefined, 1],
    ['يوم الخميس', '2021-06-24', undefined, 1],
    ['الخميس الماضي', '2021-06-24', undefined, 1],
    ['منذ أكثر من ثلاثة أسابيع', '2021-06-05', '2021-06-26', 2],
    ['منذ أسبوعين', '2021-06-12', '2021-06-26', 2],
    ['منذ ثلاثة أشهر', '2021-03-28', '2021-06-26', 3],
    ['في آذار/مارس 2020', '2020-03-01', '2020-03-31', 3],
    ['في آذار/مارس', '2021-03-01', '2021-03-31', 3],
    ['في تموز', '2020-07-01', '2020-07-31', 3],
    ['الأسبوع الماضي', '2021-06-19', '2021-06-25', 2],
    ['الشهر الماضي', '2021-05-01', '2021-05-31', 3],
    ['في 12 حزيران/يونيو 2021', '2021-06-12', undefined, 1],
    ['بتاريخ 3/6/2021', '2021-06-03', undefined, 1],
    ['منذ حملة التصعيد الأولى في آذار/مارس', '2021-03-01', '2021-06-26', 3],
    // «Of the same month», a day still to come in the report's: the month before, no day ahead.
    ['قبل أن تستعيدها الفصائل في 27 من الشهر ذاته', '2021-05-27', undefined, 1],
  ])('%s', (text, date, dateEnd, precision) => {
    const d = findEventDate(foldKey(text), REPORT);
    expect(d).toMatchObject({ date, precision });
    expect(d?.dateEnd).toBe(dateEnd);
  });
  it('names no date when the text has none', () => {
    expect(findEventDate(foldKey('قصفت قوات النظام أريحا'), REPORT)).toBeUndefined();
    expect(findEventDate(foldKey('يوما بعد يوم'), REPORT)).toBeUndefined();
  });
});

describe('numbers', () => {
  it.each([
    ['ثلاث غارات', 3],
    ['لثلاث غارات متتالية', 3],
    ['عشر غارات', 10],
    ['نحو 20 غارة', 20],
    ['٣ غارات', 3],
    ['غارتين', 2],
    ['غارة', 1],
    ['خمس وعشرين غارة', 25],
    ['غارات', null],
  ])('strikes: %s → %s', (text, n) => {
    expect(strikeCount(foldKey(text))?.value ?? null).toBe(n);
  });
  it.each([
    ['مقتل 34 شخصاً بينهم 3 أطفال', 34],
    ['مقتل ثلاثة مدنيين', 3],
    ['مقتل ثلاث نساء', 3],
    ['مقتل طفلين', 2],
    ['مقتل مدني', 1],
    ['سقوط ٥ قتلى', 5],
    ['مقتل بين 5 و7 أشخاص', 5],
    ['12 قتيلا', 12],
    ['مقتل أحد عشر عنصراً', 11],
    ['استشهاد مئة وخمسين مدنياً', 150],
  ])('killed: %s → %s', (text, n) => {
    expect(killedCount(foldKey(text))?.value).toBe(n);
  });
  it.each([
    ['وإصابةِ 74 آخرين', 74],
    ['إصابة شخصين', 2],
    ['جرح خمسة مدنيين', 5],
    ['10 جرحى', 10],
    ['إصابة طفلة', 1],
  ])('injured: %s → %s', (text, n) => {
    expect(injuredCount(foldKey(text))?.value).toBe(n);
  });
  it('does not read a figure that is not a casualty count', () => {
    expect(injuredCount(foldKey('تستطيع إصابة الأهداف الثابتة'))).toBeNull();
    expect(killedCount(foldKey('لأكثر من 15 شهراً'))).toBeNull();
  });
});

describe('types and actors', () => {
  it.each([
    ['شن الطيران الحربي غارات على البلدة', 'airstrike'],
    ['استهدفت طائرة مسيرة سيارة', 'airstrike'],
    ['تحليق مقاتلات روسية في الأجواء', null],
    ['قصف مدفعي على القرية', 'shelling'],
    ['سقوط قذائف على المدينة', 'shelling'],
    ['اشتباكات على محور القرية', 'clash'],
    ['استهداف مستشفى في المدينة', 'attack'],
    ['انفجار عبوة ناسفة', 'explosion'],
    ['انفجار سيارة مفخخة', 'explosion'],
    ['وصول رتل عسكري', 'deployment'],
    ['إعادة توزيع النقاط العسكرية', 'deployment'],
    ['في اتصال هاتفي بين الرئيسين', 'agreement'],
    // Talks told as a meeting; not the social (`الاجتماعي`), nor talks still to come.
    ['عقد وفدان تركي وروسي اجتماعاً في أنقرة', 'agreement'],
    ['اجتمع مسؤولون أتراك وروس في أنقرة', 'agreement'],
    ['من المقرر أن يجتمع الجانبان التركي والروسي', null],
    ['قالت مصادر إن محادثات ستعقد الأسبوع المقبل', null],
    ['الاجتماع المرتقب بين الرئيسين', null],
    // A delegation that came (`القادم من`), a UN rapporteur (`المقرر`): talks held.
    ['اجتمع الوفد الروسي مع الوفد التركي القادم من أنقرة', 'agreement'],
    ['عقد المقرر الأممي اجتماعاً مع مسؤولين أتراك', 'agreement'],
    ['خرق اتفاق وقف إطلاق النار الموقع في آذار', null],
    ['نشر ناشطون مقاطع مصورة', null],
    // A massacre committed by aircraft is an air strike.
    ['ارتكبت الطائرات الحربية الروسية مجزرة في سوق المدينة', 'airstrike'],
    // Also told by who committed it, in a toll that rose (the massacre's own event, not a tally).
    ['ارتفع عدد ضحايا المجزرة التي ارتكبتها الطائرات الروسية في أريحا إلى 12 قتيلاً', 'airstrike'],
    // Sniping told by its verb, as by its sniper (`برصاص قناص`).
    ['قنصت قوات النظام شاباً في بلدة الأتارب', 'attack'],
    // Fire told by استهدف alone, on a town or on forces; positions destroyed.
    ['استهدفت قوات النظام بلدة كفرنبل', 'attack'],
    ['جراء استهداف قوات النظام لبلدة سرمين', 'attack'],
    ['استهدفت الفصائل تجمعاً لقوات النظام', 'attack'],
    ['دمرت وحدات من الجيش تحصينات وآليات للمجموعات الإرهابية', 'attack'],
    ['استهدفت المقاومة الشعبية رتلاً للقوات التركية', 'attack'],
    // No fire: a campaign, social media, a city destroyed by the war, a habit in the present.
    ['استهدفت حملة التلقيح قرى المنطقة', null],
    ['استهدفت الحملة مواقع التواصل الاجتماعي', null],
    ['دمرت الحرب مدينة معرة النعمان', null],
    ['تستهدف قوات النظام البلدة بشكل يومي', null],
  ])('%s → %s', (text, type) => {
    expect(classifyClause(foldKey(text))?.type ?? null).toBe(type);
  });
  it.each([
    ['انسحبت القوات التركية من نقطة المراقبة في مورك', 'withdrawal'],
    ['أخلت القوات التركية نقطة المراقبة في مورك', 'withdrawal'],
    ['إعادة توزيع النقاط العسكرية', 'redeployment'],
    ['وسيرت القوات الروسية والتركية دورية مشتركة', 'patrol'],
    ['وصول رتل عسكري', undefined],
    ['دفعت تركيا بتعزيزات بعد انسحاب الفصائل', undefined],
    ['دخلت تعزيزات تركية إلى ريف إدلب بعد انسحاب الفصائل', undefined],
    // Told by a verb with forces as its object.
    ['وأعادت تركيا توزيع نقاطها العسكرية في جبل الزاوية', 'redeployment'],
    ['وانتشرت قوات تركية في ريف إدلب الجنوبي', 'redeployment'],
    ['وسحبت تركيا قواتها من نقطة مورك', 'withdrawal'],
  ])('the deployment %s is told as %s (undefined: reinforcements)', (text, event) => {
    const cls = classifyClause(foldKey(text));
    expect(cls?.type).toBe('deployment');
    expect(cls?.event).toBe(event);
  });
  it.each([
    ['استهدفت طائرة مسيّرة تركية سيارة في سرمدا', 'drone-strike'],
    ['قصف الطيران المسيّر الروسي أطراف البلدة', 'drone-strike'],
    ['استهدفت طائرة بدون طيار سيارة', 'drone-strike'],
    ['ألقت طائرة مسيرة قنبلة على سيارة', 'drone-strike'],
    ['هجوم بطائرات الدرون على القاعدة', 'drone-strike'],
    // Jets, helicopters or barrels told with the drones: no drone strike alone.
    ['شن الطيران الحربي والمسيّر غارات على المدينة', undefined],
    ['ألقت المروحيات براميل متفجرة بينما حلقت المسيرات', undefined],
    ['شنت طائرة حربية روسية غارة', undefined],
  ])('the air strike %s is told as %s (undefined: airstrikes)', (text, event) => {
    const cls = classifyClause(foldKey(text));
    expect(cls?.type).toBe('airstrike');
    expect(cls?.event).toBe(event);
  });
  it.each([
    ['اختطف مسلحون مجهولون طفلاً في مدينة سرمدا', 'abduction'],
    ['خطفت هيئة تحرير الشام ناشطاً إعلامياً', 'abduction'],
    ['اختُطف طفل على يد مجهولين', 'abduction'],
    ['وقعت عملية خطف في البلدة', 'abduction'],
    ['قام مجهولون باختطاف طفلة من مخيم للنازحين', 'abduction'],
    ['أقدم مسلحون ملثمون على اختطاف طبيب من عيادته', 'abduction'],
    // `جرى` (took place) is no wound (`جريح`), though folding writes it `جري`.
    ['اختطف مسلحون شاباً في حادثة جرى تصويرها أمام منزله', 'abduction'],
    // Harm beyond the abduction told in the clause: an attack, as ACLED codes it.
    ['اختطف مسلحون شاباً وقتلوه', undefined],
    ['عثر على جثة شاب مقتولاً بعد اختطافه', undefined],
    ['قتل شاب برصاص مسلحين حاولوا خطفه', undefined],
    ['أعدم التنظيم رجلاً اختطفه قبل أشهر', undefined],
  ])('the attack %s is told as %s (undefined: an attack)', (text, event) => {
    const cls = classifyClause(foldKey(text));
    expect(cls?.type).toBe('attack');
    expect(cls?.event).toBe(event);
  });
  it.each([
    ['فجّر انتحاري نفسه بحزام ناسف في مدينة سرمدا', 'suicide-bombing'],
    ['انفجرت سيارة مفخخة يقودها انتحاري عند حاجز', 'suicide-bombing'],
    ['استهدف هجوم انتحاري بسيارة مفخخة مقراً للفصائل', 'suicide-bombing'],
    ['قُتل ثلاثة عناصر بتفجير انتحاري في مدينة الباب', 'suicide-bombing'],
    ['فجّرت امرأة نفسها بحزام ناسف', 'suicide-bombing'],
    // A bomb left or planted, whoever set it off: an explosion.
    ['انفجرت عبوة ناسفة بسيارة في مدينة الباب', undefined],
    ['انفجار لغم أرضي في قرية معرة حرمة', undefined],
  ])('the explosion %s is told as %s (undefined: an explosion)', (text, event) => {
    const cls = classifyClause(foldKey(text));
    expect(cls?.type).toBe('explosion');
    expect(cls?.event).toBe(event);
  });
  it.each([
    ['وكانت القوات التركية قد أنشأت نقطة جديدة في قرية النيرب', 'post-set-up'],
    ['ثبتت القوات التركية نقطة مراقبة في تل الطوقان', 'post-set-up'],
    ['أقام الجيش التركي نقطة عسكرية جديدة قرب معرة مصرين', 'post-set-up'],
    ['إنشاء قاعدة روسية في مطار تفتناز', 'post-set-up'],
    // Begun (`بدأت بإنشاء`): set up, as a verbal noun after the verb of beginning.
    ['بدأت القوات التركية بإنشاء نقطة مراقبة جديدة في محيط بلدة الطلحية', 'post-set-up'],
    // Reinforcements sent to set a post up: reinforcements.
    ['دفع الجيش التركي بتعزيزات عسكرية لإنشاء نقطة جديدة', undefined],
  ])('the deployment %s is told as %s (undefined: reinforcements)', (text, event) => {
    const cls = classifyClause(foldKey(text));
    expect(cls?.type).toBe('deployment');
    expect(cls?.event).toBe(event);
  });
  it.each([
    'أنشأ الدفاع المدني نقطة إسعاف في مدينة سرمدا',
    'أقامت منظمة إنسانية نقطة طبية في المخيم',
    // Asked for, not begun: no post.
    'وطالبت الفصائل بإنشاء نقطة مراقبة تركية في سراقب',
  ])('an aid or medical point set up (%s) is no deployment', (text) => {
    expect(classifyClause(foldKey(text))?.type).not.toBe('deployment');
  });
  it('a drone told as انتحارية is a drone strike, not a suicide bombing', () => {
    expect(classifyClause(foldKey('استهدفت مسيرة انتحارية تركية موقعاً في سرمين'))).toMatchObject({
      type: 'airstrike',
      event: 'drone-strike',
    });
  });
  it.each([
    ['شنت هيئة تحرير الشام حملة مداهمات في مدينة أريحا', 'raid'],
    ['داهمت قوات النظام بلدة كفرنبودة', 'raid'],
    ['نفذت الشرطة العسكرية عمليات دهم في مدينة الباب', 'raid'],
    ['دهمت قوات أمنية تابعة للهيئة منازل في البلدة', 'raid'],
    ['شنت الهيئة حملة أمنية في مدينة سلقين', 'raid'],
    ['نفذت قوات أمريكية خاصة عملية إنزال جوي في بلدة أطمة', 'raid'],
    ['نفذ التحالف الدولي إنزالاً جوياً قرب مدينة الباب', 'raid'],
    ['جرت حملة توقيف في بلدة سرمين', 'arrest'],
    // Arrests told with the raid: arrests.
    ['داهمت عناصر الهيئة منزل ناشط واعتقلته', 'arrest'],
    ['داهمت دورية منزلاً في سرمدا واعتقلت شابين', 'arrest'],
  ])('%s is told as %s', (text, event) => {
    expect(classifyClause(foldKey(text))).toMatchObject({ type: 'other', event });
  });
  it.each([
    'داهمت السيول خيام النازحين في مخيمات أطمة',
    'داهمت مياه الأمطار المخيمات وأطلقت المنظمات حملة إغاثة',
    'داهمه المرض',
    // A vehicle that ran someone over, death that overtook them: no place raided.
    'دهمت سيارة تابعة للهيئة طفلاً حيث نقل إلى المشفى',
    'داهمهم الموت قبل وصول فرق الإسعاف التابعة لقوات الدفاع المدني',
    // A flag lowered, goods unloaded: no landing from the air.
    'أقدمت عناصر الهيئة على إنزال علم الثورة عن مبنى المجلس المحلي',
  ])('weather, illness or a car that "raids" (%s) is no raid', (text) => {
    expect(classifyClause(foldKey(text))?.event).not.toBe('raid');
  });
  it.each([
    ['قتل مدنيان بقصف روسي على بلدة البارة بريف إدلب الجنوبي', 'airstrike'],
    ['جراء القصف الروسي على البلدة', 'airstrike'],
    ['يتعرض ريف إدلب لقصف روسي', 'airstrike'],
    // Russian artillery or rockets named, or another side's fire told beside: shelling.
    ['قصف مدفعي روسي على البارة', 'shelling'],
    ['قصف صاروخي روسي على البارة', 'shelling'],
    ['تعرضت البارة لقصف روسي وقصف من قوات النظام', 'shelling'],
  ])('a bombardment named as Russia’s, %s, is told as %s', (text, type) => {
    expect(classifyClause(foldKey(text))?.type).toBe(type);
  });
  it('an air aggression (عدواناً جوياً), Damascus’s word for Israel’s strikes, is an air strike', () => {
    expect(
      classifyClause(foldKey('نفذ العدو الإسرائيلي عدواناً جوياً على مواقع في ريف حماة'))?.type,
    ).toBe('airstrike');
  });
  it('a device told as gone off by the verb (انفجرت عبوة أخرى) is a blast; a bottle or a can told otherwise is none', () => {
    expect(classifyClause(foldKey('فيما انفجرت عبوة أخرى في مدينة أعزاز'))?.type).toBe('explosion');
    expect(classifyClause(foldKey('انفجر جسم غريب في بلدة سرمدا'))?.type).toBe('explosion');
    // A car that blew up (it was a toll with no event).
    expect(
      classifyClause(foldKey('انفجرت سيارة محملة بالمتفجرات عند حاجز في مدينة بنش'))?.type,
    ).toBe('explosion');
    expect(classifyClause(foldKey('وزعت المنظمة عبوات مياه في مخيم أطمة'))).toBeNull();
  });
  it('an arrest only tried (حاولت دورية تابعة للهيئة اعتقال, على خلفية محاولة اعتقال) takes no one', () => {
    for (const text of [
      'حاولت دورية تابعة للهيئة اعتقال قيادي في حراس الدين في بلدة سرمدا',
      'اندلعت اشتباكات على خلفية محاولة الهيئة اعتقال قيادي في التنظيم',
    ])
      expect(classifyClause(foldKey(text))?.event).not.toBe('arrest');
    expect(classifyClause(foldKey('اعتقلت الهيئة قيادياً حاول الفرار من مدينة سرمدا'))?.event).toBe(
      'arrest',
    );
  });
  it('those abducted named as a noun tell no abduction of their own', () => {
    expect(classifyClause(foldKey('أفرجت الهيئة عن المختطفين في مدينة إدلب'))?.event).not.toBe(
      'abduction',
    );
  });
  it('patrols agreed on are a deal, not a patrol on its way', () => {
    const agreed = classifyClause(
      foldKey('اتفق الجانبان الروسي والتركي على تسيير دوريات مشتركة على طريق M4'),
    );
    expect(agreed).toMatchObject({ type: 'agreement', event: 'deal' });
    const sent = classifyClause(foldKey('سيرت القوات الروسية والتركية دورية مشتركة على طريق M4'));
    expect(sent).toMatchObject({ type: 'deployment', event: 'patrol' });
  });
  it('a march (مسيرة احتجاجية) is no drone', () => {
    expect(classifyClause(foldKey('خرجت مسيرة احتجاجية في مدينة إدلب'))?.event).not.toBe(
      'drone-strike',
    );
  });
  it.each([
    // Ground entered with no fight: taken unfought, by the side that went in.
    ['دخلت قوات النظام مدينة سراقب بعد انسحاب فصائل المعارضة منها', ['regime']],
    ['ودخلت الفصائل مدينة سراقب دون قتال', ['opposition']],
    ['ودخلت فصائل الجيش الوطني مدينة عفرين دون مواجهات تذكر', ['opposition']],
  ])('%s is ground taken without a fight, by %j', (text, actors) => {
    const cls = classifyClause(foldKey(text));
    expect(cls).toMatchObject({ type: 'other', event: 'taken-unfought' });
    expect(clauseActors(foldKey(text), cls!.type)).toEqual(actors);
  });
  it.each([
    // The verbs alone tell no movement of forces.
    'وأعادت المنظمات توزيع المساعدات في مدينة إدلب',
    'وانتشرت مقاطع مصورة تظهر الدمار في سراقب',
    'وسحبت الوزارة القرار بعد ساعات',
  ])('%s tells no event', (text) => {
    expect(classifyClause(foldKey(text))).toBeNull();
  });
  it.each([
    ['اتفق الرئيسان الروسي والتركي على وقف إطلاق النار في إدلب', 'deal'],
    ['توصلت روسيا وتركيا إلى اتفاق حول إدلب', 'deal'],
    ['ووقّعت روسيا وإيران وتركيا مذكرة لإنشاء مناطق لتخفيف التصعيد', 'deal'],
    ['وأعلنت روسيا وتركيا عن وقف لإطلاق النار في إدلب', 'deal'],
    ['ودخل اتفاق وقف إطلاق النار حيز التنفيذ في إدلب', 'deal'],
    // Talks held, and a deal denied or failed, are talks.
    ['بحث الرئيسان الوضع في إدلب', undefined],
    ['بوتين أردوغان يبحثان وقف التصعيد', undefined],
    ['ولم يتوصل الطرفان إلى اتفاق حول إدلب', undefined],
    ['وفشلت المباحثات في التوصل إلى اتفاق', undefined],
  ])('the agreement %s is told as %s (undefined: talks)', (text, event) => {
    const cls = classifyClause(foldKey(text));
    expect(cls?.type).toBe('agreement');
    expect(cls?.event).toBe(event);
  });
  it('an agreement that came into force (دخل حيز التنفيذ) is no ground entered', () => {
    const text = foldKey('ودخل الاتفاق حيز التنفيذ بعد انسحاب الفصائل من الطريق');
    expect(classifyClause(text)?.event).not.toBe('taken-unfought');
  });
  it('a town entered after fighting is a clash, not ground taken unfought', () => {
    const text = foldKey('ودخلت قوات النظام بلدة كفرنبل بعد انسحاب الفصائل إثر معارك عنيفة');
    expect(classifyClause(text)?.type).toBe('clash');
  });
  it('ground taken by a side told with its backers (تمكنت قوات النظام مدعومة بـ … من استعادة السيطرة)', () => {
    const text = foldKey(
      'وتمكنت قوات النظام مدعومة بالميليشيات الإيرانية من استعادة السيطرة على مدينة سراقب',
    );
    expect(classifyClause(text)).toMatchObject({ type: 'clash', taken: true });
  });
  it('ground taken told after «before» (قبل أن تستعيدها) is taken, not ground held now', () => {
    for (const text of [
      'قبل أن تستعيدها الفصائل في 27 من الشهر ذاته',
      'قبل أن تسيطر عليها قوات النظام',
      'قبل أن تستعيد الفصائل السيطرة عليها',
    ])
      expect(classifyClause(foldKey(text)), text).toMatchObject({ type: 'clash', taken: true });
    // Who holds a town now is no event.
    expect(classifyClause(foldKey('تسيطر الهيئة على إدلب منذ عام 2019'))).toBeNull();
  });
  it("a side's post hit is its loss, not its fire; reached by forces deployed, theirs", () => {
    const hit = foldKey('استهدفت قوات النظام بقذائف المدفعية محيط النقطة التركية في بلدة ترنبة');
    expect(clauseActors(hit, 'shelling')).toEqual(['regime']);
    // After the `ل` of the fire's object, an adjective between: still the post hit.
    const lam = foldKey('جراء استهداف قوات النظام لنقطة عسكرية تركية في محيط بلدة البارة');
    expect(clauseActors(lam, 'shelling')).toEqual(['regime']);
    for (const text of [
      'وصلت تعزيزات إلى النقاط التركية في ريف إدلب',
      'وصل رتل إلى نقطة المراقبة التركية في مورك',
    ])
      expect(clauseActors(foldKey(text), 'deployment'), text).toEqual(['turkey']);
  });
  it('a withdrawal told as such has the side that pulled out as its actor', () => {
    const text = foldKey('انسحبت القوات التركية من نقطة المراقبة في مورك');
    expect(clauseActors(text, 'deployment')).toEqual(['turkey']);
  });
  it.each([
    ['قصف فصائل لقوات النظام', 'shelling', ['opposition']],
    ['رصد المرصد السوري لحقوق الإنسان قصفاً من قوات النظام', 'shelling', ['regime']],
    ['قصفت الفصائل مواقع قوات النظام', 'shelling', ['opposition']],
    ['اشتباكات بين هيئة تحرير الشام وقوات النظام', 'clash', ['hts', 'regime']],
    ['هجمات بي كا كا وي ب ك', 'attack', ['sdf']],
    ['قصفت قسد مواقع الجيش الوطني', 'shelling', ['sdf']],
    ['الميليشيات الإيرانية وحزب الله', 'deployment', ['iran']],
    ['تبنى تنظيم الدولة التفجير', 'explosion', ['isis']],
    ['طائرة للتحالف الدولي', 'airstrike', ['coalition']],
    ['مقاتلو الجيش السوري الحر', 'clash', ['opposition']],
    ['ناشطون والدفاع المدني', 'shelling', []],
    // A side telling or mourning its own dead lost them: it did not act.
    ['وأعلنت هيئة تحرير الشام مقتل قيادي في صفوفها بانفجار لغم أرضي', 'explosion', []],
    ['ونعت الفصائل ثلاثة من مقاتليها قتلوا بقصف لقوات النظام', 'shelling', ['regime']],
    ['أعلنت وزارة الدفاع التركية أنها قصفت مواقع قسد', 'shelling', ['turkey']],
    // `ل` + an `ال` name (`للهيئة`, `للنظام`) reads as `لـ` + the name does: a target after a
    // place or a post, the actor after an event noun or an aircraft.
    ['فجر انتحاري نفسه عند حاجز للهيئة في مدينة سرمدا', 'explosion', []],
    ['انفجرت عبوة قرب مقر للهيئة', 'explosion', []],
    ['قصف مدفعي للنظام على البارة', 'shelling', ['regime']],
    ['وأسقطت مروحية للنظام برميلين على البلدة', 'airstrike', ['regime']],
    // The army's named units, and the jihadist factions beside HTS.
    ['قصفت قوات الفرقة 25 مهام خاصة بلدة كفرنبل', 'shelling', ['regime']],
    ['استهدفت قوات النمر قرية الفطيرة', 'shelling', ['regime']],
    ['قصف الفيلق الخامس بلدة البارة', 'shelling', ['regime']],
    ['هاجم الحزب الإسلامي التركستاني مواقع قوات النظام', 'attack', ['opposition']],
    ['اشتباكات بين هيئة تحرير الشام وتنظيم حراس الدين', 'clash', ['hts', 'opposition']],
  ] as const)('%s → %s', (text, type, actors) => {
    expect(clauseActors(foldKey(text), type)).toEqual(actors);
  });
});

describe('clauses', () => {
  it('are cut before the connectors whatever their hamza or alif maqsura (ما أدى، إضافة إلى)', () => {
    // The text is folded before it is cut (أدى → ادي): the connectors must be folded alike.
    const cut = (text: string) => clauseSpans(text).map((s) => text.slice(s.start, s.end));
    expect(cut('قصفت قوات النظام بلدة سرمين ما أدى إلى مقتل مدنيين')).toEqual([
      'قصفت قوات النظام بلدة سرمين',
      'ما أدى إلى مقتل مدنيين',
    ]);
    expect(cut('قصف على بنش إضافة إلى غارات على سرمين')).toEqual([
      'قصف على بنش',
      'إضافة إلى غارات على سرمين',
    ]);
  });
});
