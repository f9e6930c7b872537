import { describe, expect, it } from 'vitest';
import type { IncidentProperties } from '../../model';
import { extractIncidents } from './extractIncidents';
import { isToldAgain, type PlacedDraft, tellsFireAgain } from './retold';
import { handMentions } from './testing/mentions';

describe('fire told again (retold.ts)', () => {
  it('reads the fire named as told already, then where it fell', () => {
    expect(tellsFireAgain('واوضح المرصد ان القذائف سقطت علي قرية الكندة')).toBe(true);
    expect(tellsFireAgain('وافاد الدفاع المدني بان الغارات الروسية استهدفت منازل')).toBe(true);
    expect(tellsFireAgain('وقال ان القصف طال الاحياء السكنية')).toBe(true);
  });

  it('does not read another strike, or one more place hit, as the same fire', () => {
    expect(tellsFireAgain('وسقطت قذائف علي قرية الكندة')).toBe(false);
    expect(tellsFireAgain('وقال ان الغارة الثانية استهدفت قرية الكندة')).toBe(false);
    expect(tellsFireAgain('واوضح ان القصف طال ايضا بلدة محمبل')).toBe(false);
  });

  const drafted = (
    at: [lon: number, lat: number],
    fatalities: number | null,
    more: Partial<IncidentProperties> = {},
  ): PlacedDraft => ({
    p: {
      type: 'shelling',
      placeId: 'area-somewhere',
      geoPrecision: 2,
      actors: ['regime'],
      date: '2021-09-13',
      fatalities,
      injuries: null,
      ...more,
    } as IncidentProperties,
    lon: at[0],
    lat: at[1],
  });
  const jisr: [number, number] = [36.3176, 35.8126];
  const ariha: [number, number] = [36.6096, 35.8137];

  it('takes a place near the first, with no toll that differs, for the same event', () => {
    expect(isToldAgain(drafted(jisr, 3), drafted(jisr, 3), undefined)).toBe(true);
    expect(isToldAgain(drafted(jisr, null), drafted(jisr, 3), undefined)).toBe(true);
    expect(isToldAgain(drafted(jisr, 2), drafted(jisr, 3), undefined)).toBe(false);
    // Ariha is some 26 km from Jisr ash-Shughur: another town's shelling.
    expect(isToldAgain(drafted(ariha, 3), drafted(jisr, 3), undefined)).toBe(false);
    // Unless the first place was an area that holds it.
    const around = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [36.2, 35.7],
          [36.7, 35.7],
          [36.7, 35.9],
          [36.2, 35.9],
          [36.2, 35.7],
        ],
      ],
    };
    expect(isToldAgain(drafted(ariha, 3), drafted(jisr, 3), around)).toBe(true);
    // Two towns named are two targets, however near.
    const town = { placeId: 'gn-1', geoPrecision: 1 as const };
    expect(
      isToldAgain(
        drafted(jisr, 3, town),
        drafted(jisr, 3, { ...town, placeId: 'gn-2' }),
        undefined,
      ),
    ).toBe(false);
    // Another side's fire, or another kind, is another event.
    expect(isToldAgain(drafted(jisr, 3, { actors: ['russia'] }), drafted(jisr, 3), undefined)).toBe(
      false,
    );
    expect(isToldAgain(drafted(jisr, 3, { type: 'airstrike' }), drafted(jisr, 3), undefined)).toBe(
      false,
    );
  });

  it('gives the fire told again the sides of the fire told before, at every place it names', () => {
    const text =
      'شن الطيران الحربي الروسي غارات على ريف إدلب الجنوبي. وقال مراسلنا إن الغارات استهدفت بلدتي كفرنبل وحاس.';
    const spec = (surface: string, placeId: string, nameEn: string, geoPrecision: 1 | 3) => ({
      surface,
      placeId,
      nameAr: surface,
      nameEn,
      geoPrecision,
    });
    const found = extractIncidents(
      { id: 'a-test', body: text, date: '2021-09-13', outlet: 'test' },
      handMentions(text, [
        spec('ريف إدلب الجنوبي', 'area-idlib-south', 'Idlib countryside (south)', 3),
        spec('كفرنبل', 'gn-kafr-nabl', 'Kafr Nabl', 1),
        spec('حاس', 'gn-hass', 'Hass', 1),
      ]),
    ).map((f) => [
      f.properties.placeEn,
      f.properties.actors.join('+'),
      f.properties.evidence.length,
    ]);
    // Kafr Nabl is where the strikes told first fell; Hass is one more place they hit.
    expect(found.sort()).toEqual([
      ['Hass', 'russia', 1],
      ['Kafr Nabl', 'russia', 2],
    ]);
  });

  it('places the one incident at the town the second sentence names, not the area the first did', () => {
    const text =
      'قُتل مدنيان بغارات روسية على ريف إدلب الجنوبي. وأفاد الدفاع المدني بأن الغارات استهدفت منازل في بلدة كفرنبل، ما أدى لمقتل مدنيين اثنين.';
    const found = extractIncidents(
      { id: 'a-test', body: text, date: '2021-09-13', outlet: 'test' },
      handMentions(text, [
        {
          surface: 'ريف إدلب الجنوبي',
          placeId: 'area-idlib-south',
          nameAr: 'ريف إدلب الجنوبي',
          nameEn: 'Idlib countryside (south)',
          geoPrecision: 3,
        },
        {
          surface: 'كفرنبل',
          placeId: 'gn-kafr-nabl',
          nameAr: 'كفرنبل',
          nameEn: 'Kafr Nabl',
          geoPrecision: 1,
        },
      ]),
    );
    expect(found).toHaveLength(1);
    const p = found[0]!.properties;
    expect(p).toMatchObject({ type: 'airstrike', placeEn: 'Kafr Nabl', geoPrecision: 1 });
    expect(p.fatalities).toBe(2);
    expect('areaId' in p).toBe(false);
    // Both sentences stay its evidence, each with its own place mention highlighted.
    expect(p.evidence.map((e) => text.slice(e.placeStart, e.placeEnd))).toEqual([
      'ريف إدلب الجنوبي',
      'كفرنبل',
    ]);
  });
});
