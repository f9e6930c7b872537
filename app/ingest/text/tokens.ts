/**
 * Word tokens of a (normalised) text, with offsets into that text. A token is a run of letters,
 * digits and marks; everything else (spaces, punctuation, quotes) separates tokens and is
 * remembered as the gap before the next token, because list parsing needs to know where the
 * commas and quotes were.
 *
 * @example tokenise('في ادلب، وحاس').map((t) => t.text) // ['في', 'ادلب', 'وحاس']
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The separator characters between the previous token (or the text start) and this one. */
  gap: string;
}

/**
 * The width at `i` of a character of a class: its code units (1, or 2 for a surrogate pair)
 * when the code point matches `oneChar` (a `u` regexp for one code point), else 0. BMP units are
 * classified on first sight into a table (0 unknown, 1 in, 2 out), so a scan costs a table read
 * per character instead of a Unicode-property regexp; a lone surrogate is never in.
 *
 * @example widthOf(/^\p{L}$/u)('ab', 0) // 1
 */
export function widthOf(oneChar: RegExp): (text: string, i: number) => number {
  const table = new Uint8Array(0x10000);
  table.fill(2, 0xd800, 0xe000);
  /** Astral code points (rare: emoji, historic scripts), classified once each. */
  const astral = new Map<number, boolean>();
  return (text, i) => {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) {
      let k = table[c]!;
      if (k === 0) {
        k = oneChar.test(String.fromCharCode(c)) ? 1 : 2;
        table[c] = k;
      }
      return k === 1 ? 1 : 0;
    }
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let w = astral.get(cp);
    if (w === undefined) {
      w = oneChar.test(String.fromCodePoint(cp));
      astral.set(cp, w);
    }
    return w ? 2 : 0;
  };
}

/** What a token is made of: a code point of Unicode category L, N or M. */
const wordUnitsAt = widthOf(/^[\p{L}\p{N}\p{M}]$/u);

/**
 * The tokens of `text` as objects, each with the gap before it: `tokenTable`'s tokens, for
 * callers that want them one by one.
 */
export function tokenise(text: string): Token[] {
  const table = tokenTable(text, (w) => w);
  return table.words.map((word, i) => ({
    text: word,
    start: table.starts[i]!,
    end: table.ends[i]!,
    gap: table.gap(i),
  }));
}

/** A high surrogate at `i` followed by a low one: a code point outside the BMP. */
export function isHighSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

import type { Buffers } from './buffers';
import { Interner } from './interner';

/** Gap flags of a {@link TokenTable}: what separates a token from the one before it. */
export const GAP_JOINED = 1; // spaces, hyphens or tatweel only (or nothing): one phrase
export const GAP_BREAKS = 2; // gapBreaksSentence
export const GAP_LIST = 4; // gapIsListSeparator
export const GAP_QUOTE = 8; // gapHasQuote

/**
 * The gap flag each separator character sets, by code unit: {@link GAP_BREAKS} for a stop,
 * question mark or line break; {@link GAP_LIST} for a comma, Arabic comma, semicolon or slash;
 * {@link GAP_QUOTE} for `"` `“` `”` `«` `»` `'` `‘` `’`; else 0. A table read keeps `gapFlags`
 * as cheap as the comparisons it replaces.
 */
const SEPARATOR_FLAG = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of [0x2e, 0x61f, 0x3f, 0x21, 0x0a]) table[c] = GAP_BREAKS;
  for (const c of [0x2c, 0x60c, 0x61b, 0x3b, 0x2f]) table[c] = GAP_LIST;
  for (const c of [0x22, 0x201c, 0x201d, 0xab, 0xbb, 0x27, 0x2018, 0x2019]) table[c] = GAP_QUOTE;
  return table;
})();

/** True when a character of `gap` sets `flag`. */
function gapHas(gap: string, flag: number): boolean {
  // The gap between two words is nearly always one space: answer that without scanning.
  if (gap === ' ') return false;
  for (let i = 0; i < gap.length; i++) if (SEPARATOR_FLAG[gap.charCodeAt(i)] === flag) return true;
  return false;
}

