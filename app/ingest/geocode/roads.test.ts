import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../extract/extractIncidents';
import { realGazetteer } from './fixtures/loadFixtures';
import { collectAreas, createGeocoder } from './index';

const gazetteer = realGazetteer();
if (!gazetteer) throw new Error('data/gazetteer/gazetteer.json is missing: run npm run gazetteer');
const geocoder = createGeocoder(gazetteer);
const names = (text: string) => geocoder.findMentions(text).map((m) => m.nameEn);

describe('the ground between two towns (بين بلدتي كفرنبل وحاس)', () => {
  it('is one place between them, at precision 2, with a strip as its area', () => {
    const [between, ...rest] = geocoder.findMentions('سقطت قذائف بين بلدتي سرمين وآفس.');
    expect(rest).toEqual([]);
    expect(between).toMatchObject({
      surface: 'سرمين وآفس',
      nameEn: 'the area between Sarmin and Afs',
      nameAr: 'المنطقة بين سرمين وآفس',
      geoPrecision: 2,
    });
    expect(between!.placeId).toMatch(/^area-between-/);
    const [sarmin, afs] = geocoder.findMentions('سرمين وآفس');
    expect(booleanPointInPolygon([sarmin!.lon, sarmin!.lat], between!.area!)).toBe(true);
    expect(booleanPointInPolygon([afs!.lon, afs!.lat], between!.area!)).toBe(true);
    // `في المنطقة الواقعة بين` too; a road between them stays the road.
    const id = (text: string) => geocoder.findMentions(text)[0]?.placeId;
    expect(id('اشتباكات في المنطقة الواقعة بين سرمين وآفس')).toBe(between!.placeId);
    expect(id('على الطريق الواصل بين سرمين وآفس')).toMatch(/^area-road-/);
  });

  it('is one place in an English report too (travelling between the towns of Sarmin and Afs), the one the Arabic names', () => {
    const en = geocoder.findMentionsEn(
      'The strike targeted a car travelling between the towns of Sarmin and Afs.',
    );
    expect(en.map((m) => m.placeId)).toEqual([
      geocoder.findMentions('سقطت قذائف بين بلدتي سرمين وآفس.')[0]!.placeId,
    ]);
    expect(en[0]).toMatchObject({ nameEn: 'the area between Sarmin and Afs', geoPrecision: 2 });
    // Fighting between sides, not places, names both towns after.
    expect(
      geocoder
        .findMentionsEn('Clashes between rebels and regime forces hit Sarmin and Afs.')
        .map((m) => m.nameEn),
    ).toEqual(['Sarmin', 'Afs']);
  });

  it('leaves both towns when both are told (بلدتي سرمين وآفس) or people between them', () => {
    expect(names('قصفت قوات النظام بلدتي سرمين وآفس')).toEqual(['Sarmin', 'Afs']);
    expect(names('اشتباكات بين أهالي بلدة سرمين وأهالي بلدة آفس')).toEqual(['Sarmin', 'Afs']);
  });
});

