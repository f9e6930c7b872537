/**
 * Arabic normalisation for matching place names, with a map back to the original text.
 *
 * Every character of the output comes from exactly one UTF-16 code unit of the input (folds are
 * one-to-one, the rest is deletion), so offsets map back without guesswork. Decisions:
 * - tashkeel (U+064B–U+065F), superscript alef (U+0670), Quranic marks and tatweel are dropped:
 *   reports write `سَرَاقِب` and `سراقب` for one town;
 * - أ إ آ ٱ fold to ا, ى to ي, ة to ه: writers use them interchangeably at the ends of names;
 * - ؤ folds to و and ئ to ي: hamza seats are often dropped in hurried typing (`مؤك` / `موك`), and
 *   no two places of the region differ only by a hamza seat;
 * - Persian ک ی fold to ك ي (text pasted from Persian keyboards);
 * - Arabic-Indic and Persian digits fold to 0-9;
 * - bidi controls and zero-width marks are dropped; every other space folds to ' ';
 * - Latin letters are lower-cased (for Latin alt names).
 * Spaces are not collapsed: that would make two characters map to one.
 *
 * @example
 * const n = normalise('بإدلبَ');
 * n.text // 'بادلب'
 * originalRange(n, 1, 5) // [1, 6]: 'إدلبَ' in the original, with its trailing fatha
 */
import type { Buffers } from './buffers';

export interface Normalised {
  /** The normalised text. */
  text: string;
  /** `toOriginal[i]` is the index in the original of `text[i]`; one extra slot holds the original length. */
  toOriginal: Int32Array;
  /** The input, kept so that ranges can be extended over marks. */
  original: string;
}

/** What to do with one code unit: a replacement string of length 1, or '' to drop it. */
function fold(c: number): string | null {
  // Diacritics: harakat, tanween, shadda, sukun, maddah/hamza marks, superscript alef.
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) return '';
  // Quranic annotation marks and tatweel.
  if ((c >= 0x06d6 && c <= 0x06ed) || c === 0x0640) return '';
  // Zero-width marks and bidi controls.
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)) return '';
  if ((c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x061c || c === 0x00ad) return '';
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 'ا';
    case 0x0649: // ى
    case 0x06cc: // ی
    case 0x0626: // ئ
      return 'ي';
    case 0x0629: // ة
      return 'ه';
    case 0x0624: // ؤ
      return 'و';
    case 0x06a9: // ک
      return 'ك';
  }
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  if (c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) return ' ';
  if (c === 0x205f || c === 0x3000 || c === 0x0009) return ' ';
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  return null;
}

/**
 * The fold of every UTF-16 code unit, built once: `KEEP` for a unit that stays as it is, `DROP`
 * for one that is deleted, else the replacement code unit. A table lookup per character keeps
 * `normalise` free of per-character calls and string allocations, which dominated ingest time.
 */
const KEEP = 0xffff;
const DROP = 0xfffe;
const FOLD = (() => {
  const table = new Uint16Array(0x10000).fill(KEEP);
  for (let c = 0; c < 0x10000; c++) {
    const f = fold(c);
    if (f === '') table[c] = DROP;
    else if (f !== null) table[c] = f.charCodeAt(0);
  }
  return table;
})();

/** Code units turned into a string per `String.fromCharCode` call (stays under argument limits). */
const CHUNK = 8192;
// `ignoreBOM` keeps a leading U+FEFF as a character (normalise drops them anyway). Typed arrays
// use the platform's byte order, so the decoder is only used on little-endian hosts.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A code-unit buffer of at least `len`, reused: the text is copied out of it before return. */
function scratch(len: number): Uint16Array {
  if (SCRATCH.length < len) SCRATCH = new Uint16Array(Math.max(len, 2 * SCRATCH.length));
  return SCRATCH;
}
let SCRATCH = new Uint16Array(4096);

/**
 * Normalise `original` for matching; see the module doc for what folds to what. With `buffers`,
 * the offset map is made in its slot 0 (valid until that slot is asked for again).
 */
export function normalise(original: string, buffers?: Buffers): Normalised {
  const len = original.length;
  const out = scratch(len);
  const map = buffers ? buffers.int32(0, len + 1) : new Int32Array(len + 1);
  let n = 0;
  let changed = false;
  let surrogates = false;
  for (let i = 0; i < len; i++) {
    const c = original.charCodeAt(i);
    if ((c & 0xf800) === 0xd800) surrogates = true;
    const f = FOLD[c]!;
    if (f === KEEP) out[n] = c;
    else if (f === DROP) {
      changed = true;
      continue;
    } else {
      out[n] = f;
      changed = true;
    }
    map[n++] = i;
  }
  map[n] = len;
  // Unchanged text (common for short keys and already-normalised input) is returned as is.
  if (!changed) return { text: original, toOriginal: map, original };
  // The UTF-16 decoder copies in one pass (some four times faster than fromCharCode on a
  // report, and faster on short keys too); it would replace lone surrogates, so text with
  // surrogates (rare: emoji, broken input) goes the slower way.
  if (!surrogates && LITTLE_ENDIAN) {
    return { text: UTF16.decode(out.subarray(0, n)), toOriginal: map.subarray(0, n + 1), original };
  }
  const parts: string[] = [];
  for (let at = 0; at < n; at += CHUNK) {
    // `apply` takes any array-like; the typed-array view avoids copying into a plain array.
    const chunk = out.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[];
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return { text: parts.join(''), toOriginal: map.subarray(0, n + 1), original };
}

/** Normalised text only, for building keys (gazetteer names, word lists). */
export function normaliseKey(s: string): string {
  return normalise(s).text.trim().replace(/ +/g, ' ');
}

/**
 * Map the range `[start, end)` of the normalised text to the range of the original text that
 * it came from. Diacritics right after the last character are taken in (a vowel mark belongs
 * to its letter, and a highlight that cut it off would look broken); dropped bidi or
 * zero-width marks after it are not.
 *
 * @example originalRange(normalise('إدلبَ،'), 0, 4) // [0, 5]
 */
export function originalRange(n: Normalised, start: number, end: number): [number, number] {
  const last = n.toOriginal.length - 1;
  if (end <= start) {
    const at = n.toOriginal[Math.min(start, last)]!;
    return [at, at];
  }
  const from = n.toOriginal[start]!;
  let to = n.toOriginal[end - 1]! + 1;
  const limit = n.toOriginal[end]!;
  while (to < limit && isMark(n.original.charCodeAt(to))) to++;
  return [from, to];
}

/** A combining Arabic mark (harakat, shadda, superscript alef). */
function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}
