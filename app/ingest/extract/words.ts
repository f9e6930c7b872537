import { foldKey } from '../reports/arabic';
import { isHighSurrogatePair, widthOf } from '../text/tokens';

/** A keyword match in folded text. `clitic` holds prefixed letters such as و، ب، ل. */
export interface WordHit {
  start: number;
  end: number;
  word: string;
  clitic: string;
}

/** Letters and digits of folded text (Arabic, Latin, ASCII digits). */
const WORD_CHAR = '[\\u0621-\\u064a\\u0671-\\u06d3\\u06fa-\\u06ffA-Za-z0-9\\u00c0-\\u024f]';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Optional endings of a `*` stem. */
const SUFFIXES = 'ة ه ي ين ان ات ون تين تان ها هم هما ت وا'.split(' ');
const SUFFIX_RE = `(?:${SUFFIXES.join('|')})?`;

/**
 * Build a matcher for whole Arabic words or phrases, written naturally (hamzas, harakat) and
 * folded like the text. Words may carry clitics (`و`, `ف`, `ب`, `ل`, `ك`); `ال` words also
 * match their `لل` form (`للنظام`). A trailing `*` allows a short suffix (`روسي*` → روسية).
 *
 * @example findWords('وقصف للنظام', words(['قصف', 'النظام'])).map((h) => h.word) // ['قصف', 'النظام']
 */
export function words(list: string[]): RegExp {
  const alts: string[] = [];
  const literals: string[] = [];
  const entries: { w: string; stem: boolean }[] = [];
  for (const raw of list) {
    const stem = raw.endsWith('*');
    const w = foldKey(stem ? raw.slice(0, -1) : raw);
    entries.push({ w, stem });
    // Every match holds the first word (for `ال` words, without the alef: `لنظام` is in both forms).
    literals.push((w.startsWith('ال') ? w.slice(1) : w).split(' ')[0]!);
    const suffix = stem ? SUFFIX_RE : '';
    const body = w.split(' ').map(escapeRe).join('\\s+');
    alts.push(body + suffix);
    if (w.startsWith('ال')) alts.push(`ل${escapeRe(w.slice(1)).replace(/ /g, '\\s+')}${suffix}`);
  }
  alts.sort((a, b) => b.length - a.length);
  // A plain class instead of \p{L}: texts are folded Arabic, and this keeps the regex fast.
  const re = new RegExp(`(?<!${WORD_CHAR})([وفبلك]{0,2}?)(${alts.join('|')})(?!${WORD_CHAR})`, 'g');
  // A literal holding another is implied by it: keep the shortest ones only.
  const unique = [...new Set(literals)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const l of unique) if (!kept.some((k) => l.includes(k))) kept.push(l);
  if (!kept.includes('')) {
    LITERALS.set(re, new RegExp(kept.map(escapeRe).join('|')));
    LITERAL_LISTS.set(re, kept);
  }
  registerForms(re, entries);
  return re;
}

/**
 * For each `words()` matcher, literals one of which every match contains. Scanning a text for
 * them is much cheaper than running the regex, whose look-behind is tried at every position.
 * (The fallback for matchers without a bit in the word-form tables below.)
 */
const LITERALS = new WeakMap<RegExp, RegExp>();
const LITERAL_LISTS = new WeakMap<RegExp, string[]>();

/**
 * Word-form tables. A match of a `words()` matcher starts at a token start and ends at a token
 * end (tokens: runs of WORD_CHAR; clitics and words are letters), so a one-word entry matches
 * exactly when some token is a clitic + the word (+ a suffix for stems): those forms are listed
 * with the matcher's bit. A phrase's match starts with a token that is a clitic + its first word:
 * those forms are listed as "maybe", and the regex decides. One pass over a text's tokens then
 * tells every matcher's fate (the literal pre-scans with their regexes were a third of the
 * extraction time on the 10k corpus, and often passed on words such as `التي` or `قوات`).
 */
interface FormBits {
  /** Matchers that match a token of this form: the first 31 matchers' bits, then the next 31. */
  sure: number;
  sure2: number;
  /** Matchers with a phrase that may start at a token of this form (the same two words). */
  maybe: number;
  maybe2: number;
}
/** A matcher's bit: in the first word of the mask or the second (`high`). */
interface Bit {
  bit: number;
  high: boolean;
}
const BITS = new WeakMap<RegExp, Bit>();
/**
 * Bits handed out: two 32-bit words hold 62 matchers, 31 each (bit 31 is left alone, so a word
 * stays a positive small integer); more fall back to their literals.
 */
