import { gapBreaksSentence, gapHasQuote, gapIsListSeparator, type Token } from '../text/tokens';
import { cliticForms } from './clitics';
import { COMPOUND_PREFIXES } from './nameIndex';
import { directionAdjective, directionNoun, isWord, joined } from './qualifiers';

/**
 * Villages the gazetteer does not know, found from the words that introduce them: `بلدة X`,
 * `قرية X`, `بلدتي X وY`, `قرى X، Y، وZ`, `بلدات وقرى "X، وY، وZ"`, `منطقة "X"`, `محيط X`.
 * Only tokens not already taken by a known name are read; names keep the spelling of the text.
 *
 * @example
 * findUnknownNames(tokenise('قصف قرى "معرزيتا، وحاس"'), new Uint8Array(4))
 * // two names: 'معرزيتا' and 'حاس' (the conjunction is not part of the name)
 */
export interface UnknownName {
  /** Token range of the name. */
  first: number;
  last: number;
  /** Start and end in the normalised text (clitics excluded). */
  start: number;
  end: number;
  /** Normalised name, tokens joined by a space. */
  key: string;
}

const SINGLE_CUES = new Set(['بلده', 'قريه', 'مزرعه', 'بلدتي', 'قريتي', 'قري', 'بلدات', 'مزارع']);
const LIST_CUES = new Set(['بلدتي', 'قريتي', 'قري', 'بلدات', 'مزارع']);
/** Cues that need more evidence (a quote, or `الواقعة` after the name): they also head non-places. */
const WEAK_CUES = new Set(['منطقه', 'محيط']);
const AFTER_WEAK = new Set(['الواقعه', 'التابعه', 'المجاوره', 'القريبه']);
/** Adjectives that belong to a village name (`الدار الكبيرة`, `عين لاروز الفوقاني`). */
const NAME_ADJECTIVES = new Set([
  'الكبيره',
  'الصغيره',
  'الكبري',
  'الصغري',
  'الكبير',
  'الصغير',
  'الجديده',
  'القديمه',
  'الفوقاني',
  'التحتاني',
  'الفوقا',
  'التحتا',
  'الفوقانيه',
  'التحتانيه',
]);
/** Words that follow a cue but are no name. */
const NOT_NAMES = new Set([
  'في',
  'علي',
  'من',
  'الي',
  'عن',
  'مع',
  'التي',
  'الذي',
  'الواقعه',
  'التابعه',
  'المجاوره',
  'قرب',
  'بالقرب',
  'ريف',
  'اخري',
  'عده',
  'عدد',
  'متفرقه',
  'مجاوره',
  'حدوديه',
  'سكنيه',
  'خفض',
  'التصعيد',
  'عسكريه',
  'العسكريه',
  'هذه',
  'تلك',
  'كل',
  'بعض',
  'نفسها',
  'ذاتها',
  'المذكوره',
  'المستهدفه',
  'بين',
  'حيث',
  'وسط',
  'داخل',
  'الريف',
  'المدينه',
  'البلده',
  'القريه',
  'المنطقه',
  'عازله',
  'امنه',
  'منزوعه',
  'العمليات',
  'التماس',
  'الاشتباك',
  'محرره',
  'المحرره',
  'واسعه',
  'الحدوديه',
  'عدوان',
  'ذات',
  'او',
  'ثم',
  'لا',
  'ما',
]);
const KEEP_INITIAL_WAW = new Set(['وادي', 'ورده', 'وطا']);

/** Cue of each word seen so far (`null`: none); words recur, their clitic forms need not. */
const CUE_MEMO = new Map<string, string | null>();
const CUE_MEMO_LIMIT = 100_000;
/** Longest cue plus two clitic letters: longer words are no cue and are not remembered. */
const MAX_CUE_WORD = Math.max(...[...SINGLE_CUES, ...WEAK_CUES].map((c) => c.length)) + 2;

/** The cue a word is, clitics allowed (`وبلدة` → `بلده`), or null. */
function cueOf(word: string): string | null {
  if (word.length > MAX_CUE_WORD) return null;
  let cue = CUE_MEMO.get(word);
  if (cue !== undefined) return cue;
  cue =
    cliticForms(word).find((f) => SINGLE_CUES.has(f.form) || WEAK_CUES.has(f.form))?.form ?? null;
  if (CUE_MEMO.size >= CUE_MEMO_LIMIT) CUE_MEMO.clear();
  CUE_MEMO.set(word, cue);
  return cue;
}

function isNameToken(t: string): boolean {
  if (!/^[\u0621-\u064a]{2,}$/.test(t)) return false;
  if (NOT_NAMES.has(t) || SINGLE_CUES.has(t) || WEAK_CUES.has(t)) return false;
  if (directionNoun(t) || directionAdjective(t)) return false;
  return true;
}

