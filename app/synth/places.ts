import type { GeoPrecision, Place, PlaceMention } from '../model';

/** A place a synthetic sentence can name: a gazetteer place or a qualified area of a governorate. */
export interface SynthPlace {
  /** Gazetteer id, or `area-<governorate>-<direction>` for a qualified area. */
  id: string;
  /** The words written in the sentence, e.g. `بلدة كفرنبل` or `ريف إدلب الجنوبي`. */
  text: string;
  /** Where in `text` the name the geocoder should find begins (after `بلدة ` and the like). */
  nameOffset: number;
  nameAr: string;
  nameEn: string;
  lat: number;
  lon: number;
  admin1: string;
  geoPrecision: GeoPrecision;
  /** For areas: the id of the polygon in areas.geojson (the same as `id`). */
  areaId?: string;
  /** For areas: their outline, when the geocoder gave one (`placeAreas`); else a disc is drawn. */
  area?: PlaceMention['area'];
}

/** The governorates the atlas is about; places elsewhere are left out of synthetic reports. */
const FOCUS = new Set(['Idlib', 'Aleppo', 'Hama', 'Latakia']);

/** What a report writes before a name of this kind; other kinds carry it in the name itself. */
const KIND_PREFIX: Partial<Record<Place['kind'], string>> = {
  city: 'مدينة ',
  town: 'بلدة ',
  village: 'قرية ',
};

/** The four directions of `ريف X الجنوبي` and where that countryside lies from the capital. */
const DIRECTIONS = [
  { ar: 'الشمالي', en: 'north', dLat: 0.22, dLon: 0 },
  { ar: 'الجنوبي', en: 'south', dLat: -0.22, dLon: 0 },
  { ar: 'الشرقي', en: 'east', dLat: 0, dLon: 0.28 },
  { ar: 'الغربي', en: 'west', dLat: 0, dLon: -0.28 },
] as const;

/** Radius in degrees of the square-ish polygon drawn for a qualified area. */
export const AREA_RADIUS_DEG = 0.14;

/** The named places and qualified areas that synthetic reports choose from. */
export interface SynthVocabulary {
  places: SynthPlace[];
  areas: SynthPlace[];
}

/**
 * Build the vocabulary from the real gazetteer: towns and landmarks of the four governorates,
 * and `ريف <governorate> <direction>` areas around each governorate capital.
 *
 * @example
 * const v = vocabulary(gazetteer.places);
 * v.areas.find((a) => a.text === 'ريف إدلب الجنوبي')?.id // 'area-idlib-south'
 */
export function vocabulary(gazetteer: Place[]): SynthVocabulary {
  const places: SynthPlace[] = [];
  const areas: SynthPlace[] = [];
  for (const p of gazetteer) {
    if (!FOCUS.has(p.admin1) || !/[\u0600-\u06ff]/.test(p.nameAr)) continue;
    if (p.kind === 'governorate') {
      for (const d of DIRECTIONS) {
        const id = `area-${p.nameEn.toLowerCase()}-${d.en}`;
        const text = `ريف ${p.nameAr} ${d.ar}`;
        areas.push({
          id,
          text,
          nameOffset: 0,
          nameAr: text,
          nameEn: `${p.nameEn} countryside (${d.en})`,
          lat: round5(p.lat + d.dLat),
          lon: round5(p.lon + d.dLon),
          admin1: p.admin1,
          geoPrecision: 2,
          areaId: id,
        });
      }
      continue;
    }
    if (p.kind === 'road' || p.kind === 'river') continue;
    const prefix = KIND_PREFIX[p.kind] ?? '';
    places.push({
      id: p.id,
      text: `${prefix}${p.nameAr}`,
      nameOffset: prefix.length,
      nameAr: p.nameAr,
      nameEn: p.nameEn,
      lat: p.lat,
      lon: p.lon,
      admin1: p.admin1,
      geoPrecision: p.radiusKm ? 2 : 1,
    });
  }
  if (places.length === 0) throw new Error('the gazetteer has no places in the focus governorates');
  return { places, areas };
}

/** What the geocoder reads in a phrase: its first mention, with the area it names if any. */
export type LocatePhrase = (
  text: string,
) => Pick<PlaceMention, 'placeId' | 'nameAr' | 'nameEn' | 'lat' | 'lon' | 'area'> | undefined;

/**
 * The vocabulary with each qualified area where the ingest would put it: the geocoder's area
 * for the same words (its id, point and outline, clipped to the governorate and so to land),
 * instead of a disc offset from the governorate's seat, which for `ريف اللاذقية الغربي` lies
 * in the sea. The words and the order are kept, so the reports written are the same.
 *
 * @example placeAreas(vocabulary(places), (t) => geocoder.findMentions(t)[0]).areas[0]?.area?.type // 'Polygon'
 */
export function placeAreas(vocab: SynthVocabulary, locate: LocatePhrase): SynthVocabulary {
  const areas = vocab.areas.map((a) => {
    const m = locate(a.text);
    if (!m?.area) return a;
    return {
      ...a,
      id: m.placeId,
      areaId: m.placeId,
      nameAr: m.nameAr,
      nameEn: m.nameEn,
      lat: m.lat,
      lon: m.lon,
      area: m.area,
    };
  });
  return { places: vocab.places, areas };
}

/** A closed ring around an area's centre, for areas.geojson. */
export function areaPolygon(area: SynthPlace): GeoJSON.Polygon {
  const ring: [number, number][] = [];
  for (let k = 0; k <= 12; k++) {
    const a = ((k % 12) / 12) * 2 * Math.PI;
    ring.push([
      round5(area.lon + AREA_RADIUS_DEG * Math.cos(a)),
      round5(area.lat + AREA_RADIUS_DEG * Math.sin(a)),
    ]);
  }
  return { type: 'Polygon', coordinates: [ring] };
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