let matchersWithBits = 0;
/** Matchers made after the bits ran out: each runs its literal scan, many times slower. */
let refusedBits = 0;

/**
 * How many matchers have a bit, and how many were refused one for lack of bits. A refused one
 * still matches right, only slower: the extraction's hot lists (types, actors) must all have
 * theirs (`words.test.ts`), so rarer rules share one matcher (`CUES.rare`).
 */
export function bitBudget(): { used: number; refused: number; max: number } {
  return { used: matchersWithBits, refused: refusedBits, max: MAX_BITS };
}
const BITS_PER_WORD = 31;
const MAX_BITS = 2 * BITS_PER_WORD;
let longestForm = 0;
/** Clitic prefixes the matcher allows: `[وفبلك]{0,2}`. */
const CLITICS = (() => {
  const one = ['و', 'ف', 'ب', 'ل', 'ك'];
  return ['', ...one, ...one.flatMap((a) => one.map((b) => a + b))];
})();

/** WORD_CHAR as a table over code units: one load per character in the token scan. */
const WORD_CODES = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (inWordClass(c)) table[c] = 1;
  return table;
})();

function isWordCode(c: number): boolean {
  return WORD_CODES[c] === 1;
}

function inWordClass(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f)
  );
}

function allWordCodes(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWordCode(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/**
 * The forms, in an open-addressing table keyed by their FNV-1a hash, which the token scan makes
 * as it goes: a token is looked up without being sliced out of the text and hashed again (a
 * slice and a Map lookup per token cost more than all the regexes this replaces).
 */
class FormTable {
  private keys: (string | undefined)[] = new Array(1 << 12).fill(undefined);
  private hashes = new Int32Array(1 << 12);
  /** Per slot, four words: sure, sure2, maybe, maybe2 (as FormBits). */
  private bits = new Int32Array(4 << 12);
  private size = 0;

  add(form: string, bit: Bit, sure: boolean): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const slot = this.slotOf(form, 0, form.length, formHash(form, 0, form.length));
    if (this.keys[slot] === undefined) {
      this.keys[slot] = form;
      this.hashes[slot] = formHash(form, 0, form.length);
      this.size++;
    }
    this.bits[4 * slot + (sure ? 0 : 2) + (bit.high ? 1 : 0)]! |= bit.bit;
  }

  /** Or the bits of the form `text[from..to)` (hash `h`) into `bits`. */
  read(text: string, from: number, to: number, h: number, bits: FormBits): void {
    const slot = this.slotOf(text, from, to, h);
    if (this.keys[slot] === undefined) return;
    const at = 4 * slot;
    bits.sure |= this.bits[at]!;
    bits.sure2 |= this.bits[at + 1]!;
    bits.maybe |= this.bits[at + 2]!;
    bits.maybe2 |= this.bits[at + 3]!;
  }

  /** The slot holding the form, or the empty slot where it would go. */
  private slotOf(text: string, from: number, to: number, h: number): number {
    const mask = this.keys.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return slot;
      if (this.hashes[slot] === h && sameUnits(key, text, from, to)) return slot;
    }
  }

  private grow(): void {
    const { keys, bits } = this;
    const n = keys.length * 2;
    this.keys = new Array(n).fill(undefined);
    this.hashes = new Int32Array(n);
    this.bits = new Int32Array(4 * n);
    this.size = 0;
    keys.forEach((key, k) => {
      if (key === undefined) return;
      for (let w = 0; w < 4; w++) {
        const word = bits[4 * k + w]!;
        if (word) this.add(key, { bit: word, high: (w & 1) === 1 }, w < 2);
      }
    });
  }
}

