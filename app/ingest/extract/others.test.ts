import { describe, expect, it } from 'vitest';
import { incident } from '../../derive/testData';
import { areaHolding, leaveTheOthers } from './others';
import { handMentions } from './testing/mentions';

describe('the others of a toll', () => {
  const text = 'سوريا وريف إدلب الجنوبي وكفرنبل';
  const [syria, south, kafrNabl] = handMentions(text, [
    { surface: 'سوريا', placeId: 'area-syria', nameAr: 'سوريا', nameEn: 'Syria', geoPrecision: 3 },
    {
      surface: 'ريف إدلب الجنوبي',
      placeId: 'area-idlib-countryside-south',
      nameAr: 'ريف إدلب الجنوبي',
      nameEn: 'Idlib countryside (south)',
      geoPrecision: 2,
    },
    {
      surface: 'كفرنبل',
      placeId: 'gn-kafr-nabl',
      nameAr: 'كفرنبل',
      nameEn: 'Kafr Nabl',
      geoPrecision: 1,
    },
  ]);

  it('are in the area that holds the town, never all of Syria', () => {
    expect(areaHolding([syria!, south!], kafrNabl!)).toBe(south);
    expect(areaHolding([syria!], kafrNabl!)).toBeUndefined();
    expect(areaHolding([kafrNabl!], kafrNabl!)).toBeUndefined();
  });
  it('are the area’s dead less the town’s, its evidence read up to where the town’s were', () => {
    const area = incident('area', { fatalities: 14, injuries: 2 }).properties;
    const town = incident('town', { fatalities: 5, injuries: null }).properties;
    leaveTheOthers(town, area, 500);
    expect(area.fatalities).toBe(9);
    expect(area.injuries).toBe(2);
    expect(area.evidence.every((e) => e.end === 500)).toBe(true);
    // All of them at the town: none left at the area, not zero.
    leaveTheOthers(incident('all', { fatalities: 9, injuries: null }).properties, area, 500);
    expect(area.fatalities).toBeNull();
  });
  it('are left alone when the town counts more than the area (another count)', () => {
    const area = incident('area', { fatalities: 3, injuries: null }).properties;
    leaveTheOthers(incident('town', { fatalities: 5, injuries: null }).properties, area, 500);
    expect(area.fatalities).toBe(3);
  });
});
