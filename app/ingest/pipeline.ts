import type {
  Article,
  IncidentCollection,
  IncidentFeature,
  IngestError,
  IngestReport,
} from '../model';
import { extractIncidents } from './extract/extractIncidents';
import type { Geocoder } from './geocode';
import { parseReport } from './reports/parseReport';
import { stableHash } from './text/hash';

/** One input file, as bytes, named relative to the input folder. */
export interface InputFile {
  file: string;
  bytes: Uint8Array;
}

/** Everything `npm run ingest` writes to `public/data/`. */
export interface IngestOutput {
  incidents: IncidentCollection;
  articles: Article[];
  areas: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  report: IngestReport;
}

/**
 * Reports in, incidents out: pure, so that it runs in Node (the CLI) and in the browser alike.
 * Files are processed in name order so that the output does not depend on directory order.
 */
export function ingest(inputs: InputFile[], geocoder: Geocoder): IngestOutput {
  const errors: IngestError[] = [];
  const articles: Article[] = [];
  const incidents: IncidentFeature[] = [];
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const input of sorted) {
    const text = new TextDecoder('utf-8').decode(input.bytes);
    const parsed = parseReport(text, input.file);
    if ('message' in parsed) {
      errors.push(parsed);
      continue;
    }
    const id = `a-${stableHash(parsed.body)}`;
    const mentions = geocoder.findMentions(parsed.body);
    const found = extractIncidents({ id, ...parsed }, mentions);
    incidents.push(...found);
    articles.push({
      id,
      file: input.file,
      ...parsed,
      incidentIds: found.map((f) => f.properties.id),
      mentions: mentions.map(({ start, end, placeId, lat, lon, geoPrecision }) => ({
        start,
        end,
        placeId,
        lat,
        lon,
        geoPrecision,
      })),
    });
  }
  return {
    incidents: { type: 'FeatureCollection', features: incidents },
    articles,
    areas: { type: 'FeatureCollection', features: [] },
    report: {
      files: inputs.length,
      articles: articles.length,
      incidents: incidents.length,
      filesWithErrors: new Set(errors.map((e) => e.file)).size,
      errors,
      unresolved: [],
    },
  };
}
