import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../ingest/reports/readInput';
import { bytesToRead, MAX_LOCAL_BYTES } from './readLimit';

const sized = (path: string, size: number) => ({ path, blob: { size } as Blob });

describe('bytesToRead (what opening files would read)', () => {
  it('counts the reports, not the files the ingest skips or refuses', () => {
    expect(
      bytesToRead([
        sized('a.txt', 1000),
        sized('corpus.csv', 5000),
        sized('photo.jpg', 9_000_000),
        sized('huge.txt', MAX_REPORT_BYTES + 1),
      ]),
    ).toBe(6000);
  });
  it('lets a reader open a large pile of reports, not more than a tab can hold', () => {
    // 40,000 reports of the sample's size.
    expect(
      bytesToRead(Array.from({ length: 40_000 }, (_, i) => sized(`${i}.txt`, 1600))),
    ).toBeLessThan(MAX_LOCAL_BYTES);
    expect(MAX_LOCAL_BYTES).toBe(64 * 1024 * 1024);
  });
});
