/**
 * Recaps: an event told over a span of days (`قُتلت امرأة الأسبوع الماضي بغارة على سرمين`) that
 * another report told on its day. Merging keys on exact dates, so without this the week and the
 * day stay two incidents and the dead are counted twice. A recap is moved onto the day when the
 * reading is unambiguous; the merge then joins the two as it joins any event told twice.
 */
import type { IncidentFeature, IncidentProperties, TimePrecision } from '../../model';
import { daysBetween } from '../reports/reportDates';
import { finalize, joinable } from './merge';

/**
 * Days a recap's span stays under: a month. A longer one is a tally of a season, not one event
 * (see campaign.ts).
 */
export const LONGEST_RECAP_DAYS = 31;

/** The day a recap is moved onto, with how that day was known. */
export interface Retime {
  date: string;
  timePrecision: TimePrecision;
  /** Whether no report of that day stated it (see `IncidentProperties.dateFromReport`). */
  dateFromReport: boolean;
}

type Fields = Pick<
  IncidentProperties,
  | 'type'
  | 'placeId'
  | 'date'
  | 'dateEnd'
  | 'geoPrecision'
  | 'actors'
  | 'event'
  | 'timePrecision'
  | 'dateFromReport'
  | 'evidence'
>;

/** Only a named town is one place: an unknown village falls back to its area, as others do. */
function isRecap(p: Fields): boolean {
  return (
    p.dateEnd !== undefined &&
    p.dateEnd !== p.date &&
    p.geoPrecision === 1 &&
    daysBetween(p.date, p.dateEnd) < LONGEST_RECAP_DAYS
  );
}

function sharesArticle(a: Fields, b: Fields): boolean {
  for (const x of a.evidence)
    for (const y of b.evidence) if (x.articleId === y.articleId) return true;
  return false;
}

/**
 * For each recap in `list` (by index), the day it tells: the one day within its span on which
 * another report told an event of the same type at the same named town that could merge with
 * it. None when no day or two different days qualify (a week of strikes on a town told on two
 * of its days is not one of them). Depends on the set of incidents, not on their order.
 *
 * @example recapDays([strikeOnSarminLastWeek, strikeOnSarminTuesday]).get(0)?.date // Tuesday
 */
export function recapDays(list: readonly { properties: Fields }[]): Map<number, Retime> {
  const out = new Map<number, Retime>();
  const recaps: number[] = [];
  for (let i = 0; i < list.length; i++) if (isRecap(list[i]!.properties)) recaps.push(i);
  if (!recaps.length) return out;
  const sameKey = new Map<string, number[]>();
  const keyOf = (p: Fields) => `${p.type}|${p.placeId}`;
  for (const i of recaps) sameKey.set(keyOf(list[i]!.properties), []);
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!.properties;
    if (p.dateEnd === undefined && p.geoPrecision === 1) sameKey.get(keyOf(p))?.push(i);
  }
  for (const i of recaps) {
    const r = list[i]!.properties;
    let day: Retime | undefined;
    let ambiguous = false;
    for (const j of sameKey.get(keyOf(r))!) {
      const d = list[j]!.properties;
      if (d.date < r.date || d.date > r.dateEnd! || sharesArticle(r, d) || !joinable(d, r))
        continue;
      if (day && day.date !== d.date) {
        ambiguous = true;
        break;
      }
      day = {
        date: d.date,
        timePrecision: Math.min(day?.timePrecision ?? 3, d.timePrecision) as TimePrecision,
        dateFromReport: (day?.dateFromReport ?? true) && d.dateFromReport === true,
      };
    }
    if (day && !ambiguous) out.set(i, day);
  }
  return out;
}

/**
 * The recap `f` moved onto its day. Still to be finalised (its id and summaries name the day).
 *
 * @example retimed(strikeLastWeek, { date: '2021-06-24', timePrecision: 1, dateFromReport: false }).properties.dateEnd // undefined
 */
function retimed(f: IncidentFeature, day: Retime): IncidentFeature {
  const p: IncidentProperties = { ...f.properties };
  p.date = day.date;
  delete p.dateEnd;
  p.timePrecision = day.timePrecision;
  if (day.dateFromReport) p.dateFromReport = true;
  else delete p.dateFromReport;
  return { ...f, properties: p };
}

/**
 * `list` with each recap moved onto its day and finalised again (id, summaries), ready for
 * `mergeIncidents`; `list` itself when there is none.
 *
 * @example foldRecaps([strikeLastWeek, strikeTuesday], outletOf)[0].properties.date // Tuesday
 */
export function foldRecaps(
  list: IncidentFeature[],
  outletOf: (articleId: string) => string,
): IncidentFeature[] {
  const days = recapDays(list);
  if (!days.size) return list;
  const out = [...list];
  for (const [i, day] of days) out[i] = finalize(retimed(list[i]!, day), outletOf);
  return out;
}
