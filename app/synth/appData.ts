import type { Article, IncidentFeature } from '../model';
import { areaPolygon, type SynthVocabulary } from './places';
import type { SynthReport } from './report';

const TYPE_EN: Record<IncidentFeature['properties']['type'], string> = {
  airstrike: 'Airstrike',
  shelling: 'Shelling',
  clash: 'Clashes',
  attack: 'Attack on a facility',
  explosion: 'Explosion',
  deployment: 'Reinforcements',
  agreement: 'Talks',
  other: 'Event',
};

const TYPE_AR: Record<IncidentFeature['properties']['type'], string> = {
  airstrike: 'غارة جوية',
  shelling: 'قصف',
  clash: 'اشتباكات',
  attack: 'استهداف منشأة',
  explosion: 'انفجار',
  deployment: 'تعزيزات',
  agreement: 'مباحثات',
  other: 'حدث',
};

/**
 * The app-ready form of a synthetic report: its article (flagged synthetic) and the incidents
 * it states, exactly as an ideal ingest would read them. `limit` keeps only the first incidents
 * so that a run can stop at an exact incident count.
 *
 * @example
 * const { article, incidents } = reportToAppData(generateReport(1, 0, vocab));
 * article.synthetic // true
 */
export function reportToAppData(
  r: SynthReport,
  limit = Number.POSITIVE_INFINITY,
): { article: Article; incidents: IncidentFeature[] } {
  const articleId = `a-${r.id}`;
  const incidents = r.incidents.slice(0, limit).map((c, n): IncidentFeature => {
    const p = c.place;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: `${articleId}-${n + 1}`,
        type: c.type,
        actors: c.actors,
        date: c.date,
        timePrecision: 1,
        placeId: p.id,
        placeAr: p.nameAr,
        placeEn: p.nameEn,
        geoPrecision: p.geoPrecision,
        admin1: p.admin1,
        ...(p.areaId ? { areaId: p.areaId } : {}),
        strikes: c.strikes,
        fatalities: c.fatalities,
        injuries: c.injuries,
        sources: 1,
        confidence: 0.9,
        summaryEn: `${TYPE_EN[c.type]} at ${p.nameEn} (synthetic)`,
        summaryAr: `${TYPE_AR[c.type]} في ${p.nameAr} (اصطناعي)`,
        evidence: [
          {
            articleId,
            start: c.start,
            end: c.end,
            placeStart: c.placeStart,
            placeEnd: c.placeEnd,
          },
        ],
      },
    };
  });
  const article: Article = {
    id: articleId,
    file: `synthetic/${r.id}`,
    title: r.title,
    date: r.date,
    outlet: r.outlet,
    url: r.url,
    body: r.body,
    incidentIds: incidents.map((f) => f.properties.id),
    mentions: r.incidents.slice(0, incidents.length).map((c) => {
      return {
        start: c.placeStart,
        end: c.placeEnd,
        placeId: c.place.id,
        lat: c.place.lat,
        lon: c.place.lon,
        geoPrecision: c.place.geoPrecision,
      };
    }),
    synthetic: true,
  };
  return { article, incidents };
}

/** areas.geojson for the qualified areas synthetic reports use. */
export function areaFeatures(
  vocab: SynthVocabulary,
): GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: vocab.areas.map((a) => ({
      type: 'Feature',
      id: a.id,
      geometry: a.area ?? areaPolygon(a),
      properties: { id: a.id, nameAr: a.nameAr, nameEn: a.nameEn, admin1: a.admin1 },
    })),
  };
}
