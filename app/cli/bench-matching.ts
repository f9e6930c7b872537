/**
 * `tsx app/cli/bench-matching.ts [--mb 20] [--digest]`: matching throughput of the geocoder
 * against `grep -F -f names.txt` over the same synthetic corpus. The corpus is made by
 * recombining the sentences written for tests with gazetteer names (deterministic PRNG, so runs
 * compare), written to a temp folder as files of about 1 MB.
 *
 * `--digest` then runs the geocoder once more, untimed, with a title and an unresolved tally in
 * the context, and prints a SHA-256 of every mention and of the tally: a speed-up must leave
 * that digest unchanged.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureMatching } from '../ingest/geocode/bench';
import { SENTENCES } from '../ingest/geocode/fixtures/sentences';
import { createGeocoder, unresolvedList } from '../ingest/geocode/index';
import { createRng } from '../synth/prng';
import { loadGazetteer } from './gazetteerFiles';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '20' }, digest: { type: 'boolean', default: false } },
});
const targetBytes = Number(values.mb) * 1e6;
const gazetteer = await loadGazetteer();
const geocoder = createGeocoder(gazetteer);
const names = gazetteer.places.map((p) => p.nameAr);
const { pick } = createRng(20210626);

const encoder = new TextEncoder();
const texts: string[] = [];
let total = 0;
while (total < targetBytes) {
  const lines: string[] = [];
  let size = 0;
  while (size < 1e6) {
    // A test sentence with one of its place names swapped for a random gazetteer name.
    const c = pick(SENTENCES);
    const e = c.expect.length ? pick(c.expect) : undefined;
    const line = e ? c.text.replace(e.surface, pick(names)) : c.text;
    lines.push(line);
    size += encoder.encode(line).length + 1;
  }
  const text = lines.join('\n');
  texts.push(text);
  total += encoder.encode(text).length;
}
const dir = mkdtempSync(join(tmpdir(), 'bench-matching-'));
const files = texts.map((t, i) => {
  const f = join(dir, `corpus-${String(i).padStart(3, '0')}.txt`);
  writeFileSync(f, t);
  return f;
});
writeFileSync(join(dir, 'names.txt'), `${geocoder.index.keys.join('\n')}\n`);
// Read back from disk so both sides start from the files.
const fromDisk = files.map((f) => readFileSync(f, 'utf8'));

const ours = measureMatching(geocoder, fromDisk);
// Again with every area polygon already built: turf clips each area id once per geocoder
// (about 6 ms each, some 200 ids here), a warm-up that a long ingest run pays once.
const warm = measureMatching(geocoder, fromDisk);
const g0 = performance.now();
let grepLines = 0;
try {
  const out = execFileSync('grep', ['-F', '-c', '-f', join(dir, 'names.txt'), ...files], {
    maxBuffer: 1 << 26,
  }).toString();
  grepLines = out.split('\n').reduce((n, l) => n + Number(l.split(':').pop() || 0), 0);
} catch (e) {
  console.error(`grep failed: ${(e as Error).message}`);
}
const grepMs = performance.now() - g0;
rmSync(dir, { recursive: true, force: true });

const mb = ours.bytes / 1e6;
const row = (name: string, ms: number, note: string) =>
  `${name.padEnd(22)} ${(mb / (ms / 1e3)).toFixed(1).padStart(8)} MB/s ${ms.toFixed(0).padStart(8)} ms  ${note}`;
console.log(
  `corpus: ${mb.toFixed(1)} MB in ${files.length} files; ${geocoder.index.keys.length} name keys`,
);
console.log(row('geocoder.findMentions', ours.ms, `${ours.mentions} mentions`));
console.log(row('  again, areas built', warm.ms, `${warm.mentions} mentions`));
console.log(row('grep -F -f names.txt', grepMs, `${grepLines} matching lines (normalised keys)`));
console.log(
  `ratio grep/geocoder: ${(ours.ms / grepMs).toFixed(1)}x (again: ${(warm.ms / grepMs).toFixed(1)}x)`,
);

if (values.digest) {
  const hash = createHash('sha256');
  const tally = new Map<string, number>();
  let lines = 0;
  for (const text of fromDisk) {
    // Each line as its own report too, titled by the line before it: exercises the title fallback.
    const ls = text.split('\n');
    hash.update(JSON.stringify(geocoder.findMentions(text)));
    for (let i = 0; i < ls.length; i++) {
      const ms = geocoder.findMentions(ls[i]!, { title: ls[i - 1], unresolved: tally });
      hash.update(JSON.stringify(ms));
      lines++;
    }
  }
  hash.update(JSON.stringify(unresolvedList(tally)));
  console.log(`digest: ${hash.digest('hex')} (${lines} lines as reports)`);
}
