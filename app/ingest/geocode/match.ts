import type { Place } from '../../model';
import type { TokenTable } from '../text/tokens';
import { cliticForms } from './clitics';
import type { NameIndex, TrieNode } from './nameIndex';

/**
 * One pass over the tokens of a normalised text that finds every gazetteer name: at each token,
 * walk the name trie from the token as written and from each clitic-stripped form, keep the
 * longest walk that ends on a name (ties go to the form with fewer clitics), and jump past it.
 * Names never span punctuation, so `إدلب، أريحا` is two matches.
 *
 * @example
 * matchNames(index, tokenTable('قصف على كفر نبل وبإدلب', (w) => w))
 * // [{ first: 2, last: 4, skip: 0, ... }, { first: 4, last: 5, skip: 2, ... }]
 */
export interface NameMatch {
  /** Index of the first token of the name. */
  first: number;
  /** Index after the last token of the name. */
  last: number;
  /** Characters of the first token taken by clitics (`وب` in `وبإدلب` → 2). */
  skip: number;
  /** Start and end of the name in the normalised text. */
  start: number;
  end: number;
  /** The normalised key that matched, tokens joined by a space. */
  key: string;
  /** Every place known under that key. */
  places: Place[];
}

/** A clitic form of a token that the trie knows as a first word, in `cliticForms` order. */
interface RootForm {
  form: string;
  skip: number;
  node: TrieNode;
}

/**
 * Per index: the root forms of each token text seen so far (`null` when none), and the longest
 * first word of any name. Text repeats its words, so working out the clitic forms once per
 * distinct word instead of once per occurrence removes most of the matcher's allocation.
 */
interface RootMemo {
  forms: Map<string, RootForm[] | null>;
  maxFirstWord: number;
}
const MEMO = new WeakMap<NameIndex, RootMemo>();
/** Distinct words remembered per index before the memo starts over (bounds memory). */
const MEMO_LIMIT = 200_000;

function memoFor(index: NameIndex): RootMemo {
  let memo = MEMO.get(index);
  if (!memo) {
    let maxFirstWord = 0;
    for (const k of index.root.children.keys()) maxFirstWord = Math.max(maxFirstWord, k.length);
    memo = { forms: new Map(), maxFirstWord };
    MEMO.set(index, memo);
  }
  return memo;
}

function rootForms(index: NameIndex, text: string): RootForm[] | null {
  const memo = memoFor(index);
  // Clitics take at most two characters, so a longer word cannot start a name; not remembered,
  // so that long junk tokens cannot fill the memo.
  if (text.length > memo.maxFirstWord + 2) return null;
  let forms = memo.forms.get(text);
  if (forms !== undefined) return forms;
  const found: RootForm[] = [];
  for (const { form, skip } of cliticForms(text)) {
    // `فرقة` is no `ف` + `رقة` (Raqqa without its article).
    if (skip > 0 && index.bareShort.has(form)) continue;
    const node = index.root.children.get(form);
    if (node) found.push({ form, skip, node });
  }
  forms = found.length ? found : null;
  if (memo.forms.size >= MEMO_LIMIT) memo.forms.clear();
  memo.forms.set(text, forms);
  return forms;
}

/** Longest walk from `node` over tokens `from..`: the end token index and the node, or none. */
function walk(tokens: TokenTable, from: number, node: TrieNode): TrieNode | undefined {
  let best: TrieNode | undefined;
  let cur: TrieNode | undefined = node;
  for (let k = from; cur && k < tokens.count; k++) {
    if (!tokens.joined(k)) break;
    cur = cur.children.get(tokens.words[k]!);
    if (cur?.places) {
      best = cur;
      walkEnd = k + 1;
    }
  }
  return best;
}
/** Where the last successful `walk` ended (saves an object per step). */
let walkEnd = 0;

/** The longest name starting at token `i`, trying clitic forms; undefined when none does. */
export function matchAt(index: NameIndex, tokens: TokenTable, i: number): NameMatch | undefined {
  const forms = rootForms(index, tokens.words[i]!);
  if (!forms) return undefined;
  let best: NameMatch | undefined;
  for (const { form, skip, node } of forms) {
    const longer = walk(tokens, i + 1, node);
    let last: number;
    let places: Place[];
    if (longer) {
      last = walkEnd;
      places = longer.places!;
    } else if (node.places) {
      last = i + 1;
      places = node.places;
    } else continue;
    if (best && last <= best.last) continue;
    let key = form;
    for (let k = i + 1; k < last; k++) key += ` ${tokens.words[k]!}`;
    best = {
      first: i,
      last,
      skip,
      start: tokens.starts[i]! + skip,
      end: tokens.ends[last - 1]!,
      key,
      places,
    };
  }
  return best;
}

