import { type Article, type Evidence, type IncidentFeature, isCasualtyToll } from '../model';
import { safeUrl } from '../panel/safeUrl';

/** Byte-order mark: Excel reads a CSV as UTF-8 (and shows Arabic) only when it starts with one. */
export const BOM = '\uFEFF';

/**
 * The columns of the CSV export, in order: the incident, then where it was first read, then
 * (appended later) the rest of the incident and every report it was read in. One row per
 * incident, so that counting rows counts incidents. Columns are only ever appended, never
 * moved: spreadsheets and scripts written against an older export keep reading the same cells.
 */
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
  // The first report (evidence[0]), as before.
  'article_id',
  'article_title',
  'article_outlet',
  'article_date',
  'article_url',
  'article_file',
  'evidence_sentence',
  'place_mention',
  // Appended: the rest of the incident.
  'place_id',
  'region_ar',
  'region_en',
  'also_place_ids',
  'also_places_ar',
  'also_places_en',
  'strikes',
  // Appended: every report, one entry per evidence in evidence order, joined by LIST_SEP.
  'evidence_count',
  'all_article_ids',
  'all_article_outlets',
  'all_article_dates',
  'all_article_titles',
  'all_article_urls',
  'all_article_files',
  'all_evidence_sentences',
  'all_place_mentions',
  'synthetic',
  // Appended: `true` when no report states the date, which is then the report's own.
  'date_from_report',
  // Appended: `true` for a casualty toll (isCasualtyToll): its figures may count people other
  // rows count too, so a sum of `fatalities` should leave these rows out, or say it did not.
  'casualty_toll',
  // Appended: what happened where the type alone would tell it wrong (IncidentEvent), or empty.
  'event',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Between the entries of a list cell. The lists of one row are aligned: entry k of
 * `all_article_outlets` is the outlet of the report whose sentence is entry k of
 * `all_evidence_sentences`; an entry with nothing to say (a report without a link) is empty.
 */
export const LIST_SEP = ' | ';

/**
 * Written for a `|` inside an entry (a title `قصف على إدلب | المدن`), so that splitting a list
 * cell on LIST_SEP always gives its entries back. The exact text is in the first report's own
 * columns and in the GeoJSON export's `provenance.sources`.
 */
export const BAR_IN_ENTRY = '\u00A6';

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

/** One report an incident was read in: the report, and the sentence and place mention in it. */
export interface SourceCells {
  article_id: string;
  article_title: string;
  article_outlet: string;
  article_date: string;
  article_url: string;
  article_file: string;
  evidence_sentence: string;
  place_mention: string;
}

/**
 * The report's link if it is one a reader may follow. The loader drops any other
 * (app/load/validate.ts); this asks the same rule again because an export is a file that leaves
 * the app, and not every way details arrive goes through the loader's checks.
 */
function citableUrl(url: string | undefined): string {
  return url !== undefined && safeUrl(url) !== null ? url : '';
}

/** Where one evidence was read (empty texts when its report is not loaded). */
function sourceCells(ev: Evidence, articles: ReadonlyMap<string, Article>): SourceCells {
  const a = articles.get(ev.articleId);
  return {
    article_id: ev.articleId,
    article_title: a?.title ?? '',
    article_outlet: a?.outlet ?? '',
    article_date: a?.date ?? '',
    article_url: citableUrl(a?.url),
    // The file the report was read from: what a reader who opened their own files knows it by.
    article_file: a?.file ?? '',
    evidence_sentence: a ? a.body.slice(ev.start, ev.end) : '',
    place_mention: a ? a.body.slice(ev.placeStart, ev.placeEnd) : '',
  };
}

const NO_SOURCE: SourceCells = {
  article_id: '',
  article_title: '',
  article_outlet: '',
  article_date: '',
  article_url: '',
  article_file: '',
  evidence_sentence: '',
  place_mention: '',
};

/** Every report the incident was read in, in evidence order (one per evidence). */
function sourcesOf(f: IncidentFeature, articles: ReadonlyMap<string, Article>): SourceCells[] {
  return (f.properties.evidence ?? []).map((ev) => sourceCells(ev, articles));
}

/** Whether any report of the incident is generated test data, which no one should cite. */
function isSynthetic(f: IncidentFeature, articles: ReadonlyMap<string, Article>): boolean {
  return (f.properties.evidence ?? []).some((ev) => articles.get(ev.articleId)?.synthetic);
}

/** Entries as one list cell (see LIST_SEP, BAR_IN_ENTRY). */
export function listCell(entries: readonly string[]): string {
  return entries.map((e) => e.replaceAll('|', BAR_IN_ENTRY)).join(LIST_SEP);
}

/** The list columns: each source field over all sources, aligned. */
function allSourcesCells(sources: readonly SourceCells[]) {
  const all = (k: keyof SourceCells) => listCell(sources.map((s) => s[k]));
  return {
    evidence_count: sources.length,
    all_article_ids: all('article_id'),
    all_article_outlets: all('article_outlet'),
    all_article_dates: all('article_date'),
    all_article_titles: all('article_title'),
    all_article_urls: all('article_url'),
    all_article_files: all('article_file'),
    all_evidence_sentences: all('evidence_sentence'),
    all_place_mentions: all('place_mention'),
  };
}

/** The row of one incident, as values keyed by column. */
export function exportRow(
  f: IncidentFeature,
  articles: ReadonlyMap<string, Article>,
): Record<CsvColumn, string | number | null> {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const sources = sourcesOf(f, articles);
  const also = p.alsoPlaces ?? [];
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
    ...(sources[0] ?? NO_SOURCE),
    place_id: p.placeId,
    region_ar: p.regionAr ?? '',
    region_en: p.regionEn ?? '',
    also_place_ids: listCell(also.map((a) => a.placeId)),
    also_places_ar: listCell(also.map((a) => a.placeAr)),
    also_places_en: listCell(also.map((a) => a.placeEn)),
    strikes: p.strikes,
    ...allSourcesCells(sources),
    synthetic: isSynthetic(f, articles) ? 'true' : 'false',
    date_from_report: p.dateFromReport ? 'true' : 'false',
    casualty_toll: isCasualtyToll(p) ? 'true' : 'false',
    event: p.event ?? '',
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

/**
 * GeoJSON of the given incidents: each with all its properties (as in `incidents.geojson`) and
 * `provenance`: the first report's fields flat, as before, and `sources`, every report in
 * evidence order, exact (no list cells to split).
 */
export function toGeoJson(
  incidents: IncidentFeature[],
  articles: ReadonlyMap<string, Article>,
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: incidents.map((f) => {
      const sources = sourcesOf(f, articles);
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          ...f.properties,
          // As the CSV's `casualty_toll`: figures that may count other incidents' people again.
          casualtyToll: isCasualtyToll(f.properties),
          provenance: {
            ...(sources[0] ?? NO_SOURCE),
            sources,
            synthetic: isSynthetic(f, articles),
          },
        },
      };
    }),
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
