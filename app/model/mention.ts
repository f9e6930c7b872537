import type { GeoPrecision } from './place';

/**
 * A place mention found in a text and resolved to a location. Offsets are UTF-16 code-unit
 * offsets into the ORIGINAL text (as JavaScript strings index), end exclusive.
 */
export interface PlaceMention {
  start: number;
  end: number;
  /** The text as written, `text.slice(start, end)`. */
  surface: string;
  /**
   * Gazetteer id, or an area id (`area-...`) for qualified places and for roads named by their
   * ends (`area-road-<id>-<id>`) and the ground between two towns (`area-between-<id>-<id>`),
   * or `unknown-<slug>` for villages the gazetteer lacks.
   */
  placeId: string;
  nameAr: string;
  nameEn: string;
  lat: number;
  lon: number;
  geoPrecision: GeoPrecision;
  /** 0..1: how sure the geocoder is that this is the right place. */
  confidence: number;
  admin1: string;
  /** For imprecise mentions: the polygon the mention covers (GeoJSON geometry). */
  area?: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  /** True when the gazetteer does not know the name and the place falls back to its area. */
  unresolved?: boolean;
  /**
   * A governorate's seat named bare (`إدلب`, not `مدينة إدلب`): the governorate the name may stand
   * for, where an event concerns the governorate as a whole (`اتفقت روسيا وتركيا على وقف إطلاق
   * النار في إدلب` is no agreement on the city). The mention itself stays the city.
   */
  seatOf?: ResolvedPlace;
}

/** Where a mention resolves to: the place, its point and precision, and its area if any. */
export type ResolvedPlace = Pick<
  PlaceMention,
  'placeId' | 'nameAr' | 'nameEn' | 'lat' | 'lon' | 'geoPrecision' | 'admin1' | 'area'
>;
