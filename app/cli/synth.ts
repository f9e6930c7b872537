/**
 * `npm run synth -- --reports N --out DIR [--seed S] [--format txt|jsonl]` writes a synthetic
 * corpus of report-style Arabic texts over the real gazetteer;
 * `npm run synth -- --incidents N --out DIR --app-data [--detail-chunks K]` writes app-ready data
 * of N incidents (with details chunks above 250k incidents, or of K incidents when asked).
 * Everything written is labelled synthetic, and real-data folders are refused.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COMPACT_FILE, CompactBuilder } from '../ingest/compact';
import {
  chunkJson,
  DETAIL_CHUNK_DIR,
  detailChunkPath,
  detailChunkSize,
  planDetailChunks,
} from '../ingest/detailChunks';
import { incidentKey } from '../ingest/extract/merge';
import { createGeocoder } from '../ingest/geocode';
import type { IncidentFeature } from '../model';
import { areaFeatures, reportToAppData } from '../synth/appData';
import { assertSafeOutput, shardPath, syntheticReadme } from '../synth/layout';
import { placeAreas, type SynthVocabulary, vocabulary } from '../synth/places';
import { generateReport, reportToJsonl, reportToTxt } from '../synth/report';
import { loadGazetteer } from './gazetteerFiles';
import { makeFolder } from './ingestFiles';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Corpus records per .jsonl file. */
const RECORDS_PER_JSONL = 1000;
/** Files written at once: enough to keep the disk busy, few enough not to exhaust handles. */
const WRITE_CONCURRENCY = 64;

/** A write stream that waits when its buffer is full, so 1M incidents never sit in memory. */
function streamTo(path: string) {
  const ws = createWriteStream(path);
  return {
    async write(text: string): Promise<void> {
      if (!ws.write(text)) await once(ws, 'drain');
    },
    async close(): Promise<void> {
      ws.end();
      await once(ws, 'finish');
    },
  };
}

async function writeTxtCorpus(out: string, reports: number, seed: number, vocab: SynthVocabulary) {
  for (let start = 0; start < reports; start += WRITE_CONCURRENCY) {
    const batch: Promise<void>[] = [];
    for (let i = start; i < Math.min(reports, start + WRITE_CONCURRENCY); i++) {
      const path = join(out, shardPath(i, 'txt'));
      batch.push(
        mkdir(dirname(path), { recursive: true }).then(() =>
          writeFile(path, reportToTxt(generateReport(seed, i, vocab))),
        ),
      );
    }
    await Promise.all(batch);
  }
}

async function writeJsonlCorpus(
  out: string,
  reports: number,
  seed: number,
  vocab: SynthVocabulary,
) {
  for (let file = 0; file * RECORDS_PER_JSONL < reports; file++) {
    const stream = streamTo(join(out, `corpus-${String(file).padStart(4, '0')}.jsonl`));
    const end = Math.min(reports, (file + 1) * RECORDS_PER_JSONL);
    for (let i = file * RECORDS_PER_JSONL; i < end; i++) {
      await stream.write(reportToJsonl(generateReport(seed, i, vocab)));
    }
    await stream.close();
  }
}

/** Incidents regenerated at a time when no chunks are written (a slice of the output order). */
const SLICE = 1000;

/**
 * Write app-ready data as the ingest would: articles.json in report order, incidents.geojson
 * (and the compact columns, and the details chunks) in the ingest's output order, by
 * `incidentKey` (date, place, type, id), so a date range is a run of neighbouring incidents and
 * of few chunks, as in real output. Two passes, holding only a key per incident: the first
 * generates every report once (writing its article); the second regenerates, chunk by chunk,
 * the reports whose incidents come next (reports are independent of one another, so each is made
 * again exactly).
 */
