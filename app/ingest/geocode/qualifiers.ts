import { wordValue } from '../extract/numbers';
import { memoWord } from '../text/memo';
import type { TokenTable } from '../text/tokens';
import type { Direction } from './areas';
import { cliticForms } from './clitics';

/**
 * The words that turn a place name into an area, as normalised tokens: countryside (`ريف`),
 * outskirts (`أطراف`, `محيط`), governorate (`محافظة`), district (`منطقة`) and compass
 * directions before (`جنوب`, `شمال غربي`) or after (`الجنوبي`, `الشمالي الغربي`) the name.
 *
 * @example
 * directionAfter(tokenTable('ادلب الجنوبي والشرقي', (w) => w), 1) // { dirs: ['south', 'east'], end: 3 }
 */
export type QualifierKind = 'countryside' | 'outskirts' | 'governorate' | 'district' | 'direction';

/** Every spelling a token may stand for: as written, without clitics, without the article. */
export function wordForms(token: string): string[] {
  const out: string[] = [];
  for (const { form } of cliticForms(token)) {
    out.push(form);
    if (form.startsWith('ال') && form.length > 3) out.push(form.slice(2));
  }
  return out;
}

/** True when the token is one of `words`, allowing clitics and the article. */
export function isWord(token: string, words: ReadonlySet<string>): boolean {
  return wordForms(token).some((f) => words.has(f));
}

/** The gap between two words of one phrase: spaces or a hyphen only. */
export function joined(gap: string): boolean {
  // Asked for nearly every token, and nearly every gap is one space or none.
  if (gap === ' ' || gap === '') return true;
  return /^[\s\-ـ]*$/.test(gap);
}

export const COUNTRYSIDE = new Set(['ريف', 'ارياف']);
export const COUNTRYSIDE_DUAL = new Set(['ريفي']);
export const COUNTRYSIDE_PRONOUN = new Set(['ريفها', 'ريفه']);
export const OUTSKIRTS = new Set(['اطراف', 'محيط', 'مشارف', 'ضواحي', 'قرب', 'اطرف', 'تخوم']);
/**
 * `المحيطة ب…`, "surrounding": what it says is around the town after it, its outskirts (`القرى
 * المحيطة بمدينة سراقب`, `الأراضي الزراعية المحيطة بكنصفرة`), when `ب` joins them.
 */
export const SURROUNDING = new Set(['المحيطه', 'المحيط']);
export const OUTSKIRTS_PRONOUN = new Set(['اطرافها', 'محيطها', 'اطرافه', 'محيطه']);
export const GOVERNORATE = new Set(['محافظه']);
/**
 * A district around a town (`منطقة عفرين`; the Kurdish administration's `مقاطعة عفرين`; a
 * subdistrict, `ناحية شران`, named for its seat: `طال مرعناز والمالكية في ناحية شران` is the
 * villages around Sharan, not the town).
 */
export const DISTRICT = new Set(['منطقه', 'مقاطعه', 'ناحيه']);
/** Words naming the kind of settlement; they stand between a qualifier and the name. */
export const SETTLEMENT = new Set(['مدينه', 'بلده', 'قريه', 'مخيم']);
/** Two settlements named together (`محيط بلدتي كفرنبل وحاس`): the qualifier is both's. */
export const SETTLEMENT_DUAL = new Set(['مدينتي', 'بلدتي', 'قريتي']);
/**
 * Several settlements named in a list (`أطراف بلدات كفرنبل وحاس وكفرومة`): the qualifier is
 * every listed one's. `قرى` is written `قري` once normalised.
 */
export const SETTLEMENT_PLURAL = new Set(['مدن', 'بلدات', 'قري']);

const DIR_NOUN: Record<string, 'north' | 'south' | 'east' | 'west'> = {
  شمال: 'north',
  شمالي: 'north',
  جنوب: 'south',
  جنوبي: 'south',
  شرق: 'east',
  شرقي: 'east',
  غرب: 'west',
  غربي: 'west',
};