/** `key === text.slice(from, to)` without the slice. */
function sameUnits(key: string, text: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let k = 0; k < key.length; k++)
    if (key.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

const FORMS = new FormTable();

function addForm(form: string, bit: Bit, sure: boolean): void {
  FORMS.add(form, bit, sure);
  longestForm = Math.max(longestForm, form.length);
}

/** FNV-1a of `text[from..to)`'s code units, as a signed 32-bit integer. */
function formHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** List the token forms of a matcher's entries, unless one has a word the tables cannot hold. */
function registerForms(re: RegExp, entries: { w: string; stem: boolean }[]): void {
  if (matchersWithBits >= MAX_BITS) {
    refusedBits++;
    return;
  }
  const bodies = entries.flatMap(({ w, stem }) => {
    const forms = w.startsWith('ال') ? [w, `ل${w.slice(1)}`] : [w];
    return forms.map((f) => ({ parts: f.split(' '), stem }));
  });
  if (!bodies.every(({ parts }) => parts.every(allWordCodes))) return;
  const n = matchersWithBits++;
  const bit = { bit: 1 << (n % BITS_PER_WORD), high: n >= BITS_PER_WORD };
  BITS.set(re, bit);
  for (const { parts, stem } of bodies) {
    for (const c of CLITICS) {
      if (parts.length > 1) addForm(c + parts[0], bit, false);
      else for (const s of stem ? ['', ...SUFFIXES] : ['']) addForm(c + parts[0] + s, bit, true);
    }
  }
  ringTexts.fill(undefined);
}

/**
 * Bits of the last texts read, in a ring: a sentence and its clauses are each asked about by
 * several matchers in turn. Compared with `===` (texts of other lengths differ at once): a Map
 * keyed by these fresh slices hashed each one, a pass as dear as reading its bits.
 */
const RING_SIZE = 8;
const ringTexts: (string | undefined)[] = new Array(RING_SIZE).fill(undefined);
const ringBits: FormBits[] = Array.from({ length: RING_SIZE }, noBits);

function noBits(): FormBits {
  return { sure: 0, sure2: 0, maybe: 0, maybe2: 0 };
}
let ringNext = 0;

/** The `FORMS` bits of every token of `text`, or-ed. */
function textBits(text: string): FormBits {
  for (let k = 0; k < RING_SIZE; k++) if (ringTexts[k] === text) return ringBits[k]!;
  const bits = noBits();
  const n = text.length;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    // The token's hash is made while finding its end (FNV-1a, as `formHash`).
    let h = 0x811c9dc5 | 0;
    let j = i;
    do {
      h = Math.imul(h ^ c, 0x01000193);
      c = ++j < n ? text.charCodeAt(j) : 0;
    } while (j < n && isWordCode(c));
    if (j - i <= longestForm) FORMS.read(text, i, j, h, bits);
    i = j;
  }
  ringTexts[ringNext] = text;
  ringBits[ringNext] = bits;
  ringNext = (ringNext + 1) % RING_SIZE;
  return bits;
}

/**
 * Tell the matchers that the tokens of `text` are exactly those of `parts` (a sentence and its
 * clauses), so that its cue bits are or-ed from the parts' instead of read again. The caller
 * vouches for it: parts are slices of `text` whose bounds cut no token, and what lies outside
 * them holds no word character.
 */
export function knowWordsFromParts(text: string, parts: readonly string[]): void {
  const bits = noBits();
  for (const part of parts) {
    const b = textBits(part);
    bits.sure |= b.sure;
    bits.sure2 |= b.sure2;
    bits.maybe |= b.maybe;
    bits.maybe2 |= b.maybe2;
  }
  ringTexts[ringNext] = text;
  ringBits[ringNext] = bits;
  ringNext = (ringNext + 1) % RING_SIZE;
}

/** What the tables say of `re` on `text`: 2 a match for sure, 1 maybe, 0 none, -1 unknown. */
function verdict(text: string, re: RegExp): number {
  const at = BITS.get(re);
  if (at === undefined) return -1;
  const bits = textBits(text);
  const { bit, high } = at;
  return (high ? bits.sure2 : bits.sure) & bit
    ? 2
    : (high ? bits.maybe2 : bits.maybe) & bit
      ? 1
      : 0;
}

/** A check that is false only when none of the `words()` matchers can match a text. */
export interface WordCheck {
  test(text: string): boolean;
}

/**
 * A check that is false only when none of the `words()` matchers can match the text (one scan
 * for a group of matchers tried in turn), or undefined when some matcher has no literals.
 */
