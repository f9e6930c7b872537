import { existsSync } from 'node:fs';

/**
 * Find a Chromium that runs offline: `CHROMIUM_PATH` if set, else the one that ships inside the
 * npm package @sparticuz/chromium (installed by `npm ci`, nothing downloaded), else Debian's.
 */
export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch (error) {
    for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
      if (existsSync(path)) return path;
    }
    throw new Error(`No Chromium found: set CHROMIUM_PATH (${String(error)})`);
  }
}

/** Launch flags: WebGL through SwiftShader, and no calls home on a machine without network. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
