/**
 * `tsx app/cli/bench-token-pass.ts [DIR]`: the floor under a one-pass extraction. It reads a
 * corpus (default: the bench's 10k synthetic reports), then times, in four passes: decoding,
 * folding alef and yaa forms, splitting into words, and looking each word up in a map of word
 * classes the size of the lexicons (with one clitic stripped on a miss). The ingest does all this
 * and more, but in some fifteen passes per clause. docs/benchmarks-history.md ("The floor under a one-pass
 * extraction") compares the two, to size the rewrite that would meet the 5 MB/s target.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listInputs } from './ingestFiles';

const dir = process.argv[2] ?? '.synth/bench/corpus-10000';
const files = (await listInputs(dir)).files.filter((f) => f.endsWith('.txt'));
if (files.length === 0) {
  console.error(`bench-token-pass: no .txt reports in ${dir} (npm run bench writes the corpus)`);
  process.exit(2);
}
const bytes = files.map((f) => readFileSync(join(dir, f)));
const mb = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1e6;

const decoder = new TextDecoder('utf-8', { fatal: true });
/** Word classes: about as many forms as the cue, actor, date and number lexicons with clitics. */
const classes = new Map<string, number>();
for (let i = 0; i < 3000; i++) classes.set(`form${i}`, i % 31);
for (const w of ['قصف', 'غارات', 'غارة', 'قوات', 'النظام', 'مقتل', 'اصابة', 'امس', 'اليوم'])
  classes.set(w, 1);
const FOLD = Uint16Array.from({ length: 0x10000 }, (_, c) => c);
for (const [from, to] of [
  [0x623, 0x627],
  [0x625, 0x627],
  [0x622, 0x627],
  [0x649, 0x64a],
])
  FOLD[from!] = to!;
const IS_WORD = new Uint8Array(0x10000);
for (let c = 0x621; c <= 0x64a; c++) IS_WORD[c] = 1;
for (let c = 0x30; c <= 0x39; c++) IS_WORD[c] = 1;

/** One report: decode, fold, words, lookups. Returns [words, known words]. */
function pass(b: Uint8Array): [number, number] {
  const text = decoder.decode(b);
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = FOLD[text.charCodeAt(i)]!;
  const folded = String.fromCharCode.apply(null, units as unknown as number[]);
  let words = 0;
  let known = 0;
  for (let i = 0; i < folded.length; ) {
    while (i < folded.length && !IS_WORD[folded.charCodeAt(i)]) i++;
    const start = i;
    while (i < folded.length && IS_WORD[folded.charCodeAt(i)]) i++;
    if (i === start) continue;
    words++;
    const w = folded.slice(start, i);
    if (classes.has(w) || (w.length > 2 && classes.has(w.slice(1)))) known++;
  }
  return [words, known];
}

for (let k = 0; k < 4; k++) {
  const t = performance.now();
  let words = 0;
  let known = 0;
  for (const b of bytes) {
    const [w, n] = pass(b);
    words += w;
    known += n;
  }
  const s = (performance.now() - t) / 1000;
  console.log(
    `pass ${k + 1}: ${(s * 1000).toFixed(0)} ms for ${mb.toFixed(1)} MB (${(mb / s).toFixed(1)} MB/s), ${words.toLocaleString('en')} words, ${known.toLocaleString('en')} known`,
  );
}
