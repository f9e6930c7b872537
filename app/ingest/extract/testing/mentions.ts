import type { GeoPrecision, PlaceMention } from '../../../model';

/** A hand-written place for tests: every occurrence of `surface` becomes a mention. */
export interface PlaceSpec {
  surface: string;
  placeId: string;
  nameAr: string;
  nameEn: string;
  geoPrecision: GeoPrecision;
  admin1?: string;
  unresolved?: boolean;
}

const LETTER = /[\u0621-\u064a]/;

/**
 * Build mentions by hand (so extraction tests do not depend on the geocoder): each spec's
 * surface is found as a whole word, longest surfaces first, without overlaps.
 *
 * @example handMentions('قصف على أريحا', [{ surface: 'أريحا', placeId: 'gn-ariha', ... }])[0].start // 8
 */
export function handMentions(text: string, specs: PlaceSpec[]): PlaceMention[] {
  const taken = new Uint8Array(text.length);
  const out: PlaceMention[] = [];
  for (const s of [...specs].sort((a, b) => b.surface.length - a.surface.length)) {
    for (let at = text.indexOf(s.surface); at >= 0; at = text.indexOf(s.surface, at + 1)) {
      const end = at + s.surface.length;
      if (taken.subarray(at, end).some(Boolean)) continue;
      const before = text[at - 1] ?? ' ';
      // allow one clitic letter before the name (بمنطقة is a separate word; وأريحا, بأريحا are clitics)
      const clitic = /[وبل]/.test(before) && !LETTER.test(text[at - 2] ?? ' ');
      if ((LETTER.test(before) && !clitic) || LETTER.test(text[end] ?? ' ')) continue;
      taken.fill(1, at, end);
      out.push({
        start: at,
        end,
        surface: s.surface,
        placeId: s.placeId,
        nameAr: s.nameAr,
        nameEn: s.nameEn,
        lat: 35.9,
        lon: 36.6,
        geoPrecision: s.geoPrecision,
        confidence: 0.9,
        admin1: s.admin1 ?? 'Idlib',
        ...(s.unresolved ? { unresolved: true } : {}),
        ...(s.placeId.startsWith('area-')
          ? {
              area: {
                type: 'Polygon' as const,
                coordinates: [
                  [
                    [36.5, 35.8],
                    [36.7, 35.8],
                    [36.7, 36],
                    [36.5, 36],
                    [36.5, 35.8],
                  ],
                ],
              },
            }
          : {}),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
