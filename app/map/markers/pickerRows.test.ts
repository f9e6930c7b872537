import { describe, expect, it } from 'vitest';
import { article, incident } from '../../derive/testData';
import { buildCompact, decodeCompact } from '../../ingest/compact';
import { pickerRows } from './pickerRows';

describe('place picker entries from the compact columns', () => {
  it('lists every incident given, newest first, in the given order within a day', () => {
    const days = ['2021-06-02', '2021-06-05', '2021-06-02', '2021-06-09', '2021-06-05'];
    const features = days.map((date, i) =>
      incident(`i-${i}`, {
        date,
        placeId: 'gn-hama-s',
        placeEn: 'Hama countryside (south)',
        placeAr: 'ريف حماة الجنوبي',
        evidence: [{ articleId: 'a1', start: 0, end: 1, placeStart: 0, placeEnd: 1 }],
      }),
    );
    const columns = decodeCompact(buildCompact(features, [article('a1')]).buffer as ArrayBuffer);
    const rows = pickerRows(columns, [2, 4, 0, 1, 3]);
    expect(rows.map((r) => r.id)).toEqual(['i-3', 'i-4', 'i-1', 'i-2', 'i-0']);
    expect(rows.map((r) => r.date)).toEqual([
      '2021-06-09',
      '2021-06-05',
      '2021-06-05',
      '2021-06-02',
      '2021-06-02',
    ]);
    expect(rows[0]!.placeEn).toBe('Hama countryside (south)');
    expect(rows[0]!.placeAr).toBe('ريف حماة الجنوبي');
  });
});
