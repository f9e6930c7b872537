import type { Place } from '../../model';
import { normaliseKey } from '../text/normalise';
import { type AreaGeometry, representativePoint, slugify, unionAll } from './areas';
import type { GazetteerData } from './index';

/**
 * Governorates (from admin1.geojson and governorate rows of the gazetteer) and the country
 * they make up, as entities the matcher can name: `محافظة إدلب`, `ريف حماة`, `شمال غربي سوريا`.
 * A governorate's seat is the gazetteer town of the same Arabic name (`إدلب` the city): bare
 * `إدلب` is the city, `ريف إدلب` and `جنوب إدلب` are parts of the governorate.
 *
 * @example
 * const govs = buildGovernorates(gazetteer);
 * govs.bySeat.get('nwsy-idlib')?.slug // 'idlib'
 */
export interface Governorate {
  slug: string;
  nameAr: string;
  nameEn: string;
  /** Normalised Arabic name. */
  key: string;
  geometry?: AreaGeometry;
  /** The place used in the name index for the governorate itself. */
  place: Place;
  /** The gazetteer town of the same name, if any. */
  seat?: Place;
}

export interface Governorates {
  all: Governorate[];
  byKey: Map<string, Governorate>;
  /** By seat place id. */
  bySeat: Map<string, Governorate>;
  /** By place id of the governorate entity. */
  byPlace: Map<string, Governorate>;
  /** By English name, as in `Place.admin1`. */
  byAdmin1: Map<string, Governorate>;
  /** The country as a place (names سوريا/سورية), when governorate polygons make its shape. */
  country?: { place: Place; geometry: AreaGeometry };
  /** The Syrian coast (`الساحل السوري`): the Latakia and Tartus governorates together. */
  coast?: { place: Place; geometry: AreaGeometry };
}

/** The coast's id and the governorates that make it up. */
const COAST_ID = 'area-syrian-coast';
const COAST_GOVERNORATES = ['Latakia', 'Tartus'];

const POINT_KINDS = new Set(['city', 'town', 'village', 'locality']);

/**
 * `country`: the union of the governorate polygons when already made (derivedShapes.ts);
 * otherwise it is made here.
 */
export function buildGovernorates(gazetteer: GazetteerData, country?: AreaGeometry): Governorates {
  const out: Governorates = {
    all: [],
    byKey: new Map(),
    bySeat: new Map(),
    byPlace: new Map(),
    byAdmin1: new Map(),
  };
  const rows = gazetteer.places.filter((p) => p.kind === 'governorate');
  const features = gazetteer.admin1?.features ?? [];
  const seen = new Set<string>();
  const add = (nameAr: string, nameEn: string, geometry?: AreaGeometry, row?: Place) => {
    const key = normaliseKey(nameAr);
    if (!key || seen.has(key)) return;
    seen.add(key);
    const slug = slugify(nameEn);
    const seat = gazetteer.places.find(
      (p) => POINT_KINDS.has(p.kind) && normaliseKey(p.nameAr) === key && p.admin1 === nameEn,
    );
    let place = row;
    if (!place) {
      const at = geometry ? representativePoint(geometry, seat && [seat.lon, seat.lat]) : undefined;
      if (!at) return;
      place = {
        id: `adm1-${slug}`,
        nameAr,
        nameEn,
        altNames: [],
        kind: 'governorate',
        lon: at[0],
        lat: at[1],
        admin1: nameEn,
        source: { kind: 'derived', url: '', note: 'point inside the governorate polygon' },
      };
    }
    const gov: Governorate = { slug, nameAr, nameEn, key, geometry, place, seat };
    out.all.push(gov);
    out.byKey.set(key, gov);
    out.byPlace.set(place.id, gov);
    out.byAdmin1.set(nameEn, gov);
    if (seat) out.bySeat.set(seat.id, gov);
  };
  for (const f of features) {
    const p = (f.properties ?? {}) as { nameAr?: string; nameEn?: string };
    if (!p.nameAr || !p.nameEn) continue;
    const row = rows.find((r) => normaliseKey(r.nameAr) === normaliseKey(p.nameAr!));
    add(p.nameAr, p.nameEn, f.geometry, row);
  }
  for (const row of rows) add(row.nameAr, row.nameEn, undefined, row);
  const shape = country ?? unionAll(features.map((f) => f.geometry));
  const countryRow = gazetteer.places.find((p) => p.kind === 'country');
  if (shape) {
    const at = representativePoint(shape);
    out.country = {
      geometry: shape,
      place: countryRow ?? {
        id: 'area-syria',
        nameAr: 'سوريا',
        nameEn: 'Syria',
        altNames: ['سورية'],
        kind: 'country',
        lon: at[0],
        lat: at[1],
        admin1: '',
        source: { kind: 'derived', url: '', note: 'point inside the union of governorates' },
      },
    };
  }
  out.coast = coastOf(out);
  return out;
}

/**
 * `الساحل السوري`, `الساحل`: how reports name the two coastal governorates at once (troops
 * sent to the coast, attacks along it), as a region of its own at the governorates' precision.
 * Nothing without both polygons: a guessed shape would place incidents nowhere in particular.
 */
function coastOf(govs: Governorates): Governorates['coast'] {
  const parts = COAST_GOVERNORATES.map((n) => govs.byAdmin1.get(n)?.geometry);
  if (parts.some((g) => !g)) return undefined;
  const geometry = unionAll(parts as AreaGeometry[]);
  if (!geometry) return undefined;
  const at = representativePoint(geometry);
  return {
    geometry,
    place: {
      id: COAST_ID,
      nameAr: 'الساحل السوري',
      nameEn: 'Syrian coast',
      altNames: ['الساحل', 'Syrian coastal region'],
      kind: 'region',
      lon: at[0],
      lat: at[1],
      admin1: '',
      source: { kind: 'derived', url: '', note: 'union of the Latakia and Tartus governorates' },
    },
  };
}