/**
 * Words (normalised) that introduce a person: a name right after one is someone's, not a
 * town's (`الناشطة سلمى الأحمد` is an activist, not the town of Salma).
 */
const PERSON_TITLES = new Set([
  'الناشط',
  'الناشطه',
  'المواطن',
  'المواطنه',
  'الطفل',
  'الطفله',
  'الشاب',
  'الشابه',
  'السيد',
  'السيده',
  'الشيخ',
  'الحاج',
  'الحاجه',
  'الدكتور',
  'الطبيب',
  'الطبيبه',
  'الصحفي',
  'الصحفيه',
  'المراسل',
  'المسعف',
  'المتطوع',
  'القيادي',
  'العقيد',
  'العميد',
  'اللواء',
  'النقيب',
  'الملازم',
  'المقدم',
  'الرائد',
  'المتحدث',
  'الشهيد',
  'الشهيده',
  'المدعو',
  'المدعوه',
  // A first name before a second one that is also a place: `فاطمة الزهراء` (a mosque's name in
  // al-Bab, `جامع فاطمة الزهراء`) is no village of al-Zahraa.
  'فاطمه',
]);

/**
 * Place names that are also everyday words (`الراعي` the shepherd, `الباب` the door, `الزكاة`
 * alms: `أموال الزكاة`; `الساحل` the Syrian coast and any shore), with or without the article
 * (`قتل راعي أغنام`), and the country spelt `سورية`, which is as often the adjective "Syrian"
 * (`طائرات حربية يرجح أنها سورية`): taken only where a place is expected, after a preposition,
 * a settlement word or a direction.
 */
const COMMON_WORD_NAMES = new Set(['الراعي', 'الباب', 'راعي', 'باب', 'سوريه', 'الزكاه', 'الساحل']);

/**
 * Place names that are words of news prose itself, even after a preposition: `ساحل` without
 * the article (`على ساحل البحر`, a shore; the Syrian coast is `الساحل`), `خلال الزيارة`
 * (the visit; al-Ziyarah in al-Ghab), `الخطوط الحمراء` (red lines), `في الوقت الحاضر` (at
 * present), `الجبهة الشامية` (a faction). Taken only right after a settlement word (`بلدة
 * الحاضر`, `قرية الزيارة`): a report that names such a place without one loses it, which is
 * better than a false place on every visit and every red line.
 */
const PROSE_WORD_NAMES = new Set(['الزياره', 'الحاضر', 'الحمراء', 'الشاميه', 'ساحل']);
const SETTLEMENT_LEADS = new Set([
  // `على محور الزيارة`: a front line is named by the place it runs through.
  'محور',
  'بلده',
  'مدينه',
  'قريه',
  'بلدتي',
  'مدينتي',
  'قريتي',
  'بلدات',
  'قري',
]);
const PLACE_LEADS = new Set([
  'في',
  'علي',
  'من',
  'الي',
  'نحو',
  'قرب',
  'حول',
  'باتجاه',
  'بلده',
  'مدينه',
  'قريه',
  'بلدتي',
  'مدينتي',
  'ريف',
  'محيط',
  'اطراف',
  'منطقه',
  'جنوب',
  'شمال',
  'شرق',
  'غرب',
  'محور',
  'مدخل',
  // `على جبهة الباب`, `محاور الباب`, `مشارف الباب`: a front or the edges of a town.
  ...['جبهه', 'جبهات', 'محاور', 'مشارف', 'ضواحي', 'تخوم'],
  // `في مناطق الساحل`, `مدن الساحل`.
  ...['مناطق', 'مدن'],
  ...['قريتي', 'بلدات', 'قري'],
]);

/**
 * Words (normalised) after a place name that make it part of a body's name, not a place the
 * report tells of: `قوات سوريا الديمقراطية` (the SDF) and `مجلس سوريا الديمقراطية`, `مركز حلب
 * الإعلامي`, `إدلب بوست`, `حلب نيوز`.
 */
