import { describe, expect, it } from 'vitest';
import type { Actor } from '../../model';
import { summaryAr, summaryEn } from './summary';

const shelling = (fatalities: number | null, injuries: number | null) => ({
  type: 'shelling' as const,
  actors: ['regime' as const],
  placeAr: 'سرمين',
  placeEn: 'Sarmin',
  strikes: null,
  fatalities,
  injuries,
});

describe('an incident summary with its toll', () => {
  it('agrees the Arabic noun with the number (قتيل واحد، قتيلان، ٣ قتلى، ١٢ قتيلاً، ١٠٠ قتيل)', () => {
    const toll = (k: number | null, i: number | null) => summaryAr(shelling(k, i)).split(': ')[1];
    expect(toll(1, 2)).toBe('قتيل واحد وجريحان');
    expect(toll(3, 10)).toBe('3 قتلى و10 جرحى');
    expect(toll(12, 99)).toBe('12 قتيلاً و99 جريحاً');
    expect(toll(100, 0)).toBe('100 قتيل و0 جريح');
    expect(toll(null, 5)).toBe('5 جرحى');
  });
  it('keeps English as it was', () => {
    expect(summaryEn(shelling(1, 2))).toMatch(/: 1 killed, 2 injured$/);
  });
});

describe('Assad’s side, before his government fell on 8 December 2024 and after', () => {
  it('is his government’s forces before, his loyalists after; the new state’s forces are the government’s', () => {
    const before = { ...shelling(null, null), date: '2024-11-30' };
    expect(summaryEn(before)).toBe('Assad government shelling on Sarmin');
    expect(summaryAr(before)).toBe('قصف من قوات النظام على سرمين');
    const after = {
      ...shelling(null, null),
      type: 'clash' as const,
      actors: ['government' as const, 'regime' as const],
      date: '2025-03-07',
    };
    expect(summaryEn(after)).toBe('Syrian government and Assad loyalist clashes in Sarmin');
    expect(summaryAr(after)).toBe('اشتباكات من القوات الحكومية وفلول النظام في سرمين');
  });
});

describe('an abduction is named as such, in its place, not an "attack on" it', () => {
  const abduction = {
    type: 'attack' as const,
    event: 'abduction' as const,
    actors: ['hts' as const],
    placeAr: 'سرمدا',
    placeEn: 'Sarmada',
    strikes: null,
    fatalities: null,
    injuries: null,
  };
  it('by a side, in both languages', () => {
    expect(summaryEn(abduction)).toBe('HTS abduction in Sarmada');
    expect(summaryAr(abduction)).toBe('اختطاف على يد هيئة تحرير الشام في سرمدا');
  });
  it('by no side known', () => {
    const unknown = { ...abduction, actors: ['unknown' as const] };
    expect(summaryEn(unknown)).toBe('Abduction in Sarmada');
    expect(summaryAr(unknown)).toBe('اختطاف في سرمدا');
  });
});

describe('a village the gazetteer lacks, placed near another place', () => {
  it('is not placed twice: its "near" says where it is, the region is left out', () => {
    const f = {
      type: 'airstrike' as const,
      actors: ['russia' as const],
      placeAr: 'عين شيب',
      placeEn: 'عين شيب, near Idlib outskirts (west)',
      regionAr: 'ريف إدلب الغربي',
      regionEn: 'Idlib countryside (west)',
      strikes: 3,
      fatalities: null,
      injuries: null,
    };
    expect(summaryEn(f)).toBe('Russian airstrikes (3) on عين شيب, near Idlib outskirts (west)');
    // Arabic names the village alone: the region says where it is.
    expect(summaryAr(f)).toBe('غارات روسية (3) على عين شيب، ريف إدلب الغربي');
  });
});

describe('a place told by its distance from a town', () => {
  const shelled = {
    type: 'shelling' as const,
    actors: ['regime' as const],
    placeId: 'area-saraqib-5km-west',
    placeAr: '5 كم غرب سراقب',
    placeEn: '5 km west of Saraqib',
    regionAr: 'ريف إدلب الشرقي',
    regionEn: 'Idlib countryside (east)',
    strikes: null,
    fatalities: 1,
    injuries: null,
  };
  it('takes no preposition in English, "at a distance of" in Arabic, and no region after it', () => {
    expect(summaryEn(shelled)).toBe('Assad government shelling 5 km west of Saraqib: 1 killed');
    expect(summaryAr(shelled)).toBe('قصف من قوات النظام على بعد 5 كم غرب سراقب: قتيل واحد');
  });
  it('reads as plainly when only the distance is told', () => {
    const around = {
      ...shelled,
      placeId: 'area-saraqib-5km',
      placeAr: '5 كم من سراقب',
      placeEn: '5 km from Saraqib',
    };
    expect(summaryEn(around)).toBe('Assad government shelling 5 km from Saraqib: 1 killed');
    expect(summaryAr(around)).toBe('قصف من قوات النظام على بعد 5 كم من سراقب: قتيل واحد');
  });
  it('places a village the gazetteer lacks without a "near" or a region after it', () => {
    const village = {
      ...shelled,
      placeId: 'unknown-idlib-642dc49c41',
      placeAr: 'الغدفة',
      placeEn: 'الغدفة, about 35 km south of Idlib',
    };
    expect(summaryEn(village)).toBe(
      'Assad government shelling on الغدفة, about 35 km south of Idlib: 1 killed',
    );
  });
});

