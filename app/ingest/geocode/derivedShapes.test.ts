import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DerivedShapes, deriveShapes, shapesSource } from './derivedShapes';
import { realGazetteer } from './fixtures/loadFixtures';
import { buildGovernorates } from './governorates';
import { createGeocoder, type GazetteerData } from './index';

const SHAPES = join(import.meta.dirname, '../../../data/gazetteer/shapes.json');
const shipped = JSON.parse(readFileSync(SHAPES, 'utf8')) as DerivedShapes;
/** A fresh copy each time: the clip cache is by polygon object, so copies never share it. */
const gazetteer = (): GazetteerData => realGazetteer()!;

const TEXT =
  'غارات على ريف إدلب الجنوبي وريف حماة الشمالي الغربي وريف اللاذقية الشرقي، وقصف في شمال غربي سوريا ' +
  'وجنوب شرقي إدلب وغرب حلب، واشتباكات في ريف حلب الجنوبي الغربي وشرق حماة.';

describe('derived shapes (data/gazetteer/shapes.json)', () => {
  it('are what the shipped governorate polygons give (else run npm run gazetteer)', () => {
    const g = gazetteer();
    expect(shipped.source).toBe(shapesSource(g.admin1));
    expect(shipped).toEqual(deriveShapes(buildGovernorates(g), g.admin1));
  });

  it('give the same places, points and areas as shapes made on the spot', () => {
    const made = createGeocoder(gazetteer()).findMentions(TEXT);
    const given = createGeocoder({ ...gazetteer(), shapes: shipped }).findMentions(TEXT);
    expect(
      made.filter((m) => m.placeId.includes('-north') || m.placeId.includes('-south')).length,
    ).toBeGreaterThan(3);
    expect(given).toEqual(made);
  });

  it('are not used for other polygons', () => {
    const moved = gazetteer();
    // Idlib's outline shifted 0.05° east: a clip made from the shipped one would be wrong.
    for (const f of moved.admin1!.features) {
      if ((f.properties as { nameEn?: string }).nameEn !== 'Idlib') continue;
      const shift = (ring: number[][]) => ring.map(([x, y]) => [x! + 0.05, y!]);
      if (f.geometry.type === 'Polygon') f.geometry.coordinates = f.geometry.coordinates.map(shift);
      else f.geometry.coordinates = f.geometry.coordinates.map((p) => p.map(shift));
    }
    const copy = () => structuredClone(moved);
    const given = createGeocoder({ ...copy(), shapes: shipped }).findMentions(TEXT);
    expect(given).toEqual(createGeocoder(copy()).findMentions(TEXT));
    const south = given.find((m) => m.placeId === 'area-idlib-countryside-south')!;
    const shippedSouth = createGeocoder({ ...gazetteer(), shapes: shipped })
      .findMentions(TEXT)
      .find((m) => m.placeId === 'area-idlib-countryside-south')!;
    expect(south.area).not.toEqual(shippedSouth.area);
  });
});
