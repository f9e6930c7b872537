import type { Article, IncidentFeature } from '../model';

/** Byte-order mark: Excel reads a CSV as UTF-8 (and shows Arabic) only when it starts with one. */
export const BOM = '\uFEFF';

/** The columns of the CSV export, in order: the incident, then where it was read. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'date_end',
  'time_precision',
  'type',
  'actors',
  'fatalities',
  'injuries',
  'place_ar',
  'place_en',
  'admin1',
  'geo_precision',
  'area_id',
  'lon',
  'lat',
  'sources',
  'confidence',
  'summary_en',
  'summary_ar',
  'article_id',
  'article_title',
  'article_outlet',
  'article_date',
  'article_url',
  'article_file',
  'evidence_sentence',
  'place_mention',
] as const;

/**
 * One cell, RFC 4180 quoted when needed, and defused against formula injection: a text cell
 * that a spreadsheet would read as a formula (starting with = + - @, or a tab/CR) gets a leading
 * apostrophe. Numbers are written as numbers (a negative number is not a formula).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else {
    s = String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The provenance of an incident: its first evidence, the report it is in, and the texts. */
function provenance(f: IncidentFeature, articles: ReadonlyMap<string, Article>) {
  const ev = f.properties.evidence?.[0];
  const a = ev ? articles.get(ev.articleId) : undefined;
  return {
    article_id: ev?.articleId ?? '',
    article_title: a?.title ?? '',
    article_outlet: a?.outlet ?? '',
    article_date: a?.date ?? '',
    article_url: a?.url ?? '',
    // The file the report was read from: what a reader who opened their own files knows it by.
    article_file: a?.file ?? '',
    evidence_sentence: a && ev ? a.body.slice(ev.start, ev.end) : '',
    place_mention: a && ev ? a.body.slice(ev.placeStart, ev.placeEnd) : '',
  };
}

/** The row of one incident, as values keyed by column. */
export function exportRow(
  f: IncidentFeature,
  articles: ReadonlyMap<string, Article>,
): Record<(typeof CSV_COLUMNS)[number], string | number | null> {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  return {
    id: p.id,
    date: p.date,
    date_end: p.dateEnd ?? '',
    time_precision: p.timePrecision,
    type: p.type,
    actors: p.actors.join(';'),
    fatalities: p.fatalities,
    injuries: p.injuries,
    place_ar: p.placeAr,
    place_en: p.placeEn,
    admin1: p.admin1,
    geo_precision: p.geoPrecision,
    area_id: p.areaId ?? '',
    lon: lon ?? null,
    lat: lat ?? null,
    sources: p.sources,
    confidence: p.confidence,
    summary_en: p.summaryEn,
    summary_ar: p.summaryAr,
    ...provenance(f, articles),
  };
}

/** CSV (RFC 4180, CRLF line ends, UTF-8 with BOM) of the given incidents, one row each. */
export function toCsv(
  incidents: IncidentFeature[],
  articles: ReadonlyMap<string, Article>,
): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of incidents) {
    const row = exportRow(f, articles);
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** GeoJSON of the given incidents, each with its properties and the provenance fields. */
export function toGeoJson(
  incidents: IncidentFeature[],
  articles: ReadonlyMap<string, Article>,
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: incidents.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { ...f.properties, provenance: provenance(f, articles) },
    })),
  });
}

/** Offer text or a blob as a file download (a Blob link; nothing is sent anywhere). */
export function download(content: string | Blob, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
