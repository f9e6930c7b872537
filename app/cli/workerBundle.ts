/**
 * The ingest worker as one JavaScript module, bundled by esbuild (bundle.mjs): a worker then
 * starts without tsx's loader and loads only the parts of @turf/turf the ingest uses. The bundle
 * is cached under node_modules/.cache with the size and mtime of every file that went into it,
 * so a run whose sources did not change skips esbuild (about 0.45 s of a core here, taken from
 * the threads that process reports on a two-core machine).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundled } from './bundle.mjs';

/**
 * The module at `entryUrl` bundled, as a file: URL; undefined when esbuild is not there or
 * fails (workers then load through tsx).
 */
export async function workerModule(entryUrl: URL): Promise<URL | undefined> {
  const file = await bundled(fileURLToPath(entryUrl));
  return file === undefined ? undefined : pathToFileURL(file);
}
