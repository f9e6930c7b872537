import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliticForms } from './clitics';
import { fixtureGazetteer, realGazetteer, sampleReport } from './fixtures/loadFixtures';
import { collectAreas, createGeocoder, unresolvedList } from './index';
import { buildNameIndex, lookup, nameVariants } from './nameIndex';
import { choose } from './resolve';

const fixture = fixtureGazetteer();
const geocoder = createGeocoder(fixture);

describe('clitics', () => {
  it('tries the token first, then stripped forms', () => {
    expect(cliticForms('وبالاتارب').map((f) => f.form)).toEqual([
      'وبالاتارب',
      'بالاتارب',
      'الاتارب',
    ]);
    expect(cliticForms('للاتارب')).toContainEqual({ form: 'الاتارب', skip: 1 });
  });
  it('never cuts Lebanon (لبنان) into ل and the village of Banan (بنان)', () => {
    expect(cliticForms('لبنان').map((f) => f.form)).toEqual(['لبنان']);
    expect(cliticForms('ولبنان').map((f) => f.form)).toEqual(['ولبنان', 'لبنان']);
  });
  it('does not strip a name that begins with a clitic letter when the gazetteer knows it whole', () => {
    const m = geocoder.findMentions('قصف على بنش')[0]!;
    expect(m.surface).toBe('بنش');
  });
});

describe('name index', () => {
  it('indexes with and without the article and the space', () => {
    expect(nameVariants('كفر نبل')).toContainEqual(['كفرنبل']);
    expect(nameVariants('كفرنبل')).toContainEqual(['كفر', 'نبل']);
    expect(nameVariants('الاتارب')).toContainEqual(['اتارب']);
    const index = buildNameIndex(fixture.places);
    expect(lookup(index, ['كفر', 'نبل']).map((p) => p.nameEn)).toEqual(['Kafr Nabl']);
  });

  it('keeps the article where dropping it would make the head of other villages’ names', () => {
    // `المعرة` (Maarat al-Numan) is no `معرة حرمة`; `الدير` alone would be any `دير …`.
    expect(nameVariants('المعره')).toEqual([['المعره']]);
    expect(nameVariants('المعره النعمان')).toContainEqual(['معره', 'النعمان']);
  });

  it('never reads the country in its adjective (`القوات السورية`)', () => {
    expect(nameVariants('سوريه', 'country')).not.toContainEqual(['السوريه']);
    expect(nameVariants('سراقب', 'town')).toContainEqual(['السراقب']);
  });
});

describe('resolution', () => {
  const suran = fixture.places.filter((p) => p.nameAr === 'صوران');
  it('follows the governorate named nearby', () => {
    expect(choose(suran, { admin1: new Map([['Aleppo', 1]]), points: [] }).place.admin1).toBe(
      'Aleppo',
    );
    expect(choose(suran, { admin1: new Map([['Hama', 1]]), points: [] }).place.admin1).toBe('Hama');
  });
  it('lowers confidence when ambiguous', () => {
    const r = choose(suran, { admin1: new Map(), points: [] });
    expect(r.ambiguous).toBe(true);
    expect(r.confidence).toBeLessThan(0.6);
  });
  it.todo(
    'القنيطرة of western Idlib vs Quneitra governorate: no cited row for the Idlib village yet',
  );
  it.todo('the two villages الزيارة: the gazetteer has only the one of al-Ghab');
});

/** The villages the gazetteer lacks that a text names, as the ingest report tallies them, sorted. */
function unknownVillagesIn(text: string): string[] {
  const tally = new Map<string, number>();
  geocoder.findMentions(text, { unresolved: tally });
  return unresolvedList(tally)
    .map((u) => u.name)
    .sort();
}