describe('a road named by the places it joins', () => {
  it('is one place between them, not either town: at precision 2, with a corridor as its area', () => {
    const text = 'استهدفت طائرة مسيرة سيارة على الطريق الواصل بين بلدتي سرمين وآفس.';
    const [road, ...rest] = geocoder.findMentions(text);
    expect(rest).toEqual([]);
    expect(road).toMatchObject({
      surface: 'سرمين وآفس',
      nameEn: 'road between Sarmin and Afs',
      nameAr: 'الطريق بين سرمين وآفس',
      geoPrecision: 2,
    });
    expect(road!.placeId).toMatch(/^area-road-/);
    // Placed between the towns, inside its own area, which the areas file gets.
    const [sarmin, afs] = geocoder.findMentions('سرمين وآفس');
    expect(road!.lon).toBeCloseTo((sarmin!.lon + afs!.lon) / 2, 5);
    expect(booleanPointInPolygon([road!.lon, road!.lat], road!.area!)).toBe(true);
    expect(booleanPointInPolygon([sarmin!.lon, sarmin!.lat], road!.area!)).toBe(true);
    expect(collectAreas([road!]).features.map((f) => f.id)).toEqual([road!.placeId]);
  });

  it('is the same road however the text names it (طريق X - Y, the road that links X and Y)', () => {
    const id = (text: string) => geocoder.findMentions(text)[0]?.placeId;
    const a = id('على الطريق الواصل بين بلدتي سرمين وآفس');
    expect(id('انفجر لغم على طريق سرمين - آفس')).toBe(a);
    expect(id('على الطريق الذي يربط بين سرمين وآفس')).toBe(a);
    expect(id('على الطريق العام سرمين – آفس')).toBe(a);
  });

  it('leaves two towns as two places when no road joins them', () => {
    expect(names('قصفت قوات النظام بلدتي سرمين وآفس')).toEqual(['Sarmin', 'Afs']);
    expect(names('على طريق سرمين، وفي آفس')).toEqual(['Sarmin', 'Afs']);
  });

  it('is placed at its known end when the other is a village the gazetteer lacks', () => {
    const [road, ...rest] = geocoder.findMentions('على الطريق الواصل بين بلدتي الأتارب وتقاد');
    expect(rest).toEqual([]);
    const [atarib] = geocoder.findMentions('الأتارب');
    expect(road).toMatchObject({
      nameEn: 'road between Atarib and تقاد',
      geoPrecision: 2,
      lon: atarib!.lon,
      lat: atarib!.lat,
    });
  });

  it('is also when that end is named bare, with no word saying it is a village (بين منبج وحلب)', () => {
    const [aleppo] = geocoder.findMentions('مدينة حلب');
    for (const text of [
      'استهدفت طائرة مسيرة سيارة على الطريق الواصل بين منبج وحلب',
      'استهدفت طائرة مسيرة سيارة على الطريق الرابط بين حلب ومنبج',
    ]) {
      const [road, ...rest] = geocoder.findMentions(text);
      expect(rest).toEqual([]);
      expect(road).toMatchObject({ geoPrecision: 2, lon: aleppo!.lon, lat: aleppo!.lat });
      expect(road!.nameEn).toMatch(/^road between (منبج and Aleppo|Aleppo and منبج)$/);
    }
    // A word after `بين` with no known place joined to it is no road's end.
    expect(geocoder.findMentions('الخلاف الواصل بين الطرفين وصل إلى حد القطيعة')).toEqual([]);
  });

  it('is one place when each end has its own kind (بين قرية الفطيرة وبلدة كفرنبل)', () => {
    const [road, ...rest] = geocoder.findMentions(
      'انفجر لغم على الطريق الواصل بين قرية الفطيرة وبلدة كفرنبل',
    );
    expect(rest).toEqual([]);
    expect(road?.nameEn).toBe('road between الفطيرة and Kafr Nabl');
    const [town] = geocoder.findMentions('على الطريق الواصل بين مدينة سراقب وبلدة آفس');
    expect(town?.nameEn).toBe('road between Saraqib and Afs');
  });

  it('is one place in an English report too, however it is named', () => {
    const en = (text: string) => geocoder.findMentionsEn(text);
    const [road, ...rest] = en(
      'A drone struck a car on the road between Sarmin and Afs on Monday.',
    );
    expect(rest).toEqual([]);
    expect(road).toMatchObject({ nameEn: 'road between Sarmin and Afs', geoPrecision: 2 });
    const id = road!.placeId;
    expect(en('Shells hit the highway linking Sarmin to Afs.')[0]?.placeId).toBe(id);
    expect(en('A mine went off on the Sarmin-Afs road.')[0]?.placeId).toBe(id);
    expect(en('on the road that connects the towns of Sarmin and Afs')[0]?.placeId).toBe(id);
    // Named by the two places the gazetteer's own road joins, it is that road.
    expect(en('Clashes on the Aleppo-Latakia highway.')[0]?.placeId).toBe('nwsy-m4-highway');
    // Two towns with no road are two places.
    expect(en('Shelling hit Sarmin and Afs.').map((m) => m.nameEn)).toEqual(['Sarmin', 'Afs']);
  });

  it('is only roughly placed when its ends are far apart', () => {
    const [road] = geocoder.findMentions('على الطريق الواصل بين جسر الشغور وعفرين');
    expect(road?.nameEn).toBe('road between Jisr ash-Shughur and Afrin');
    expect(road?.geoPrecision).toBe(3);
  });

  it("is the gazetteer's own road when its name joins the same two places (the M4, the M5)", () => {
    // The M4's name in the gazetteer is `الطريق الدولي حلب اللاذقية`; the M5's `… حلب دمشق`.
    const m4 = geocoder.findMentions('طريق حلب اللاذقية الدولي')[0];
    expect(m4?.nameEn).toBe('M4 Motorway');
    for (const text of [
      'قصفت قوات النظام الطريق الواصل بين حلب واللاذقية',
      'قصفت قوات النظام طريق اللاذقية – حلب',
    ]) {
      const [road, ...rest] = geocoder.findMentions(text);
      expect(rest).toEqual([]);
      expect(road).toMatchObject({
        placeId: m4!.placeId,
        nameEn: 'M4 Motorway',
        geoPrecision: m4!.geoPrecision,
        lon: m4!.lon,
        lat: m4!.lat,
      });
    }
    // Damascus is a governorate here, no town: still the M5 by its name.
    expect(names('على الطريق الواصل بين حلب ودمشق')).toEqual(['M5 Motorway']);
    // Two towns with no road of their own in the gazetteer: the straight stretch between them.
    expect(names('على الطريق الواصل بين بلدتي سرمين وآفس')).toEqual([
      'road between Sarmin and Afs',
    ]);
  });

  it('is where a village the gazetteer lacks, named beside it, is placed: near the road, not its last town', () => {
    // WRITTEN FOR TESTS. Jurin and Kafr Lusin are not in the gazetteer; Latakia, the far end of
    // the road, is nowhere near either.
    const text =
      'قصفت قوات النظام الطريق الواصل بين حلب واللاذقية، كما استهدفت قرية جورين وقرية كفرلوسين.';
    const [road, jurin, kafrLusin, ...rest] = geocoder.findMentions(text);
    expect(rest).toEqual([]);
    expect(road?.nameEn).toBe('M4 Motorway');
    for (const village of [jurin!, kafrLusin!]) {
      expect(village).toMatchObject({
        unresolved: true,
        nameEn: `${village.surface}, near M4 Motorway`,
        geoPrecision: road!.geoPrecision,
        lon: road!.lon,
        lat: road!.lat,
      });
    }
    // Beside a road between two towns, and as rough as it: its ends are far apart.
    const [long, village] = geocoder.findMentions(
      'على الطريق الواصل بين جسر الشغور وعفرين قرب قرية جورين',
    );
    expect(long).toMatchObject({
      nameEn: 'road between Jisr ash-Shughur and Afrin',
      geoPrecision: 3,
    });
    expect(village).toMatchObject({ geoPrecision: 3, lon: long!.lon, lat: long!.lat });
    // Beside a short one: near it, at precision 2.
    const [local, near] = geocoder.findMentions(
      'استهدفت طائرة مسيرة سيارة على طريق سرمين – آفس قرب قرية جورين.',
    );
    expect(local?.nameEn).toBe('road between Sarmin and Afs');
    expect(near).toMatchObject({ geoPrecision: 2, lon: local!.lon, lat: local!.lat });
    // Its area is the road's corridor.
    expect(near!.area).toBe(local!.area);
  });
});

