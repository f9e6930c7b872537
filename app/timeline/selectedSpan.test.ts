import { describe, expect, it } from 'vitest';
import { article, incident } from '../derive/testData';
import { buildCompact, decodeCompact } from '../ingest/compact';
import { selectedSpan } from './selectedSpan';
import { dayOf } from './time';

const features = [
  incident('a', { date: '2021-06-05' }),
  incident('b', { date: '2021-06-07', dateEnd: '2021-06-13', timePrecision: 2 }),
];
const columns = decodeCompact(buildCompact(features, [article('a1')]).buffer as ArrayBuffer);

describe('selectedSpan', () => {
  it('gives the days an incident covers, from the features and from the columns alike', () => {
    for (const source of [
      { columns: undefined, all: features },
      { columns, all: [] },
    ]) {
      expect(selectedSpan('a', source.columns, source.all)).toEqual([
        dayOf('2021-06-05'),
        dayOf('2021-06-05'),
      ]);
      expect(selectedSpan('b', source.columns, source.all)).toEqual([
        dayOf('2021-06-07'),
        dayOf('2021-06-13'),
      ]);
      expect(selectedSpan('nope', source.columns, source.all)).toBeNull();
    }
    expect(selectedSpan(null, columns, features)).toBeNull();
  });
});