describe('areas and report helpers', () => {
  it('collects one feature per area id and the unresolved tally', () => {
    const tally = new Map<string, number>();
    const ms = geocoder.findMentions('قصف قرية معرزيتا في ريف إدلب الجنوبي وريف إدلب الجنوبي', {
      unresolved: tally,
    });
    const areas = collectAreas(ms);
    expect(areas.features.map((f) => f.id)).toEqual(['area-idlib-countryside-south']);
    expect(unresolvedList(tally)).toEqual([{ name: 'معرزيتا', count: 1 }]);
  });
  it('takes no "village" from a cue followed by where it lies (وقرى حولها)', () => {
    const tally = new Map<string, number>();
    geocoder.findMentions('قصفت قوات النظام قرية معرزيتا وقرى حولها وبلدات قربها', {
      unresolved: tally,
    });
    expect(unresolvedList(tally)).toEqual([{ name: 'معرزيتا', count: 1 }]);
  });
  it('takes no "village" from the hills of a known one in a list (قرى الكبينة وتلال كبانة)', () => {
    const tally = new Map<string, number>();
    geocoder.findMentions('استهدفت الغارات قرى الكبينة وتلال كبانة في جبل الأكراد', {
      unresolved: tally,
    });
    expect(unresolvedList(tally)).toEqual([{ name: 'الكبينة', count: 1 }]);
  });
  it('keeps a town named with its kind after a countryside and its direction (الجنوبي ومدينة سراقب)', () => {
    const named = (text: string) =>
      geocoder.findMentions(text).map((m) => [m.surface, m.placeId.startsWith('area-')]);
    // The direction is the countryside's adjective, not "south of the town": the town was lost.
    expect(named('قصف على ريف إدلب الجنوبي ومدينة سراقب')).toEqual([
      ['ريف إدلب الجنوبي', true],
      ['سراقب', false],
    ]);
    expect(named('قصف على جنوب مدينة سراقب')).toEqual([['جنوب مدينة سراقب', true]]);
  });
  it('reads a pair of villages told as the subject (تعرضت بلدتا X وY)', () => {
    expect(unknownVillagesIn('تعرضت بلدتا معرزيتا وكنصفرة لقصف صاروخي مكثف')).toEqual(['معرزيتا']);
    expect(unknownVillagesIn('وشهدت قريتا كنصفرة ومعرزيتا قصفاً')).toEqual(['معرزيتا']);
  });
  it('takes no "village" from the time of day after a known pair and a comma', () => {
    // The road between the pair is known, so the list's two items were stepped over as one.
    const text = 'استهدفت مسيرة سيارة على الطريق الواصل بين بلدتي آفس وسرمين، صباح اليوم السبت';
    expect(unknownVillagesIn(text)).toEqual([]);
    expect(unknownVillagesIn('قصفت قوات النظام قريتي كنصفرة والبارة، مساء أمس')).toEqual([]);
    // The list goes on past known villages joined by «و» when no comma ends it.
    expect(unknownVillagesIn('قصف على قرى كنصفرة والبارة ومعرزيتا')).toEqual(['معرزيتا']);
  });
  it('reads a front named by two villages (محور تل ملح والجبين), and ends one at its comma', () => {
    expect(unknownVillagesIn('معارك على محور تل ملح والجبين في ريف حماة الشمالي')).toEqual([
      'الجبين',
      'تل ملح',
    ]);
    // After the comma the clause goes on: `ترافقت` is no village.
    expect(unknownVillagesIn('اشتباكات على محور كنصفرة، ترافقت مع قصف صاروخي')).toEqual([]);
  });
  it('reads the village a post stands in (نقطة المراقبة التركية في شير مغار)', () => {
    expect(unknownVillagesIn('دخل رتل إلى نقطة المراقبة التركية في شير مغار بريف حماة')).toEqual([
      'شير مغار',
    ]);
    expect(unknownVillagesIn('قصف قرب نقطة مراقبة تركية في معرزيتا، وسط تحليق للطيران')).toEqual([
      'معرزيتا',
    ]);
    // A known place there, or no name: nothing more.
    expect(unknownVillagesIn('قصفت قوات النظام محيط النقطة التركية في كنصفرة')).toEqual([]);
    expect(unknownVillagesIn('استهدفت القاعدة العسكرية في المنطقة')).toEqual([]);
    // A post's kind told: al-Qaeda is none.
    expect(unknownVillagesIn('بايع تنظيم القاعدة في بلاد الشام قرب كنصفرة')).toEqual([]);
  });
  it('reads a list led by «each of» and a known place (في كل من كنصفرة والبارة ومعرزيتا)', () => {
    expect(unknownVillagesIn('قصف استهدف أماكن في كل من كنصفرة والبارة ومعرزيتا وحاس')).toEqual([
      'معرزيتا',
    ]);
    // `كل من` is also "everyone who": without a known place after it, no list.
    expect(unknownVillagesIn('قتل كل من كان في المنزل بقصف على كنصفرة')).toEqual([]);
  });
  it('reads a list led by «each of» whose first item is unknown, up to a known place and on (في كل من الفطيرة وكنصفرة وسفوهن)', () => {
    expect(
      unknownVillagesIn('قصف استهدف أماكن في كل من الفطيرة وكنصفرة وسفوهن بجبل الزاوية'),
    ).toEqual(['الفطيرة', 'سفوهن']);
  });
  it('reads a list led by «each of» whose places each have their count in brackets (كل من: معرشمارين (12)، جرجناز (8)، التح (6))', () => {
    expect(
      unknownVillagesIn(
        '45 غارة على كل من: معرشمارين (12)، كنصفرة (8)، التح (6)، حاس (5)، وبابولين (3)، ومناطق أخرى.',
      ),
    ).toEqual(['التح', 'بابولين', 'معرشمارين']);
    // One name with its count is no list: `قتل كل من (3)` names no village.
    expect(unknownVillagesIn('أصيب كل من أحمد (12) في قصف على كنصفرة')).toEqual([]);
  });
  it('reads a list led by «especially» (ولا سيما، خاصة) past its known places, and no village «ولا»', () => {
    expect(
      unknownVillagesIn(
        'غارات على مدن وبلدات ريف حلب الغربي، ولا سيما دارة عزة والأتارب وكفرنوران',
      ),
    ).toEqual(['كفرنوران']);
    expect(unknownVillagesIn('قصف على بلدات ريف إدلب، خاصة كفرنبل وحاس وفليفل')).toEqual(['فليفل']);
  });
  it('reads no village in what a farm keeps or a place is for (مزرعة للدواجن، مزرعة دواجن)', () => {
    expect(unknownVillagesIn('استهدفت غارات روسية مزرعة للدواجن قرب بلدة كنصفرة')).toEqual([]);
    expect(unknownVillagesIn('استهدفت غارات روسية مزرعة دواجن قرب بلدة كنصفرة')).toEqual([]);
    expect(unknownVillagesIn('قصفت قوات النظام مزرعة الأبقار في كنصفرة')).toEqual([]);
    // A farm named as a village still is one.
    expect(unknownVillagesIn('قصفت قوات النظام مزرعة الفطيرة قرب كنصفرة')).toEqual(['الفطيرة']);
  });
  it('keeps a village named for a sheikh Ali whole (الشيخ علي), though folding writes Ali as «on»', () => {
    expect(unknownVillagesIn('قصف على قرية الشيخ علي بريف حلب')).toEqual(['الشيخ علي']);
  });
  it('reads a list of places named as such led by a known one (مناطق في قلعة المضيق والتوينة والشريعة)', () => {
    expect(
      unknownVillagesIn(
        'سقطت قذائف على مناطق في قلعة المضيق والتوينة والشريعة بريف حماة الشمالي الغربي',
      ),
    ).toEqual(['التوينة', 'الشريعة']);
    // Not what is done in a known place (`مواقع في كنصفرة والطائرات`: no list of places).
    expect(unknownVillagesIn('قصف على مواقع في كنصفرة، والطائرات تحلق في الأجواء')).toEqual([]);
  });
  it('reads the rest of a list whose cue a known outskirts takes in (أطراف بلدات البارة وكنصفرة وفليفل)', () => {
    expect(
      unknownVillagesIn('قصفت قوات النظام أطراف بلدات البارة وكنصفرة ومعرزيتا، دون إصابات'),
    ).toEqual(['معرزيتا']);
  });
  it('reads villages listed before a known one with no cue (في الفطيرة وسفوهن ومحيط كنصفرة)', () => {
    expect(
      unknownVillagesIn('قصف صاروخي على مناطق في الفطيرة وسفوهن ومحيط كنصفرة بجبل الزاوية'),
    ).toEqual(['الفطيرة', 'سفوهن']);
    // Not before a governorate or the country: `في روسيا وسوريا` names no villages.
    expect(unknownVillagesIn('اجتماعات في موسكو وسوريا بشأن إدلب')).toEqual([]);
    // Nor when the list does not reach the known place by `و`.
    expect(unknownVillagesIn('قتل مدنيان في قصف على كنصفرة')).toEqual([]);
  });
  it('reads places named as such (مناطق في …) listed up to where they lie (ضمن ريف إدلب)', () => {
    expect(
      unknownVillagesIn(
        'قصف صاروخي على مناطق في الفطيرة وفليفل وسفوهن ضمن ريف إدلب الجنوبي',
      ).sort(),
    ).toEqual(['الفطيرة', 'سفوهن', 'فليفل']);
    // Not one name alone, nor with no noun of places before `في`.
    expect(unknownVillagesIn('قصف صاروخي على مناطق في الفطيرة ضمن ريف إدلب الجنوبي')).toEqual([]);
    expect(unknownVillagesIn('قصف في الصباح والمساء في ريف إدلب الجنوبي')).toEqual([]);
  });
  it('reads a front named by a pit or a dam as two words (محور جب الأحمر، سد تشرين)', () => {
    expect(unknownVillagesIn('اشتباكات على محور جب الأحمر في ريف اللاذقية الشمالي')).toEqual([
      'جب الأحمر',
    ]);
    expect(unknownVillagesIn('معارك على محور سد تشرين، وسط قصف متبادل')).toEqual(['سد تشرين']);
    // A military unit's base is no village (`محور الفوج 46`).
    expect(unknownVillagesIn('استهدفت الفصائل دبابة على محور الفوج 46')).toEqual([]);
  });
  it('keeps a second plain word of a village when where it lies follows (قرية أبين سمعان بريف حلب)', () => {
    expect(unknownVillagesIn('ألقى الطيران براميل على قرية أبين سمعان بريف حلب الغربي')).toEqual([
      'أبين سمعان',
    ]);
    expect(unknownVillagesIn('قصف على قرية أبين سمعان، دون إصابات')).toEqual(['أبين سمعان']);
    // Not an adverb of the sentence (`مجدداً`), nor a word that goes on with it.
    expect(unknownVillagesIn('قصفت قوات النظام قرية أبين مجدداً.')).toEqual(['أبين']);
    expect(unknownVillagesIn('قصفت قوات النظام قرية أبين بالمدفعية الثقيلة')).toEqual(['أبين']);
  });
  it('reads a name between two known towns of a list, each joined by و (في سراقب وداديخ وكفربطيخ)', () => {
    // Dadikh was lost.
    expect(
      unknownVillagesIn('استهدفت المدفعية التركية مواقع قوات النظام في كنصفرة وداديخ والبارة'),
    ).toEqual(['داديخ']);
    // Not a word that goes on with the sentence (`وقوات الفصائل`), nor an area (`وريف`).
    expect(unknownVillagesIn('قصفت قوات النظام كنصفرة وقوات الفصائل والبارة')).toEqual([]);
    expect(unknownVillagesIn('قصفت قوات النظام كنصفرة وريف إدلب الجنوبي')).toEqual([]);
  });
  it('reads no village in places told in general at a list’s end (ومناطق أخرى، وبلدات أخرى)', () => {
    // `مناطق` was a village placed south of Idlib.
    expect(
      unknownVillagesIn('قصفت قوات النظام بلدات البارة وسفوهن ومناطق أخرى جنوبي إدلب'),
    ).toEqual(['سفوهن']);
    expect(unknownVillagesIn('قصفت قوات النظام قرى سفوهن وفليفل وقرى أخرى')).toEqual([
      'سفوهن',
      'فليفل',
    ]);
    expect(unknownVillagesIn('قصفت قوات النظام قرى سفوهن وفليفل ومواقع في جبل الزاوية')).toEqual([
      'سفوهن',
      'فليفل',
    ]);
  });
  it('keeps a second word with the article when where it lies follows (بلدة أورم الجوز في ريف إدلب)', () => {
    // The name was cut to `أورم`.
    expect(unknownVillagesIn('غارة على سيارة قرب بلدة أورم الجوز في ريف إدلب الجنوبي')).toEqual([
      'أورم الجوز',
    ]);
    expect(unknownVillagesIn('قصف على قرية عين السبيل، دون إصابات')).toEqual(['عين السبيل']);
    // Not a word told of the village (`الواقعة`, `المحررة`), nor a time (`اليوم`).
    expect(unknownVillagesIn('قصفت قوات النظام قرية أبين الواقعة في ريف حلب')).toEqual(['أبين']);
    expect(unknownVillagesIn('قصفت قوات النظام قرية أبين المحررة في ريف حلب')).toEqual(['أبين']);
    expect(unknownVillagesIn('قصفت قوات النظام قرية أبين اليوم.')).toEqual(['أبين']);
  });
  it('keeps a direction with the article as a village name’s (الدير الغربي), and reads the list on', () => {
    expect(unknownVillagesIn('سيطرت قوات النظام على قرى كنصفرة والفطيرة الغربي وسفوهن')).toEqual([
      'الفطيرة الغربي',
      'سفوهن',
    ]);
  });
  it('keeps both words of an unknown village whose first word never stands alone', () => {
    const tally = new Map<string, number>();
    geocoder.findMentions(
      'قصف على قرية الشيخ يوسف في جبل الزاوية وغارة على بلدة معارة النعسان شرقي إدلب',
      { unresolved: tally },
    );
    expect(unresolvedList(tally).map((u) => u.name)).toEqual(['الشيخ يوسف', 'معارة النعسان']);
    // A landform heads a name too: `جبل الدويلة` is one village, not «جبل».
    const hill = new Map<string, number>();
    geocoder.findMentions('قصف على قرية جبل الدويلة شمال غربي إدلب', { unresolved: hill });
    expect(unresolvedList(hill).map((u) => u.name)).toEqual(['جبل الدويلة']);
  });
  it('keeps a list going past a village whose second word has the article', () => {
    // `الخاضعة` tells who holds them: no part of the last name.
    expect(
      unknownVillagesIn(
        'قصف الجيش التركي قرى شوارغة الأرز ومرعناز وعين دقنة الخاضعة لسيطرة قسد في ريف حلب الشمالي',
      ),
    ).toEqual(['شوارغة الأرز', 'عين دقنة', 'مرعناز'].sort());
  });
  it('reads a list on past a short head after و (وأم جلال) and stops at a kind of place (ومدينة)', () => {
    expect(unknownVillagesIn('قصفت قوات النظام قرى أم حوش وأم جلال ومدينة إدلب')).toEqual(
      ['أم جلال', 'أم حوش'].sort(),
    );
  });
  it('reads no village from a verb after a list’s comma, and a spring heads a name (نبع المر)', () => {
    expect(
      unknownVillagesIn(
        'قصفت قوات النظام قرى معرزيتا وبينين، طال بشكل خاص أطرافها. وسيطر المقاتلون على قرية نبع المر',
      ),
    ).toEqual(['بينين', 'معرزيتا', 'نبع المر'].sort());
  });
  it('reads no village from a verb with its object after a list’s comma (وأجبرتهم); كفرناها stays one', () => {
    expect(
      unknownVillagesIn(
        'تصدت الوحدات لمحاولة تسلل على محور قرية مرعناز، وأجبرتهم على التراجع. وقصفت قوات النظام قرية كفرناها.',
      ),
    ).toEqual(['كفرناها', 'مرعناز'].sort());
  });
  it('reads the villages a front runs through (على محور التفاحية), not its other names', () => {
    // The test gazetteer lacks جبل الأكراد: a front named after it is read as a village too.
    expect(
      unknownVillagesIn(
        'اشتباكات على محور التفاحية في ريف اللاذقية، وقصف على محاور القتال ومحور مدينة إدلب وعلى محاور جبل الأكراد، فيما ألقى الطيران براميل',
      ),
    ).toEqual(['التفاحية', 'جبل الأكراد'].sort());
    // Routes are no fronts' villages (`محاور تحرك`, `محاور الإمداد`).
    expect(
      unknownVillagesIn('دمرت وحدات الجيش مقرات ومحاور تحرك للمجموعات وقطعت محاور الإمداد'),
    ).toEqual([]);
  });
  it('reads the villages after a list’s lead-in (قرى أبرزها …), not the lead-in', () => {
    expect(
      unknownVillagesIn(
        'سيطرت الفصائل على أكثر من 20 قرية وبلدة أبرزها قبتان الجبل والشيخ عقيل وعنجارة، إضافة إلى الفوج 46. وقصفت قوات النظام قرى أهمها مرعناز.',
      ),
    ).toEqual(['الشيخ عقيل', 'عنجارة', 'قبتان الجبل', 'مرعناز'].sort());
    // Not after a single village's cue: `قرية أبرزها` names none.
    expect(unknownVillagesIn('قصفت قوات النظام قرية أبرزها')).toEqual([]);
  });
  it('reads no village in subdistricts named after a list’s cue (لقرى ناحيتي شيراوا وشرا)', () => {
    expect(unknownVillagesIn('ويواصل الجيش التركي قصفه لقرى ناحيتي شيراوا وشرا منذ أيام.')).toEqual(
      [],
    );
  });
  it('reads the villages after «the foremost of them» set off from the places counted (15 قرية …، أبرزها)', () => {
    expect(
      unknownVillagesIn(
        'أعلنت إدارة العمليات السيطرة على 15 قرية وبلدة خلال اليومين الماضيين، أبرزها الشيخ عقيل وعنجارة والفوج 46، بعد معارك عنيفة.',
      ),
    ).toEqual(['الشيخ عقيل', 'عنجارة']);
    // The foremost of factions are no villages.
    expect(
      unknownVillagesIn('شاركت عدة فصائل في الهجوم، أبرزها هيئة تحرير الشام وفيلق الشام.'),
    ).toEqual([]);
  });
  it('reads a bare «the city» (المدينة) as the city named before, with its outskirts told with it', () => {
    const ms = geocoder.findMentions(
      'سيطرت الفصائل على مدينة سراقب. ونفذ الطيران 18 غارة على المدينة وأطرافها. وزار الوفد المدينة الصناعية. وردت قوات النظام بقصف المدينة بالبراميل المتفجرة.',
    );
    expect(ms.map((m) => [m.surface, m.nameAr])).toEqual([
      ['سراقب', 'سراقب'],
      ['المدينة', 'سراقب'],
      ['المدينة', 'سراقب'],
    ]);
  });
  it('reads «the city» (المدينة) after a city named by what lies about it, and its outskirts told before it', () => {
    const ms = geocoder.findMentions(
      'انفجرت عبوة ناسفة قرب مدينة أريحا يوم الثلاثاء. وبعد يومين، قصفت الطائرات الروسية أطراف المدينة. ثم قصفت المدينة.',
    );
    expect(ms.map((m) => [m.surface, m.nameAr, m.geoPrecision])).toEqual([
      ['قرب مدينة أريحا', 'أطراف أريحا', 2],
      ['أطراف المدينة', 'أطراف أريحا', 2],
      ['المدينة', 'أريحا', 1],
    ]);
  });
  it('reads no «the village» (القرية) as a known one when a village it lacks was named since', () => {
    const ms = geocoder.findMentions(
      'قصفت قوات النظام بلدة كنصفرة. وهاجمت الفصائل قرية معرزيتا، وتمكنت من السيطرة على القرية.',
    );
    expect(ms.map((m) => m.surface)).toEqual(['كنصفرة', 'معرزيتا']);
    // With no such village between, it is the one named before.
    expect(
      geocoder
        .findMentions('قصفت قوات النظام بلدة كنصفرة. وقتل مدني في القرية.')
        .map((m) => [m.surface, m.nameAr]),
    ).toEqual([
      ['كنصفرة', 'كنصفرة'],
      ['القرية', 'كنصفرة'],
    ]);
  });
  it('reads «the same area» (المنطقة ذاتها) as the countryside or region named last', () => {
    const ms = geocoder.findMentions(
      'غارات على ريف إدلب الجنوبي. كما قصفت قوات النظام المنطقة ذاتها بالمدفعية، وقصفت المنطقة الصناعية.',
    );
    expect(ms.map((m) => [m.surface, m.placeId])).toEqual([
      ['ريف إدلب الجنوبي', 'area-idlib-countryside-south'],
      ['المنطقة ذاتها', 'area-idlib-countryside-south'],
    ]);
  });
  it('reads «the hills surrounding it» (التلال المحيطة بها) as no outskirts of a town', () => {
    const ms = geocoder.findMentions('دخلت قوات النظام مدينة حماة وسيطرت على التلال المحيطة بها');
    expect(ms.map((m) => m.surface)).toEqual(['حماة']);
  });
  it('places unknown villages at the report default when the sentence has no place', () => {
    const ms = geocoder.findMentions('قصفت الطائرات قرية معرزيتا.', {
      title: 'غارات على جبل الزاوية',
    });
    expect(ms[0]).toMatchObject({ surface: 'معرزيتا', unresolved: true, geoPrecision: 2 });
    expect(ms[0]!.confidence).toBeLessThanOrEqual(0.2);
  });
  it('places a village told before any place, under a title with none, in the report’s governorate', () => {
    // Lost before: no place in its sentence, none before it, none in the title.
    const ms = geocoder.findMentions(
      'قصفت قوات النظام قرية معرزيتا. وتشهد مناطق ريف إدلب الجنوبي قصفاً متواصلاً.',
      { title: 'تصعيد جديد' },
    );
    const village = ms.find((m) => m.surface === 'معرزيتا');
    expect(village).toMatchObject({ unresolved: true, geoPrecision: 3, admin1: 'Idlib' });
    // Only known to lie in the governorate: "in" it, not "near" it.
    expect(village!.nameEn).toMatch(/^معرزيتا, in Idlib/);
    // Places of two governorates, one each: no governorate is the report's, so no place at all.
    const torn = geocoder.findMentions('قصفت قوات النظام قرية معرزيتا. وفي مدينة إدلب وحماة قصف.');
    expect(torn.some((m) => m.surface === 'معرزيتا')).toBe(false);
  });
  it('places a village of a sentence going on (وتتواصل المعارك) at the place before, not the report’s governorate', () => {
    const village = (text: string) =>
      geocoder.findMentions(text).find((m) => m.surface === 'معرزيتا');
    const after = 'وفي مدينة إدلب قصف. وفي ريف إدلب الجنوبي قصف.';
    expect(
      village(`قصفت قوات النظام مدينة حماة. وتتواصل المعارك على محور معرزيتا. ${after}`)?.admin1,
    ).toBe('Hama');
    // A sentence that does not go on from it: the governorate most of the report’s places are in.
    expect(
      village(`قصفت قوات النظام مدينة حماة. وقصفت قوات النظام قرية معرزيتا. ${after}`)?.admin1,
    ).toBe('Idlib');
  });
  it('reads the dual countryside on to a second governorate told with its own direction', () => {
    const ms = geocoder.findMentions(
      'غارات على ريفي حماة الشمالي وإدلب الجنوبي، وعلى ريفي إدلب وحماة',
    );
    expect(ms.map((m) => m.placeId)).toEqual([
      'area-hama-countryside-north',
      'area-idlib-countryside-south',
      'area-idlib-countryside',
      'area-hama-countryside',
    ]);
  });
  it('representative points lie inside their areas', async () => {
    const { booleanPointInPolygon } = await import('@turf/turf');
    const ms = geocoder.findMentions(
      'ريف إدلب الجنوبي وشمال غربي سوريا وأطراف مدينة إدلب الغربية ومنطقة عفرين',
    );
    for (const m of ms) expect(booleanPointInPolygon([m.lon, m.lat], m.area!)).toBe(true);
  });
});