const ORGANISATION_TAILS = new Set([
  'الديمقراطيه',
  'الديموقراطيه',
  'الاعلامي',
  'الاعلاميه',
  'بوست',
  'نيوز',
]);
/**
 * Words (normalised, with their clitics) before a place name that make it the name of an outlet
 * or a body that reports: `تلفزيون سوريا`, `قناة حلب اليوم`, `شبكة إدلب بوست`, `تنسيقية سراقب`,
 * `منسقو استجابة سوريا` (who reports, not where).
 */
const REPORTER_HEADS = new Set([
  'استجابه',
  'تلفزيون',
  'قناه',
  'اذاعه',
  'راديو',
  'شبكه',
  'صحيفه',
  'جريده',
  'مجله',
  'تنسيقيه',
]);

/**
 * First words of two-word village names (normalised): a name matched right after one is part of
 * another name (`أبو دالي` is not `الدالي`, `كفر نبل` not `نبل`).
 */
const OTHER_NAME_HEADS = new Set(['ابو', 'تل', 'كفر', 'دير', 'عين', 'خربه', 'جسر']);
const OTHER_HEADS = [...OTHER_NAME_HEADS];

const ARMY = new Set(['جيش']);
const HEADS = [...REPORTER_HEADS];

/**
 * Whether `word` ends with one of `heads` (with or without clitics before it): the cheap check
 * before its clitic forms are read.
 */
function endsWithAny(word: string, heads: readonly string[]): boolean {
  for (const h of heads) if (word.endsWith(h)) return true;
  return false;
}

/** The word before token `i` when only spaces separate them, else undefined. */
function wordBefore(tokens: TokenTable, i: number): string | undefined {
  return i > 0 && tokens.joined(i) ? tokens.words[i - 1] : undefined;
}

/** The word at token `i` when only spaces separate it from the one before, else undefined. */
function wordAt(tokens: TokenTable, i: number): string | undefined {
  return i < tokens.count && tokens.joined(i) ? tokens.words[i] : undefined;
}

/** Whether the clitics written onto a word (its first `skip` letters) hold a preposition. */
function prepositionOn(word: string, skip: number): boolean {
  for (let k = 0; k < skip; k++)
    if (word[k] === 'ب' || word[k] === 'ل' || word[k] === 'ك') return true;
  return false;
}

/** False for a match that names a person or an everyday thing, not a place (see above). */
function isPlace(m: NameMatch, tokens: TokenTable): boolean {
  const before = wordBefore(tokens, m.first);
  if (m.skip === 0 && before !== undefined && PERSON_TITLES.has(before)) return false;
  // `وبلدة الراعي`, `بمدينة الباب`: the lead may carry a conjunction and a preposition.
  const leads = (set: Set<string>) =>
    before !== undefined && cliticForms(before).some((f) => set.has(f.form));
  if (PROSE_WORD_NAMES.has(m.key)) return leads(SETTLEMENT_LEADS);
  // A preposition written onto it (`بسورية`, `للباب`) leads to a place; a conjunction alone
  // does not (`غارات روسية وسورية`: the adjective, which put all Syria on the map).
  if (COMMON_WORD_NAMES.has(m.key))
    return prepositionOn(tokens.words[m.first]!, m.skip) || leads(PLACE_LEADS);
  // `اشتباكات في أبو دالي`: a head right before the name makes another name (not `الدالي`).
  const otherName =
    m.skip === 0 &&
    before !== undefined &&
    endsWithAny(before, OTHER_HEADS) &&
    leads(OTHER_NAME_HEADS);
  if (otherName) return false;
  const after = wordAt(tokens, m.last);
  if (after !== undefined && ORGANISATION_TAILS.has(after)) return false;
  // `جيش إدلب الحر`, a faction, named after the province it fought in.
  if (after === 'الحر' && leads(ARMY)) return false;
  // `قوات تحرير عفرين`: a force named for the town it would take back.
  if (m.skip === 0 && before === 'تحرير' && wordBefore(tokens, m.first - 1)?.endsWith('قوات'))
    return false;
  // The clitic forms only for a word that could be one of the heads (most are none): this runs
  // for every name matched.
  return (
    m.skip > 0 || !(before !== undefined && endsWithAny(before, HEADS) && leads(REPORTER_HEADS))
  );
}

/** Every name match in text order, non-overlapping. */
export function matchNames(index: NameIndex, tokens: TokenTable): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < tokens.count; ) {
    const m = matchAt(index, tokens, i);
    if (m && isPlace(m, tokens)) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}
