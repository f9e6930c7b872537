// @ts-check
// A TypeScript entry of the command line bundled by esbuild into one JavaScript file, cached
// under node_modules/.cache/incident-atlas with the size and mtime of every file that went into
// it. Node starts such a file in about a third of the time tsx takes to load the sources (0.35 s
// against 0.9 s for the ingest here), and a worker thread loads only the parts of @turf/turf the
// ingest uses. Plain JavaScript: it runs before anything could load TypeScript.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'incident-atlas');
/** Loaded when needed, never bundled: esbuild itself, and tsx (the way without a bundle). */
const EXTERNAL = ['esbuild', 'tsx', 'tsx/*'];

/**
 * @param {string} path relative to the project
 * @returns {[number, number]} size and mtime
 */
function stamp(path) {
  const s = statSync(join(ROOT, path));
  return [s.size, s.mtimeMs];
}

/**
 * Whether the bundle recorded in `stampsFile` was made from this very entry (the bundle holds its
 * path: another checkout sharing node_modules must not run this one's) by this esbuild, from
 * inputs that have not changed since.
 * @param {string} stampsFile
 * @param {string} entry
 * @param {string} version
 */
function fresh(stampsFile, entry, version) {
  try {
    /** @type {{ entry: string, esbuild: string, inputs: [string, number, number][] }} */
    const c = JSON.parse(readFileSync(stampsFile, 'utf8'));
    if (c.entry !== entry || c.esbuild !== version) return false;
    return c.inputs.every(([path, size, mtime]) => {
      const [s, m] = stamp(path);
      return s === size && m === mtime;
    });
  } catch {
    return false;
  }
}

/**
 * Write through a temporary file and a rename: another process starting at the same moment
 * (the bench runs several) reads the old file or the new one, never half of one.
 * @param {string} path
 * @param {string} text
 */
function writeWhole(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * The path of `entry` bundled (an absolute path to a .ts file), made now or taken from the
 * cache; undefined when esbuild is not installed or cannot bundle it (the caller then loads the
 * sources through tsx).
 * @param {string} entry
 * @returns {Promise<string | undefined>}
 */
export async function bundled(entry) {
  /** @type {typeof import('esbuild')} */
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  const name = relative(ROOT, entry).replace(/[\\/]/g, '_').replace(/\.ts$/, '');
  const file = join(CACHE, `${name}.mjs`);
  const stampsFile = join(CACHE, `${name}.json`);
  if (fresh(stampsFile, entry, esbuild.version)) return file;
  try {
    const out = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: EXTERNAL,
      // The entry's folder finds its neighbours and the project from import.meta.url (a
      // worker's entry, the root): there it must still name the entry, not the cached file.
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    });
    const code = out.outputFiles[0]?.text;
    if (!code) return undefined;
    const inputs = Object.keys(out.metafile.inputs).map((path) => [path, ...stamp(path)]);
    mkdirSync(CACHE, { recursive: true });
    writeWhole(file, code);
    writeWhole(stampsFile, JSON.stringify({ entry, esbuild: esbuild.version, inputs }));
    return file;
  } catch {
    // Not bundled (a read-only checkout, an esbuild error): the sources still run through tsx.
    return undefined;
  }
}
