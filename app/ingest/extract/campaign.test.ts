import { describe, expect, it } from 'vitest';
import { incident } from '../../derive/testData';
import { isCasualtyToll } from '../../model';
import {
  areaOfCampaign,
  asCampaignToll,
  isCampaignSpan,
  isCampaignToll,
  isWeekOfFire,
} from './campaign';
import { handMentions } from './testing/mentions';

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

describe('a week of strikes at an area told with its dead', () => {
  const week = {
    type: 'airstrike' as const,
    placeId: 'area-idlib-countryside-south',
    date: '2020-02-16',
    dateEnd: '2020-02-22',
    geoPrecision: 2 as const,
    fatalities: 45,
    injuries: null,
  };
  it('is a casualty toll: no one strike spans a week', () => {
    expect(isWeekOfFire(week)).toBe(true);
    const p = incident('week', { ...week, actors: ['russia', 'regime'] }).properties;
    asCampaignToll(p);
    expect(isCasualtyToll(p)).toBe(true);
    expect(p.fatalities).toBe(45);
  });
  it('is one event told loosely at a town, over fewer days, of fighting, or without casualties', () => {
    expect(isWeekOfFire({ ...week, geoPrecision: 1 })).toBe(false);
    expect(isWeekOfFire({ ...week, placeId: 'area-kafr-nabl-outskirts' })).toBe(false);
    expect(isWeekOfFire({ ...week, placeId: 'unknown-idlib-0a1b2c3d4e' })).toBe(false);
    expect(isWeekOfFire({ ...week, dateEnd: '2020-02-18' })).toBe(false);
    expect(isWeekOfFire({ ...week, type: 'clash' })).toBe(false);
    expect(isWeekOfFire({ ...week, fatalities: null })).toBe(false);
  });
});

describe('the area a campaign toll tells of', () => {
  const text = 'قصف على كفرنبل في ريف إدلب الجنوبي. وتشهد المنطقة منذ أشهر حملة أسفرت عن مقتل 300';
  const mentions = handMentions(text, [
    {
      surface: 'كفرنبل',
      placeId: 'gn-kafr-nabl',
      nameAr: 'كفرنبل',
      nameEn: 'Kafr Nabl',
      geoPrecision: 1,
    },
    {
      surface: 'ريف إدلب الجنوبي',
      placeId: 'area-idlib-countryside-south',
      nameAr: 'ريف إدلب الجنوبي',
      nameEn: 'southern Idlib countryside',
      geoPrecision: 2,
    },
  ]);
  const at = text.indexOf('وتشهد');
  const season = { date: '2019-03-18', dateEnd: '2019-06-16' };
  const week = { date: '2019-06-09', dateEnd: '2019-06-16' };

  it('is the last area named before it, not a town', () => {
    expect(areaOfCampaign('وتشهد المنطقه منذ اشهر', season, mentions, at)?.placeId).toBe(
      'area-idlib-countryside-south',
    );
  });
  it('is not a town’s outskirts named last (قرب بلدة دارة عزة): the area before it', () => {
    const near =
      'قصف على ريف إدلب الجنوبي. واستهدفت مسيرة قرب كفرنبل. ويأتي ذلك في ظل تصعيد تشهده المنطقة';
    const ms = handMentions(near, [
      {
        surface: 'ريف إدلب الجنوبي',
        placeId: 'area-idlib-countryside-south',
        nameAr: 'ريف إدلب الجنوبي',
        nameEn: 'southern Idlib countryside',
        geoPrecision: 2,
      },
      {
        surface: 'قرب كفرنبل',
        placeId: 'area-kafr-nabl-outskirts',
        nameAr: 'أطراف كفرنبل',
        nameEn: 'Kafr Nabl outskirts',
        geoPrecision: 2,
      },
    ]);
    expect(areaOfCampaign('تصعيد تشهده المنطقه', week, ms, near.indexOf('ويأتي'))?.placeId).toBe(
      'area-idlib-countryside-south',
    );
  });
  it('is none for a week, unless a campaign is named (حملة), nor for a day', () => {
    expect(areaOfCampaign('قتل في المنطقه 5 خلال اسبوع', week, mentions, at)).toBeUndefined();
    expect(areaOfCampaign('وتشهد المنطقه حمله', week, mentions, at)).toBeDefined();
    // An escalation is a campaign too (`وتشهد المنطقة تصعيداً عسكرياً منذ مطلع الشهر`).
    expect(areaOfCampaign('وتشهد المنطقة تصعيدا عسكريا', week, mentions, at)).toBeDefined();
    expect(
      areaOfCampaign('وتشهد المنطقه حمله', { date: '2019-06-16' }, mentions, at),
    ).toBeUndefined();
  });
  it('is none for a zone of its own (المنطقة العازلة), or with no area named before', () => {
    expect(areaOfCampaign('في المنطقه العازله منذ اشهر', season, mentions, at)).toBeUndefined();
    expect(
      areaOfCampaign('وتشهد المنطقه منذ اشهر', season, mentions.slice(0, 1), at),
    ).toBeUndefined();
    expect(areaOfCampaign('وتشهد المنطقه منذ اشهر', season, mentions, 5)).toBeUndefined();
  });
});

describe('the span of a campaign', () => {
  const weeks = { date: '2019-05-01', dateEnd: '2019-05-25' };
  it('is a month or more, or a shorter stated period when a campaign is named', () => {
    expect(isCampaignSpan({ date: '2019-04-21', dateEnd: '2019-06-16' }, false)).toBe(true);
    expect(isCampaignSpan(weeks, true)).toBe(true);
    expect(isCampaignSpan(weeks, false)).toBe(false);
  });
  it('is never a day', () => {
    expect(isCampaignSpan({ date: '2019-06-16' }, true)).toBe(false);
    expect(isCampaignSpan(undefined, true)).toBe(false);
  });
});
