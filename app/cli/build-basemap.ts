/**
 * `npm run basemap`: writes the offline basemap layers to `public/basemap/` from npm-shipped
 * Natural Earth data (world-atlas, public domain) and the gazetteer. Output is clipped to the
 * region so the app loads a few hundred kilobytes, not the world.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { area, bboxClip, centerOfMass, flatten } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { BASEMAP_BBOX, type BBox } from '../map/region';
import type { Place } from '../model';
import { basemapLabels } from './basemapLabels';

const require = createRequire(import.meta.url);
const OUT = 'public/basemap';

/** ISO 3166 numeric codes of the countries around northwest Syria, as world-atlas ids. */
const COUNTRIES: Record<string, { en: string; ar: string }> = {
  '760': { en: 'Syria', ar: 'سوريا' },
  '792': { en: 'Turkey', ar: 'تركيا' },
  '422': { en: 'Lebanon', ar: 'لبنان' },
  '196': { en: 'Cyprus', ar: 'قبرص' },
  '368': { en: 'Iraq', ar: 'العراق' },
  '400': { en: 'Jordan', ar: 'الأردن' },
};

/** Names of seas and lakes, placed by hand (the basemap has no water polygons to label). */
const WATER_LABELS: GeoJSON.FeatureCollection<GeoJSON.Point> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [35.25, 35.75] },
      properties: { nameEn: 'Mediterranean Sea', nameAr: 'البحر المتوسط' },
    },
  ],
};

/**
 * One label point per country or governorate, at the centre of its largest part (a polygon label
 * would be repeated for every part and tile).
 */
function labelPoints(admin1: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const features = admin1.features.flatMap((f) => {
    const parts = flatten(
      f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
    ).features.filter((p) => (p.geometry.coordinates[0]?.length ?? 0) >= 4);
    if (!parts.length) return [];
    const largest = parts.reduce((a, b) => (area(b) > area(a) ? b : a));
    return [{ ...centerOfMass(largest), properties: f.properties }];
  });
  return { type: 'FeatureCollection', features };
}

/** Motorways drawn through the towns the gazetteer says they pass (schematic, for orientation). */
function roadLines(places: Place[]): GeoJSON.FeatureCollection<GeoJSON.LineString> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const features = places
    .filter((p) => p.kind === 'road' && (p.via?.length ?? 0) > 1)
    .map((p) => ({
      type: 'Feature' as const,
      geometry: {
        type: 'LineString' as const,
        coordinates: p
          .via!.map((id) => byId.get(id))
          .filter((v) => v !== undefined)
          .map((v) => [v.lon, v.lat]),
      },
      properties: {
        id: p.id,
        ref: /M\d+/.exec(p.nameEn)?.[0] ?? '',
        nameEn: p.nameEn,
        nameAr: p.nameAr,
      },
    }));
  return { type: 'FeatureCollection', features };
}

/** Names of mountains and plains, which the news uses as places. */
function regionPoints(places: Place[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features = places
    .filter((p) => p.kind === 'mountain' || p.kind === 'plain')
    .map((p) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      properties: { id: p.id, nameEn: p.nameEn, nameAr: p.nameAr },
    }));
  return { type: 'FeatureCollection', features };
}

function clipCollection(fc: GeoJSON.FeatureCollection, bbox: BBox): GeoJSON.FeatureCollection {
  const features = fc.features
    .map((f) => bboxClip(f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>, bbox))
    .filter((f) => f.geometry.coordinates.length > 0);
  return { type: 'FeatureCollection', features: features as GeoJSON.Feature[] };
}

async function main(): Promise<void> {
  const topo = require('world-atlas/countries-10m.json') as Topology;
  const countries = feature(topo, topo.objects.countries!) as unknown as GeoJSON.FeatureCollection;
  const near = countries.features
    .filter((f) => String(f.id) in COUNTRIES)
    .map((f) => {
      const names = COUNTRIES[String(f.id)]!;
      return { ...f, properties: { id: String(f.id), nameEn: names.en, nameAr: names.ar } };
    });
  const borders = mesh(topo, topo.objects.countries as never, (a, b) => a !== b);
  const borderLines = bboxClip(
    { type: 'Feature', geometry: borders, properties: {} },
    BASEMAP_BBOX,
  ) as GeoJSON.Feature;

  await mkdir(OUT, { recursive: true });
  const write = (name: string, data: unknown) =>
    writeFile(`${OUT}/${name}`, `${JSON.stringify(data)}\n`);
  const clipped = clipCollection({ type: 'FeatureCollection', features: near }, BASEMAP_BBOX);
  await write('countries.geojson', clipped);
  await write('country-labels.geojson', labelPoints(clipped));
  await write('borders.geojson', { type: 'FeatureCollection', features: [borderLines] });

  const admin1Path = 'data/gazetteer/admin1.geojson';
  const admin1 = existsSync(admin1Path)
    ? JSON.parse(await readFile(admin1Path, 'utf8'))
    : { type: 'FeatureCollection', features: [] };
  await write('admin1.geojson', admin1);
  await write('admin1-labels.geojson', labelPoints(admin1));

  const { places } = JSON.parse(await readFile('data/gazetteer/gazetteer.json', 'utf8'));
  await write('labels.geojson', basemapLabels(places));
  await write('roads.geojson', roadLines(places));
  await write('regions.geojson', regionPoints(places));
  await write('water-labels.geojson', WATER_LABELS);
  console.log(`basemap: ${near.length} countries, ${admin1.features.length} governorates → ${OUT}`);
}

await main();
