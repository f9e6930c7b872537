import { listFiles, readInputFile } from './app/cli/ingestFiles';
import { loadGazetteer } from './app/cli/gazetteerFiles';
import { createGeocoder } from './app/ingest/geocode';
import { processFile } from './app/ingest/pipeline';
import { SpoolWriter, spoolResult } from './app/cli/spool';
const dir = '.synth/bench/corpus-10000';
const g = createGeocoder(await loadGazetteer('data/gazetteer'));
const files = await listFiles(dir);
const w = new SpoolWriter('/tmp/probe.spool', 0);
const gc = (globalThis as any).gc;
gc(); const base = process.memoryUsage().heapUsed;
const keep: unknown[] = [];
for (const f of files) { const i = readInputFile(dir, f); const r = 'bytes' in i ? processFile(i, g, {}) : i; { const { areas: _a, ...rest } = spoolResult(r, w); keep.push(structuredClone(rest)); } }
gc(); gc();
const inc = keep.reduce((n: number, r: any) => n + r.articles.reduce((m: number, a: any) => m + a.incidents.length, 0), 0);
console.log(((process.memoryUsage().heapUsed - base) / 1e6).toFixed(1), 'MB for', keep.length, 'results', inc, 'incidents →', ((process.memoryUsage().heapUsed - base) / inc).toFixed(0), 'B/incident');
