import { describe, expect, it } from 'vitest';
import { extractIncidents } from './extractIncidents';
import { movedAlong } from './route';
import { handMentions, type PlaceSpec } from './testing/mentions';

const spec = (
  surface: string,
  placeId: string,
  nameEn: string,
  geoPrecision: 1 | 2 = 1,
): PlaceSpec => ({
  surface,
  placeId,
  nameAr: surface,
  nameEn,
  geoPrecision,
});
const PLACES = [
  spec('سرمين', 'gn-sarmin', 'Sarmin'),
  spec('أريحا', 'gn-ariha', 'Ariha'),
  spec('سراقب', 'gn-saraqib', 'Saraqib'),
  spec('جسر الشغور', 'gn-jisr', 'Jisr ash-Shughur'),
  spec('طريق M4', 'nwsy-m4-highway', 'M4 Motorway', 2),
];
const read = (text: string) =>
  extractIncidents(
    { id: 'a-test', body: text, date: '2021-09-13', outlet: 'test' },
    handMentions(text, PLACES),
  ).map((f) => f.properties);

describe("a patrol's route (route.ts)", () => {
  it('is read from its start and its end, however the text joins them', () => {
    for (const text of [
      'سيرت القوات الروسية والتركية دورية مشتركة من بلدة سرمين إلى مدينة أريحا',
      'دورية مشتركة انطلاقاً من سرمين وصولاً إلى أريحا',
      'انطلقت دورية روسية تركية من سرمين باتجاه مدينة أريحا',
    ]) {
      const route = movedAlong(text, handMentions(text, PLACES));
      expect(route?.from.nameEn).toBe('Sarmin');
      expect(route?.to.nameEn).toBe('Ariha');
    }
  });

  it('is read with its end told first (دخلت الأرتال إلى أريحا من جهة سرمين)', () => {
    for (const text of [
      'دخلت أرتال الهيئة إلى مدينة أريحا من جهة بلدة سرمين',
      'وصلت تعزيزات إلى أريحا من سرمين',
    ]) {
      const route = movedAlong(text, handMentions(text, PLACES));
      expect(route?.from.nameEn, text).toBe('Sarmin');
      expect(route?.to.nameEn, text).toBe('Ariha');
    }
    // Columns that entered a city are placed there, not also where they came in from.
    const found = read('دخلت أرتال هيئة تحرير الشام إلى مدينة أريحا من جهة بلدة سرمين.');
    expect(found.map((p) => [p.type, p.placeEn])).toEqual([['deployment', 'Ariha']]);
  });

  it('is no route when the places are a list, or far apart in the text', () => {
    const list = 'سيرت القوات الروسية والتركية دوريات في سرمين وأريحا';
    expect(movedAlong(list, handMentions(list, PLACES))).toBeUndefined();
    const apart = 'دورية من سرمين. وقصفت قوات النظام الطريق إلى أريحا';
    expect(movedAlong(apart, handMentions(apart, PLACES))).toBeUndefined();
  });

  it('is one patrol, at its start with its end as a further place, not one at each end', () => {
    const found = read('سيّرت القوات الروسية والتركية دورية مشتركة من بلدة سرمين إلى مدينة أريحا.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      type: 'deployment',
      event: 'patrol',
      actors: ['russia', 'turkey'],
      placeEn: 'Sarmin',
      alsoPlaces: [{ placeId: 'gn-ariha', placeEn: 'Ariha' }],
      summaryEn: 'Russian and Turkish patrol in Sarmin and Ariha',
    });
  });

  it('is on the road the sentence names, which its start does not locate', () => {
    const found = read(
      'سيرت القوات الروسية والتركية دورية مشتركة على طريق M4 من مدينة سراقب إلى مدينة أريحا.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ placeEn: 'M4 Motorway', event: 'patrol' });
    expect(found[0]!.regionEn).toBeUndefined();
    expect(found[0]!.alsoPlaces).toBeUndefined();
  });

  it('places reinforcements where they were sent, not where they came from', () => {
    const found = read('دفع الجيش التركي بتعزيزات عسكرية من بلدة سرمين إلى مدينة أريحا.');
    expect(found.map((p) => [p.type, p.placeEn])).toEqual([['deployment', 'Ariha']]);
    expect(found[0]!.alsoPlaces).toBeUndefined();
    // Sent to an area from a town: the area, though a town beats an area elsewhere.
    // (`ضخمة`, the size of what was sent, does not hide whose they were.)
    const text = 'وصلت تعزيزات عسكرية ضخمة لقوات النظام من مدينة سراقب إلى ريف إدلب الجنوبي.';
    const [p] = extractIncidents(
      { id: 'a-test', body: text, date: '2021-09-13', outlet: 'test' },
      handMentions(text, [
        ...PLACES,
        spec('ريف إدلب الجنوبي', 'area-idlib-countryside-south', 'Idlib countryside (south)', 2),
      ]),
    ).map((f) => f.properties);
    expect(p).toMatchObject({
      type: 'deployment',
      actors: ['regime'],
      placeEn: 'Idlib countryside (south)',
    });
  });
});