function combine(a: 'north' | 'south' | 'east' | 'west', b: 'north' | 'south' | 'east' | 'west') {
  if ((a === 'north' || a === 'south') && (b === 'east' || b === 'west'))
    return `${a}${b}` as Direction;
  return undefined;
}

type Cardinal = 'north' | 'south' | 'east' | 'west';

/** A direction noun (`جنوب`, `وجنوبي`) or undefined. */
export const directionNoun = memoWord((token: string): Cardinal | undefined => {
  for (const f of wordForms(token)) {
    // Own keys only: a token such as `constructor` must not find Object.prototype's members.
    const d = Object.hasOwn(DIR_NOUN, f) ? DIR_NOUN[f] : undefined;
    if (d) return d;
  }
  return undefined;
});

/** A direction adjective after a name (`الجنوبي`, `الغربية`, `والشرقي`), or undefined. */
export const directionAdjective = memoWord((token: string): Cardinal | undefined => {
  for (const f of wordForms(token)) {
    if (!f.startsWith('ال')) continue;
    const stem = f.slice(2).replace(/ه$/, '');
    const d = Object.hasOwn(DIR_NOUN, stem) ? DIR_NOUN[stem] : undefined;
    if (d && stem.endsWith('ي')) return d;
  }
  return undefined;
});

/** A direction word with the article (`الجنوبي`, `والشرقية`): an adjective, after its noun. */
const ADJECTIVE_FORM = /^[وفب]?ال/;

/**
 * A direction written before the name that starts at token `i`: `جنوب`, `شمال غربي`.
 * Returns the direction and the index of its first token.
 */
export function directionBefore(
  tokens: TokenTable,
  i: number,
): { dir: Direction; start: number } | undefined {
  if (i < 1 || !tokens.joined(i)) return undefined;
  const w1 = tokens.words[i - 1]!;
  // `ريف إدلب الجنوبي ومدينة سراقب`: with the article it is the adjective of what came before,
  // and `و` starts another item: not `جنوبي مدينة سراقب` (south of the town).
  if (ADJECTIVE_FORM.test(w1) || startsWithConjunction(tokens.words[i]!)) return undefined;
  const d1 = directionNoun(w1);
  if (!d1) return undefined;
  if (i >= 2 && tokens.joined(i - 1)) {
    const d0 = directionNoun(tokens.words[i - 2]!);
    const both = d0 && combine(d0, d1);
    if (both) return { dir: both, start: i - 2 };
  }
  return { dir: d1, start: i - 1 };
}

/**
 * A direction told as a way to go before the `من` at token `k` (`إلى الشرق من سراقب`, `الى
 * الشمال الغربي من`): the direction and the index of `إلى`. Only with the article: `إلى شرق
 * سراقب` is read by directionBefore.
 *
 * @example directionToward(tokenTable('الي الشمال الغربي من سراقب', (w) => w), 3) // { dir: 'northwest', start: 0 }
 */
export function directionToward(
  tokens: TokenTable,
  k: number,
): { dir: Direction; start: number } | undefined {
  const words = tokens.words;
  const joined = (i: number) => i >= 1 && tokens.joined(i);
  if (!joined(k) || !words[k - 1]!.startsWith('ال')) return undefined;
  const d1 = directionNoun(words[k - 1]!);
  if (!d1 || !joined(k - 1)) return undefined;
  if (words[k - 2] === 'الي') return { dir: d1, start: k - 2 };
  const d0 = words[k - 2]!.startsWith('ال') ? directionNoun(words[k - 2]!) : undefined;
  const both = d0 && combine(d0, d1);
  return both && joined(k - 2) && words[k - 3] === 'الي' ? { dir: both, start: k - 3 } : undefined;
}

