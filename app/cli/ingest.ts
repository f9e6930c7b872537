/**
 * `npm run ingest -- --in DIR --out DIR`: the thin Node shell around the pure pipeline in
 * app/ingest. Reads every report under --in, writes the app's data files to --out.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createGeocoder } from '../ingest/geocode';
import { ingest } from '../ingest/pipeline';
import { loadGazetteer } from './gazetteerFiles';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      in: { type: 'string', default: 'data/reports' },
      out: { type: 'string', default: 'public/data' },
    },
  });
  const inDir = values.in!;
  const outDir = values.out!;
  const files = await listFiles(inDir).catch((e: Error) => {
    console.error(`ingest: cannot read input folder ${inDir}: ${e.message}`);
    process.exit(2);
  });
  const inputs = await Promise.all(
    files.map(async (file) => ({ file, bytes: new Uint8Array(await readFile(join(inDir, file))) })),
  );
  const geocoder = createGeocoder(await loadGazetteer());
  const out = ingest(inputs, geocoder);
  await mkdir(outDir, { recursive: true });
  const write = (name: string, data: unknown) =>
    writeFile(join(outDir, name), `${JSON.stringify(data)}\n`);
  await write('incidents.geojson', out.incidents);
  await write('articles.json', out.articles);
  await write('areas.geojson', out.areas);
  await write('ingest-report.json', out.report);
  const r = out.report;
  console.log(
    `ingest: ${r.files} files → ${r.articles} articles, ${r.incidents} incidents, ${r.filesWithErrors} files with errors → ${outDir}`,
  );
  for (const e of r.errors) console.warn(`  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
}

await main();
