/**
 * The hostile and broken input corpus: the hand-written files of `fixtures/hostile/` plus the
 * byte-level variants generated here (so no binary or 50 MB file is committed), and what the
 * ingest must do with each file.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeUtf16, encodeWindows1256, utf8 } from './reports/testing';

export const HOSTILE_DIR = join(import.meta.dirname, 'fixtures/hostile');

/** What one input file must give: an article, a duplicate of another file's article, or errors. */
export type Expectation =
  | { kind: 'article'; warning?: RegExp; bodyHas?: string }
  | { kind: 'duplicate' }
  | { kind: 'errors'; errors: { file: string; line?: number; message: RegExp }[] }
  /** A corpus: some records become articles, others are errors naming `file#n` and the line. */
  | {
      kind: 'corpus';
      articles: string[];
      errors: { file: string; line?: number; message: RegExp }[];
    };

const report = (tag: string, eol = '\n') =>
  [
    `خبر ${tag}`,
    '23.06.2021',
    'وكالة الاختبار',
    `قصفت قوات النظام مدينة سراقب بالمدفعية اليوم، نسخة ${tag}.`,
    'نص مكتوب للاختبار.',
    '',
  ].join(eol);

const err = (file: string, message: RegExp, line?: number) => ({
  file,
  message,
  ...(line ? { line } : {}),
});
const only = (file: string, message: RegExp, line?: number) => ({
  kind: 'errors' as const,
  errors: [err(file, message, line)],
});

export const EXPECTED: Record<string, Expectation> = {
  'good-sarmin.txt': { kind: 'article' },
  'good-kafrnabl.txt': { kind: 'article' },
  'duplicate-a.txt': { kind: 'article' },
  'duplicate-b.txt': { kind: 'duplicate' },
  'no-title.txt': { kind: 'article', warning: /no title line/ },
  'future-date.txt': { kind: 'article', warning: /2099-06-24 on line 2 is in the future/ },
  'mixed-scripts.txt': { kind: 'article', bodyHas: 'Ελληνικά 中文 😀' },
  'markup.txt': { kind: 'article' },
  'no-date.txt': only('no-date.txt', /^no date: expected a date line/, 2),
  'impossible-date.txt': only('impossible-date.txt', /^impossible date "31.02.2021"/, 2),
  'only-url.txt': only('only-url.txt', /only a URL/, 1),
  'whitespace-only.txt': only('whitespace-only.txt', /^empty report: no text/, 1),
  'notes.md': only('notes.md', /^skipped: unsupported extension "\.md"/),
  'truncated.json': only('truncated.json', /^invalid JSON: /),
  'not-records.json': only('not-records.json', /^JSON must be an array of records/),
  'proto.json': { kind: 'corpus', articles: ['proto.json#1'], errors: [] },
  'corpus-broken.jsonl': {
    kind: 'corpus',
    articles: ['corpus-broken.jsonl#1', 'corpus-broken.jsonl#7'],
    errors: [
      err('corpus-broken.jsonl#2', /^invalid JSON: /, 2),
      err('corpus-broken.jsonl#3', /^missing field "title"/, 3),
      err('corpus-broken.jsonl#4', /^field "date" must be a string, got number/, 4),
      err('corpus-broken.jsonl#6', /^record is not an object/, 6),
    ],
  },
  'corpus-fields.json': {
    kind: 'corpus',
    articles: ['corpus-fields.json#1'],
    errors: [
      err('corpus-fields.json#2', /^missing field "text"/),
      err('corpus-fields.json#3', /^field "title" must be a string, got object/),
      err('corpus-fields.json#4', /^field "date" is not a valid date: "2021-02-31"/),
      err('corpus-fields.json#5', /^record is not an object/),
      err('corpus-fields.json#6', /^record is not an object/),
      err('corpus-fields.json#7', /^field "text" is empty/),
    ],
  },
  'corpus-broken.csv': {
    kind: 'corpus',
    articles: ['corpus-broken.csv#2'],
    errors: [
      err('corpus-broken.csv#3', /^row has 2 fields, header has 5/, 3),
      err('corpus-broken.csv#4', /^field "date" is not a valid date/, 4),
      err('corpus-broken.csv#5', /^unclosed quote: this record was not read/, 5),
    ],
  },
  // generated below
  'gen/empty.txt': only('gen/empty.txt', /^empty file \(0 bytes\)/),
  'gen/empty.jsonl': only('gen/empty.jsonl', /^empty file \(0 bytes\)/),
  'gen/binary.txt': only('gen/binary.txt', /^binary file/),
  'gen/huge-50mb.txt': only('gen/huge-50mb.txt', /^too large: 50\.0 MB; a \.txt report/),
  'gen/nested.json': only('gen/nested.json#1', /^record is not an object/),
  'gen/nested-field.jsonl': only('gen/nested-field.jsonl#1', /^field "text" must be a string/, 1),
  'gen/truncated-utf8.txt': { kind: 'article', warning: /cut-off character/ },
  'gen/windows-1256.txt': {
    kind: 'article',
    warning: /decoded as Windows-1256/,
    bodyHas: 'نسخة windows-1256',
  },
  'gen/utf16le.txt': { kind: 'article', bodyHas: 'نسخة utf16le' },
  'gen/utf16be.txt': { kind: 'article', bodyHas: 'نسخة utf16be' },
  'gen/bom.txt': { kind: 'article', bodyHas: 'نسخة bom' },
  'gen/crlf.txt': { kind: 'article', bodyHas: 'نسخة crlf' },
  'gen/lone-cr.txt': { kind: 'article', bodyHas: 'نسخة lone-cr' },
  'gen/long-lines.txt': { kind: 'article', bodyHas: 'سراقب '.repeat(100) },
};

