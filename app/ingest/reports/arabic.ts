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
 * Normalise Arabic text for keyword matching while remembering where each character came from:
 * diacritics (e.g. the kasra in `إصابةِ`) and tatweel are dropped, alef forms folded, digits made
 * ASCII. Matching happens on `text`; offsets go back through `map`.
 *
 * @example normalizeArabic('إصابةِ ٧٤').text // 'اصابة 74'
 */
export function normalizeArabic(input: string): Normalized {
  // Unchanged runs are copied as slices; only folded or dropped characters break a run.
  let text = '';
  let runStart = 0;
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x0600 && code !== 0xa0) {
      map.push(i);
      continue;
    }
    if (isDropped(code)) {
      if (runStart < i) text += input.slice(runStart, i);
      runStart = i + 1;
      continue;
    }
    map.push(i);
    // Only Arabic, digits and NBSP change; everything else is copied as is.
    const c = input[i]!;
    const f = foldChar(c);
    if (f !== c) {
      if (runStart < i) text += input.slice(runStart, i);
      text += f;
      runStart = i + 1;
    }
  }
  if (runStart === 0) text = input;
  else if (runStart < input.length) text += input.slice(runStart);
  map.push(input.length);
  return { text, map };
}

/** A whole text folded once, with the way back from original offsets to folded ones. */
export interface FoldedText extends Normalized {
  /** `at[i]` is the folded offset of the first kept character at or after original offset `i`. */
  at: Int32Array;
}

/**
 * Fold a whole text once. Folding is per character, so the folding of any slice of the
 * original is the matching slice of this (`foldedSlice`): sentences and clauses need not be
 * folded again.
 */
export function foldText(input: string): FoldedText {
  const norm = normalizeArabic(input);
  const at = new Int32Array(input.length + 1);
  let j = 0;
  for (let i = 0; i <= input.length; i++) {
    while (norm.map[j]! < i) j++;
    at[i] = j;
  }
  // Fields listed: a literal that adds keys after a spread is slow to build in V8.
  return { text: norm.text, map: norm.map, at };
}

/** `normalizeArabic(original.slice(start, end)).text`, read from the text folded once. */
export function foldedSlice(folded: FoldedText, start: number, end: number): string {
  return folded.text.slice(folded.at[start]!, folded.at[end]!);
}

/** Fold a keyword the same way as the text it is matched against. */
export function foldKey(s: string): string {
  return normalizeArabic(s).text;
}

/** Arabic-Indic/Persian digits to ASCII, other characters unchanged (same length). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => foldChar(c));
}
