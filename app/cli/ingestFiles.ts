/** Node helpers of `npm run ingest`: listing inputs and writing outputs deterministically. */

import type { Dirent, Stats } from 'node:fs';
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { type FileResult, failedFile, type InputFile } from '../ingest/pipeline';
import { isReportFile, maxBytes, sizeProblem } from '../ingest/reports/readInput';
import { type RawRead, readBytes } from './readBytes.mjs';

/** The inputs under `--in`: every path to read, and what is known to be wrong with some of them. */
export interface Listing {
  /** Paths relative to the folder, `/`-separated, sorted; a folder that could not be read ends in `/`. */
  files: string[];
  /** Path → why it cannot be read, found while listing (read by `readInputFile`). */
  problems: Map<string, string>;
}

const NOT_REGULAR = 'skipped: not a regular file (a pipe, socket or device)';

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/**
 * Every file under `dir`, followed through symbolic links, and every entry that cannot be read
 * with the reason: a folder that cannot be listed, a broken link, a link loop, a pipe. Each is
 * listed as an input of its own, so the ingest report accounts for it, and the rest is read.
 * Throws only when `dir` itself cannot be read.
 *
 * @example (await listInputs('data/reports')).files // ['000_0cc85121fd04585f.txt', …]
 */
export async function listInputs(dir: string): Promise<Listing> {
  const files: string[] = [];
  const problems = new Map<string, string>();
  const problem = (path: string, message: string) => {
    files.push(path);
    problems.set(path, message);
  };
  // Folders already read, by real path: a linked folder is followed once (no loops, no repeats).
  const seen = new Set<string>([await realpath(dir)]);
  const walk = async (abs: string, rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      if (rel === '') throw e;
      problem(`${rel}/`, `unreadable folder: ${codeOf(e)}; the files in it were not read`);
      return;
    }
    for (const e of entries) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      const at = join(abs, e.name);
      if (e.isFile()) files.push(path);
      else if (e.isDirectory()) {
        seen.add(await realpath(at).catch(() => at));
        await walk(at, path);
      } else if (e.isSymbolicLink()) await followLink(at, path);
      else problem(path, NOT_REGULAR);
    }
  };
  const followLink = async (at: string, path: string): Promise<void> => {
    let target: Stats;
    try {
      target = await stat(at);
    } catch (e) {
      const code = codeOf(e);
      problem(
        path,
        code === 'ENOENT'
          ? 'broken symbolic link: its target does not exist'
          : code === 'ELOOP'
            ? 'symbolic link loop: it leads back to itself'
            : `unreadable: ${code}`,
      );
      return;
    }
    if (target.isFile()) files.push(path);
    else if (target.isDirectory()) {
      const real = await realpath(at);
      if (seen.has(real))
        problem(`${path}/`, 'skipped: a linked folder that is read already (or a link loop)');
      else {
        seen.add(real);
        await walk(at, path);
      }
    } else problem(path, NOT_REGULAR);
  };
  await walk(dir, '');
  files.sort();
  return { files, problems };
}

/** `path` with its links resolved, as far as it exists (an output folder may not exist yet). */
function realPathSoFar(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPathSoFar(parent), relative(parent, abs));
  }
}

/**
 * `mkdir -p`, one folder at a time. Node 20's `mkdir(…, { recursive: true })` never returns for
 * a path under /proc (it spins at full CPU); made folder by folder, each failure comes back as
 * an error naming the folder. A path that exists and is not a folder is an error too.
 *
 * @example makeFolder('out/data') // creates out/ then out/data/ if missing
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let p = resolve(dir); ; p = dirname(p)) {
    try {
      if (!statSync(p).isDirectory()) throw new Error(`${p} exists and is not a folder`);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      missing.push(p);
      if (dirname(p) === p) break;
    }
  }
  for (const folder of missing.reverse()) mkdirSync(folder);
}

/**
 * True when `outDir` is `inDir` or inside it: the outputs would then overwrite reports of the
 * same name (an `articles.json` corpus) and be read as reports by the next run.
 *
 * @example isInside('data/reports', 'data/reports/out') // true
 */
export function isInside(inDir: string, outDir: string): boolean {
  const rel = relative(realPathSoFar(inDir), realPathSoFar(outDir));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * One input file's bytes, or, when it cannot be read (too large, unreadable, gone), a result
 * holding that error, so the file is still accounted for and the run goes on. Files the ingest
 * does not read are passed as empty bytes (readInput names them as skipped). `problems` are
 * those found while listing (`listInputs`): such a path is not opened at all (a pipe would block).
 *
 * Synchronous on purpose: a worker has nothing else to do meanwhile, and a promise per stat and
 * read cost more than the reads (thread-pool hops). With one job, the main thread reads ahead
 * on a thread of its own instead (readAhead.ts), through the same steps: `unopened`, else `readBytes` and `fromRead`.
 */
export function readInputFile(
  dir: string,
  file: string,
  problems?: ReadonlyMap<string, string>,
): InputFile | FileResult {
  return unopened(file, problems) ?? fromRead(file, readBytes(join(dir, file), maxBytes(file)));
}

/**
 * The result a file has without being opened: a problem found while listing, or empty bytes for
 * a kind the ingest does not read (readInput names it as skipped). Undefined when it must be read.
 */
export function unopened(
  file: string,
  problems: ReadonlyMap<string, string> | undefined,
): InputFile | FileResult | undefined {
  const known = problems?.get(file);
  if (known !== undefined) return failedFile(file, known);
  if (!isReportFile(file)) return { file, bytes: new Uint8Array() };
  return undefined;
}

/** What reading `file` gave, as the pipeline takes it: its bytes, or why there are none. */
export function fromRead(file: string, read: RawRead): InputFile | FileResult {
  if ('bytes' in read) return { file, bytes: read.bytes };
  if ('tooLarge' in read) return failedFile(file, sizeProblem(file, read.tooLarge)!);
  return failedFile(file, `unreadable: ${read.unreadable}`);
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
