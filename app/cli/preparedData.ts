/**
 * Whether the app's sample data, made by `prepare` (`app/cli/prepare.ts`), is older than what it
 * is made from. `prepare` ingests `data/reports` when `public/data` is missing; a checkout that
 * then pulls new ingest code or new reports kept showing the old incidents in `npm run dev`. It
 * now remembers a digest of the ingest's sources and inputs with the data it made, and makes
 * the data again when that digest changes. Data the reader made themselves (`npm run ingest --
 * --in …` into `public/data`) is told apart by its ingest report, and never replaced.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the sample data is made from: the ingest's code, the model, the reports, the gazetteer. */
export const SAMPLE_INPUTS = [
  'app/ingest',
  'app/cli',
  'app/model',
  'data/reports',
  'data/gazetteer',
];

/** What `prepare` remembers of the data it made. */
export interface PreparedStamp {
  /** `sampleDigest` of the inputs it was made from. */
  inputs: string;
  /** The `ingest-report.json` it wrote, byte for byte: the data is still the one it made. */
  report: string;
}

/**
 * A digest of every file under `roots` (paths and contents, in a fixed order): equal exactly
 * when no file was added, removed or changed. A root that does not exist counts as empty.
 *
 * @example sampleDigest(SAMPLE_INPUTS) // '3f1c…' (40 hex digits)
 */
export function sampleDigest(roots: readonly string[]): string {
  const hash = createHash('sha1');
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(`${path}\0${stat.size}\0`);
    hash.update(readFileSync(path));
  };
  for (const root of roots) if (existsSync(root)) visit(root);
  return hash.digest('hex');
}

/**
 * True when the data in `dataDir` is the sample `prepare` made (its ingest report unchanged) and
 * its inputs changed since (`inputs` gives their digest now; asked only then, as it reads every
 * file). False without a stamp: data made before stamps, or by the reader, is left alone.
 */
export function sampleIsStale(
  stamp: PreparedStamp | undefined,
  dataDir: string,
  inputs: () => string,
): boolean {
  if (!stamp) return false;
  const reportPath = join(dataDir, 'ingest-report.json');
  if (!existsSync(reportPath)) return false;
  return readFileSync(reportPath, 'utf8') === stamp.report && stamp.inputs !== inputs();
}
