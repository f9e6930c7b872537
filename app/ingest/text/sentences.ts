/** A sentence of a text: character offsets into the original, end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Where a sentence ends: `.`, `؟`, `?`, `!` before white space or the end, and line breaks; not
 * the dot of an acronym written with dots (`A U.S. strike`, `the U.N. envoy`), and not the dot
 * of an Arabic name cut to its initial (`الناشط أحمد م. من منزله`, `الناشط أحمد. م من منزله`,
 * as reports write who they shield): a lone Arabic letter before the dot or right after it
 * (but `و`, which may stand apart and open a sentence; and not `م` after a figure, `عام 2020 م.`).
 * A quote or bracket closed right after the mark ends with it (`clashes with "terrorists." The`).
 */
const BOUNDARY =
  /(?<!(?:^|[\s("“])(?:[A-Z]\.)+[A-Z])(?<![^\d\s]\s[\u0621-\u064A])[.؟?!]+["”»’)]*(?!\s+[\u0621-\u0647\u0649-\u064A](?:[\s.،]|$))(?=\s|$)|\n+/g;

/**
 * Split text into sentences at `.`, `؟`, `?`, `!` and line breaks, keeping offsets into the
 * original text. Leading and trailing whitespace is excluded from each span.
 *
 * @example sentenceSpans('قصف. غارة') // [{start:0,end:4},{start:5,end:9}]
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = BOUNDARY;
  boundary.lastIndex = 0;
  let from = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    pushTrimmed(spans, text, from, end);
    from = m.index + m[0].length;
  }
  pushTrimmed(spans, text, from, text.length);
  return spans;
}

/**
 * Add `text[start, end)` without its leading and trailing white space, unless nothing is left.
 * (A module function: tsx names every closure it makes, a call per report.)
 */
function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) spans.push({ start, end });
}

/**
 * The start of the sentence that holds `offset`, among `spans` (in text order, as sentenceSpans
 * gives them); `offset` itself when none of them starts at or before it.
 *
 * @example startOfSentenceAt(sentenceSpans('One. Two.'), 6) // 5
 */
export function startOfSentenceAt(spans: readonly { start: number }[], offset: number): number {
  for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start <= offset) return spans[k]!.start;
  return offset;
}
