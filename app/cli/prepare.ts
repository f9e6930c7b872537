/**
 * Run before `dev`, `build` and the end-to-end tests: produce the basemap and the app's data
 * when they are missing, so that a fresh clone runs with one command.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(script: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const force = process.argv.includes('--force');
// The newest basemap file: an older basemap without it is rebuilt.
if (force || !existsSync('public/basemap/regions.geojson')) run('app/cli/build-basemap.ts');
if (force || !existsSync('public/data/incidents.geojson')) run('app/cli/ingest.ts');