/** True when the gap ends a sentence or clause: a stop, question mark, or line break. */
export function gapBreaksSentence(gap: string): boolean {
  return gapHas(gap, GAP_BREAKS);
}

/** True when the gap holds a list separator (comma, Arabic comma, semicolon, slash). */
export function gapIsListSeparator(gap: string): boolean {
  return gapHas(gap, GAP_LIST);
}

/** True when the gap opens or closes a quotation: `"` `“` `”` `«` `»` `'` `‘` `’`. */
export function gapHasQuote(gap: string): boolean {
  return gapHas(gap, GAP_QUOTE);
}

/**
 * The tokens of a text as parallel arrays, for the geocoder's hot path: a 1 MB report has some
 * 100k tokens, and as objects they outlive the young generation and make most of the GC work.
 * Words are interned (`intern`, per geocoder), so the table holds shared strings; gaps are kept
 * as flags and sliced only on demand. `tokenise` gives the same tokens as objects.
 */
export class TokenTable {
  readonly count: number;
  constructor(
    /** The (normalised) text the offsets point into. */
    readonly source: string,
    readonly words: string[],
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly gaps: Uint8Array,
  ) {
    this.count = words.length;
  }
  /** The separator characters before token `i`, as `Token.gap`. */
  gap(i: number): string {
    return this.source.slice(i > 0 ? this.ends[i - 1]! : 0, this.starts[i]!);
  }
  joined(i: number): boolean {
    return (this.gaps[i]! & GAP_JOINED) !== 0;
  }
}

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The flags of the gap `text[from, to)`. */
function gapFlags(text: string, from: number, to: number): number {
  // Nearly every gap is one space.
  if (to - from === 1 && text.charCodeAt(from) === 32) return GAP_JOINED;
  let joined = true;
  let flags = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(isSpace(c) || c === 0x2d || c === 0x640)) joined = false;
    flags |= SEPARATOR_FLAG[c]!;
  }
  return joined ? flags | GAP_JOINED : flags;
}

/**
 * The tokens of `text` as a {@link TokenTable}. `intern` gives the copy of each word to keep:
 * an {@link Interner} finds it without slicing the text; a function is given each word sliced.
 */
export function tokenTable(
  text: string,
  intern: Interner | ((word: string) => string),
  buffers?: Buffers,
): TokenTable {
  const words: string[] = [];
  // A token takes at least one character and one separator, except the last.
  const cap = (text.length >> 1) + 1;
  // With `buffers`: slots 1 and 2 (int32) and 0 (uint8), valid until they are asked for again.
  const starts = buffers ? buffers.int32(1, cap) : new Int32Array(cap);
  const ends = buffers ? buffers.int32(2, cap) : new Int32Array(cap);
  const gaps = buffers ? buffers.uint8(0, cap) : new Uint8Array(cap);
  let last = 0;
  let n = 0;
  const shared = intern instanceof Interner ? intern : undefined;
  const copy = shared ? undefined : (intern as (word: string) => string);
  // Every maximal run of word units (a surrogate pair outside a word is stepped over whole, as
  // a `u` regexp scanning by code point would). The loop is written out here and in the
  // extraction's `tokenize`, not shared: through a shared scanner taking the unit test and a
  // callback, V8 inlined neither, and this scan of every report's text took twice as long.
  const len = text.length;
  let i = 0;
  while (i < len) {
    let w = wordUnitsAt(text, i);
    if (w === 0) {
      i += isHighSurrogatePair(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < len ? wordUnitsAt(text, i) : 0;
    }
    words.push(shared ? shared.at(text, start, i) : copy!(text.slice(start, i)));
    starts[n] = start;
    ends[n] = i;
    gaps[n] = start === last ? GAP_JOINED : gapFlags(text, last, start);
    n++;
    last = i;
  }
  return new TokenTable(
    text,
    words,
    starts.subarray(0, n),
    ends.subarray(0, n),
    gaps.subarray(0, n),
  );
}
