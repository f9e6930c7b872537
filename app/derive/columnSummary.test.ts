import { describe, expect, it } from 'vitest';
import { buildCompact, decodeCompact } from '../ingest/compact';
import { summariseIndexed } from './columnSummary';
import { filterIndexed, indexFromColumns, NO_FILTERS } from './filters';
import { summarise } from './summary';
import { article, incident } from './testData';

describe('summariseIndexed', () => {
  it('gives the same totals as summarise', () => {
    const features = [
      incident('a', { type: 'airstrike', actors: ['russia', 'regime'], fatalities: 2 }),
      incident('b', { type: 'clash', actors: ['hts'], injuries: 4, fatalities: null }),
      incident('c', { type: 'clash', actors: [], date: '2020-01-01', fatalities: 0 }),
      incident('d', { type: 'other', actors: [], fatalities: 30, injuries: null }),
    ];
    const index = indexFromColumns(
      decodeCompact(buildCompact(features, [article('a1')]).buffer as ArrayBuffer),
    );
    for (const f of [NO_FILTERS, { ...NO_FILTERS, dateFrom: '2021-01-01' }]) {
      const r = filterIndexed(index, f);
      const visible = Array.from(r.positions, (i) => features[i]!);
      expect(summariseIndexed(index, r)).toEqual(summarise(visible));
    }
    expect(summariseIndexed(index, filterIndexed(index, NO_FILTERS)).killedInTolls).toBe(30);
  });

  it('counts an Other with an event of its own (an aircraft downed, its crew killed) as no toll', () => {
    const features = [
      incident('d', { type: 'other', actors: [], fatalities: 30, injuries: null }),
      incident('e', {
        type: 'other',
        event: 'aircraft-downed',
        actors: ['opposition', 'regime'],
        fatalities: 2,
        injuries: null,
      }),
    ];
    const index = indexFromColumns(
      decodeCompact(buildCompact(features, [article('a1')]).buffer as ArrayBuffer),
    );
    const r = filterIndexed(index, NO_FILTERS);
    const totals = summariseIndexed(index, r);
    expect(totals).toMatchObject({ killed: 32, killedInTolls: 30 });
    expect(totals).toEqual(summarise(features));
  });
});
