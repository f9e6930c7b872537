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
  for (const raw of list) {
    const stem = raw.endsWith('*');
    const w = foldKey(stem ? raw.slice(0, -1) : raw);
    const suffix = stem ? '(?:ة|ه|ي|ين|ان|ات|ون|تين|تان|ها|هم|هما|ت|وا)?' : '';
    const body = w.split(' ').map(escapeRe).join('\\s+');
    alts.push(body + suffix);
    if (w.startsWith('ال')) alts.push(`ل${escapeRe(w.slice(1)).replace(/ /g, '\\s+')}${suffix}`);
  }
  alts.sort((a, b) => b.length - a.length);
  // A plain class instead of \p{L}: texts are folded Arabic, and this keeps the regex fast.
  return new RegExp(`(?<!${WORD_CHAR})([وفبلك]{0,2}?)(${alts.join('|')})(?!${WORD_CHAR})`, 'g');
}

/** All non-overlapping hits of a `words()` matcher in folded text. */
export function findWords(text: string, re: RegExp): WordHit[] {
  const hits: WordHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, word: m[2]!, clitic: m[1]! });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

/** True when the folded text holds any of the words. */
export function hasWord(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Folded text split into word tokens with offsets (letters and digits only). */
export interface Token {
  t: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
