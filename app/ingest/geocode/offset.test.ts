import { booleanPointInPolygon, distance, bearing as turfBearing } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { tokenTable } from '../text/tokens';
import { isOffsetPlace, offsetArea, offsetReach } from './areas';
import { realGazetteer } from './fixtures/loadFixtures';
import { createGeocoder } from './index';
import { distanceBefore } from './qualifiers';

/** The distance before the direction word `dir` of a normalised text. */
function distanceIn(text: string, dir: string) {
  const tokens = tokenTable(text, (w) => w);
  return distanceBefore(tokens, tokens.words.indexOf(dir));
}

describe('a distance written before a direction (`35 كم جنوب`)', () => {
  it('is read from digits, number words, duals, decimals and a figure joined to its unit', () => {
    expect(distanceIn('علي بعد 35 كم جنوب ادلب', 'جنوب')).toEqual({ km: 35, start: 2 });
    expect(distanceIn('علي بعد خمسه كيلومترات غرب سراقب', 'غرب')?.km).toBe(5);
    expect(distanceIn('نحو كيلومترين شرق سرمين', 'شرق')?.km).toBe(2);
    expect(distanceIn('علي بعد 2.5 كم شمال اريحا', 'شمال')).toEqual({ km: 2.5, start: 2 });
    expect(distanceIn('35كم جنوب ادلب', 'جنوب')).toEqual({ km: 35, start: 0 });
    expect(distanceIn('علي بعد 2.5كم جنوب ادلب', 'جنوب')).toEqual({ km: 2.5, start: 2 });
    expect(distanceIn('علي بعد 20 كيلو متر غرب اريحا', 'غرب')).toEqual({ km: 20, start: 2 });
  });
  it('counts metres as the fraction of a kilometre they are', () => {
    expect(distanceIn('علي بعد 500 متر شمال سرمين', 'شمال')?.km).toBe(0.5);
  });
  it('is none when the figure counts something else, or is too far to be a local place', () => {
    expect(distanceIn('اصيب 5 مدنيين جنوب ادلب', 'جنوب')).toBeUndefined();
    expect(distanceIn('قصف كم جنوب ادلب', 'جنوب')).toBeUndefined();
    expect(distanceIn('علي بعد 400 كم جنوب حلب', 'جنوب')).toBeUndefined();
  });
});

describe('the place a distance puts', () => {
  const idlib: [number, number] = [36.63, 35.93];
  it('is that far along the bearing, inside a band of the distances and bearings it allows', () => {
    const { at, area } = offsetArea(idlib, 35, 'south');
    expect(distance(idlib, at, { units: 'kilometers' })).toBeCloseTo(35, 0);
    expect(Math.abs(turfBearing(idlib, at))).toBeCloseTo(180, 0);
    expect(booleanPointInPolygon(at, area)).toBe(true);
    // Not the town itself, nor twice as far.
    expect(booleanPointInPolygon(idlib, area)).toBe(false);
    expect(booleanPointInPolygon([36.63, 35.3], area)).toBe(false);
  });
  it('without a direction, reaches no further than the distance and its spread', () => {
    expect(offsetReach(5)).toBe(7);
    expect(offsetReach(20)).toBe(25);
    expect(offsetReach(0.5)).toBe(2.5);
  });
  it('reaches the town when the distance is short (a wedge, not a ring)', () => {
    const { area } = offsetArea(idlib, 1, 'east');
    expect(area.coordinates[0]).toContainEqual(idlib);
  });
  it('has an id of its own, told apart from a town’s side', () => {
    expect(isOffsetPlace('area-idlib-35km-south')).toBe(true);
    expect(isOffsetPlace('area-ariha-2-5km-southeast')).toBe(true);
    expect(isOffsetPlace('area-saraqib-5km')).toBe(true);
    expect(isOffsetPlace('area-idlib-south')).toBe(false);
    expect(isOffsetPlace('area-idlib-countryside-south')).toBe(false);
  });
});

const gazetteer = realGazetteer();
const geocoder = gazetteer && createGeocoder(gazetteer);

