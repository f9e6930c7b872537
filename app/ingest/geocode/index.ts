import type { Place, PlaceMention } from '../../model';

/** The gazetteer as loaded from `data/gazetteer/`. */
export interface GazetteerData {
  places: Place[];
  /** Governorate polygons (Natural Earth admin-1), used to build areas. */
  admin1?: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
}

export interface Geocoder {
  /** Every place mention in `text`, in text order, with offsets into `text`. */
  findMentions(text: string): PlaceMention[];
}

/**
 * Starter geocoder: exact matches of gazetteer names, longest first. The real matcher (Arabic
 * normalisation, clitics, qualified areas, unknown villages) replaces it behind this interface.
 */
export function createGeocoder(gazetteer: GazetteerData): Geocoder {
  const names: { name: string; place: Place }[] = [];
  for (const place of gazetteer.places) {
    for (const name of [place.nameAr, ...place.altNames]) {
      if (/[\u0600-\u06ff]/.test(name)) names.push({ name, place });
    }
  }
  names.sort((a, b) => b.name.length - a.name.length);
  return {
    findMentions(text) {
      const taken = new Uint8Array(text.length);
      const mentions: PlaceMention[] = [];
      for (const { name, place } of names) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          const end = at + name.length;
          if (taken.subarray(at, end).some(Boolean)) continue;
          if (/[\u0621-\u064a]/.test(text[end] ?? '')) continue;
          taken.fill(1, at, end);
          mentions.push({
            start: at,
            end,
            surface: name,
            placeId: place.id,
            nameAr: place.nameAr,
            nameEn: place.nameEn,
            lat: place.lat,
            lon: place.lon,
            geoPrecision: place.radiusKm ? 2 : 1,
            confidence: 0.8,
            admin1: place.admin1,
          });
        }
      }
      return mentions.sort((a, b) => a.start - b.start);
    },
  };
}
