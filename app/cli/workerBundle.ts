/**
 * The ingest worker as one JavaScript module (a data: URL), bundled by esbuild: a worker then
 * starts without tsx's loader and loads only the parts of @turf/turf the ingest uses. The bundle
 * is cached under node_modules/.cache with the size and mtime of every file that went into it,
 * so a run whose sources did not change skips esbuild (about 0.45 s of a core here, taken from
 * the threads that process reports on a two-core machine).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'incident-atlas', 'ingest-worker.json');

interface Cached {
  entry: string;
  esbuild: string;
  /** Each input: path relative to the project, size, mtime in ms. */
  inputs: [string, number, number][];
  code: string;
}

function stamp(path: string): [number, number] {
  const s = statSync(join(ROOT, path));
  return [s.size, s.mtimeMs];
}

/** The cached bundle when it was made from `entry` by this esbuild and no input changed since. */
function cached(entry: string, esbuild: string): string | undefined {
  try {
    const c = JSON.parse(readFileSync(CACHE, 'utf8')) as Cached;
    if (c.entry !== entry || c.esbuild !== esbuild) return undefined;
    for (const [path, size, mtime] of c.inputs) {
      const [s, m] = stamp(path);
      if (s !== size || m !== mtime) return undefined;
    }
    return c.code;
  } catch {
    return undefined;
  }
}

/**
 * The module at `entryUrl` bundled, as a data: URL; undefined when esbuild is not there or
 * fails (workers then load through tsx).
 */
export async function workerModule(entryUrl: URL): Promise<URL | undefined> {
  const entry = fileURLToPath(entryUrl);
  try {
    const { build, version } = await import('esbuild');
    let code = cached(entry, version);
    if (code === undefined) {
      const out = await build({
        entryPoints: [entry],
        absWorkingDir: ROOT,
        bundle: true,
        platform: 'node',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      code = out.outputFiles[0]?.text;
      if (!code) return undefined;
      const inputs = Object.keys(out.metafile.inputs).map((path): [string, number, number] => [
        path,
        ...stamp(path),
      ]);
      try {
        mkdirSync(dirname(CACHE), { recursive: true });
        writeFileSync(
          CACHE,
          JSON.stringify({ entry, esbuild: version, inputs, code } satisfies Cached),
        );
      } catch {
        // A read-only checkout still works, only without the cache.
      }
    }
    return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
  } catch {
    return undefined;
  }
}