/** Units of a distance before a direction (`35 كم جنوب`), normalised, as km each. */
const DISTANCE_UNITS: ReadonlyMap<string, number> = new Map([
  ...['كم', 'كلم', 'كيلو', 'كيلومتر', 'كيلومترا', 'كيلومترات'].map((u) => [u, 1] as const),
  ...['متر', 'مترا', 'امتار'].map((u) => [u, 0.001] as const),
]);
/** Dual units: the count is in the word (`كيلومترين`, "two kilometres"). */
const DISTANCE_DUALS: ReadonlyMap<string, number> = new Map([
  ['كيلومترين', 2],
  ['مترين', 0.002],
]);
/** A figure and its unit in one token (`35كم`). */
const FUSED_DISTANCE = /^(\d{1,4})(كم|كلم)$/;
/**
 * A figure's value from a normalised token: digits, or a number word, whose table keeps the `ة`
 * that normalising wrote `ه` (`خمسه`).
 */
function figureOf(token: string): number | undefined {
  return (
    wordValue(token) ?? (token.endsWith('ه') ? wordValue(`${token.slice(0, -1)}ة`) : undefined)
  );
}

/** Offsets further than this are no local place, km. */
export const MAX_OFFSET_KM = 150;

/**
 * A distance written before the direction that starts at token `i` (`35 كم جنوب`, `على بعد 5
 * كيلومترات غرب`, `نحو كيلومترين شرق`, `500 متر شمال`, `2.5 كم`), read from the figure's digits
 * or number word. Returns the distance in km (one decimal) and the index of its first
 * token; undefined when there is none or it is no local distance (nothing, or over
 * `MAX_OFFSET_KM`).
 *
 * @example distanceBefore(tokenTable('35 كم جنوب ادلب', (w) => w), 2) // { km: 35, start: 0 }
 */
export function distanceBefore(
  tokens: TokenTable,
  i: number,
): { km: number; start: number } | undefined {
  if (i < 1 || !tokens.joined(i)) return undefined;
  const words = tokens.words;
  const unitWord = words[i - 1]!;
  let km: number | undefined;
  let start = i - 1;
  const fused = FUSED_DISTANCE.exec(unitWord);
  const dual = DISTANCE_DUALS.get(unitWord);
  if (fused) {
    km = Number(fused[1]);
    // `2.5كم`: the decimal point splits the figure.
    const whole = start >= 1 ? words[start - 1]! : '';
    const point = tokens.gap(start);
    if (/^\d+$/.test(whole) && (point === '.' || point === '٫')) {
      km = Number(`${whole}.${fused[1]}`);
      start--;
    }
  } else if (dual !== undefined) km = dual;
  else {
    // `كيلو متر`: the unit in two words.
    let u = i - 1;
    let unit = DISTANCE_UNITS.get(unitWord);
    if (unitWord === 'متر' && u >= 1 && tokens.joined(u) && words[u - 1] === 'كيلو') {
      unit = 1;
      u--;
    }
    if (unit === undefined || u < 1 || !tokens.joined(u)) return undefined;
    let figure = figureOf(words[u - 1]!);
    start = u - 1;
    // `2.5 كم`: a decimal point splits the figure into two tokens.
    const point = tokens.gap(start);
    if (figure !== undefined && (point === '.' || point === '٫') && start >= 1) {
      const whole = words[start - 1]!;
      if (/^\d+$/.test(whole) && /^\d+$/.test(words[u - 1]!)) {
        figure = Number(`${whole}.${words[u - 1]}`);
        start--;
      }
    }
    if (figure === undefined) return undefined;
    km = figure * unit;
  }
  km = Math.round(km * 10) / 10;
  return km > 0 && km <= MAX_OFFSET_KM ? { km, start } : undefined;
}

/**
 * Direction adjectives after the name that ends before token `j`: `الجنوبي`, `الشمالي الغربي`,
 * or a coordinated pair `الجنوبي والشرقي` (for `ريفي إدلب الجنوبي والشرقي`).
 */
