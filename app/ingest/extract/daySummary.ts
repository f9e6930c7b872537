/**
 * A day's summary told before its parts: `استجابت فرقنا منذ صباح اليوم لـ 14 هجوماً جوياً ومدفعياً
 * استهدف مدن وبلدات ريفي إدلب وحلب، أدت لمقتل 9 مدنيين …. ففي مدينة دارة عزة قتل 5 مدنيين …`.
 * Read apart, the summary is an incident in each countryside with the day's dead, and each town's
 * event has its own: the dead are counted twice. When later sentences tell events with tolls of
 * their own, on the summary's day, at towns inside its areas, adding up to no more than its
 * figures, the summary is a casualty toll (counted apart, "in tolls") at its first area, its other
 * areas in `alsoPlaces`. A single area's incident sums up a day when its sentence says so
 * (SUMS_UP) or a part tells its dead as some of the summary's (`وقتل 15 منهم`). A summary of a
 * longer period that says it sums up (`خلال الأسبوع الماضي استجابتها لأكثر من 120 هجوماً`) is
 * the toll whether parts follow or not: no one event spans the week.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { IncidentProperties, PlaceMention } from '../../model';
import { foldKey } from '../reports/arabic';
import { daysBetween } from '../reports/reportDates';
import { asToll } from './campaign';
import { isSpecific } from './places';
import type { SentenceDraft } from './tollAhead';

/** A draft with where it is drawn. */
export interface PlacedDraft extends SentenceDraft {
  lon: number;
  lat: number;
}

/**
 * What says a sentence sums up a day (`استجابت فرقنا لـ 14 هجوماً`, `مدن وبلدات ريفي إدلب وحلب`)
 * (folded): without it, or more than one area, an area's event with towns' events after it is an
 * event of its own (a strike on a countryside, then strikes on towns in it).
 */
export const SUMS_UP = /استجاب|توزع|مدن\s+وبلدات|قري\s+وبلدات|بلدات\s+وقري|مجمل|اجمالي/;
/**
 * A toll documented or counted (`ووثق المرصد مقتل 35 مدنياً بين 15 و21 شباط`, `أحصت`) (folded):
 * over a period, a tally of its events, not one of them.
 */
const COUNTED_OVER = /(?<![\p{L}])[وف]?(?:وثق|وثقت|احصي|احصت|احصوا)(?![\p{L}])/u;

/** How many sentences after a summary its parts may be told in. */
const PARTS_WITHIN = 4;

/** Types a day's summary of fire or fighting may have (not talks, deployments or tolls). */
const SUMMED = new Set(['airstrike', 'shelling', 'attack', 'explosion', 'clash']);

/** `منهم`, `منهن`: some of the people told before (folded). */
const OF_THEM = /(?<![\p{L}])منه(?:م|ن)(?![\p{L}])/u;

/** Whether a part's own sentence tells its dead as some of those told before (`وقتل 15 منهم`). */
function partOfThem(p: IncidentProperties, body: string): boolean {
  const e = p.evidence.at(-1);
  return e !== undefined && OF_THEM.test(foldKey(body.slice(e.start, e.end)));
}

const hasToll = (p: IncidentProperties) => p.fatalities != null || p.injuries != null;
const notMore = (part: number, whole: number | null) =>
  part === 0 || (whole != null && part <= whole);

/**
 * The drafts with each day's summary made a casualty toll and its other areas folded into it
 * (see above); the others as they were. `mentions` are the report's (they hold the areas'
 * shapes), `body` its text.
 *
 * @example daySummaries(drafts, mentions, body) // the two countrysides now one toll of 9 dead
 */
export function daySummaries<D extends PlacedDraft>(
  drafts: D[],
  mentions: readonly PlaceMention[],
  body: string,
): D[] {
  // Most reports tell no toll at an area: nothing to sum up.
  if (!drafts.some((d) => hasToll(d.p) && d.p.geoPrecision > 1)) return drafts;
  const shapes = new Map(mentions.filter((m) => m.area).map((m) => [m.placeId, m]));
  const dropped = new Set<D>();
  for (const s of new Set(drafts.map((d) => d.sentence))) {
    const summary = drafts.filter((d) => d.sentence === s);
    const areas = summary.map((d) => shapes.get(d.p.placeId));
    if (
      !summary.every((d, k) => areas[k] && !isSpecific(areas[k]!) && SUMMED.has(d.p.type)) ||
      !summary.some((d) => hasToll(d.p))
    )
      continue;
    const head = summary.find((d) => hasToll(d.p))!.p;
    const told = head.evidence[0];
    // `وثقت فرقنا خلال الأسبوع الماضي استجابتها لأكثر من 120 هجوماً … على مدن وبلدات ريفي إدلب
    // وحلب، أدت لمقتل 45 مدنياً`: a period's many events summed up is their tally, parts told
    // after it or not (it was an air strike a week long at each countryside, its dead counted
    // again with the day's strikes told after it).
    if (head.dateEnd && daysBetween(head.date, head.dateEnd) > 1) {
      const sentence = told ? foldKey(body.slice(told.start, told.end)) : '';
      if (SUMS_UP.test(sentence) || COUNTED_OVER.test(sentence))
        for (const d of tallyOf(head, summary)) dropped.add(d);
      continue;
    }
    const last = head.dateEnd ?? head.date;
    const parts = drafts.filter(
      (d) =>
        d.sentence > s &&
        d.sentence <= s + PARTS_WITHIN &&
        d.p.date >= head.date &&
        d.p.date <= last &&
        !d.p.dateEnd &&
        hasToll(d.p) &&
        d.p.geoPrecision === 1 &&
        areas.some((a) => booleanPointInPolygon([d.lon, d.lat], a!.area!)),
    );
    if (!parts.length) continue;
    // `… قتل 18 مدنياً بقصف على ريف إدلب الجنوبي أمس. وقتل 15 منهم بغارة على …`: a part told as
    // some of the summary's dead says it sums them up too.
    if (
      summary.length < 2 &&
      !(told && SUMS_UP.test(foldKey(body.slice(told.start, told.end)))) &&
      !parts.some((d) => partOfThem(d.p, body))
    )
      continue;
    const dead = parts.reduce((n, d) => n + (d.p.fatalities ?? 0), 0);
    const hurt = parts.reduce((n, d) => n + (d.p.injuries ?? 0), 0);
    if (!notMore(dead, head.fatalities) || !notMore(hurt, head.injuries)) continue;
    for (const d of tallyOf(head, summary)) dropped.add(d);
  }
  return dropped.size ? drafts.filter((d) => !dropped.has(d)) : drafts;
}

/**
 * Make `head` the summary's casualty toll, in place, its sentence's other areas in its
 * `alsoPlaces`; returns those other drafts, which the toll now stands for.
 */
function tallyOf<D extends { p: IncidentProperties }>(head: IncidentProperties, summary: D[]): D[] {
  asToll(head);
  const others = summary.filter((d) => d.p !== head);
  if (others.length)
    head.alsoPlaces = [
      ...(head.alsoPlaces ?? []),
      ...others.map(({ p }) => ({ placeId: p.placeId, placeAr: p.placeAr, placeEn: p.placeEn })),
    ];
  return others;
}
