import { foldKey } from '../reports/arabic';

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
  for (const raw of list) {
    const stem = raw.endsWith('*');
    const w = foldKey(stem ? raw.slice(0, -1) : raw);
    // Every match holds the first word (for `ال` words, without the alef: `لنظام` is in both forms).
    literals.push((w.startsWith('ال') ? w.slice(1) : w).split(' ')[0]!);
    const suffix = stem ? '(?:ة|ه|ي|ين|ان|ات|ون|تين|تان|ها|هم|هما|ت|وا)?' : '';
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
  return re;
}

/**
 * For each `words()` matcher, literals one of which every match contains. Scanning a text for
 * them is much cheaper than running the regex, whose look-behind is tried at every position.
 */
const LITERALS = new WeakMap<RegExp, RegExp>();
const LITERAL_LISTS = new WeakMap<RegExp, string[]>();

/**
 * A check that is false only when none of the `words()` matchers can match the text (one scan
 * for a group of matchers tried in turn), or undefined when some matcher has no literals.
 */
export function anyWordCheck(matchers: RegExp[]): RegExp | undefined {
  const all: string[] = [];
  for (const re of matchers) {
    const list = LITERAL_LISTS.get(re);
    if (!list) return undefined;
    all.push(...list);
  }
  return new RegExp([...new Set(all)].map(escapeRe).join('|'));
}

/** False when the text cannot hold a match of `re` (none of its literals occurs). */
function mayMatch(text: string, re: RegExp): boolean {
  const literals = LITERALS.get(re);
  return !literals || literals.test(text);
}

/** All non-overlapping hits of a `words()` matcher in folded text. */
export function findWords(text: string, re: RegExp): WordHit[] {
  const hits: WordHit[] = [];
  re.lastIndex = 0;
  if (!mayMatch(text, re)) return hits;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, word: m[2]!, clitic: m[1]! });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

/** True when the folded text holds any of the words. */
export function hasWord(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  if (!mayMatch(text, re)) return false;
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

function tokenizeNew(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
