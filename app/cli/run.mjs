// @ts-check
// `node app/cli/run.mjs app/cli/ingest.ts [ARGS]`: run a command written in TypeScript from its
// cached bundle (bundle.mjs), or through tsx when it cannot be bundled. The command sees
// process.argv as if it had been started itself.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundled } from './bundle.mjs';

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node app/cli/run.mjs ENTRY.ts [ARGS]');
  process.exit(2);
}
const entry = resolve(entryArg);
process.argv = [process.argv[0] ?? 'node', entry, ...args];
const file = await bundled(entry);
if (file) {
  await import(pathToFileURL(file).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(pathToFileURL(entry).href, import.meta.url);
}
