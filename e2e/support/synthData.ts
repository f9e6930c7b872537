import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detailChunkPath } from '../../app/ingest/detailChunks';
import type { IncidentCollection } from '../../app/model';

/**
 * Synthetic app data of `incidents` incidents in `dir` (written by `npm run synth -- --app-data`
 * unless already there), with details chunks of `chunk` incidents when asked; returns its
 * incidents in file order (none with `read: false`, for a dataset too large to parse here).
 */
export function synthAppData(
  dir: string,
  incidents: number,
  chunk?: number,
  { read = true } = {},
): IncidentCollection['features'] {
  const last = chunk ? detailChunkPath(Math.ceil(incidents / chunk) - 1) : 'incidents.columns.bin';
  if (!existsSync(join(dir, last)))
    execFileSync(
      'node',
      [
        'app/cli/run.mjs',
        'app/cli/synth.ts',
        '--incidents',
        String(incidents),
        '--app-data',
        ...(chunk ? ['--detail-chunks', String(chunk)] : []),
        '--out',
        dir,
      ],
      { stdio: 'ignore' },
    );
  if (!read) return [];
  return (JSON.parse(readFileSync(join(dir, 'incidents.geojson'), 'utf8')) as IncidentCollection)
    .features;
}
