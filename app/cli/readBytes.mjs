// @ts-check
// The bytes of one input file, read the way the ingest reads every file: opened once, sized from
// the open file, refused above a size without reading it. Plain JavaScript with no imports but
// node:fs, so the read-ahead thread (readAheadWorker.mjs) runs it without a bundle or tsx.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Read the file at `path` unless it is larger than `max` bytes. Never throws. With `own`, the
 * bytes get memory of their own, to be handed to another thread whole; else a small file's come
 * from Buffer's shared pool (an allocation of its own per file is dearer, and more for the GC).
 *
 * @param {string} path
 * @param {number} max
 * @param {boolean} [own]
 * @returns {import('./readBytes.d.mts').RawRead}
 * @example readBytes('data/reports/a.txt', 2 ** 21) // { bytes: Uint8Array(4335) }
 */
export function readBytes(path, max, own = false) {
  /** @type {number | undefined} */
  let fd;
  try {
    // Opened once and sized from the open file: a stat by path and then readFileSync looked the
    // path up twice and statted twice (a tenth of a second per 10k files here).
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > max) return { tooLarge: size };
    const bytes = own ? Buffer.allocUnsafeSlow(size) : Buffer.allocUnsafe(size);
    let got = 0;
    // Up to the size it had when opened, as readFileSync reads a regular file (a file cut
    // meanwhile gives what is left).
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, got) };
  } catch (e) {
    const err = /** @type {NodeJS.ErrnoException} */ (e);
    return { unreadable: err.code ?? err.message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