async function writeAppData(
  out: string,
  target: { incidents?: number; reports?: number },
  seed: number,
  vocab: SynthVocabulary,
  forcedChunk?: number,
): Promise<{ incidents: number; articles: number }> {
  // Chunks when the size is known to need them (an incident count), or when asked for.
  const chunkSize = detailChunkSize(target.incidents ?? 0, forcedChunk);
  await rm(join(out, DETAIL_CHUNK_DIR), { recursive: true, force: true });
  if (chunkSize > 0) await mkdir(join(out, DETAIL_CHUNK_DIR), { recursive: true });
  const compact = new CompactBuilder();

  // Pass 1: reports in order; each incident's key, and where its report's incidents start.
  const articlesOut = streamTo(join(out, 'articles.json'));
  await articlesOut.write('[');
  const keys: string[] = [];
  const reportFirst: number[] = [0];
  const more = () =>
    target.incidents !== undefined
      ? keys.length < target.incidents
      : reportFirst.length - 1 < target.reports!;
  while (more()) {
    const r = reportFirst.length - 1;
    const left = target.incidents !== undefined ? target.incidents - keys.length : undefined;
    const { article, incidents } = reportToAppData(generateReport(seed, r, vocab), left);
    compact.addArticle(article);
    for (const f of incidents) keys.push(incidentKey(f.properties));
    reportFirst.push(keys.length);
    await articlesOut.write(`${r === 0 ? '' : ','}\n${JSON.stringify(article)}`);
  }
  await articlesOut.write('\n]\n');
  await articlesOut.close();
  const articles = reportFirst.length - 1;
  const total = keys.length;

  // The output order (generation indexes sorted by key) and each incident's report.
  const order = Uint32Array.from({ length: total }, (_, i) => i);
  order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  keys.length = 0;
  const reportOf = new Uint32Array(total);
  for (let r = 0; r < articles; r++) reportOf.fill(r, reportFirst[r]!, reportFirst[r + 1]!);
  const position = new Uint32Array(total);
  for (let p = 0; p < total; p++) position[order[p]!] = p;

  type Made = Map<number, { article: string; jsons: string[]; features: IncidentFeature[] }>;
  /**
   * Reports `rs` made again: each one's article JSON and its incidents' JSON and features. Those
   * the previous slice made are taken from it: a report's incidents lie days apart, so
   * neighbouring slices share many reports.
   */
  const regenerate = (rs: Iterable<number>, previous: Made): Made => {
    const made: Made = new Map();
    for (const r of rs) {
      const kept = previous.get(r);
      if (kept) {
        made.set(r, kept);
        continue;
      }
      const count = reportFirst[r + 1]! - reportFirst[r]!;
      const { article, incidents } = reportToAppData(generateReport(seed, r, vocab), count);
      made.set(r, {
        article: JSON.stringify(article),
        jsons: incidents.map((f) => JSON.stringify(f)),
        features: incidents,
      });
    }
    return made;
  };
  const at = (made: Made, p: number) => {
    const g = order[p]!;
    const r = reportOf[g]!;
    const n = g - reportFirst[r]!;
    return { json: made.get(r)!.jsons[n]!, feature: made.get(r)!.features[n]! };
  };

  // Pass 2: incidents in output order, a slice (or a chunk) at a time.
  const incidentsOut = streamTo(join(out, 'incidents.geojson'));
  await incidentsOut.write('{"type":"FeatureCollection","features":[');
  const plans =
    chunkSize > 0
      ? planDetailChunks(
          total,
          chunkSize,
          (function* () {
            for (let r = 0; r < articles; r++) {
              const ps: number[] = [];
              for (let g = reportFirst[r]!; g < reportFirst[r + 1]!; g++) ps.push(position[g]!);
              yield ps;
            }
          })(),
        )
      : [];
  const slice = chunkSize > 0 ? chunkSize : SLICE;
  let made: Made = new Map();
  for (let first = 0, k = 0; first < total; first += slice, k++) {
    const last = Math.min(total, first + slice);
    const plan = plans[k];
    const reports = new Set<number>(plan?.articles);
    if (!plan) for (let p = first; p < last; p++) reports.add(reportOf[order[p]!]!);
    made = regenerate(reports, made);
    const own: string[] = [];
    for (let p = first; p < last; p++) {
      const { json, feature } = at(made, p);
      own.push(json);
      compact.addIncident(feature);
      await incidentsOut.write(`${p === 0 ? '' : ','}\n${json}`);
    }
    if (plan) {
      const related = plan.related.map((p) => at(made, p).json);
      const cited = plan.articles.map((r) => made.get(r)!.article);
      await writeFile(join(out, detailChunkPath(k)), chunkJson(first, own, related, cited));
    }
  }
  await incidentsOut.write('\n]}\n');
  await incidentsOut.close();
  await writeFile(join(out, COMPACT_FILE), compact.encode(chunkSize));
  await writeFile(join(out, 'areas.geojson'), `${JSON.stringify(areaFeatures(vocab))}\n`);
  const report = {
    files: articles,
    articles,
    incidents: total,
    filesWithErrors: 0,
    errors: [],
    unresolved: [],
  };
  await writeFile(join(out, 'ingest-report.json'), `${JSON.stringify(report)}\n`);
  return { incidents: total, articles };
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`synth: --${name} must be a whole number (got ${value})`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string' },
      incidents: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      format: { type: 'string', default: 'txt' },
      'app-data': { type: 'boolean', default: false },
      'detail-chunks': { type: 'string' },
      gazetteer: { type: 'string', default: join(ROOT, 'data/gazetteer') },
    },
  });
  const appData = values['app-data']!;
  const reports = positiveInt('reports', values.reports);
  const incidents = positiveInt('incidents', values.incidents);
  const seed = positiveInt('seed', values.seed)!;
  const format = values.format!;
  if (format !== 'txt' && format !== 'jsonl') {
    console.error(`synth: --format must be txt or jsonl (got ${format})`);
    process.exit(2);
  }
  if (appData ? reports === undefined && incidents === undefined : reports === undefined) {
    console.error(
      'usage: npm run synth -- --reports N [--out DIR] [--seed S] [--format txt|jsonl]\n' +
        '       npm run synth -- --incidents N --app-data [--out DIR] [--seed S] [--detail-chunks K]',
    );
    process.exit(2);
  }
  const out = resolve(values.out ?? join(ROOT, '.synth', appData ? 'app-data' : 'corpus'));
  try {
    assertSafeOutput(out, ROOT);
  } catch (e) {
    console.error(`synth: ${(e as Error).message}`);
    process.exit(2);
  }
  const gazetteer = await loadGazetteer(values.gazetteer);
  const words = vocabulary(gazetteer.places);
  // App data place areas where the ingest would (the corpus is text: it needs only the words).
  const geocoder = appData ? createGeocoder(gazetteer) : undefined;
  const vocab = geocoder ? placeAreas(words, (text) => geocoder.findMentions(text)[0]) : words;
  // Made folder by folder: Node's recursive mkdir hangs on some paths (see makeFolder).
  try {
    makeFolder(out);
  } catch (e) {
    console.error(`synth: cannot create --out ${out}: ${(e as Error).message}`);
    process.exit(2);
  }
  const started = performance.now();
  let summary: string;
  if (appData) {
    const n = await writeAppData(
      out,
      incidents !== undefined ? { incidents } : { reports },
      seed,
      vocab,
      positiveInt('detail-chunks', values['detail-chunks']),
    );
    await writeFile(
      join(out, 'README.md'),
      syntheticReadme(`${n.incidents} incidents in app-data form`, seed),
    );
    summary = `${n.incidents} incidents from ${n.articles} synthetic reports (app data)`;
  } else {
    if (format === 'txt') await writeTxtCorpus(out, reports!, seed, vocab);
    else await writeJsonlCorpus(out, reports!, seed, vocab);
    await writeFile(
      join(out, 'README.md'),
      syntheticReadme(`${reports} reports as ${format}`, seed),
    );
    summary = `${reports} synthetic reports (${format})`;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`synth: ${summary} → ${out} in ${seconds} s`);
}

await main();
