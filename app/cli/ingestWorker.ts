/**
 * Worker thread of `npm run ingest`: builds its own geocoder, then reads and processes the files
 * it is sent, one message per file, answering with the plain `FileResult`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createGeocoder } from '../ingest/geocode';
import { processFile } from '../ingest/pipeline';
import { loadGazetteer } from './gazetteerFiles';
import { readInputFile } from './ingestFiles';

interface Setup {
  inDir: string;
  gazetteerDir: string;
  today?: string;
}

const setup = workerData as Setup;
const geocoder = createGeocoder(await loadGazetteer(setup.gazetteerDir));

parentPort!.on('message', async (file: string) => {
  try {
    const input = await readInputFile(setup.inDir, file);
    parentPort!.postMessage({
      file,
      result: 'bytes' in input ? processFile(input, geocoder, { today: setup.today }) : input,
    });
  } catch (e) {
    parentPort!.postMessage({ file, error: (e as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
