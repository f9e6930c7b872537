/**
 * Extraction's folding. It is deliberately lighter than the geocoder's `normalise`
 * (text/normalise.ts): ة, ؤ, ئ, Persian letters and Latin case are kept, because the extraction
 * rules match hand-written patterns against this text (`وغارة`, `لافتة`, `ليلة` in clauses.ts and
 * dates.ts); folding ة→ه here would silently stop them matching. `٫` becomes '.' for decimals.
 */
/** A normalised copy of a text with, for each of its characters, the offset in the original. */
export interface Normalized {
  text: string;
  /** `map[i]` is the original offset of `text[i]`; `map[text.length]` is the original length. */
  map: number[];
}

/** Harakat, superscript alef, tatweel, zero-width and bidi marks: dropped before matching. */
function isDropped(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x200c && code <= 0x200f) ||
    code === 0x061c
  );
}

/** Fold one character: Arabic-Indic and Persian digits to ASCII, alef forms to bare alef, ى to ي. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (c === 'أ' || c === 'إ' || c === 'آ' || c === 'ٱ') return 'ا';
  if (c === 'ى') return 'ي';
  if (c === '٫') return '.';
  if (c === '،') return '،';
  if (c === '\u00a0') return ' ';
  return c;
}

/**
 * The fold of every UTF-16 code unit (`isDropped`, `foldChar`), built once: `KEEP` for a unit
 * that stays, `DROP` for one that is deleted, else the replacement unit. A table lookup per
 * character, and the text made from a code-unit buffer, replace string slicing and joining
 * per folded letter (alef forms are in most words).
 */
const KEEP = 0xffff;
const DROP = 0xfffe;
const FOLD = (() => {
  const table = new Uint16Array(0x10000).fill(KEEP);
  for (let c = 0x00a0; c < 0x10000; c++) {
    if (c < 0x0600 && c !== 0x00a0) continue;
    if (isDropped(c)) table[c] = DROP;
    else {
      const f = foldChar(String.fromCharCode(c));
      if (f.charCodeAt(0) !== c) table[c] = f.charCodeAt(0);
    }
  }
  return table;
})();

/** Code units turned into a string per `String.fromCharCode` call (stays under argument limits). */
const CHUNK = 8192;
// `ignoreBOM` keeps a leading U+FEFF as a character. Typed arrays use the platform's byte
// order, so the decoder is only used on little-endian hosts.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of the first `n` code units of `units`. The UTF-16 decoder copies them some four
 * times faster than `String.fromCharCode.apply` on a report; it would replace lone surrogates,
 * so text holding any surrogate goes the slower way.
 */
function fromUnits(units: Uint16Array, n: number): string {
  const view = units.subarray(0, n);
  if (LITTLE_ENDIAN && !hasSurrogate(view)) return UTF16.decode(view);
  let text = '';
  for (let at = 0; at < n; at += CHUNK) {
    // `apply` takes any array-like; the typed-array view avoids copying into a plain array.
    const chunk = units.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[];
    text += String.fromCharCode.apply(null, chunk);
  }
  return text;
}

function hasSurrogate(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) if ((units[i]! & 0xf800) === 0xd800) return true;
  return false;
}

/**
 * Normalise Arabic text for keyword matching while remembering where each character came from:
 * diacritics (e.g. the kasra in `إصابةِ`) and tatweel are dropped, alef forms folded, digits made
 * ASCII. Matching happens on `text`; offsets go back through `map`.
 *
 * @example normalizeArabic('إصابةِ ٧٤').text // 'اصابة 74'
 */
export function normalizeArabic(input: string): Normalized {
  const f = foldText(input);
  return { text: f.text, map: Array.from(f.map) };
}

/** A whole text folded once, with the ways between original and folded offsets. */
export interface FoldedText {
  text: string;
  /** `map[k]` is the original offset of `text[k]`; `map[text.length]` is the original length. */
  map: Int32Array;
  /** `at[i]` is the folded offset of the first kept character at or after original offset `i`. */
  at: Int32Array;
}

