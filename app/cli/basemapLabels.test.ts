import { describe, expect, it } from 'vitest';
import { plainEnglish } from '../ingest/gazetteer/englishName';
import type { Place } from '../model';
import { basemapLabels } from './basemapLabels';

const place = (p: Partial<Place> & { nameEn: string }): Place => ({
  id: p.nameEn,
  nameAr: 'س',
  altNames: [],
  kind: 'town',
  lat: 35,
  lon: 36,
  admin1: 'Idlib',
  source: { kind: 'geonames', url: 'https://www.geonames.org/' },
  ...p,
});

describe('basemapLabels', () => {
  it('drops transliteration marks and uses the common spelling', () => {
    expect(plainEnglish('Ḩamāh')).toBe('Hama');
    expect(plainEnglish('Ţayyibat al Imām')).toBe('Tayyibat al Imam');
    expect(plainEnglish('Wādī al ‘Uyūn')).toBe("Wadi al 'Uyun");
  });
  it('ranks capitals first, then cities, towns and smaller places; skips governorates', () => {
    const labels = basemapLabels([
      place({ nameEn: 'Maarrat Misrin', population: 16000 }),
      place({ nameEn: 'Idlib', kind: 'city', population: 165000 }),
      place({ nameEn: 'Idlib Governorate', kind: 'governorate' }),
      place({ nameEn: 'Kafr Nabl', population: 50000 }),
      place({ nameEn: 'Hamlet', kind: 'village', population: 12000 }),
      place({ nameEn: 'Tiny', kind: 'village', population: 300 }),
    ]);
    expect(labels.features.map((f) => [f.properties!.nameEn, f.properties!.rank])).toEqual([
      ['Idlib', 0],
      ['Kafr Nabl', 1],
      ['Maarrat Misrin', 2],
      ['Hamlet', 3],
    ]);
  });
});
