import type { Article, IncidentFeature, IncidentProperties } from '../model';

/** A minimal incident for unit tests; override any property. */
export function incident(
  id: string,
  props: Partial<IncidentProperties> = {},
  coords: [number, number] = [36.6, 35.9],
): IncidentFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: coords },
    properties: {
      id,
      type: 'other',
      actors: [],
      date: '2021-06-01',
      timePrecision: 1,
      placeId: 'p',
      placeAr: 'إدلب',
      placeEn: 'Idlib',
      geoPrecision: 1,
      admin1: 'Idlib',
      strikes: null,
      fatalities: null,
      injuries: null,
      sources: 1,
      confidence: 1,
      summaryEn: '',
      summaryAr: '',
      evidence: [{ articleId: 'a1', start: 0, end: 10, placeStart: 0, placeEnd: 4 }],
      ...props,
    },
  };
}

export function article(id: string, props: Partial<Article> = {}): Article {
  return {
    id,
    file: `${id}.txt`,
    title: 'عنوان',
    date: '2021-06-01',
    outlet: 'Outlet A',
    body: 'نص التقرير',
    incidentIds: [],
    mentions: [],
    ...props,
  };
}