describe('properties', () => {
  const alphabet = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ ،."\u064e\u0651\u0640\u200f٣ ';
  const arabicish = fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength: 80 });
  const withNames = fc
    .array(
      fc.oneof(
        arabicish,
        fc.constantFrom(
          'ريف إدلب الجنوبي',
          'وبإدلب',
          'كفر نبل',
          'بلدة ',
          'قرى "',
          'شمال غربي سوريا',
          'أطراف مدينة ',
          'ريفها الشرقي',
        ),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(' '));
  it('never throws; offsets are inside the text and slice to the surface; sorted and disjoint', () => {
    fc.assert(
      fc.property(fc.oneof(withNames, fc.string({ unit: 'binary' })), (text) => {
        const ms = geocoder.findMentions(text);
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!realGazetteer())('a name after a head that makes another name', () => {
  it('is no place of its own (أبو دالي is not الدالي); the two-word names the gazetteer holds stay', () => {
    const g = createGeocoder(realGazetteer()!);
    const names = (text: string) => g.findMentions(text).map((m) => m.nameEn);
    expect(names('اشتباكات في أبو دالي جنوب معرة النعمان')).not.toContain('Ad Daliyah');
    expect(names('اشتباكات في الدالي')).toEqual(['Ad Daliyah']);
    expect(names('قصف على كفر نبل وجسر الشغور وأبو الظهور')).toEqual([
      'Kafr Nabl',
      'Jisr ash-Shughur',
      'Abu al-Duhur',
    ]);
  });
});

describe('sample report', () => {
  for (const [label, gazetteer] of [
    ['fixture', fixture],
    ['real', realGazetteer()],
  ] as const) {
    it.skipIf(!gazetteer)(`finds and places every mention (${label} gazetteer)`, () => {
      const text = sampleReport();
      const ms = createGeocoder(gazetteer!).findMentions(text);
      const at = (surface: string) => ms.filter((m) => m.surface === surface);
      const ids = (surface: string) => at(surface).map((m) => m.placeId);
      expect(at('عين شيب').every((m) => m.unresolved && m.geoPrecision === 2)).toBe(true);
      expect(at('عين شيب')).toHaveLength(2);
      const ainShib = at('عين شيب')[1]!;
      const outskirts = at('أطراف مدينة إدلب الغربية')[0]!;
      expect([ainShib.lat, ainShib.lon]).toEqual([outskirts.lat, outskirts.lon]);
      expect(outskirts).toMatchObject({ placeId: 'area-idlib-outskirts-west', geoPrecision: 2 });
      expect(at('أريحا')[0]).toMatchObject({ geoPrecision: 1, admin1: 'Idlib' });
      expect(at('إدلب').length).toBeGreaterThanOrEqual(3);
      expect(at('إدلب').every((m) => m.geoPrecision === 1 && m.nameEn === 'Idlib')).toBe(true);
      expect(ids('منطقة عفرين')).toEqual(['area-afrin-district']);
      expect(ids('ريف إدلب الغربي')).toEqual(['area-idlib-countryside-west']);
      expect(ids('ريف إدلب الجنوبي')).toEqual(['area-idlib-countryside-south']);
      expect(ids('جنوب إدلب')).toEqual([
        'area-idlib-south',
        'area-idlib-south',
        'area-idlib-south',
      ]);
      expect(ids('جنوبي إدلب')).toEqual(['area-idlib-south']);
      expect(ids('ريفها الشرقي')).toEqual(['area-idlib-countryside-east']);
      expect(ids('ريف حلب الغربي')).toEqual(['area-aleppo-countryside-west']);
      // Named as Arabic names a part of the country: the noun, then the adjective.
      expect(at('شمال غربي سوريا')[0]).toMatchObject({
        placeId: 'area-syria-northwest',
        nameAr: 'شمال غربي سوريا',
        geoPrecision: 3,
      });
      expect(at('جبل الزاوية')[0]).toMatchObject({ geoPrecision: 2, admin1: 'Idlib' });
      expect(at('محافظة إدلب')[0]).toMatchObject({
        placeId: 'area-idlib-governorate',
        geoPrecision: 3,
      });
      expect(at('شمالي سوريا')[0]).toMatchObject({
        placeId: 'area-syria-north',
        nameAr: 'شمالي سوريا',
        geoPrecision: 3,
      });
      expect(ms.filter((m) => m.surface === 'سوريا')).toEqual([]);
      expect(ms.filter((m) => m.unresolved).map((m) => m.surface)).toEqual(['عين شيب', 'عين شيب']);
    });
  }
});

describe('the de-escalation zone named for a governorate', () => {
  const gazetteer = realGazetteer();
  const ids = (text: string) =>
    createGeocoder(gazetteer!)
      .findMentions(text)
      .map((m) => [m.surface, m.placeId]);
  it.skipIf(!gazetteer)('is the governorate (منطقة خفض التصعيد بإدلب), not its seat', () => {
    expect(ids('هجوم جوي على منطقة خفض التصعيد بإدلب مساء الخميس')).toEqual([
      ['منطقة خفض التصعيد بإدلب', 'area-idlib-governorate'],
    ]);
    expect(ids('في منطقة خفض التصعيد في إدلب')).toEqual([
      ['منطقة خفض التصعيد في إدلب', 'area-idlib-governorate'],
    ]);
    expect(ids('قصف على بلدة في إدلب')[0]![1]).toBe('gn-169389');
    expect(ids('في منطقة إدلب لخفض التصعيد')).toEqual([['منطقة إدلب', 'area-idlib-governorate']]);
    expect(ids('قصف على منطقة عفرين')).toEqual([['منطقة عفرين', 'area-afrin-district']]);
  });
  it.skipIf(!gazetteer)(
    'is no place in the name of a force named for a town (قوات تحرير عفرين)',
    () => {
      expect(ids('وردت قوات تحرير عفرين باستهداف تجمعات في محيط مدينة مارع')).toEqual([
        ['محيط مدينة مارع', 'area-mare-outskirts'],
      ]);
    },
  );
});

describe('a name that is not a place where it stands', () => {
  const gazetteer = realGazetteer();
  const places = (text: string) =>
    createGeocoder(gazetteer!)
      .findMentions(text)
      .map((m) => m.surface);
  it.skipIf(!gazetteer)('is a person after a title (الناشطة سلمى), a town elsewhere', () => {
    expect(places('قالت الناشطة سلمى الأحمد إن القصف على بلدة حاس أمس')).toEqual(['حاس']);
    expect(places('قصف على سلمى في ريف اللاذقية')).toContain('سلمى');
  });
  it.skipIf(!gazetteer)(
    'is an everyday word (الراعي the shepherd, الباب the door) unless a place is expected',
    () => {
      expect(places('قتل الراعي محمد العلي برصاص قناص')).toEqual([]);
      expect(places('أغلق الباب')).toEqual([]);
      // Without the article too: a shepherd of sheep, a door of a house.
      expect(places('أصيب راعي أغنام بانفجار لغم')).toEqual([]);
      expect(places('خلع باب المنزل')).toEqual([]);
      expect(places('سيطرت القوات التركية على مدينة الباب وبلدة الراعي')).toEqual([
        'الباب',
        'الراعي',
      ]);
      expect(places('قصف على الباب')).toEqual(['الباب']);
      // A front named by the town (`على جبهة الباب`), as `محور الباب` is.
      expect(places('قتل عنصر بانفجار لغم على جبهة الباب شرقي حلب')).toEqual(['الباب', 'شرقي حلب']);
      // Alms (`الزكاة`) and the village of that name north of Hama.
      expect(places('وزعت المنظمة أموال الزكاة على الأهالي')).toEqual([]);
      expect(places('قصفت قوات النظام بلدة الزكاة وكفرزيتا')).toEqual(['الزكاة', 'كفرزيتا']);
      expect(places('غارات على الزكاة شمالي حماة')).toContain('الزكاة');
    },
  );
  it.skipIf(!gazetteer)(
    'reads the Syrian coast (الساحل السوري) as the Latakia and Tartus governorates together; a shore is no place',
    async () => {
      const { booleanPointInPolygon } = await import('@turf/turf');
      const coast = createGeocoder(gazetteer!).findMentions(
        'أرسلت وزارة الدفاع تعزيزات إلى الساحل السوري',
      )[0]!;
      expect([coast.placeId, coast.geoPrecision, coast.nameEn]).toEqual([
        'area-syrian-coast',
        3,
        'Syrian coast',
      ]);
      // The area holds both governorates' towns: Latakia and Tartus.
      const towns: [number, number][] = [
        [35.78, 35.52],
        [35.89, 34.89],
      ];
      for (const at of towns) expect(booleanPointInPolygon(at, coast.area!)).toBe(true);
      expect(places('هجمات على حواجز الأمن العام في مناطق الساحل')).toEqual(['الساحل']);
      expect(places('انتشلت جثة على ساحل البحر')).toEqual([]);
      expect(places('تحدث عن الساحل الأفريقي')).toEqual([]);
    },
  );
  it.skipIf(!gazetteer)(
    'is a word of news prose (the visit, red lines, at present, a faction) unless a settlement word leads it',
    () => {
      expect(places('بحث الرئيسان خلال الزيارة وقف إطلاق النار')).toEqual([]);
      expect(places('حذرت أنقرة من تجاوز الخطوط الحمراء')).toEqual([]);
      expect(places('استمر القصف حتى الوقت الحاضر')).toEqual([]);
      expect(places('قصفت قوات النظام مواقع الجبهة الشامية')).toEqual([]);
      expect(places('قصفت قوات النظام بلدة الحاضر وقرية الزيارة')).toEqual(['الحاضر', 'الزيارة']);
      // A front line is named by the place it runs through.
      expect(places('دارت اشتباكات على محور الزيارة في سهل الغاب')).toEqual([
        'الزيارة',
        'سهل الغاب',
      ]);
    },
  );
  it.skipIf(!gazetteer)(
    'is part of the name of a force, a council or an outlet (قوات سوريا الديمقراطية, تلفزيون سوريا)',
    () => {
      expect(places('قصفت قوات سوريا الديمقراطية قرية كفر خاشر بريف حلب الشمالي')).toEqual([
        'كفر خاشر',
        'ريف حلب الشمالي',
      ]);
      expect(places('وقال مجلس سوريا الديمقراطية إن القصف خرق للاتفاق')).toEqual([]);
      expect(places('قتل مدنيان في كنصفرة، وفق ما أفاد تلفزيون سوريا')).toEqual(['كنصفرة']);
      expect(places('بحسب مراسل قناة حلب اليوم')).toEqual([]);
      expect(places('بحسب مركز إدلب الإعلامي وشبكة إدلب بوست')).toEqual([]);
      expect(places('وثق فريق منسقو استجابة سوريا نزوح عائلات من جبل الزاوية')).toEqual([
        'جبل الزاوية',
      ]);
      expect(places('نقلت شبكة حلب نيوز')).toEqual([]);
      // Nor is a word that opens the next clause after a list of villages.
      expect(
        places('شنت المقاتلات الروسية خمس غارات على قرى جبل الأكراد، تزامناً مع قصف مدفعي'),
      ).toEqual(['جبل الأكراد']);
      expect(places('قصف جيش إدلب الحر مواقع النظام في كفرنبل')).toEqual(['كفرنبل']);
      // The places themselves, elsewhere in the same words.
      expect(places('قصفت قوات النظام مدينة حلب اليوم')).toEqual(['حلب']);
      expect(places('قصف الطيران الروسي مواقع في شمال غربي سوريا')).toContain('شمال غربي سوريا');
    },
  );
  it.skipIf(!gazetteer)(
    'is the tail of a word after a clitic: فرقة (a division) and ورقة (a paper) are not Raqqa without its article',
    () => {
      expect(places('اختطف مسلحون من فرقة السلطان سليمان شاه مواطنين')).toEqual([]);
      expect(places('قدم الوفد ورقة عمل')).toEqual([]);
      expect(places('قصفت الطائرات مدينة الرقة وريف الرقة')).toContain('الرقة');
    },
  );
  it.skipIf(!gazetteer)(
    'is a district in the Kurdish administration’s word (مقاطعة عفرين), not the town',
    () => {
      const ms = createGeocoder(gazetteer!).findMentions(
        'اختطف مسلحون أربعة مواطنين من قرية كاخرة التابعة لناحية شيه في مقاطعة عفرين',
      );
      expect(ms.find((m) => m.surface === 'مقاطعة عفرين')).toMatchObject({
        placeId: 'area-afrin-district',
        geoPrecision: 2,
      });
    },
  );
  it.skipIf(!gazetteer)(
    'is the adjective “Syrian” (أنها سورية), the country after a preposition',
    () => {
      expect(places('قال مدير المرصد إن طائرات حربية يرجح أنها سورية نفذت الغارات')).toEqual([]);
      expect(places('تصعيد في سورية')).toEqual(['سورية']);
      // Joined to another adjective by a conjunction: still the adjective (it was all Syria).
      expect(places('غارات روسية وسورية على بلدات في جبل الزاوية')).not.toContain('سورية');
      // A preposition written onto it leads to the country.
      expect(places('وصلت المساعدات لسورية')).toEqual(['سورية']);
    },
  );
});

describe('a governorate’s seat named bare', () => {
  const gazetteer = realGazetteer();
  const mention = (text: string, surface: string) =>
    createGeocoder(gazetteer!)
      .findMentions(text)
      .find((m) => m.surface === surface);
  it.skipIf(!gazetteer)(
    'is the city, and may stand for its governorate (an agreement on Idlib is on the governorate)',
    () => {
      const bare = mention('اتفقت روسيا وتركيا على وقف إطلاق النار في إدلب', 'إدلب');
      expect(bare).toMatchObject({ geoPrecision: 1, nameEn: 'Idlib' });
      expect(bare?.seatOf).toMatchObject({ placeId: 'area-idlib-governorate', geoPrecision: 3 });
      expect(bare?.seatOf?.area).toBeDefined();
    },
  );
  it.skipIf(!gazetteer)(
    'stands for nothing more once the report calls it a city, nor does a town',
    () => {
      expect(mention('بحث الرئيسان الوضع في مدينة إدلب', 'إدلب')?.seatOf).toBeUndefined();
      expect(mention('وقّع الطرفان الاتفاق بمدينة إدلب', 'إدلب')?.seatOf).toBeUndefined();
      expect(mention('اتفق الطرفان على التهدئة في سراقب', 'سراقب')?.seatOf).toBeUndefined();
    },
  );
});

describe('the countryside told before its town (الريف الشمالي لمدينة حماة)', () => {
  const real = realGazetteer();
  it.skipIf(!real)('is that town’s countryside in that direction, as ريف حماة الشمالي is', () => {
    const g = createGeocoder(real!);
    const ids = (text: string) => g.findMentions(text).map((m) => m.placeId);
    expect(ids('اشتباكات في الريف الشمالي لمدينة حماة')).toEqual(
      ids('اشتباكات في ريف حماة الشمالي'),
    );
    expect(ids('غارات على الريف الجنوبي لإدلب')).toEqual(['area-idlib-countryside-south']);
    expect(ids('قصف على الريف الشمالي الغربي لحلب')).toEqual(['area-aleppo-countryside-northwest']);
    const [m] = g.findMentions('غارات على الريف الجنوبي لإدلب');
    expect(m!.surface).toBe('الريف الجنوبي لإدلب');
    // A town's quarters are in the town.
    expect(ids('قصفت قوات النظام الأحياء الجنوبية لمدينة إدلب')).toEqual(['gn-169389']);
  });
});

describe('the outskirts of a list opened by a village the gazetteer lacks (أطراف بلدتي فليفل وكنصفرة)', () => {
  const real = realGazetteer();
  it.skipIf(!real)(
    'are the outskirts of the known town after it too; a singular settlement word shares none',
    () => {
      const g = createGeocoder(real!);
      const ids = (text: string) => g.findMentions(text).map((m) => m.placeId);
      expect(ids('قصفت قوات النظام أطراف بلدتي فليفل وكنصفرة').at(-1)).toBe(
        'area-kansafra-outskirts',
      );
      expect(ids('قصفت قوات النظام أطراف قرى عين لاروز وكنصفرة').at(-1)).toBe(
        'area-kansafra-outskirts',
      );
      expect(ids('قصفت قوات النظام أطراف بلدة فليفل وكنصفرة').at(-1)).toBe('nwsy-kansafra');
      expect(ids('قصفت قوات النظام بلدتي فليفل وكنصفرة').at(-1)).toBe('nwsy-kansafra');
    },
  );
});

describe('«the city» after a town located by a direction from another (مدينة سراقب الاستراتيجية شرقي إدلب)', () => {
  const real = realGazetteer();
  it.skipIf(!real)('is the town located, not the city it was located from', () => {
    const g = createGeocoder(real!);
    const again = (text: string) => g.findMentions(text).at(-1)?.placeId;
    expect(
      again(
        'سيطرت الفصائل على مدينة سراقب الاستراتيجية شرقي إدلب. وشنت الطائرات غارات على أحياء المدينة.',
      ),
    ).toBe('gn-164816');
    // Named on its own, in a sentence of its own, the city is the one named again.
    expect(
      again(
        'سيطرت الفصائل على مدينة سراقب. وقصفت الطائرات شرقي إدلب. وشنت الطائرات غارات على أحياء المدينة.',
      ),
    ).toBe('gn-169389');
  });
});
