import { describe, expect, it } from 'vitest';
import type { IncidentEvent, IncidentFeature } from '../../model';
import { mergeIncidents } from './merge';

/** One report's Turkish deployment at Morek on one day, told as `event` (or plain). */
function told(articleId: string, event?: IncidentEvent): IncidentFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [36.68, 35.36] },
    properties: {
      id: '',
      type: 'deployment',
      ...(event ? { event } : {}),
      actors: ['turkey'],
      date: '2020-10-20',
      timePrecision: 1,
      placeId: 'gn-morek',
      placeAr: 'مورك',
      placeEn: 'Morek',
      geoPrecision: 1,
      admin1: 'Hama',
      strikes: null,
      fatalities: null,
      injuries: null,
      sources: 1,
      confidence: 0.8,
      summaryEn: '',
      summaryAr: '',
      evidence: [{ articleId, start: 0, end: 10, placeStart: 2, placeEnd: 6 }],
    },
  };
}

const outlets = (id: string) => (id === 'a-1' ? 'Enab Baladi' : 'SOHR');

describe('one movement told by several reports', () => {
  it('two reports of one withdrawal make one withdrawal from two outlets', () => {
    const [f, ...rest] = mergeIncidents(
      [told('a-1', 'withdrawal'), told('a-2', 'withdrawal')],
      outlets,
    );
    expect(rest).toHaveLength(0);
    expect(f!.properties.event).toBe('withdrawal');
    expect(f!.properties.sources).toBe(2);
    expect(f!.properties.summaryEn).toBe('Turkish withdrawal from Morek');
  });
  it('told as a withdrawal by one and as reinforcements by the other, it says only what both say', () => {
    for (const order of [
      [told('a-1', 'withdrawal'), told('a-2')],
      [told('a-2'), told('a-1', 'withdrawal')],
    ]) {
      const [f] = mergeIncidents(order, outlets);
      expect('event' in f!.properties).toBe(false);
      expect(f!.properties.summaryEn).toBe('Turkish reinforcements in Morek');
    }
  });
});

describe('events of the type of tolls at one place and day', () => {
  /** `told` as an event of type other, by `actors`. */
  const other = (
    articleId: string,
    event: IncidentEvent,
    actors: IncidentFeature['properties']['actors'],
  ) => {
    const f = told(articleId, event);
    f.properties = { ...f.properties, type: 'other', actors };
    return f;
  };
  it('a protest and the arrests of some of its people are two events, neither a toll with no figures', () => {
    const merged = mergeIncidents(
      [other('a-1', 'protest', ['unknown']), other('a-1', 'arrest', ['hts'])],
      outlets,
    );
    expect(merged.map((f) => f.properties.event).sort()).toEqual(['arrest', 'protest']);
    expect(merged.map((f) => f.properties.summaryEn).join(' ')).not.toMatch(/Casualties/);
  });
  it('a raid and the arrests it made are one operation, told as its arrests', () => {
    for (const order of [
      ['raid', 'arrest'],
      ['arrest', 'raid'],
    ] as const) {
      const merged = mergeIncidents(
        order.map((e) => other('a-1', e, ['hts'])),
        outlets,
      );
      expect(merged).toHaveLength(1);
      expect(merged[0]!.properties.event).toBe('arrest');
      expect(merged[0]!.properties.summaryEn).toBe('HTS arrests in Morek');
    }
  });
});
