import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SpoolRef } from '../ingest/streamMerge';
import { InOrder, SpoolReader, SpoolWriter } from './spool';

const dir = mkdtempSync(join(tmpdir(), 'spool-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = (spool: number) => join(dir, `${spool}.jsonl`);

/** Two spools of records of every size, Arabic included, up to a few megabytes in all. */
function writeSpools(): { refs: SpoolRef[]; texts: string[] } {
  const refs: SpoolRef[] = [];
  const texts: string[] = [];
  const writers = [new SpoolWriter(path(0), 0), new SpoolWriter(path(1), 1)];
  for (let i = 0; i < 3000; i++) {
    // Now and then a record longer than the read window (a megabyte).
    const size = i % 997 === 5 ? 1_200_000 : (i * 7919) % 3000;
    const text = `{"i":${i},"t":"${'قصف على إدلب '.repeat(size / 13 + 1)}"}`;
    refs.push(writers[i % 2]!.append(text));
    texts.push(text);
  }
  for (const w of writers) w.close();
  return { refs, texts };
}

describe('SpoolReader', () => {
  const { refs, texts } = writeSpools();
  const reader = new SpoolReader(path);
  afterAll(() => reader.close());
  const text = (b: Buffer) => b.toString('utf8');

  it('gives back every record as written, one read each', () => {
    refs.forEach((ref, i) => {
      expect(text(reader.bytes(ref))).toBe(texts[i]);
    });
  });

  it('gives the same through its read-ahead window, in spool order or any other', () => {
    refs.forEach((ref, i) => {
      expect(text(reader.nearby(ref))).toBe(texts[i]);
    });
    const shuffled = refs.map((_, i) => (i * 1237) % refs.length);
    for (const i of shuffled) expect(text(reader.nearby(refs[i]!))).toBe(texts[i]);
  });

  it('says which spool ends too soon rather than give short bytes', () => {
    const past = { spool: 1, offset: refs[1]!.offset, length: 50_000_000 };
    expect(() => reader.bytes(past)).toThrow(/spool 1 ends before byte/);
    expect(() => reader.nearby(past)).toThrow(/spool 1 ends before byte/);
  });
});

describe('InOrder', () => {
  const { refs, texts } = writeSpools();
  const reader = new SpoolReader(path);
  afterAll(() => reader.close());
  const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
  // An output order that is no order in the spools, with every tenth record not spooled.
  const order = refs.map((_, i) => (i * 1237) % refs.length);
  const refAt = (i: number) => (i % 10 === 3 ? undefined : refs[order[i]!]);

  it.each([
    ['one slab', 1 << 30],
    ['slabs of 200 kB, the large records each a slab of its own', 200_000],
  ])('gives every record in the order asked, as written (%s)', (_, slab) => {
    const inOrder = new InOrder(reader, refs.length, refAt, slab);
    for (let i = 0; i < refs.length; i++) {
      if (i % 10 === 3) continue;
      expect(text(inOrder.bytes(i))).toBe(texts[order[i]!]);
    }
  });

  it('reads one list after another with the same memory, each in its own order', () => {
    // A details chunk's reports, then its related incidents: short lists, far apart in the spools.
    const inOrder = new InOrder(reader, 0, () => undefined, 1 << 20);
    for (const step of [1, 7, 499, 1237]) {
      const list = Array.from({ length: 40 }, (_, j) => (j * step + 11) % refs.length);
      inOrder.over(list.length, (j) => refs[list[j]!]);
      list.forEach((n, j) => {
        expect(text(inOrder.bytes(j))).toBe(texts[n]);
      });
    }
  });

  it('refuses a record that is not spooled rather than give other bytes', () => {
    expect(() => new InOrder(reader, refs.length, refAt).bytes(3)).toThrow(/not spooled/);
  });
});