describe.skipIf(!geocoder)(
  'a village the gazetteer lacks, told by its distance from a town',
  () => {
    it('is placed at that distance, and says so in its name (Arabic report)', () => {
      const [village, offset] = geocoder!.findMentions(
        'ألقت المروحيات براميل على بلدة كفرسجنة (35 كم جنوب مدينة إدلب).',
      );
      expect(offset).toMatchObject({
        placeId: 'area-idlib-35km-south',
        nameAr: '35 كم جنوب إدلب',
        nameEn: '35 km south of Idlib',
        geoPrecision: 2,
      });
      expect(village).toMatchObject({
        surface: 'كفرسجنة',
        nameEn: 'كفرسجنة, about 35 km south of Idlib',
        lat: offset!.lat,
        lon: offset!.lon,
        geoPrecision: 2,
      });
    });
    it('is read in English too, a figure restated in miles in brackets read once', () => {
      const found = geocoder!.findMentionsEn(
        'Regime forces shelled the village of Fleifel, some 30 km (19 miles) south of Idlib city.',
      );
      expect(found.map((m) => [m.surface, m.nameEn])).toEqual([
        ['Fleifel', 'Fleifel, about 30 km south of Idlib'],
        ['30 km (19 miles) south of Idlib', '30 km south of Idlib'],
      ]);
      const words = geocoder!.findMentionsEn('A drone hit a car five kilometres west of Saraqib.');
      expect(words.map((m) => m.placeId)).toEqual(['area-saraqib-5km-west']);
      const fused = geocoder!.findMentionsEn('Shells fell 2.5km north of Ariha.');
      expect(fused.map((m) => m.placeId)).toEqual(['area-ariha-2-5km-north']);
      const decimal = geocoder!.findMentionsEn('Shells fell 2.5 km north of Ariha.');
      expect(decimal.map((m) => m.placeId)).toEqual(['area-ariha-2-5km-north']);
    });
    it('is placed around the town, within that distance, when no direction is told', () => {
      const [ar] = geocoder!.findMentions('قتل مدنيان في غارة على مزرعة على بعد 5 كم من سراقب.');
      expect(ar).toMatchObject({
        surface: '5 كم من سراقب',
        placeId: 'area-saraqib-5km',
        nameAr: '5 كم من سراقب',
        nameEn: '5 km from Saraqib',
        geoPrecision: 2,
      });
      // The point is the town's (the only one the text gives); the area, everywhere that far.
      const saraqib: [number, number] = [ar!.lon, ar!.lat];
      expect(distance(saraqib, [36.80056, 35.86361], { units: 'kilometers' })).toBeLessThan(0.1);
      expect(booleanPointInPolygon(saraqib, ar!.area!)).toBe(true);
      const east = [36.80056 + 5 / 90, 35.86361] as [number, number];
      const far = [36.80056 + 12 / 90, 35.86361] as [number, number];
      expect(booleanPointInPolygon(east, ar!.area!)).toBe(true);
      expect(booleanPointInPolygon(far, ar!.area!)).toBe(false);
      const en = geocoder!.findMentionsEn(
        'Jets struck a farm some 10 kilometres (6 miles) away from the town of Ariha.',
      );
      expect(en.map((m) => [m.surface, m.placeId, m.nameEn])).toEqual([
        [
          '10 kilometres (6 miles) away from the town of Ariha',
          'area-ariha-10km',
          '10 km from Ariha',
        ],
      ]);
      // The direction told as a way is read, as `5 كم إلى الشرق من سراقب` is.
      const way = geocoder!.findMentionsEn('Shells hit farms 5 km to the east of Saraqib.');
      expect(way.map((m) => m.placeId)).toEqual(['area-saraqib-5km-east']);
      const outside = geocoder!.findMentionsEn('A drone hit a car 3 km outside Sarmin.');
      expect(outside.map((m) => m.placeId)).toEqual(['area-sarmin-3km']);
      // A journey from a town is no distance from it.
      const trip = geocoder!.findMentionsEn('Fighters moved from Saraqib to Sarmin.');
      expect(trip.map((m) => m.placeId)).not.toContain('area-saraqib-3km');
      expect(trip[0]!.geoPrecision).toBe(1);
    });
  },
);
