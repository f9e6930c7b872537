import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The scripts a browser fetches before the app can start: the module entry and every
 * `modulepreload`, as paths relative to the build folder. Lazy chunks and the map's worker are
 * left out on purpose: they are not on the path to the first paint of the page shell.
 *
 * @example entryScripts('<script type="module" src="./assets/a.js"></script>') // ['assets/a.js']
 */
export function entryScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url) found.push(url.replace(/^\.?\//, ''));
  }
  return found;
}

/** Gzipped size (zlib default level, as most servers use) of a file's bytes. */
export function gzipBytes(bytes: Uint8Array): number {
  return gzipSync(bytes).byteLength;
}

/** Total raw and gzipped bytes of the initial JavaScript of the build in `dist`. */
export async function initialJs(
  dist: string,
): Promise<{ files: number; raw: number; gzip: number }> {
  const scripts = entryScripts(await readFile(join(dist, 'index.html'), 'utf8'));
  let raw = 0;
  let gzip = 0;
  for (const file of scripts) {
    const bytes = await readFile(join(dist, file));
    raw += bytes.byteLength;
    gzip += gzipBytes(bytes);
  }
  return { files: scripts.length, raw, gzip };
}
