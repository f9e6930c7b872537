/** Node helpers of `npm run ingest`: listing inputs and writing outputs deterministically. */
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { REPORT_EXTENSIONS } from '../ingest/reports/readInput';

/** Every file under `dir`, relative with `/` separators, sorted. Throws when `dir` is unreadable. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Whether the ingest reads this file's bytes (others are only accounted for as skipped). */
export function isReportFile(file: string): boolean {
  const lower = file.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * JSON with object keys sorted, so equal data is written as equal bytes whatever order the
 * code built it in.
 *
 * @example canonicalJson({ b: 1, a: 2 }) // '{"a":2,"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    }
    return v;
  });
}

export async function writeJson(dir: string, name: string, data: unknown): Promise<void> {
  await writeFile(join(dir, name), `${canonicalJson(data)}\n`);
}