export function directionAfter(
  tokens: TokenTable,
  j: number,
): { dirs: Direction[]; end: number } | undefined {
  let dirs: Direction[] | undefined;
  let k = j;
  while (k < tokens.count && (dirs?.length ?? 0) < 3) {
    if (!tokens.joined(k)) break;
    const text = tokens.words[k]!;
    const d = directionAdjective(text);
    if (!d) break;
    dirs ??= [];
    const coordinated = k > j && startsWithConjunction(text);
    const hasNext = k + 1 < tokens.count;
    const next = hasNext ? tokens.words[k + 1]! : '';
    const d2 = hasNext && tokens.joined(k + 1) ? directionAdjective(next) : undefined;
    const both = d2 && !startsWithConjunction(next) ? combine(d, d2) : undefined;
    if (k > j && !coordinated) break;
    if (both) {
      dirs.push(both);
      k += 2;
    } else {
      dirs.push(d);
      k += 1;
    }
  }
  return dirs?.length ? { dirs, end: k } : undefined;
}

/**
 * The countryside told before its town, its direction after it and the town after `ل`
 * (`الريف الشمالي لمدينة حماة`, `في الريف الجنوبي لإدلب`, `الريف الشمالي الغربي لحلب`): `i` is
 * the token that carries the `ل` (the settlement word or the name). Returns the direction and
 * the index of the countryside word.
 *
 * @example countrysideBefore(tokenTable('الريف الشمالي لمدينة حماة', (w) => w), 2) // { dir: 'north', start: 0 }
 */
export function countrysideBefore(
  tokens: TokenTable,
  i: number,
): { dir: Direction; start: number } | undefined {
  if (i < 2 || tokens.words[i]!.charCodeAt(0) !== 0x644 || !tokens.joined(i)) return undefined;
  const d1 = directionAdjective(tokens.words[i - 1]!);
  if (!d1 || !tokens.joined(i - 1)) return undefined;
  let k = i - 2;
  let dir: Direction = d1;
  const d0 = directionAdjective(tokens.words[k]!);
  const both = d0 && combine(d0, d1);
  if (both) {
    if (k < 1 || !tokens.joined(k)) return undefined;
    dir = both;
    k--;
  }
  return isWord(tokens.words[k]!, COUNTRYSIDE) ? { dir, start: k } : undefined;
}

/** `/^[وف]/`: the token starts with a conjunction letter. */
export function startsWithConjunction(t: string): boolean {
  const c = t.charCodeAt(0);
  return c === 0x648 || c === 0x641;
}

/** A direction as the adjective after a place (`ريف إدلب الجنوبي`), for an area's name. */
export const DIRECTION_AR: Record<Direction, string> = {
  north: 'الشمالي',
  south: 'الجنوبي',
  east: 'الشرقي',
  west: 'الغربي',
  northeast: 'الشمالي الشرقي',
  northwest: 'الشمالي الغربي',
  southeast: 'الجنوبي الشرقي',
  southwest: 'الجنوبي الغربي',
};

/** A direction as a noun before a place (`جنوب إدلب`, `شمال شرق حلب`), for an offset's name. */
export const DIRECTION_NOUN_AR: Record<Direction, string> = {
  north: 'شمال',
  south: 'جنوب',
  east: 'شرق',
  west: 'غرب',
  northeast: 'شمال شرق',
  northwest: 'شمال غرب',
  southeast: 'جنوب شرق',
  southwest: 'جنوب غرب',
};

/**
 * How many characters of `token` are clitics in front of a word that `accepts`, or -1 when no
 * form of the token is accepted. `وريف` → 1, `بالقرب` → 1 (the article stays in the mention).
 */
export function wordSkip(token: string, accepts: (form: string) => boolean): number {
  for (const { form, skip } of cliticForms(token)) {
    if (accepts(form) || (form.startsWith('ال') && form.length > 3 && accepts(form.slice(2)))) {
      return skip;
    }
  }
  return -1;
}

const SET_SKIPS = new WeakMap<ReadonlySet<string>, (token: string) => number>();

/** `wordSkip(token, (f) => words.has(f))`, remembered per word set and word. */
export function skipInSet(token: string, words: ReadonlySet<string>): number {
  let f = SET_SKIPS.get(words);
  if (!f) {
    f = memoWord((t: string) => wordSkip(t, (form) => words.has(form)));
    SET_SKIPS.set(words, f);
  }
  return f(token);
}
