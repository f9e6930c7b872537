import type { PlaceMention } from '../../model';

/** A span of text: character offsets, end exclusive. */
interface Span {
  start: number;
  end: number;
}

/**
 * The mentions inside each span, for spans that come in text order: a pointer walks the
 * mentions sorted by start, so a long report costs sentences + mentions, not their product (a
 * 2 MB report of 80,000 one-line sentences took 37 s with a filter per sentence). Each span's
 * mentions keep the order they had in `mentions`.
 */
export class MentionsBySpan {
  private readonly order: number[];
  private first = 0;

  constructor(private readonly mentions: PlaceMention[]) {
    this.order = mentions.map((_, i) => i);
    // Stable: equal starts keep their order. Mentions mostly come sorted already.
    this.order.sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  }

  /** The mentions inside `span`; each call's span starts at or after the previous one's. */
  within(span: Span): PlaceMention[] {
    const { order, mentions } = this;
    while (this.first < order.length && mentions[order[this.first]!]!.start < span.start)
      this.first++;
    const inside: number[] = [];
    for (let k = this.first; k < order.length; k++) {
      const m = mentions[order[k]!]!;
      if (m.start >= span.end) break;
      if (m.end <= span.end) inside.push(order[k]!);
    }
    return inside.sort((a, b) => a - b).map((i) => mentions[i]!);
  }
}

/**
 * The first of `sorted` (mentions by start) that starts at or after `end`, else the last that
 * ends by `start`: found by bisection, so that a sentence of thousands of names costs no scan
 * per village (both readings place unknown villages so).
 */
export function nearestIn(sorted: readonly PlaceMention[], start: number, end: number) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start >= end) hi = mid;
    else lo = mid + 1;
  }
  if (sorted[lo]) return sorted[lo];
  for (let j = lo - 1; j >= 0; j--) if (sorted[j]!.end <= start) return sorted[j];
  return undefined;
}