/**
 * Write the whole corpus into `dir` (a temporary folder): the committed fixtures and the
 * generated byte variants.
 */
export function writeHostileCorpus(dir: string): void {
  for (const name of readdirSync(HOSTILE_DIR))
    if (name !== 'README.md') copyFileSync(join(HOSTILE_DIR, name), join(dir, name));
  const gen = (name: string, bytes: Uint8Array | string) =>
    writeFileSync(join(dir, 'gen', name), bytes);
  mkdirSync(join(dir, 'gen'), { recursive: true });
  gen('empty.txt', new Uint8Array());
  gen('empty.jsonl', new Uint8Array());
  gen('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  // 50 MB of a well-formed report: refused by size before it is read (geocoding it would take minutes).
  const para = utf8(`${'قصفت قوات النظام مدينة سراقب. '.repeat(40)}\n`);
  const huge = new Uint8Array(50 * 1024 * 1024);
  const head = utf8('خبر ضخم\n23.06.2021\nوكالة الاختبار\n');
  huge.set(head);
  for (let at = head.length; at < huge.length; at += para.length)
    huge.set(para.subarray(0, Math.min(para.length, huge.length - at)), at);
  gen('huge-50mb.txt', huge);
  gen('nested.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  gen(
    'nested-field.jsonl',
    `{"title":"t","date":"2021-06-23","outlet":"o","text":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}\n`,
  );
  const cut = utf8(report('truncated-utf8'));
  // Drop the final `.` and newline and the last byte of the two-byte letter before them.
  gen('truncated-utf8.txt', cut.subarray(0, cut.length - 3));
  gen('windows-1256.txt', encodeWindows1256(report('windows-1256')));
  gen('utf16le.txt', encodeUtf16(report('utf16le'), false));
  gen('utf16be.txt', encodeUtf16(report('utf16be'), true));
  gen('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(report('bom'))]));
  gen('crlf.txt', report('crlf', '\r\n'));
  gen('lone-cr.txt', report('lone-cr', '\r'));
  const long = 'سراقب '.repeat(2000).slice(0, 10_000);
  gen(
    'long-lines.txt',
    `عنوان\n23.06.2021\nوكالة الاختبار\nقصفت قوات النظام مدينة سراقب اليوم.\n${long}\n${long}\nنص مكتوب للاختبار.\n`,
  );
}

/** The corpus files (relative, `/` separators) that `writeHostileCorpus` writes. */
export function hostileFiles(): string[] {
  return Object.keys(EXPECTED).sort();
}

export const readJson = (dir: string, name: string) =>
  JSON.parse(readFileSync(join(dir, name), 'utf8'));
