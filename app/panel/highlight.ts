/** A run of text and how the panel marks it. */
export interface Segment {
  text: string;
  /** Inside the selected incident's sentence. */
  sentence: boolean;
  /** The place mention the incident was geocoded from. */
  place: boolean;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Cut `text` into segments at the boundaries of the sentence and place spans, so that the panel
 * can render them as plain text nodes (never as HTML). Out-of-range spans are clamped.
 *
 * @example segments('abc def', {start: 4, end: 7}, {start: 4, end: 5})
 * // [{text:'abc ',…}, {text:'d', sentence:true, place:true}, {text:'ef', sentence:true,…}]
 */
export function segments(text: string, sentence?: Span, place?: Span): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = new Set([0, text.length]);
  for (const span of [sentence, place]) {
    if (span) {
      cuts.add(clamp(span.start));
      cuts.add(clamp(span.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (span: Span | undefined, at: number) =>
    !!span && span.start <= at && at < span.end;
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to > from) {
      out.push({
        text: text.slice(from, to),
        sentence: inside(sentence, from),
        place: inside(place, from),
      });
    }
  }
  return out;
}

/** A segment that may also lie inside one of the article's place mentions. */
export interface MarkedSegment extends Segment {
  /** Index into the mentions passed in, when the segment is inside one. */
  mention: number | null;
}

/**
 * Like `segments`, and also cut at every place mention, so each can be marked and pointed at.
 * Overlapping mentions: the one that starts first wins for the overlap.
 */
export function segmentsWithMentions(
  text: string,
  sentence: Span | undefined,
  place: Span | undefined,
  mentions: Span[],
): MarkedSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = new Set([0, text.length]);
  for (const span of [sentence, place, ...mentions]) {
    if (span) {
      cuts.add(clamp(span.start));
      cuts.add(clamp(span.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (span: Span | undefined, at: number) =>
    !!span && span.start <= at && at < span.end;
  const out: MarkedSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    let mention: number | null = null;
    mentions.forEach((m, k) => {
      if (inside(m, from) && (mention === null || m.start < mentions[mention]!.start)) mention = k;
    });
    out.push({
      text: text.slice(from, to),
      sentence: inside(sentence, from),
      place: inside(place, from),
      mention,
    });
  }
  return out;
}
