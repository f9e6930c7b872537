import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
};

/**
 * A minimal static file server for the baseline page: each URL prefix maps to a folder.
 * Only for the bench on 127.0.0.1; paths are normalised so `..` cannot leave a folder.
 *
 * @example
 * const server = await serveStatic(4304, { '/': 'bench/baseline', '/maplibre/': 'node_modules/maplibre-gl/dist' });
 */
export async function serveStatic(port: number, mounts: Record<string, string>): Promise<Server> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const rest = prefix ? normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '') : '';
    const file = prefix ? join(mounts[prefix]!, rest || 'index.html') : '';
    const info = file ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
