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

/** True when `at` lies inside `span`. */
function inside(span: Span | undefined, at: number): boolean {
  return !!span && span.start <= at && at < span.end;
}

/** The non-empty runs of `text` between the (clamped) boundaries of `spans`, in order. */
function runs(text: string, spans: (Span | undefined)[]): Span[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    if (span) {
      cuts.add(clamp(span.start));
      cuts.add(clamp(span.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to > from) out.push({ start: from, end: to });
  }
  return out;
}

/**
 * Cut `text` into segments at the boundaries of the sentence and place spans, so that the panel
 * can render them as plain text nodes (never as HTML). Out-of-range spans are clamped.
 *
 * @example segments('abc def', {start: 4, end: 7}, {start: 4, end: 5})
 * // [{text:'abc ',…}, {text:'d', sentence:true, place:true}, {text:'ef', sentence:true,…}]
 */
export function segments(text: string, sentence?: Span, place?: Span): Segment[] {
  return runs(text, [sentence, place]).map(({ start, end }) => ({
    text: text.slice(start, end),
    sentence: inside(sentence, start),
    place: inside(place, start),
  }));
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
  return runs(text, [sentence, place, ...mentions]).map(({ start, end }) => {
    let mention: number | null = null;
    mentions.forEach((m, k) => {
      if (inside(m, start) && (mention === null || m.start < mentions[mention]!.start)) mention = k;
    });
    return {
      text: text.slice(start, end),
      sentence: inside(sentence, start),
      place: inside(place, start),
      mention,
    };
  });
}
