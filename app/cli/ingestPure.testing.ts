/**
 * What `npm run ingest` must write for a folder, computed the plain way: every file processed
 * in this process and merged whole by `mergeResults`, then serialised. The CLI streams through
 * spool files instead; tests hold the two byte for byte equal.
 */
import { buildCompact, COMPACT_FILE } from '../ingest/compact';
import { createGeocoder } from '../ingest/geocode';
import { mergeResults, processFile } from '../ingest/pipeline';
import { loadGazetteer } from './gazetteerFiles';
import { canonicalJson, listInputs, readInputFile } from './ingestFiles';

/** Output file name → its bytes, as the CLI should write them for `inDir` today. */
export async function pureOutputs(inDir: string): Promise<Map<string, Uint8Array>> {
  const geocoder = createGeocoder(await loadGazetteer('data/gazetteer'));
  const today = new Date().toISOString().slice(0, 10);
  const { files, problems } = await listInputs(inDir);
  const parts = files.map((file) => {
    const input = readInputFile(inDir, file, problems);
    return 'bytes' in input ? processFile(input, geocoder, { today }) : input;
  });
  const out = mergeResults(parts);
  const text = (x: unknown) => new TextEncoder().encode(`${canonicalJson(x)}\n`);
  return new Map([
    ['incidents.geojson', text(out.incidents)],
    ['articles.json', text(out.articles)],
    ['areas.geojson', text(out.areas)],
    ['ingest-report.json', text(out.report)],
    [COMPACT_FILE, buildCompact(out.incidents.features, out.articles)],
  ]);
}