describe('an event on a road named by its ends', () => {
  const incidents = (body: string) =>
    extractIncidents(
      { id: 'a-test', body, date: '2022-03-10', outlet: 'test' },
      geocoder.findMentions(body),
    ).map((f) => `${f.properties.type}|${f.properties.placeEn}|${f.properties.geoPrecision}`);

  it('is one incident on the road, not one in each town it joins', () => {
    expect(
      incidents('استهدفت طائرة مسيرة سيارة مدنية على الطريق الواصل بين بلدتي سرمين وآفس.'),
    ).toEqual(['airstrike|road between Sarmin and Afs|2']);
  });

  it('is in the town struck, not in the one the road from it leads to (والطريق المؤدي إلى آفس)', () => {
    const body = 'استهدفت طائرات مسيرة مدينة سرمين والطريق المؤدي إلى بلدة آفس.';
    // The road is a place of its own, after the town, which stays one.
    expect(geocoder.findMentions(body).map((m) => [m.surface, m.nameEn])).toEqual([
      ['سرمين', 'Sarmin'],
      ['الطريق المؤدي إلى بلدة آفس', 'road between Sarmin and Afs'],
    ]);
    // Afs was an incident of its own, at precision 1.
    expect(incidents(body)).toEqual([
      'airstrike|road between Sarmin and Afs|2',
      'airstrike|Sarmin|1',
    ]);
  });

  it('is in the town the text places it in, when it names one besides the road', () => {
    expect(
      incidents(
        'اندلعت اشتباكات بين الفصائل في بلدة كفرنبل على الطريق الواصل بين معرة النعمان وأريحا.',
      ),
    ).toEqual(['clash|Kafr Nabl|1']);
  });
});

describe('a highway named by its number alone', () => {
  it.each([
    ['سيرت القوات الروسية والتركية دورية مشتركة على طريق M4', 'M4 Motorway'],
    ['استهدفت الفصائل رتلاً على أوتوستراد M4 قرب سراقب', 'M4 Motorway'],
    ['استهدفت قوات النظام سيارة على طريق إم 4', 'M4 Motorway'],
    ['وصلت تعزيزات إلى الطريق M5 قرب معرة النعمان', 'M5 Motorway'],
  ])('%s is on the %s', (text, road) => {
    expect(names(text)).toContain(road);
  });
});
