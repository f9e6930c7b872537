/**
 * A toll told before its event: `ارتفعت حصيلة ضحايا القصف المدفعي على مدينة خان شيخون إلى
 * ثمانية قتلى. وكانت قوات النظام قد قصفت المدينة مساء الأربعاء …`. The first sentence states no
 * day (it is dated by the report) and no side; the next tells the same kind of event at the same
 * place, and its day. Read apart, they are two incidents: eight dead on the report's day by no
 * one, and the regime's shelling on Wednesday with no dead. The toll is the event's.
 */
import type { IncidentProperties } from '../../model';
import { joinable } from './merge';

/** One incident read from a sentence (`sentence`: its index in the report). */
export interface SentenceDraft {
  p: IncidentProperties;
  sentence: number;
}

const notMore = (next: number | null, toll: number | null) =>
  next == null || (toll != null && next <= toll);

/**
 * Give each toll with no stated day the day of the event the next sentence tells of its type at
 * its place, told to the day, no later, by a side that can be the toll's, with no larger toll. The
 * two then share a merge key, and the report's merge joins them. In place.
 *
 * @example tollsAhead(drafts) // the Khan Shaykhun toll now dated Wednesday
 */
export function tollsAhead(drafts: readonly SentenceDraft[]): void {
  for (const a of drafts) {
    const p = a.p;
    if (!p.dateFromReport || p.dateEnd || (p.fatalities == null && p.injuries == null)) continue;
    const next = drafts.find(
      ({ p: q, sentence }) =>
        sentence === a.sentence + 1 &&
        q.type === p.type &&
        q.placeId === p.placeId &&
        !q.dateFromReport &&
        !q.dateEnd &&
        q.timePrecision === 1 &&
        q.date <= p.date &&
        notMore(q.fatalities, p.fatalities) &&
        notMore(q.injuries, p.injuries) &&
        joinable(q, p),
    );
    if (!next) continue;
    p.date = next.p.date;
    p.timePrecision = next.p.timePrecision;
    delete p.dateFromReport;
  }
}
