/**
 * A helper of the reading worker (localIngest.worker.ts): reads and processes the batches of
 * files it is sent, so a large opening uses the machine's other cores. Its results cross back
 * with each area outline sent once (app/ingest/areaWire.ts).
 */
import { AreaSender } from '../ingest/areaWire';
import { processBatch } from '../ingest/ingestBlobs';
import type { HelperReply, HelperRequest } from './helperProtocol';
import { workerGeocoder } from './workerGeocoder';

const geocoder = workerGeocoder();
const sender = new AreaSender();
const post = (reply: HelperReply) => (self as unknown as Worker).postMessage(reply);

if (geocoder instanceof Error) post({ kind: 'unable', message: geocoder.message });
else {
  self.onmessage = async ({ data }: MessageEvent<HelperRequest>) => {
    try {
      const results = await processBatch(data.batch, geocoder, { today: data.today });
      // Posted in the same turn as `send`: an outline reaches the reading worker with, or
      // before, the first result naming it.
      post({ kind: 'results', id: data.id, ...sender.send(results) });
    } catch (e) {
      // processBatch accounts for every bad file itself: this is the helper failing (out of
      // memory). Said, so the reading worker does the batch itself instead of waiting for it.
      post({ kind: 'failed', message: (e as Error).message || String(e) });
    }
  };
  post({ kind: 'ready' });
}
