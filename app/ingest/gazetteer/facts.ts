/**
 * Rows of the cited fact tables (shared reference table, project's curated table) as typed facts.
 * A fact is one page's statement about one place; merge.ts decides how it joins GeoNames.
 */
import type { PlaceKind } from '../../model/place.ts';
import { slugify } from './normalize.ts';
import { parseCoord, splitList, type TsvRow } from './tsv.ts';

export interface Fact {
  id: string;
  origin: 'reference' | 'curated';
  nameEn: string;
  nameAr: string;
  altNames: string[];
  kind: PlaceKind;
  /** Absent only for roads/rivers, whose position is derived from `via`. */
  lat?: number;
  lon?: number;
  governorate: string;
  district: string;
  subdistrict: string;
  population?: number;
  radiusKm?: number;
  via: string[];
  distinctFrom: string[];
  url: string;
  note: string;
}

const KINDS: readonly PlaceKind[] = [
  'country',
  'governorate',
  'district',
  'subdistrict',
  'city',
  'town',
  'village',
  'locality',
  'neighbourhood',
  'region',
  'mountain',
  'plain',
  'airbase',
  'crossing',
  'road',
  'river',
];

function toKind(s: string): PlaceKind {
  const k = KINDS.find((x) => x === s);
  if (!k) throw new Error(`unknown kind ${JSON.stringify(s)}`);
  return k;
}

function optNumber(cell: string | undefined): number | undefined {
  if (cell === undefined || cell === '') return undefined;
  const v = Number(cell.replace(/,/g, ''));
  return Number.isFinite(v) ? v : undefined;
}

/** The table's governorate spelling → the app's (reference table writes e.g. `Idlib`). */
function governorate(cell: string | undefined): string {
  return cell ?? '';
}

/** `locality` in the reference table is refined by population so the map can size markers. */
function localityKind(pop: number | undefined): PlaceKind {
  if (pop === undefined) return 'locality';
  return pop >= 10000 ? 'town' : 'village';
}

function fromRow(row: TsvRow, origin: Fact['origin'], id: string, kind: PlaceKind): Fact {
  const url = row.source_url ?? '';
  if (!/^https?:\/\//.test(url)) throw new Error(`${id}: source_url is not http(s): ${url}`);
  const lineLike = kind === 'road' || kind === 'river';
  const fact: Fact = {
    id,
    origin,
    nameEn: row.name_en ?? '',
    nameAr: row.name_ar ?? '',
    altNames: splitList(row.alt_names),
    kind,
    governorate: governorate(row.governorate),
    district: row.district ?? '',
    subdistrict: row.subdistrict ?? '',
    via: splitList(row.via),
    distinctFrom: splitList(row.distinct_from),
    url,
    note: row.note ?? '',
  };
  if (!lineLike || (row.lat ?? '') !== '') {
    fact.lat = parseCoord(row.lat, `${id} lat`);
    fact.lon = parseCoord(row.lon, `${id} lon`);
  }
  const pop = optNumber(row.population_2004 ?? row.population);
  if (pop !== undefined) fact.population = pop;
  const radius = optNumber(row.radius_km);
  if (radius !== undefined) fact.radiusKm = radius;
  return fact;
}

/** A row of `reference-places.tsv` (shared table; its id is derived from the English name). */
export function referenceFact(row: TsvRow): Fact {
  const id = `nwsy-${slugify(row.name_en ?? '')}`;
  const raw = row.kind ?? '';
  const pop = optNumber(row.population_2004);
  return fromRow(row, 'reference', id, raw === 'locality' ? localityKind(pop) : toKind(raw));
}

/** A row of `curated.tsv` (project table; carries its own `id`). */
export function curatedFact(row: TsvRow): Fact {
  const id = row.id ?? '';
  if (!/^nwsy-[a-z0-9-]+$/.test(id)) throw new Error(`curated id must be nwsy-<slug>: ${id}`);
  const raw = row.kind ?? '';
  const pop = optNumber(row.population);
  return fromRow(row, 'curated', id, raw === 'locality' ? localityKind(pop) : toKind(raw));
}

/** True when both coordinates sit on whole arc-minutes: the page only had minute precision. */
export function isMinutePrecision(lat: number, lon: number): boolean {
  const onMinute = (x: number) => Math.abs(x * 60 - Math.round(x * 60)) < 0.02;
  return onMinute(lat) && onMinute(lon);
}