/**
 * Fold a whole text once. Folding is per character, so the folding of any slice of the
 * original is the matching slice of this (`foldedSlice`): sentences and clauses need not be
 * folded again. Both offset tables are filled in the folding pass itself (a second pass over a
 * number[] map, and string slicing per folded letter, cost 0.15 s on the 10k corpus).
 */
export function foldText(input: string, buffers?: FoldBuffers): FoldedText {
  const len = input.length;
  const units = scratchUnits(len);
  // One buffer for both tables: a typed array per table per report was a visible share of
  // the folding's cost (each is a separate off-heap allocation, zeroed).
  const tables = buffers ? buffers.take(2 * len + 2) : new Int32Array(2 * len + 2);
  const at = tables.subarray(0, len + 1);
  const map = tables.subarray(len + 1, 2 * len + 2);
  let n = 0;
  let changed = false;
  for (let i = 0; i < len; i++) {
    const c = input.charCodeAt(i);
    const f = FOLD[c]!;
    at[i] = n;
    if (f === DROP) {
      changed = true;
      continue;
    }
    if (f === KEEP) units[n] = c;
    else {
      units[n] = f;
      changed = true;
    }
    map[n++] = i;
  }
  at[len] = n;
  map[n] = len;
  // Unchanged text (keywords, Latin) is returned as is.
  const text = changed ? fromUnits(units, n) : input;
  return { text, map: map.subarray(0, n + 1), at };
}

/**
 * Storage for `foldText`'s offset tables that a caller reuses from text to text: the tables of
 * the previous text are overwritten, so it must be done with them (extractIncidents folds one
 * report at a time, and nothing it folds outlives the call).
 */
export class FoldBuffers {
  private buffer = new Int32Array(0);

  /** At least `size` entries, the previous contents undefined. */
  take(size: number): Int32Array {
    if (this.buffer.length < size)
      this.buffer = new Int32Array(Math.max(size, 2 * this.buffer.length));
    return this.buffer;
  }
}

/** A buffer of at least `len` code units, reused: the folded text is copied out of it. */
function scratchUnits(len: number): Uint16Array {
  if (SCRATCH.length < len) SCRATCH = new Uint16Array(Math.max(len, 2 * SCRATCH.length));
  return SCRATCH;
}
let SCRATCH = new Uint16Array(4096);

/** `normalizeArabic(original.slice(start, end)).text`, read from the text folded once. */
export function foldedSlice(folded: FoldedText, start: number, end: number): string {
  return folded.text.slice(folded.at[start]!, folded.at[end]!);
}

/** Fold a keyword the same way as the text it is matched against. */
export function foldKey(s: string): string {
  // The text only: no offset tables (header dates and month names are folded per report).
  const len = s.length;
  let i = 0;
  while (i < len && FOLD[s.charCodeAt(i)] === KEEP) i++;
  if (i === len) return s;
  const units = scratchUnits(len);
  let n = 0;
  for (let k = 0; k < len; k++) {
    const c = s.charCodeAt(k);
    const f = FOLD[c]!;
    if (f === KEEP) units[n++] = c;
    else if (f !== DROP) units[n++] = f;
  }
  return fromUnits(units, n);
}

/** JavaScript's white space (what `trim` removes), per code unit. */
const WHITE = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/**
 * `foldKey(s).trim().length` without building the string (folding keeps white space white and
 * other characters not white): lets header parsing skip folding body lines it cannot use.
 */
export function foldedTrimmedLength(s: string): number {
  let k = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (FOLD[c] === DROP) continue;
    if (WHITE[c] !== 1) {
      if (first < 0) first = k;
      last = k;
    }
    k++;
  }
  return first < 0 ? 0 : last - first + 1;
}

/** Arabic-Indic/Persian digits to ASCII, other characters unchanged (same length). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => foldChar(c));
}
