import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDigest, sampleIsStale } from './preparedData';

const dir = mkdtempSync(join(tmpdir(), 'prepared-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const src = join(dir, 'src');
const data = join(dir, 'data');
mkdirSync(join(src, 'sub'), { recursive: true });
mkdirSync(data);
writeFileSync(join(src, 'a.ts'), 'export const a = 1;');
writeFileSync(join(src, 'sub', 'b.txt'), 'قصف على سرمين');
const REPORT = '{"files":1,"incidents":9}';
writeFileSync(join(data, 'ingest-report.json'), REPORT);

describe('the sample data prepare made', () => {
  it('is told stale when a file it was made from changes, appears or goes', () => {
    const before = sampleDigest([src, join(dir, 'missing')]);
    expect(sampleDigest([src])).toBe(before);
    writeFileSync(join(src, 'sub', 'b.txt'), 'قصف على بنش');
    const changed = sampleDigest([src]);
    expect(changed).not.toBe(before);
    writeFileSync(join(src, 'c.ts'), '');
    expect(sampleDigest([src])).not.toBe(changed);
    rmSync(join(src, 'c.ts'));
    expect(sampleDigest([src])).toBe(changed);
    expect(sampleIsStale({ inputs: before, report: REPORT }, data, () => changed)).toBe(true);
    expect(sampleIsStale({ inputs: changed, report: REPORT }, data, () => changed)).toBe(false);
  });
  it('is never replaced when the reader made the data, or when nothing says prepare did', () => {
    const stamp = { inputs: 'old', report: '{"files":20,"incidents":52}' };
    expect(sampleIsStale(stamp, data, () => 'new')).toBe(false);
    expect(sampleIsStale(undefined, data, () => 'new')).toBe(false);
    expect(sampleIsStale({ inputs: 'old', report: REPORT }, join(dir, 'none'), () => 'new')).toBe(
      false,
    );
  });
});
