/** See bundle.mjs: the cached esbuild bundle of a TypeScript entry, or undefined. */
export function bundled(entry: string): Promise<string | undefined>;
