import type { Article, IncidentFeature, PlaceMention } from '../../model';
import { sentenceSpans } from '../text/sentences';

/**
 * Starter extraction: one incident per resolved place mention, typed `other`, dated to the
 * report. The real extraction (types, actors, counts, dates) replaces it behind this signature.
 */
export function extractIncidents(
  article: Pick<Article, 'id' | 'body' | 'date' | 'outlet'>,
  mentions: PlaceMention[],
): IncidentFeature[] {
  const sentences = sentenceSpans(article.body);
  return mentions.map((m, n) => {
    const sentence = sentences.find((s) => s.start <= m.start && m.end <= s.end) ?? {
      start: m.start,
      end: m.end,
    };
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
      properties: {
        id: `${article.id}-${n + 1}`,
        type: 'other',
        actors: [],
        date: article.date,
        timePrecision: 1,
        placeId: m.placeId,
        placeAr: m.nameAr,
        placeEn: m.nameEn,
        geoPrecision: m.geoPrecision,
        admin1: m.admin1,
        strikes: null,
        fatalities: null,
        injuries: null,
        sources: 1,
        confidence: m.confidence,
        summaryEn: `Event at ${m.nameEn}`,
        summaryAr: `حدث في ${m.nameAr}`,
        evidence: [
          {
            articleId: article.id,
            start: sentence.start,
            end: sentence.end,
            placeStart: m.start,
            placeEnd: m.end,
          },
        ],
      },
    };
  });
}