describe('a raid is named by who raided, in its place', () => {
  const raid = {
    type: 'other' as const,
    event: 'raid' as const,
    actors: ['regime' as const],
    placeAr: 'كفر نبودة',
    placeEn: 'Kafr Nabudah',
    strikes: null,
    fatalities: null,
    injuries: null,
  };
  it('in both languages', () => {
    expect(summaryEn(raid)).toBe('Assad government raid in Kafr Nabudah');
    expect(summaryAr(raid)).toBe('مداهمة على يد قوات النظام في كفر نبودة');
  });
});

describe('a military post set up is named as such, not "reinforcements", as its side’s', () => {
  const post = {
    type: 'deployment' as const,
    event: 'post-set-up' as const,
    actors: ['turkey' as const],
    placeAr: 'النيرب',
    placeEn: 'al-Nayrab',
    strikes: null,
    fatalities: null,
    injuries: null,
  };
  it('in both languages', () => {
    expect(summaryEn(post)).toBe('Turkish post set up in al-Nayrab');
    expect(summaryAr(post)).toBe('إنشاء نقطة تركية في النيرب');
    const regime = { ...post, actors: ['regime' as const] };
    expect(summaryEn(regime)).toBe('Assad government post set up in al-Nayrab');
    expect(summaryAr(regime)).toBe('إنشاء نقطة تابعة لقوات النظام في النيرب');
  });
});

describe('a drone strike is named as such, not "airstrikes"', () => {
  const drone = {
    type: 'airstrike' as const,
    event: 'drone-strike' as const,
    actors: ['turkey' as const],
    placeAr: 'سرمدا',
    placeEn: 'Sarmada',
    strikes: 1,
    fatalities: 2,
    injuries: null,
  };
  it('one, with its count and toll, in both languages', () => {
    expect(summaryEn(drone)).toBe('Turkish drone strike (1) on Sarmada: 2 killed');
    expect(summaryAr(drone)).toBe('غارة بطائرة مسيّرة تركية (1) على سرمدا: قتيلان');
  });
  it('strikes of unknown number in the plural; a side named by its name after the noun', () => {
    const many = { ...drone, strikes: null, fatalities: null, actors: ['regime' as const] };
    expect(summaryEn(many)).toBe('Assad government drone strikes on Sarmada');
    expect(summaryAr(many)).toBe('غارات بطائرات مسيّرة من قوات النظام على سرمدا');
  });
});

describe('a summary says what moved, and how ground changed hands', () => {
  const base = {
    type: 'deployment' as const,
    actors: ['turkey' as const],
    placeAr: 'مورك',
    placeEn: 'Morek',
    strikes: null,
    fatalities: null,
    injuries: null,
  };
  it('a withdrawal is no reinforcements: "from" the place, and the actor owns the noun in Arabic', () => {
    expect(summaryEn({ ...base, event: 'withdrawal' })).toBe('Turkish withdrawal from Morek');
    expect(summaryAr({ ...base, event: 'withdrawal' })).toBe('انسحاب تركي من مورك');
    const regime = { ...base, actors: ['regime' as const], event: 'withdrawal' as const };
    expect(summaryAr(regime)).toBe('انسحاب قوات النظام من مورك');
    expect(summaryEn({ ...base })).toBe('Turkish reinforcements in Morek');
  });
  it('a patrol and a redeployment are named as such, the adjective agreeing in Arabic', () => {
    const patrol = {
      ...base,
      actors: ['russia' as const, 'turkey' as const],
      event: 'patrol' as const,
    };
    expect(summaryEn(patrol)).toBe('Russian and Turkish patrol in Morek');
    expect(summaryAr(patrol)).toBe('دورية روسية وتركية في مورك');
    expect(summaryAr({ ...base, event: 'redeployment' })).toBe('إعادة انتشار تركية في مورك');
  });
  it('a deal reached is an agreement "on" its place; talks stay talks "about" it', () => {
    const talks = {
      ...base,
      type: 'agreement' as const,
      actors: ['russia' as const, 'turkey' as const],
      placeAr: 'محافظة إدلب',
      placeEn: 'Idlib governorate',
    };
    expect(summaryEn(talks)).toBe('Russian and Turkish talks about Idlib governorate');
    expect(summaryEn({ ...talks, event: 'deal' })).toBe(
      'Russian and Turkish agreement on Idlib governorate',
    );
    expect(summaryAr({ ...talks, event: 'deal' })).toBe('اتفاق روسي وتركي بشأن محافظة إدلب');
    expect(summaryAr(talks)).toBe('مباحثات روسية وتركية حول محافظة إدلب');
  });
  it('ground taken without a fight tells no casualties, where a casualty toll does', () => {
    const taken = {
      ...base,
      type: 'other' as const,
      actors: ['regime' as const],
      placeAr: 'كفرنبل',
      placeEn: 'Kafr Nabl',
      regionAr: 'ريف إدلب الجنوبي',
      regionEn: 'Idlib countryside (south)',
      event: 'taken-unfought' as const,
    };
    expect(summaryEn(taken)).toBe(
      'Assad government forces took Kafr Nabl, Idlib countryside (south), without a fight',
    );
    expect(summaryAr(taken)).toBe('سيطرة قوات النظام على كفرنبل، ريف إدلب الجنوبي، دون قتال');
    expect(summaryEn({ ...taken, actors: ['unknown'] })).toMatch(/^Kafr Nabl taken, /);
    const { event: _e, ...toll } = taken;
    expect(summaryEn({ ...toll, fatalities: 5 })).toBe(
      'Casualties of Assad government attacks in Kafr Nabl: 5 killed',
    );
  });
});

