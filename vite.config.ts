import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * Origins an optional online basemap loads from (README, "Online basemap"): the origin of
 * `VITE_BASEMAP_STYLE_URL` and any listed in `VITE_BASEMAP_ORIGINS` (space-separated), for
 * tiles, sprites and glyphs served elsewhere. Empty by default: the app is offline.
 */
function basemapOrigins(mode: string): string[] {
  const env = loadEnv(mode, process.cwd(), 'VITE_BASEMAP_');
  const urls = [env.VITE_BASEMAP_STYLE_URL, ...(env.VITE_BASEMAP_ORIGINS ?? '').split(/\s+/)];
  const origins = new Set<string>();
  for (const u of urls) {
    try {
      const url = new URL(u ?? '');
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // Not a URL: ignored.
    }
  }
  return [...origins];
}

/**
 * The Content Security Policy of the built app: no inline script, no eval, connections only to
 * the app's own origin. Added at build time only, because the dev server injects an inline
 * script for hot reload.
 */
function csp(extra: string[]): string {
  const more = extra.length ? ` ${extra.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${more}`,
    "font-src 'self'",
    `connect-src 'self'${more}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function contentSecurityPolicy(): Plugin {
  let origins: string[] = [];
  return {
    name: 'incident-atlas-csp',
    apply: 'build',
    configResolved(config) {
      origins = basemapOrigins(config.mode);
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: csp(origins) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
