import { describe, expect, it } from 'vitest';
import { incident } from '../../derive/testData';
import { isCasualtyToll } from '../../model';
import { asCampaignToll, isCampaignToll } from './campaign';

describe('a season of strikes told with its dead', () => {
  it('is a casualty toll, with its sides, place, span and figures kept', () => {
    const p = incident('season', {
      type: 'airstrike',
      event: 'drone-strike',
      actors: ['russia'],
      date: '2019-04-21',
      dateEnd: '2019-06-16',
      fatalities: 1000,
      strikes: 400,
    }).properties;
    asCampaignToll(p);
    expect(isCasualtyToll(p)).toBe(true);
    expect(p).toMatchObject({ actors: ['russia'], date: '2019-04-21', dateEnd: '2019-06-16' });
    expect(p.fatalities).toBe(1000);
    expect(p.strikes).toBeNull();
  });
  it('is no toll under a month (one strike told loosely: a recap), nor without casualties', () => {
    const week = { type: 'airstrike' as const, date: '2019-06-09', dateEnd: '2019-06-15' };
    expect(isCampaignToll({ ...week, fatalities: 2, injuries: null })).toBe(false);
    const may = { type: 'shelling' as const, date: '2019-05-01', dateEnd: '2019-05-31' };
    expect(isCampaignToll({ ...may, fatalities: 2, injuries: null })).toBe(false);
    const season = { type: 'shelling' as const, date: '2019-04-21', dateEnd: '2019-06-16' };
    expect(isCampaignToll({ ...season, fatalities: null, injuries: null })).toBe(false);
    expect(isCampaignToll({ ...season, fatalities: null, injuries: 40 })).toBe(true);
  });
});
