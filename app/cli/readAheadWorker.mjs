// @ts-check
// The read-ahead thread of `npm run ingest` (readAhead.ts): reads the files it is asked for,
// a batch per message, and hands their bytes over without copying them.
import { parentPort } from 'node:worker_threads';
import { readBytes } from './readBytes.mjs';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

port.on(
  'message',
  /** @param {{ id: number, files: { path: string, max: number }[] }} ask */
  ({ id, files }) => {
    const reads = files.map(({ path, max }) => readBytes(path, max, true));
    /** @type {ArrayBuffer[]} */
    const transfer = [];
    for (const r of reads)
      if ('bytes' in r) transfer.push(/** @type {ArrayBuffer} */ (r.bytes.buffer));
    port.postMessage({ id, reads }, transfer);
  },
);
