/**
 * Worker thread of `npm run ingest`: builds its own geocoder, then reads and processes the files
 * it is sent, one message per file, answering with the plain `FileResult`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createGeocoder } from '../ingest/geocode';
import { processFile } from '../ingest/pipeline';
import { loadGazetteer } from './gazetteerFiles';
import { isReportFile } from './ingestFiles';

interface Setup {
  inDir: string;
  gazetteerDir: string;
  today?: string;
}

const setup = workerData as Setup;
const geocoder = createGeocoder(await loadGazetteer(setup.gazetteerDir));

parentPort!.on('message', async (file: string) => {
  try {
    const bytes = isReportFile(file)
      ? new Uint8Array(await readFile(join(setup.inDir, file)))
      : new Uint8Array();
    parentPort!.postMessage({
      file,
      result: processFile({ file, bytes }, geocoder, { today: setup.today }),
    });
  } catch (e) {
    parentPort!.postMessage({ file, error: (e as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
