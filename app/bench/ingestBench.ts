import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Place } from '../model';

const RSS_HOOK = new URL('./rssHook.mjs', import.meta.url);

/** One timed run of the ingest CLI. */
export interface IngestRun {
  seconds: number;
  /** Largest peak RSS of any Node process in the run, in bytes (NaN if none reported). */
  maxRssBytes: number;
  /** CPU seconds (all threads) of the busiest Node process in the run: the ingest itself. */
  cpuSeconds: number;
  ok: boolean;
  output: string;
}

/**
 * Run `npm run ingest -- --in DIR --out DIR` as a child, timed from spawn to exit (so Node and
 * tsx start-up are included; the bench measures that separately), on `workers` worker threads
 * (`--jobs N`).
 */
export async function runIngest(
  root: string,
  inDir: string,
  outDir: string,
  workers: number,
): Promise<IngestRun> {
  const rssFile = join(outDir, '..', `rss-${process.pid}-${Date.now()}.txt`);
  await rm(rssFile, { force: true });
  const args = ['run', '-s', 'ingest', '--', '--in', inDir, '--out', outDir, '--jobs'];
  args.push(String(workers));
  const env = {
    ...process.env,
    BENCH_RSS_FILE: rssFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${RSS_HOOK.href}`.trim(),
  };
  const started = performance.now();
  // Spawned, not spawnSync: the scaling ceiling runs several at once.
  const r = await new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn('npm', args, { cwd: root, env });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      output += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      output += d;
    });
    child.on('error', (e) => resolve({ status: null, output: `${output}${e.message}` }));
    child.on('close', (status) => resolve({ status, output }));
  });
  const seconds = (performance.now() - started) / 1000;
  const reported = await readFile(rssFile, 'utf8').catch(() => '');
  await rm(rssFile, { force: true });
  const lines = reported
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' ').map(Number));
  const kb = lines.map((l) => l[0]!);
  const cpuMs = lines.map((l) => l[2] ?? Number.NaN);
  return {
    seconds,
    maxRssBytes: kb.length > 0 ? Math.max(...kb) * 1024 : Number.NaN,
    cpuSeconds: cpuMs.length > 0 ? Math.max(...cpuMs) / 1000 : Number.NaN,
    ok: r.status === 0,
    output: r.output.trim(),
  };
}

/** Every name a place is known by, in Arabic script, one per line (the grep baseline's patterns). */
export function gazetteerNames(places: Place[]): string[] {
  const names = new Set<string>();
  for (const p of places) {
    for (const n of [p.nameAr, ...p.altNames]) if (/[\u0600-\u06ff]/.test(n)) names.add(n);
  }
  return [...names].sort();
}

/**
 * Time `grep -F -o -f names.txt -r DIR`, its output read: the floor for "find every gazetteer
 * name in every file", which the ingest's own matching is compared against. `-o` and a real
 * reader matter: GNU grep writing to /dev/null stops at each file's first match (it treats that
 * as `-q`), which times a different, much smaller job.
 */
export async function timeGrep(namesFile: string, names: string[], dir: string): Promise<number> {
  await writeFile(namesFile, `${names.join('\n')}\n`);
  const started = performance.now();
  const r = spawnSync('grep', ['-F', '-o', '-f', namesFile, '-r', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.error || (r.status !== 0 && r.status !== 1)) return Number.NaN;
  return seconds;
}

/** Number and total bytes of the report files under `dir` (the README is not a report). */
export async function corpusSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name === 'README.md') continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}
