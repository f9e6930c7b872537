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
  ChunkAssembler,
  DETAIL_CHUNK_DIR,
  detailChunkPath,
  detailChunkSize,
} from '../ingest/detailChunks';
import { areaFeatures, reportToAppData } from '../synth/appData';
import { assertSafeOutput, shardPath, syntheticReadme } from '../synth/layout';
import { type SynthVocabulary, vocabulary } from '../synth/places';
import { generateReport, reportToJsonl, reportToTxt } from '../synth/report';
import { loadGazetteer } from './gazetteerFiles';

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

/** Stream incidents.geojson and articles.json side by side, one report at a time. */
async function writeAppData(
  out: string,
  target: { incidents?: number; reports?: number },
  seed: number,
  vocab: SynthVocabulary,
  forcedChunk?: number,
): Promise<{ incidents: number; articles: number }> {
  // Chunks when the size is known to need them (an incident count), or when asked for.
  const chunkSize = detailChunkSize(target.incidents ?? 0, forcedChunk);
  const chunks = chunkSize > 0 ? new ChunkAssembler(chunkSize) : null;
  await rm(join(out, DETAIL_CHUNK_DIR), { recursive: true, force: true });
  if (chunks) await mkdir(join(out, DETAIL_CHUNK_DIR), { recursive: true });
  const writeChunks = (list: { k: number; text: string }[]) =>
    Promise.all(list.map((c) => writeFile(join(out, detailChunkPath(c.k)), c.text)));
  const incidentsOut = streamTo(join(out, 'incidents.geojson'));
  const articlesOut = streamTo(join(out, 'articles.json'));
  await incidentsOut.write('{"type":"FeatureCollection","features":[');
  await articlesOut.write('[');
  let incidents = 0;
  let articles = 0;
  const compact = new CompactBuilder();
  const more = () =>
    target.incidents !== undefined ? incidents < target.incidents : articles < target.reports!;
  while (more()) {
    const left = target.incidents !== undefined ? target.incidents - incidents : undefined;
    const { article, incidents: found } = reportToAppData(
      generateReport(seed, articles, vocab),
      left,
    );
    compact.addArticle(article);
    const foundJson = found.map((f) => JSON.stringify(f));
    for (const f of found) compact.addIncident(f);
    for (const json of foundJson) {
      await incidentsOut.write(`${incidents === 0 ? '' : ','}\n${json}`);
      incidents++;
    }
    const articleJson = JSON.stringify(article);
    await articlesOut.write(`${articles === 0 ? '' : ','}\n${articleJson}`);
    articles++;
    if (chunks) await writeChunks(chunks.add(articleJson, foundJson));
  }
  if (chunks) await writeChunks(chunks.end());
  await incidentsOut.write('\n]}\n');
  await articlesOut.write('\n]\n');
  await Promise.all([incidentsOut.close(), articlesOut.close()]);
  await writeFile(join(out, COMPACT_FILE), compact.encode(chunkSize));
  await writeFile(join(out, 'areas.geojson'), `${JSON.stringify(areaFeatures(vocab))}\n`);
  const report = {
    files: articles,
    articles,
    incidents,
    filesWithErrors: 0,
    errors: [],
    unresolved: [],
  };
  await writeFile(join(out, 'ingest-report.json'), `${JSON.stringify(report)}\n`);
  return { incidents, articles };
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
  const vocab = vocabulary((await loadGazetteer(values.gazetteer)).places);
  await mkdir(out, { recursive: true });
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
