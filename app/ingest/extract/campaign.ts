/**
 * Campaign tolls: casualties a report totals over a season (`قتلت الغارات الروسية أكثر من
 * 1000 مدني في إدلب منذ نهاية نيسان`, `Air strikes have killed more than 1,000 civilians in
 * northwest Syria since the end of April`). The sentence names the kind of fire, so it reads as
 * one airstrike; but no one event spans months. Kept as one, it would be a single strike of a
 * thousand dead on the map, and its dead would be added to those of the strikes each report
 * told on their day. As a casualty toll (`isCasualtyToll`) it is counted apart, as the tallies
 * without an event are, and a reader may leave tolls out.
 */
import { type IncidentProperties, TOLL_TYPE } from '../../model';
import { daysBetween } from '../reports/reportDates';
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

/**
 * Make a season's toll a casualty toll, in place: of TOLL_TYPE, with no event and no count of
 * strikes (those were the campaign's, not one event's). Its sides, place, span and figures stay.
 *
 * @example asCampaignToll(draft) // draft.type === 'other', draft.event === undefined
 */
export function asCampaignToll(p: IncidentProperties): void {
  if (!isCampaignToll(p)) return;
  p.type = TOLL_TYPE;
  p.strikes = null;
  delete p.event;
}