export function anyWordCheck(matchers: RegExp[]): WordCheck | undefined {
  let mask = 0;
  let mask2 = 0;
  for (const re of matchers) {
    const at = BITS.get(re);
    if (at?.high) mask2 |= at.bit;
    else if (at) mask |= at.bit;
  }
  if (matchers.every((re) => BITS.has(re))) {
    return {
      test(text: string) {
        const bits = textBits(text);
        return (
          ((bits.sure | bits.maybe) & mask) !== 0 || ((bits.sure2 | bits.maybe2) & mask2) !== 0
        );
      },
    };
  }
  const all: string[] = [];
  for (const re of matchers) {
    const list = LITERAL_LISTS.get(re);
    if (!list) return undefined;
    all.push(...list);
  }
  return new RegExp([...new Set(all)].map(escapeRe).join('|'));
}

/**
 * The characters the token scan counts as letters but `\p{L}`/`\p{N}` do not: `×`, `÷` and two
 * Arabic signs (U+06FD, U+06FE). Beside one, a word bounded by `(?<![\p{L}\p{N}])` is no token
 * of its own for the scan.
 */
const ODD_WORD_CHARS = /[\u00d7\u00f7\u06fd\u06fe]/;

/**
 * A cheap gate for a pattern of other code that needs one of `list`'s words (a clitic more
 * allowed) as a whole token, its words bounded by `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])`:
 * false only when the text's tokens hold none of them. One bit of the word tables, read with
 * the other matchers' in one scan, instead of a long alternation run over the text.
 *
 * @example wordGate(['منذ'])('قصف منذ أيام') // true
 */
export function wordGate(list: string[]): (text: string) => boolean {
  const check = anyWordCheck([words(list)]);
  if (!check) return () => true;
  // A text with an odd character goes through: the scan could have joined a word to it.
  return (text) => check.test(text) || ODD_WORD_CHARS.test(text);
}

/** False when the text cannot hold a match of `re`. */
function mayMatch(text: string, re: RegExp): boolean {
  const v = verdict(text, re);
  if (v >= 0) return v > 0;
  const literals = LITERALS.get(re);
  return !literals || literals.test(text);
}

/** All non-overlapping hits of a `words()` matcher in folded text. */
export function findWords(text: string, re: RegExp): WordHit[] {
  const hits: WordHit[] = [];
  re.lastIndex = 0;
  if (!mayMatch(text, re)) return hits;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let word = m[2]!;
    let clitic = m[1]!;
    // `للنظام` is `ل` + `النظام`, its alef dropped: told as that clitic and that word.
    if (word.startsWith('لل')) {
      clitic += 'ل';
      word = `ا${word.slice(1)}`;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, word, clitic });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

/** True when the folded text holds any of the words. */
export function hasWord(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  const v = verdict(text, re);
  if (v === 2) return true;
  if (v === 0) return false;
  if (v < 0 && !mayMatch(text, re)) return false;
  return re.test(text);
}

/** Folded text split into word tokens with offsets (letters and digits only). */
export interface Token {
  t: string;
  start: number;
  end: number;
}

/** The last text tokenised: a clause is read by several readers in a row (counts, dates). */
let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/** The same array is handed out for the same text, so it is read-only (the type says so). */
export function tokenize(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  lastText = text;
  lastTokens = tokenizeNew(text);
  return lastTokens;
}

/** The text `tokens` were read from, when they are the last tokenised; else undefined. */
export function tokenizedText(tokens: readonly Token[]): string | undefined {
  return tokens === lastTokens ? lastText : undefined;
}

/**
 * A letter or number (`\p{L}`, `\p{N}`) at `i`: the table behind it replaces the `u`-flag regex
 * `[\p{L}\p{N}]+`, whose Unicode classes made tokenising a visible part of the counts' and
 * dates' time.
 */
const letterWidth = widthOf(/^[\p{L}\p{N}]$/u);

/** Maximal runs of letters and numbers (code points), as `/[\p{L}\p{N}]+/gu` finds them. */
function tokenizeNew(text: string): Token[] {
  const out: Token[] = [];
  // The loop of tokenTable (app/ingest/text/tokens.ts), over letters and numbers only: written
  // out in each, since through a shared scanner V8 inlined neither the unit test nor the push.
  const len = text.length;
  let i = 0;
  while (i < len) {
    let w = letterWidth(text, i);
    if (w === 0) {
      i += isHighSurrogatePair(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < len ? letterWidth(text, i) : 0;
    }
    out.push({ t: text.slice(start, i), start, end: i });
  }
  return out;
}