describe('a summary of an event on a road', () => {
  it('puts a patrol or clashes on the road, not in it', () => {
    const patrol = {
      type: 'deployment' as const,
      event: 'patrol' as const,
      actors: ['russia' as const, 'turkey' as const],
      placeId: 'nwsy-m4-highway',
      placeAr: 'طريق M4',
      placeEn: 'M4 Motorway',
      strikes: null,
      fatalities: null,
      injuries: null,
    };
    expect(summaryEn(patrol)).toBe('Russian and Turkish patrol on M4 Motorway');
    expect(summaryAr(patrol)).toBe('دورية روسية وتركية على طريق M4');
    const clash = { ...patrol, type: 'clash' as const, event: undefined, placeId: 'area-road-x-y' };
    expect(summaryEn(clash)).toMatch(/ clashes on M4 Motorway$/);
    expect(summaryEn({ ...patrol, placeId: 'gn-1', placeEn: 'Saraqib' })).toMatch(/ in Saraqib$/);
  });

  /** An Other with no figures: the events of its own that type holds (an arrest, a downing). */
  const other = { type: 'other' as const, strikes: null, fatalities: null, injuries: null };

  it('arrests are by their side: an adjective, or on its hand (على يد) in Arabic; no casualty toll', () => {
    const arrests = {
      ...other,
      actors: ['hts'] as Actor[],
      placeAr: 'إدلب',
      placeEn: 'Idlib',
      event: 'arrest' as const,
    };
    expect(summaryEn(arrests)).toBe('HTS arrests in Idlib');
    expect(summaryAr(arrests)).toBe('اعتقالات على يد هيئة تحرير الشام في إدلب');
    expect(summaryEn({ ...arrests, actors: ['turkey'] })).toBe('Turkish arrests in Idlib');
    expect(summaryAr({ ...arrests, actors: ['turkey'] })).toBe('اعتقالات تركية في إدلب');
    expect(summaryEn({ ...arrests, actors: ['unknown'] })).toBe('Arrests in Idlib');
    expect(summaryEn({ ...arrests, actors: ['unknown'], event: 'protest' })).toBe(
      'Protest in Idlib',
    );
    expect(summaryAr({ ...arrests, actors: ['unknown'], event: 'protest' })).toBe('مظاهرة في إدلب');
  });
  it('an aircraft downed names both sides, and says which is which nowhere (the actors carry no roles)', () => {
    const downed = {
      ...other,
      actors: ['opposition', 'russia'] as Actor[],
      placeAr: 'كفرنبل',
      placeEn: 'Kafr Nabl',
      regionAr: 'ريف إدلب الجنوبي',
      regionEn: 'Idlib countryside (south)',
      event: 'aircraft-downed' as const,
    };
    expect(summaryEn(downed)).toBe(
      'Aircraft downed over Kafr Nabl, Idlib countryside (south); sides: Opposition factions and Russian forces',
    );
    expect(summaryAr(downed)).toBe(
      'إسقاط طائرة في أجواء كفرنبل، ريف إدلب الجنوبي؛ الطرفان: الفصائل وروسيا',
    );
    expect(summaryEn({ ...downed, actors: ['turkey'] })).toMatch(/; side: Turkish forces$/);
    expect(summaryAr({ ...downed, actors: ['turkey'] })).toMatch(/؛ الطرف: تركيا$/);
    expect(summaryEn({ ...downed, actors: ['unknown'] })).toBe(
      'Aircraft downed over Kafr Nabl, Idlib countryside (south)',
    );
  });
});
