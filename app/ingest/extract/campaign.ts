/**
 * Campaign tolls: casualties a report totals over a season (`قتلت الغارات الروسية أكثر من
 * 1000 مدني في إدلب منذ نهاية نيسان`, `Air strikes have killed more than 1,000 civilians in
 * northwest Syria since the end of April`). The sentence names the kind of fire, so it reads as
 * one airstrike; but no one event spans months. Kept as one, it would be a single strike of a
 * thousand dead on the map, and its dead would be added to those of the strikes each report
 * told on their day. As a casualty toll (`isCasualtyToll`) it is counted apart, as the tallies
 * without an event are, and a reader may leave tolls out.
 */
import { type IncidentProperties, type PlaceMention, TOLL_TYPE } from '../../model';
import { daysBetween } from '../reports/reportDates';
import { COUNTRY_ID } from './others';
import { isSpecific, isTownLevelArea } from './places';
import { LONGEST_RECAP_DAYS } from './recap';

/**
 * Whether an incident is a season's toll: casualties over a span of a month or more (a shorter
 * span is one event told loosely: a recap, recap.ts).
 *
 * @example isCampaignToll({ type: 'airstrike', date: '2019-04-21', dateEnd: '2019-06-16', fatalities: 1000, injuries: null }) // true
 * @example isCampaignToll({ type: 'airstrike', date: '2019-06-09', dateEnd: '2019-06-15', fatalities: 2, injuries: null }) // false
 */
export function isCampaignToll(
  p: Pick<IncidentProperties, 'type' | 'date' | 'dateEnd' | 'fatalities' | 'injuries'>,
): boolean {
  return (
    p.type !== TOLL_TYPE &&
    (p.fatalities != null || p.injuries != null) &&
    p.dateEnd !== undefined &&
    daysBetween(p.date, p.dateEnd) >= LONGEST_RECAP_DAYS
  );
}

/** Shortest span of a week's toll of fire (`over the past week`, `بين 15 و21 شباط`), in days. */
const WEEK_DAYS = 6;

/**
 * Whether an incident is a week's toll of fire at an area: air strikes or shelling with their
 * dead or wounded over a week or more, at a region rather than a town (`Russian and regime
 * airstrikes killed 45 civilians in southern Idlib over the past week`). No one strike spans a
 * week; a shorter span, or a town (its outskirts, a village the gazetteer lacks), may be one
 * event told loosely (a recap, recap.ts).
 *
 * @example isWeekOfFire({ type: 'airstrike', placeId: 'area-idlib-countryside-south', date: '2020-02-16', dateEnd: '2020-02-22', geoPrecision: 2, fatalities: 45, injuries: null }) // true
 */
export function isWeekOfFire(
  p: Pick<
    IncidentProperties,
    'type' | 'placeId' | 'date' | 'dateEnd' | 'geoPrecision' | 'fatalities' | 'injuries'
  >,
): boolean {
  return (
    (p.type === 'airstrike' || p.type === 'shelling') &&
    p.geoPrecision >= 2 &&
    !isTownLevelArea(p.placeId) &&
    (p.fatalities != null || p.injuries != null) &&
    p.dateEnd !== undefined &&
    daysBetween(p.date, p.dateEnd) >= WEEK_DAYS
  );
}

/**
 * Make a season's toll, or a week's toll of fire at an area, a casualty toll, in place: of
 * TOLL_TYPE, with no event and no count of strikes (those were the campaign's, not one event's).
 * Its sides, place, span and figures stay.
 *
 * @example asCampaignToll(draft) // draft.type === 'other', draft.event === undefined
 */
export function asCampaignToll(p: IncidentProperties): void {
  if (isCampaignToll(p) || isWeekOfFire(p)) asToll(p);
}

/**
 * Make an incident a casualty toll, in place: of TOLL_TYPE, with no event and no count of
 * strikes. Its sides, place, span and figures stay.
 *
 * @example asToll(draft) // draft.type === 'other', draft.strikes === null
 */
export function asToll(p: IncidentProperties): void {
  p.type = TOLL_TYPE;
  p.strikes = null;
  delete p.event;
}

/**
 * `المنطقة` standing by itself (folded; `و`, `ف`, `ب`, `ل` before it): the area the report named
 * before. Not a zone of its own (`المنطقة العازلة`, `المنطقة منزوعة السلاح`).
 */
const THE_AREA = /(?<![\p{L}])[وفب]?(?:ال|لل)منطق[ةه](?![\p{L}])(?!\s+(?:ال|منزوع))/u;

/**
 * `حملة`, `الحملة`, `حملات`, and an escalation (`تصعيداً عسكرياً`, `التصعيد`) (folded): a
 * campaign, whose toll is one though it ran under a month.
 */
const CAMPAIGN = /(?<![\p{L}])[وب]?(?:ال)?(?:حمل(?:[ةه]|ات)|تصعيد(?:ا|ات)?)(?![\p{L}])/u;

/**
 * Where a season's toll told of "the area" is (`وتشهد المنطقة منذ نهاية نيسان حملة عسكرية
 * أسفرت عن مقتل أكثر من 300 مدني`, a clause naming no place): the last area the report named
 * before it (a countryside, a region, a governorate; not a town, nor the whole country), so the
 * toll is kept, at that area's lower precision, as a casualty toll (`asToll`). Undefined for a
 * span shorter than a month that names no campaign (`حملة`: a recap or a day's toll, which
 * belongs to the event told), or without `المنطقة`, or with no area named before.
 *
 * @example areaOfCampaign('وتشهد المنطقة منذ نهاية نيسان حملة', { date: '2019-04-21', dateEnd: '2019-06-16' }, mentions, 80)?.placeId // 'area-idlib-countryside-south'
 */
export function areaOfCampaign(
  folded: string,
  span: { date: string; dateEnd?: string } | undefined,
  mentions: readonly PlaceMention[],
  before: number,
): PlaceMention | undefined {
  if (!THE_AREA.test(folded) || !isCampaignSpan(span, CAMPAIGN.test(folded))) return undefined;
  return lastAreaBefore(mentions, before);
}

/**
 * Whether a toll's span is a campaign's: a month or more, or a shorter stated period when the
 * text names a campaign (`namesCampaign`). A day, or a shorter span with no campaign named, is an
 * event's toll or a recap's (recap.ts).
 *
 * @example isCampaignSpan({ date: '2019-05-01', dateEnd: '2019-05-25' }, true) // true
 * @example isCampaignSpan({ date: '2019-05-01', dateEnd: '2019-05-25' }, false) // false
 */
export function isCampaignSpan(
  span: { date: string; dateEnd?: string } | undefined,
  namesCampaign: boolean,
): boolean {
  if (!span?.dateEnd) return false;
  return namesCampaign || daysBetween(span.date, span.dateEnd) >= LONGEST_RECAP_DAYS;
}

/**
 * The last area named before offset `before`: a countryside, a region, a governorate; not a
 * town or its outskirts, nor a village the gazetteer lacks. Undefined when it is all of Syria, or none is.
 *
 * @example lastAreaBefore(mentions, 80)?.placeId // 'area-idlib-countryside-south'
 */
export function lastAreaBefore(
  mentions: readonly PlaceMention[],
  before: number,
): PlaceMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    // Nor a town's outskirts (`قرب بلدة دارة عزة`), nor a site told by its distance from one.
    if (m.end > before || isSpecific(m)) continue;
    return m.placeId === COUNTRY_ID ? undefined : m;
  }
  return undefined;
}
