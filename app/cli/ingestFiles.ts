/** Node helpers of `npm run ingest`: listing inputs and writing outputs deterministically. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type FileResult, failedFile, type InputFile } from '../ingest/pipeline';
import { isReportFile, sizeProblem } from '../ingest/reports/readInput';

/** Every file under `dir`, relative with `/` separators, sorted. Throws when `dir` is unreadable. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * One input file's bytes, or, when it cannot be read (too large, unreadable, gone), a result
 * holding that error, so the file is still accounted for and the run goes on. Files the ingest
 * does not read are passed as empty bytes (readInput names them as skipped).
 *
 * Synchronous on purpose: the callers (the main thread's loop, each worker) have nothing else to
 * do meanwhile, and a promise per stat and read cost more than the reads (thread-pool hops).
 */
export function readInputFile(dir: string, file: string): InputFile | FileResult {
  const failed = (message: string) => failedFile(file, message);
  if (!isReportFile(file)) return { file, bytes: new Uint8Array() };
  let fd: number | undefined;
  try {
    // Opened once and sized from the open file: a stat by path and then readFileSync looked the
    // path up twice and statted twice (a tenth of a second per 10k files here).
    fd = openSync(join(dir, file), 'r');
    const size = fstatSync(fd).size;
    const tooLarge = sizeProblem(file, size);
    if (tooLarge) return failed(tooLarge);
    return { file, bytes: readOpenFile(fd, size) };
  } catch (e) {
    return failed(`unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The bytes of an open file of `size` bytes, as readFileSync reads a regular file: up to the
 * size it had when opened (a file cut meanwhile gives what is left).
 */
function readOpenFile(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, bytes, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, got);
}

/**
 * JSON with object keys sorted, so equal data is written as equal bytes whatever order the
 * code built it in.
 *
 * @example canonicalJson({ b: 1, a: 2 }) // '{"a":2,"b":1}'
 */
export function canonicalJson(value: unknown): string {
  // A key-sorted copy then one native stringify: a replacer function would take V8 off its fast
  // path and call back into JavaScript for every value (several times slower on the outputs).
  return JSON.stringify(sortedKeys(value));
}

/** `value` with every object's keys in sorted order; what JSON.stringify sees is otherwise equal. */
function sortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const v = value as { toJSON?: () => unknown };
  // JSON.stringify calls toJSON before a replacer would see the value: sort what it returns.
  if (typeof v.toJSON === 'function') return sortedKeys(v.toJSON());
  if (Array.isArray(value)) return value.map(sortedKeys);
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj).sort()) {
    const x = sortedKeys(obj[k]);
    // A data key named `__proto__` must stay a key, not set the copy's prototype.
    if (k === '__proto__')
      Object.defineProperty(out, k, {
        value: x,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[k] = x;
  }
  return out;
}

/**
 * `canonicalJson(data)` and a newline, as pieces: the top-level object or array, and its arrays
 * (a FeatureCollection's features), are opened here and each element is serialised on its own,
 * so a large output is never one string in memory.
 */
export function* canonicalJsonPieces(data: unknown, depth = 0): Generator<string> {
  const v = data as { toJSON?: unknown };
  if (depth >= 2 || data === null || typeof data !== 'object' || typeof v.toJSON === 'function') {
    yield canonicalJson(data);
    return;
  }
  const skipped = (x: unknown) =>
    x === undefined || typeof x === 'function' || typeof x === 'symbol';
  if (Array.isArray(data)) {
    yield '[';
    for (let i = 0; i < data.length; i++) {
      if (i > 0) yield ',';
      // As JSON.stringify: what it cannot write stands as null in an array.
      if (skipped(data[i])) yield 'null';
      else yield* canonicalJsonPieces(data[i], depth + 1);
    }
    yield ']';
    return;
  }
  const obj = data as Record<string, unknown>;
  let sep = '{';
  // The key order of the sorted copy canonicalJson writes (integer-like keys come first there).
  const keys = Object.keys(
    Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, 0]),
    ),
  );
  for (const k of keys) {
    if (skipped(obj[k])) continue;
    yield `${sep}${JSON.stringify(k)}:`;
    sep = ',';
    yield* canonicalJsonPieces(obj[k], depth + 1);
  }
  yield sep === '{' ? '{}' : '}';
}

/** Write `data` as canonical JSON and a newline, in chunks of about a megabyte. */
export async function writeJson(dir: string, name: string, data: unknown): Promise<void> {
  const file = await open(join(dir, name), 'w');
  try {
    let chunk = '';
    for (const piece of canonicalJsonPieces(data)) {
      chunk += piece;
      if (chunk.length >= 1 << 20) {
        await file.write(chunk);
        chunk = '';
      }
    }
    await file.write(`${chunk}\n`);
  } finally {
    await file.close();
  }
}
