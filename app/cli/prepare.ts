/**
 * Run before `dev`, `build` and the end-to-end tests: produce the basemap and the app's data
 * when they are missing, so that a fresh clone runs with one command; and make the sample data
 * again when the ingest's code or inputs changed since `prepare` made it (preparedData.ts).
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type PreparedStamp, SAMPLE_INPUTS, sampleDigest, sampleIsStale } from './preparedData';

function run(script: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const DATA = 'public/data';
/** Outside `public/`, so that it is never served. */
const STAMP = 'node_modules/.cache/incident-atlas/prepared-data.json';

function readStamp(): PreparedStamp | undefined {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as PreparedStamp;
  } catch {
    return undefined;
  }
}

/** Ingest the sample reports into `public/data`, and remember what it was made from. */
function ingestSample(): void {
  const inputs = sampleDigest(SAMPLE_INPUTS);
  run('app/cli/ingest.ts');
  mkdirSync(dirname(STAMP), { recursive: true });
  const report = readFileSync(`${DATA}/ingest-report.json`, 'utf8');
  writeFileSync(STAMP, JSON.stringify({ inputs, report } satisfies PreparedStamp));
}

const force = process.argv.includes('--force');
// The newest basemap file: an older basemap without it is rebuilt.
if (force || !existsSync('public/basemap/regions.geojson')) run('app/cli/build-basemap.ts');
if (force || !existsSync(`${DATA}/incidents.geojson`)) ingestSample();
else if (sampleIsStale(readStamp(), DATA, () => sampleDigest(SAMPLE_INPUTS))) {
  console.log('prepare: the ingest or its inputs changed since the sample data was made; again');
  ingestSample();
}