/** Strip a conjunction `و` that joins list items; not from words that begin with waw. */
function stripWaw(t: string): { text: string; skip: number } {
  if (t.length > 3 && t.startsWith('و') && !KEEP_INITIAL_WAW.has(t))
    return { text: t.slice(1), skip: 1 };
  return { text: t, skip: 0 };
}

/** Read one unquoted name at token k: one word, two after a compound prefix or before an adjective. */
function readName(
  tokens: Token[],
  k: number,
  skip: number,
  covered: Uint8Array,
): UnknownName | undefined {
  const t = tokens[k];
  if (!t || covered[k]) return undefined;
  const word = t.text.slice(skip);
  if (!isNameToken(word)) return undefined;
  let last = k + 1;
  const next = tokens[k + 1];
  if (next && !covered[k + 1] && joined(next.gap)) {
    if (
      (COMPOUND_PREFIXES.includes(word) && isNameToken(next.text)) ||
      NAME_ADJECTIVES.has(next.text)
    )
      last = k + 2;
  }
  const words = [word, ...tokens.slice(k + 1, last).map((x) => x.text)];
  return {
    first: k,
    last,
    start: t.start + skip,
    end: tokens[last - 1]!.end,
    key: words.join(' '),
  };
}

export function findUnknownNames(tokens: Token[], covered: Uint8Array): UnknownName[] {
  const out: UnknownName[] = [];
  const taken = new Uint8Array(tokens.length);
  const push = (n: UnknownName | undefined) => {
    if (!n) return false;
    for (let k = n.first; k < n.last; k++) if (covered[k] || taken[k]) return false;
    taken.fill(1, n.first, n.last);
    out.push(n);
    return true;
  };
  for (let c = 0; c < tokens.length; c++) {
    if (covered[c] || taken[c]) continue;
    // A cue is in construct with the name, so it never carries the article: `المنطقة` is no cue.
    const cue = cueOf(tokens[c]!.text);
    if (cue === null) continue;
    const weak = WEAK_CUES.has(cue);
    let list = LIST_CUES.has(cue);
    let k = c + 1;
    // `بلدات وقرى`: several cue words in a row.
    while (k < tokens.length && joined(tokens[k]!.gap) && isWord(tokens[k]!.text, SINGLE_CUES)) {
      list = true;
      k++;
    }
    const open = tokens[k];
    if (!open || gapBreaksSentence(open.gap)) continue;
    if (gapHasQuote(open.gap)) {
      // Quoted: every item up to the closing quote, split at commas and at a joining `و`.
      let item: number[] = [];
      const flush = () => {
        if (item.length === 0) return;
        const first = item[0]!;
        const { text, skip } = stripWaw(tokens[first]!.text);
        const words = [text, ...item.slice(1).map((i) => tokens[i]!.text)];
        if (words.every((w) => /^[\u0621-\u064a]{2,}$/.test(w)) && isNameToken(text)) {
          push({
            first,
            last: item[item.length - 1]! + 1,
            start: tokens[first]!.start + skip,
            end: tokens[item[item.length - 1]!]!.end,
            key: words.join(' '),
          });
        }
        item = [];
      };
      for (let i = k; i < tokens.length && i < k + 30; i++) {
        const t = tokens[i]!;
        if (i > k && (gapHasQuote(t.gap) || gapBreaksSentence(t.gap))) break;
        const newItem =
          i > k &&
          (gapIsListSeparator(t.gap) ||
            (stripWaw(t.text).skip === 1 && item.length > 0 && !NAME_ADJECTIVES.has(t.text)));
        if (newItem) flush();
        if (covered[i]) {
          item = [];
          continue;
        }
        item.push(i);
      }
      flush();
      continue;
    }
    if (!joined(open.gap)) continue;
    const first = readName(tokens, k, 0, covered);
    if (!first) continue;
    if (weak) {
      const after = tokens[first.last];
      if (!after || !joined(after.gap) || !AFTER_WEAK.has(after.text)) continue;
    }
    push(first);
    if (!list) continue;
    // Unquoted list: `قرى X، Y وZ`.
    for (let at = first.last; at < tokens.length; ) {
      const t = tokens[at]!;
      const sep = gapIsListSeparator(t.gap);
      if (gapBreaksSentence(t.gap) || (!sep && !joined(t.gap))) break;
      const { skip } = stripWaw(t.text);
      if (!sep && skip === 0) break;
      if (covered[at]) {
        at++;
        continue;
      }
      const n = readName(tokens, at, skip, covered);
      if (!n || !push(n)) break;
      at = n.last;
    }
  }
  return out;
}
