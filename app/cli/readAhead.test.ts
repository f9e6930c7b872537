import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../ingest/reports/readInput';
import { readInputFile } from './ingestFiles';
import { ReadAhead } from './readAhead';

const dir = mkdtempSync(join(tmpdir(), 'read-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A folder with a file of every fate: read, empty, too large, a folder named like a report,
// gone since it was listed, a kind not read, a problem found while listing.
const report = 'قصف على سراقب\n2020-02-03\nوكالة\nقصفت قوات النظام سراقب.\n';
writeFileSync(join(dir, 'a.txt'), report);
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'big.txt'), '');
truncateSync(join(dir, 'big.txt'), MAX_REPORT_BYTES + 1);
mkdirSync(join(dir, 'folder.txt'));
writeFileSync(join(dir, 'notes.md'), '# not a report');
const corpus = '{"title":"t","date":"2020-02-03","body":"نص"}\n';
writeFileSync(join(dir, 'c.jsonl'), corpus);
const files = ['a.txt', 'big.txt', 'c.jsonl', 'empty.txt', 'folder.txt', 'gone.txt', 'notes.md'];
const problems = new Map([['pipe.txt', 'skipped: not a regular file (a pipe, socket or device)']]);
const all = [...files, 'pipe.txt'];

describe('ReadAhead', () => {
  it('gives each file exactly what reading it on the main thread gives, in order', async () => {
    const reader = new ReadAhead(dir, problems);
    try {
      const [first, second] = await Promise.all([
        reader.read(all.slice(0, 4)),
        reader.read(all.slice(4)),
      ]);
      const got = [...first, ...second];
      expect(got).toEqual(all.map((f) => readInputFile(dir, f, problems)));
      expect(got.map((r) => ('bytes' in r ? r.bytes.length : r.errors[0]?.message))).toEqual([
        Buffer.byteLength(report),
        'too large: 2.0 MB; a .txt report may be at most 2.0 MB',
        Buffer.byteLength(corpus),
        0,
        'unreadable: EISDIR',
        'unreadable: ENOENT',
        0,
        'skipped: not a regular file (a pipe, socket or device)',
      ]);
    } finally {
      await reader.close();
    }
  });

  it('answers an empty batch, and a batch with nothing to open, without the thread', async () => {
    const reader = new ReadAhead(dir, problems);
    try {
      expect(await reader.read([])).toEqual([]);
      expect(await reader.read(['notes.md', 'pipe.txt'])).toEqual(
        ['notes.md', 'pipe.txt'].map((f) => readInputFile(dir, f, problems)),
      );
    } finally {
      await reader.close();
    }
  });

  it('still reads every file when its thread is gone', async () => {
    const reader = new ReadAhead(dir, problems);
    await reader.close();
    expect(await reader.read(files)).toEqual(files.map((f) => readInputFile(dir, f, problems)));
  });
});
