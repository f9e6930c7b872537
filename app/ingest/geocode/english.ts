/**
 * Place names in English text: the gazetteer's English names and Latin spellings
 * (`Kafr Nabl`, `Kafranbel`, `Jisr al-Shughur`), found in a report written in English, with the
 * qualifiers English news puts around them (`southern Idlib`, `the countryside of Hama`, `rural
 * Aleppo`, `the outskirts of Ariha`, `south of Saraqib`, `Idlib province`). The qualifiers map to
 * the same areas as their Arabic counterparts (`southern Idlib` is `ريف إدلب الجنوبي`), so an
 * incident read from an English report merges with the same one read from an Arabic report.
 *
 * Matching is on folded words: lower case, no accents or apostrophes, doubled letters single
 * (`Maarrat` / `Maarat`), a final `h` after `a` or `e` dropped (the ة of `al-Lataminah` /
 * `al-Latamina`, `Hamah` / `Hama`), and every form of the Arabic article one (`al-`, `el-`,
 * `ash-`, `as-`…), since transliterations differ in exactly these. A name starts with a capital
 * letter in the text (or with its article written small and hyphened, `al-Lataminah`): English
 * capitalises place names, and so `hama` in a word list or `bab` in prose is no place.
 *
 * @example
 * const finder = englishPlaceFinder(places, locateOnce, nearTown);
 * finder('Warplanes struck Kafr Nabl in southern Idlib.').map((m) => m.placeId)
 * // ['gn-168661', 'area-idlib-countryside-south'] (the second as `ريف إدلب الجنوبي` would be)
 */
import type { Place, PlaceMention } from '../../model';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../text/englishCalendar';
import { englishFigure } from '../text/englishNumbers';
import { stableHash } from '../text/hash';
import { sentenceSpans } from '../text/sentences';
import { type AreaGeometry, type Direction, slugify } from './areas';
import { type Located, nearPhrase, type Qualifier } from './locate';
import { MentionsBySpan, nearestIn } from './mentionsBySpan';
import { MAX_OFFSET_KM } from './qualifiers';

/** A word of English text: its folded key and where it stands in the original. */
export interface LatinWord {
  key: string;
  start: number;
  end: number;
  /** Written with a capital first letter. */
  capital: boolean;
}

/** Forms of the Arabic article in transliterations (`ash-Shughur`, `el-Bab`, `ad-Dana`). */
const ARTICLES = new Set([
  'al',
  'el',
  'ul',
  'as',
  'ash',
  'ad',
  'adh',
  'ar',
  'at',
  'ath',
  'az',
  'an',
]);

/** Letters, digits and in-word apostrophes (`Ma'arrat`, `Nu'man`); a possessive `'s` is cut. */
const WORD = /[\p{L}\p{N}]+(?:['’ʿʾ‘`][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const MARKS = /[\u0300-\u036f'’ʿʾ‘`]/g;

/**
 * The folded key of a word: see the module doc.
 *
 * @example latinKey("Ma'arrat") // 'marat'
 * @example latinKey('ash') // 'al'
 * @example latinKey('Lataminah') // 'latamina'
 */
export function latinKey(word: string): string {
  const plain = word.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (ARTICLES.has(plain)) return 'al';
  let out = '';
  for (let i = 0; i < plain.length; i++) if (plain[i] !== plain[i - 1]) out += plain[i];
  return TAA_MARBUTA.test(out) ? out.slice(0, -1) : out;
}

/** A final `h` after `a` or `e` in a word of four letters or more: how some write the ة. */
const TAA_MARBUTA = /^.{2,}[ae]h$/;

/**
 * The words of a text with their offsets (`Idlib's` gives `idlib`, its possessive cut off).
 *
 * @example latinWords('in Idlib’s countryside').map((w) => w.key) // ['in', 'idlib', 'countryside']
 */
export function latinWords(text: string): LatinWord[] {
  const words: LatinWord[] = [];
  for (const m of text.matchAll(WORD)) {
    let surface = m[0];
    const possessive = POSSESSIVE.exec(surface);
    if (possessive) surface = surface.slice(0, possessive.index);
    const start = m.index;
    const first = surface.charAt(0);
    words.push({
      key: latinKey(surface),
      start,
      end: start + surface.length,
      capital: first !== first.toLowerCase(),
    });
  }
  return words;
}

/** English words that fold to the article `al` (see ARTICLES). */
const ENGLISH_LOOKALIKE = new Set(['At', 'An', 'As', 'AT', 'AN', 'AS']);

/** Written only in Latin letters (no Arabic): a name to index. */
const ARABIC = /[\u0600-\u06ff]/;

interface Node {
  next: Map<string, Node>;
  places?: Place[];
}

/**
 * A folded key without its vowels but the first letter: what the many spellings of one Arabic
 * name share (`Kansafra`, `Kansfara`: `knsfr`; `Kafr Nabl`, `Kafr Nobl`; `Fleifel`, `Fulayfel`).
 *
 * @example skeleton('kansfara') // 'knsfr'
 */
export function skeleton(key: string): string {
  if (key === 'al') return key;
  let out = key[0] ?? '';
  for (let i = 1; i < key.length; i++) {
    const c = key[i]!;
    if (!VOWELS.has(c) && c !== out[out.length - 1]) out += c;
  }
  return out;
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** A trie of every Latin name of `places`, by folded words (their skeletons with `loose`). */
function buildIndex(places: Iterable<Place>, loose = false): Node {
  const root: Node = { next: new Map() };
  for (const place of places) {
    for (const name of new Set([place.nameEn, ...place.altNames])) {
      if (!name || ARABIC.test(name)) continue;
      const keys = latinWords(name.replace(/-/g, ' ')).map((w) =>
        loose ? skeleton(w.key) : w.key,
      );
      if (!keys.length || (keys.length === 1 && keys[0] === 'al')) continue;
      let node = root;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) {
          child = { next: new Map() };
          node.next.set(k, child);
        }
        node = child;
      }
      node.places ??= [];
      if (!node.places.includes(place)) node.places.push(place);
    }
  }
  return root;
}

/** Only spaces or hyphens between two words: one name may run across them. */
function joined(text: string, a: LatinWord, b: LatinWord): boolean {
  return spacesOnly(text, a.end, b.start);
}

/** A name and its qualifier: only spaces or hyphens between, or a possessive (`Idlib’s southern`). */
function qualifies(text: string, a: LatinWord | undefined, b: LatinWord | undefined): boolean {
  if (!a || !b) return false;
  const from = POSSESSIVE_AFTER.test(text.slice(a.end, a.end + 2)) ? a.end + 2 : a.end;
  return spacesOnly(text, from, b.start);
}
const POSSESSIVE_AFTER = /^['’]s$/u;

function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '-' && c !== '\u2010' && c !== '\u00a0') return false;
  }
  return true;
}

const DIRECTION_WORDS: Record<string, Direction> = {
  north: 'north',
  northern: 'north',
  south: 'south',
  southern: 'south',
  east: 'east',
  eastern: 'east',
  west: 'west',
  western: 'west',
  northeast: 'northeast',
  northeastern: 'northeast',
  northwest: 'northwest',
  northwestern: 'northwest',
  southeast: 'southeast',
  southeastern: 'southeast',
  southwest: 'southwest',
  southwestern: 'southwest',
};

/** Two direction words written apart (`north-western`, `south east`) as one direction. */
function compoundDirection(a: string | undefined, b: string | undefined): Direction | undefined {
  if (!a || !b) return undefined;
  const first = a === 'northern' ? 'north' : a === 'southern' ? 'south' : a;
  if (first !== 'north' && first !== 'south') return undefined;
  return DIRECTION_WORDS[`${first}${b}`];
}

/** The direction named by the words ending at `i` (inclusive), and where they start. */
function directionEndingAt(
  words: readonly LatinWord[],
  text: string,
  i: number,
): { dir: Direction; from: number } | undefined {
  const w = words[i];
  if (!w) return undefined;
  const prev = words[i - 1];
  const compound = prev && joined(text, prev, w) && compoundDirection(prev.key, w.key);
  if (compound) return { dir: compound, from: i - 1 };
  const dir = DIRECTION_WORDS[w.key];
  return dir ? { dir, from: i } : undefined;
}

/** Units of a distance, as `latinKey` folds them, in km. */
const DISTANCE_UNITS_EN: ReadonlyMap<string, number> = new Map([
  ...['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'].map(
    (u) => [u, 1] as const,
  ),
  ...['mile', 'miles'].map((u) => [u, 1.609] as const),
  ...['metre', 'metres', 'meter', 'meters'].map((u) => [u, 0.001] as const),
]);
/** A figure and its unit in one word (`30km`). */
const FUSED_KM = /^(\d{1,4})kms?$/;

/**
 * The distance whose unit is word `j` (`30 km`, `five kilometres`, `2.5 km`, `30km`), before a
 * direction: in km (one decimal), with its first word. A figure restated in brackets (`30 km (19
 * miles) south of`) is read from the first one. Undefined when there is none, or it is no local
 * distance (see MAX_OFFSET_KM).
 *
 * @example distanceEndingAt(latinWords('some 30 km (19 miles) south of Idlib'), text, 4) // { km: 30, from: 1 }
 */
function distanceEndingAt(
  words: readonly LatinWord[],
  text: string,
  j: number,
): { km: number; from: number } | undefined {
  const unit = words[j];
  const next = words[j + 1];
  // Only spaces, or a closing bracket, between the unit and the direction.
  if (!unit || !next || !/^[\s)]*$/.test(text.slice(unit.end, next.start))) return undefined;
  let read = distanceAt(words, text, j);
  if (!read) return undefined;
  const opened =
    read.from >= 2 && /\(\s*$/.test(text.slice(words[read.from - 1]!.end, words[read.from]!.start));
  if (opened) read = distanceAt(words, text, read.from - 1) ?? read;
  const km = Math.round(read.km * 10) / 10;
  return km > 0 && km <= MAX_OFFSET_KM ? { km, from: read.from } : undefined;
}

/** A figure and its unit ending at word `j`, unrounded. */
function distanceAt(
  words: readonly LatinWord[],
  text: string,
  j: number,
): { km: number; from: number } | undefined {
  const fused = FUSED_KM.exec(words[j]!.key);
  if (fused) return withDecimals(words, text, j, fused[1]!, 1);
  const unit = DISTANCE_UNITS_EN.get(words[j]!.key);
  const n = words[j - 1];
  if (unit === undefined || !n || !/^[\s-]*$/.test(text.slice(n.end, words[j]!.start))) return;
  if (/^\d+$/.test(n.key)) return withDecimals(words, text, j - 1, n.key, unit);
  const value = englishFigure(n.key);
  return value === undefined ? undefined : { km: value * unit, from: j - 1 };
}

/**
 * The figure whose digits `digits` word `i` holds, in km: `2.5 km` and `2.5km` split it into two
 * words at the decimal point, read together here.
 */
function withDecimals(
  words: readonly LatinWord[],
  text: string,
  i: number,
  digits: string,
  unit: number,
): { km: number; from: number } {
  const whole = words[i - 1];
  if (whole && /^\d+$/.test(whole.key) && text.slice(whole.end, words[i]!.start) === '.')
    return { km: Number(`${whole.key}.${digits}`) * unit, from: i - 1 };
  return { km: Number(digits) * unit, from: i };
}

/** Where a name's qualifier puts it, and the words it spans besides the name. */
interface Qualified {
  q: Qualifier;
  from: number;
  to: number;
  /** The qualifier is a plural's (`the outskirts of the towns of X and Y`): the list's too. */
  several?: boolean;
}

const NONE: Qualifier = { kind: 'none' };
const COUNTRYSIDE_Q: Qualifier = { kind: 'countryside' };
const OUTSKIRTS_Q: Qualifier = { kind: 'outskirts' };
const GOVERNORATE_Q: Qualifier = { kind: 'governorate' };
const DISTRICT_Q: Qualifier = { kind: 'district' };
/** Words as `latinKey` folds them (`village` is `vilage`). */
const keys = (...words: string[]) => new Set(words.map(latinKey));
// `the Latakia mountains`: rural Latakia, not the city (where the fighting is, Kabani, is named).
const COUNTRYSIDE = keys('countryside', 'suburbs', 'environs', 'mountains', 'highlands');
const OUTSKIRTS = keys('outskirts', 'edge', 'edges', 'periphery', 'vicinity', 'surroundings');
/** Words right before a town that put what happened at its edge (`near`, `around`, `outside`). */
const NEAR = keys('near', 'around', 'outside');
/** Words that frame a place in a sentence and describe no town (`the coastal city of`). */
const FRAME = keys(
  ...['the', 'of', 'in', 'on', 'at', 'near', 'around', 'outside', 'to', 'from', 'by', 'and'],
  ...['a', 'an', 'into', 'towards', 'toward', 'with', 'outskirts', 'edge', 'edges'],
);
const PROVINCE = keys('province', 'governorate', 'provinces', 'governorates');
const DISTRICT = keys('district', 'subdistrict', 'sub-district');
/** The country's possessive before a direction (`Syria's northwestern …`): the country's part. */
const COUNTRY_POSSESSIVE = /\bSyria['’]s\s+$/i;
/** The seats of the governorates of the region (`the Idlib region`). */
const SEATS = keys('Idlib', 'Aleppo', 'Hama', 'Latakia');

/**
 * The qualifier around the name at words `[first, last]`: before it `southern`, `rural`, `near`,
 * `the (southern) countryside of`, `the outskirts of`, `south of`, `the province of`; after it
 * `countryside`, `'s (southern) countryside`, `province`, `'s outskirts`.
 */
function qualifierOf(
  words: readonly LatinWord[],
  text: string,
  first: number,
  last: number,
): Qualified {
  const key = (i: number) => words[i]?.key;
  /**
   * `the coastal city of`, `the rebel-held town of`: from token k back over up to three
   * describing words (lowercase, no word of the sentence's frame) to a `the`; k itself else.
   */
  const theBefore = (k: number): number => {
    let m = k;
    for (let n = 0; n < 3 && words[m] && !words[m]!.capital && !FRAME.has(key(m)!); n++) m--;
    return key(m) === 'the' ? m : k;
  };
  // After the name: `Idlib countryside`, `Idlib's southern countryside`, `Idlib province`
  // (not across punctuation: `in Idlib, countryside schools`).
  const tied = qualifies(text, words[last], words[last + 1]);
  let after = last + 1;
  let afterDir: Direction | undefined;
  const two = words[after + 1] && joined(text, words[after]!, words[after + 1]!);
  const compound = two ? compoundDirection(key(after), key(after + 1)) : undefined;
  if (compound) {
    afterDir = compound;
    after += 2;
  } else if (key(after)?.endsWith('ern') && DIRECTION_WORDS[key(after)!]) {
    afterDir = DIRECTION_WORDS[key(after)!];
    after += 1;
  }
  const next = tied ? key(after) : undefined;
  if (next && COUNTRYSIDE.has(next)) {
    // `southern Idlib countryside`: the direction may stand before the name.
    const before =
      afterDir || first === 0 || !joined(text, words[first - 1]!, words[first]!)
        ? undefined
        : directionEndingAt(words, text, first - 1);
    const dir = afterDir ?? (before && key(first - 1)!.endsWith('ern') ? before.dir : undefined);
    return {
      q: dir ? { kind: 'countryside', dir } : COUNTRYSIDE_Q,
      from: dir && !afterDir ? before!.from : first,
      to: after,
    };
  }
  if (next && !afterDir && PROVINCE.has(next)) {
    // `northern Aleppo province`: that part of it, as `northern Aleppo` is.
    const before =
      first === 0 || !joined(text, words[first - 1]!, words[first]!)
        ? undefined
        : directionEndingAt(words, text, first - 1);
    // Not `Syria's northwestern Idlib province`: the province in the country's north-west.
    const ofCountry =
      before !== undefined &&
      COUNTRY_POSSESSIVE.test(
        text.slice(Math.max(0, words[before.from]!.start - 12), words[before.from]!.start),
      );
    if (before && key(first - 1)!.endsWith('ern') && !ofCountry)
      return { q: { kind: 'countryside', dir: before.dir }, from: before.from, to: after };
    return { q: GOVERNORATE_Q, from: first, to: after };
  }
  // `the Idlib region`: a governorate's seat's region is the governorate (AFP's usage); another
  // town's (`the Afrin region`) is left to the town.
  if (next === 'region' && !afterDir && first === last && SEATS.has(key(first)!))
    return { q: GOVERNORATE_Q, from: first, to: after };
  // `the Idlib de-escalation zone`: the governorate the zone is named for.
  if (next === 'de' && key(after + 1) === 'escalation' && key(after + 2) === 'zone')
    return { q: GOVERNORATE_Q, from: first, to: after + 2 };
  if (next && !afterDir && OUTSKIRTS.has(next)) return { q: OUTSKIRTS_Q, from: first, to: after };
  // `the Sharran district`, `the Afrin subdistrict`: the district named for its seat, as
  // `ناحية شران`, `منطقة عفرين` are.
  if (next && !afterDir && DISTRICT.has(next)) return { q: DISTRICT_Q, from: first, to: after };
  // Before it: `... of [the city of] Idlib`.
  let i = first - 1;
  while (key(i) === 'the' || key(i) === 'city' || key(i) === 'town') i--;
  // `the outskirts of the town of Kafr Nabl`: the qualifier is the one before the settlement
  // word; `the outskirts of the towns of Kafr Nabl and Hass` is the whole list's.
  let several = false;
  if (key(i) === 'of' && SETTLEMENT.has(key(i - 1) ?? '')) {
    let j = theBefore(i - 2);
    while (key(j) === 'the') j--;
    if (key(j) === 'of') {
      several = SETTLEMENTS.has(key(i - 1)!);
      i = j;
    }
  }
  // `5 km from Saraqib`, `10 kilometres (6 miles) away from the town of Ariha`, `3 km outside
  // Sarmin`: a place that far from the town, its direction untold.
  let prep = i;
  if (key(prep) === 'of' && SETTLEMENT.has(key(prep - 1) ?? '')) {
    prep -= 2;
    while (key(prep) === 'the') prep--;
  }
  if (key(prep) === 'from' || key(prep) === 'outside') {
    const far = distanceEndingAt(words, text, key(prep - 1) === 'away' ? prep - 2 : prep - 1);
    if (far) return { q: { kind: 'offset', km: far.km }, from: far.from, to: last };
  }
  if (key(i) === 'of') {
    const head = key(i - 1);
    if (head && COUNTRYSIDE.has(head)) {
      const dir = directionEndingAt(words, text, i - 2);
      const start = dir ? dir.from : i - 1;
      // `the countryside of Idlib and Aleppo`: both countrysides (it was Aleppo city); not past
      // a comma (`…, and Saraqib was also hit`).
      return {
        q: dir ? { kind: 'countryside', dir: dir.dir } : COUNTRYSIDE_Q,
        from: start,
        to: last,
        several: /^\s+and\s/.test(text.slice(words[last]!.end, words[last]!.end + 6)),
      };
    }
    if (head && OUTSKIRTS.has(head)) return { q: OUTSKIRTS_Q, from: i - 1, to: last, several };
    // `the surrounding areas of Kansafra village` (SOHR's wording): its outskirts too.
    if ((head === 'areas' || head === 'area') && key(i - 2) === 'surounding')
      return { q: OUTSKIRTS_Q, from: i - 2, to: last, several };
    if (head && PROVINCE.has(head)) return { q: GOVERNORATE_Q, from: i - 1, to: last };
    // `… district of Afrin`: the district of the seat named; not a city's quarter (`the
    // Hamdaniyah district of Aleppo city`), nor a governorate's seat (a city of districts).
    if (head && DISTRICT.has(head) && !SEATS.has(key(first)!) && key(last + 1) !== 'city')
      return { q: DISTRICT_Q, from: i - 1, to: last };
    // `south of Saraqib`, `north-west of Hama`; `30 km south of Idlib`: a place that far away.
    const dir = directionEndingAt(words, text, i - 1);
    if (dir && !key(i - 1)!.endsWith('ern')) {
      // `5 km to the east of Saraqib`, as `5 كم إلى الشرق من سراقب`.
      const way = key(dir.from - 1) === 'the' && key(dir.from - 2) === 'to' ? 2 : 0;
      const far = distanceEndingAt(words, text, dir.from - 1 - way);
      if (far) return { q: { kind: 'offset', dir: dir.dir, km: far.km }, from: far.from, to: last };
      return { q: { kind: 'direction', dir: dir.dir }, from: dir.from, to: last };
    }
    // `near the town of Saraqeb`: its outskirts, as `near Saraqib` is; so is `around the town
    // of Saraqib` (as `في محيط مدينة سراقب`) and `outside the town of Ariha`.
    if (head && SETTLEMENT.has(head)) {
      let k = theBefore(i - 2);
      while (key(k) === 'the') k--;
      if (NEAR.has(key(k) ?? '')) return { q: OUTSKIRTS_Q, from: k, to: last };
    }
    return { q: NONE, from: first, to: last };
  }
  // `rural Idlib`, `southern Idlib`, `north-western Hama`.
  if (first === 0 || !joined(text, words[first - 1]!, words[first]!))
    return { q: NONE, from: first, to: last };
  if (key(first - 1) === 'rural') return { q: COUNTRYSIDE_Q, from: first - 1, to: last };
  // `near Saraqib`, `around Saraqib`: its outskirts, as `قرب سراقب` is.
  if (NEAR.has(key(first - 1) ?? '')) return { q: OUTSKIRTS_Q, from: first - 1, to: last };
  const dir = directionEndingAt(words, text, first - 1);
  // `northwest Syria`, `north-west Syria`: a direction written bare before the name, as
  // `north-western Syria`.
  if (dir && (key(first - 1)!.endsWith('ern') || DIRECTION_WORDS[key(first - 1)!]))
    return { q: { kind: 'countryside', dir: dir.dir }, from: dir.from, to: last };
  return { q: NONE, from: first, to: last };
}

/** `the village of X`, `the town of X`: a place-like name; those not indexed are tallied. */
const SETTLEMENT = keys('village', 'villages', 'town', 'towns', 'city', 'cities', 'hamlet');
/**
 * Capitalised words after a place name that make it part of a body's name, not a place the
 * report tells of: `Syria TV`, `the Syria Civil Defence`, `the Aleppo Media Center`, `Idlib
 * Post`, `Halab Today`, `Syria Direct`, the `Idlib Free Army`.
 */
const ORGANISATION_TAILS = keys(
  'tv',
  'television',
  'radio',
  'channel',
  'network',
  'news',
  'post',
  'today',
  'direct',
  'media',
  'civil',
  'democratic',
  'free',
);

/**
 * A state's body named by the possessive of its country or capital (`Syria's defence ministry`,
 * `Syria's interim government`): who speaks or acts, not where.
 */
const POSSESSIVE_BODY =
  /^['’]s\s+(?:(?:new|interim|transitional|caretaker)\s+)?(?:(?:defen[cs]e|interior|foreign|health|information|justice)\s+(?:ministry|minister)|government|army|military|president|state\s+(?:media|news\s+agency|television))\b/i;

/** The capital news names for its government (`a figure Damascus denied`, `warned Damascus`). */
const CAPITALS = keys('Damascus');
/** Verbs a government does after its capital's name (`Damascus denied`, `Damascus says`). */
const STATE_VERBS = keys(
  ...['denied', 'denies', 'said', 'says', 'accused', 'accuses', 'blamed', 'blames', 'warned'],
  ...['rejected', 'rejects', 'claimed', 'claims', 'insisted', 'insists', 'announced', 'vowed'],
  ...['responded', 'retaliated', 'agreed', 'refused', 'condemned', 'demanded', 'insisted'],
);
/** Verbs and words before a capital that make it its government (`warned Damascus to …`). */
const STATE_OBJECT = keys(
  ...['warned', 'urged', 'told', 'accused', 'blamed', 'pressed', 'pressured', 'between'],
  ...['allowing', 'allowed', 'called'],
);

/**
 * Whether a capital named alone stands for its government (`a figure Damascus denied`, `Ankara
 * warned Damascus to pull back`): who speaks or acts, no place an event was at.
 */
function namesAGovernment(words: readonly LatinWord[], first: number, last: number): boolean {
  if (first !== last || !CAPITALS.has(words[first]!.key)) return false;
  return (
    STATE_VERBS.has(words[last + 1]?.key ?? '') || STATE_OBJECT.has(words[first - 1]?.key ?? '')
  );
}

/** Whether the name ending at word `last` is part of a body's name (ORGANISATION_TAILS). */
function namesABody(words: readonly LatinWord[], text: string, last: number): boolean {
  const next = words[last + 1];
  const end = words[last]!.end;
  const after = text.charCodeAt(end);
  // `'` or `’`: a possessive.
  if ((after === 0x27 || after === 0x2019) && POSSESSIVE_BODY.test(text.slice(end, end + 50)))
    return true;
  return !!next?.capital && joined(text, words[last]!, next) && ORGANISATION_TAILS.has(next.key);
}
/**
 * Capitalised words that go on no list of villages (`the villages of Kansafra, Fleifel, Russian
 * jets …`): the sides, days and months news names.
 */
const NOT_A_VILLAGE = keys(
  ...['Russian', 'Turkish', 'Syrian', 'Iranian', 'Israeli', 'American', 'Kurdish', 'Regime'],
  ...['Government', 'Opposition', 'Rebels', 'Rebel', 'Militants'],
  // The first words of factions' names (`Hayat Tahrir al-Sham`, `Jaish al-Izza`, `Faylaq al-Sham`).
  ...['Hayat', 'Hayaat', 'Jaish', 'Jaysh', 'Jabhat', 'Ahrar', 'Faylaq', 'Failaq', 'Hurras'],
  ...['Harakat', 'Ansar', 'Liwa', 'Firqat', 'HTS', 'SDF', 'YPG', 'PKK', 'ISIS'],
  ...ENGLISH_WEEKDAYS,
  ...ENGLISH_MONTHS,
);

/** What follows a name on a list: another name, its `and`, where it is, or the sentence's end. */
const LIST_GOES_ON = /^\s*(?:[,.;)]|and\b|in\b|on\b|near\b|west\b|east\b|north\b|south\b|$)/i;

/** A military post and the word before the village it stands in (`the observation post in X`). */
const POST = keys('post', 'outpost', 'base');
const POST_AT = keys('in', 'at', 'of');

/** What a front line is called after the place it runs through (`the Tal Othman front`). */
const FRONT = keys('front', 'frontline', 'axis');
/** Capitalised words that open a front's name and are no place (`the Southern Front`). */
const NOT_A_FRONT = keys(
  ...['Southern', 'Northern', 'Eastern', 'Western', 'Coastal', 'Central', 'Main', 'National'],
  ...['Islamic', 'Popular', 'Liberation', 'Nusra', 'Levant', 'Sham', 'Home', 'New', 'United'],
);

/**
 * Whether the capitalised name at word `i` names a front (`on the Tal Othman front`, `the
 * Kabani axis`): `the`, the name (one to three words, joined), then the front word. Not a
 * name the words before make a side (`the Russian front` is no place: NOT_A_VILLAGE).
 */
function namesAFront(text: string, words: readonly LatinWord[], i: number): boolean {
  const first = words[i]!.key;
  if (words[i - 1]?.key !== 'the' || NOT_A_VILLAGE.has(first) || NOT_A_FRONT.has(first))
    return false;
  let j = i;
  while (j < i + 2 && words[j + 1]?.capital && joined(text, words[j]!, words[j + 1]!)) j++;
  const next = words[j + 1];
  return next !== undefined && FRONT.has(next.key) && joined(text, words[j]!, next);
}

/** Words for several spots that a list of villages follows, with `in` (`places in X and Y`). */
const SPOTS = keys('places', 'areas', 'positions', 'sites');

/** Settlement words that name several (`the towns of X and Y`). */
const SETTLEMENTS = keys('villages', 'towns', 'cities');

/** Words that open the examples of a list (`several villages, including X and Y`). */
const INCLUDING = keys('including', 'notably', 'namely');
/** How far back from `including` its settlement word may be (`villages in the area, including`). */
const INCLUDING_REACH = 8;

/** Whether a plural settlement word comes within INCLUDING_REACH words before word `k`. */
function settlementsBefore(words: readonly LatinWord[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - INCLUDING_REACH; j--)
    if (SETTLEMENTS.has(words[j]!.key)) return true;
  return false;
}

/**
 * How name `b` goes on the list of name `a`: after a comma (the list may go on), after `and`
 * (its last), or not at all.
 */
function nextInList(text: string, a: LatinWord, b: LatinWord): 'comma' | 'last' | undefined {
  const gap = text.slice(a.end, b.start);
  if (/^\s*,\s*$/.test(gap)) return 'comma';
  return /^\s*,?\s+and\s+$/i.test(gap) ? 'last' : undefined;
}

/** How sure a match is: one place of the name, or one chosen among several by context. */
const CONFIDENCE_ONE = 0.9;
const CONFIDENCE_CONTEXT = 0.7;
const CONFIDENCE_GUESS = 0.5;

/** Kinds a bare name means before a governorate of the same name (`Idlib` is the city). */
const POINT_FIRST = new Set(['city', 'town', 'village', 'locality', 'neighbourhood']);

/** How sure the place of a village the gazetteer lacks is: near the place its sentence names. */
const CONFIDENCE_UNKNOWN = 0.5;
/** A village placed by an earlier sentence's place, its own naming none. */
const CONFIDENCE_UNKNOWN_BEFORE = 0.3;
/**
 * Capitalised first words of two-word names (`Abu Dali`, `Tal Rifaat`, `Kafr Nabl`), folded: a
 * name matched right after one is part of another name.
 */
const NAME_HEADS_EN = keys(
  ...['Abu', 'Umm', 'Tal', 'Tell', 'Kafr', 'Kfar', 'Deir', 'Ain', 'Khirbet', 'Khirbat', 'Beit'],
  ...['Jisr', 'Ras', 'Bir', 'Qasr', 'Sheikh', 'Shaykh', 'Maarat', 'Mazraat', 'Arab'],
  // A first name before a second that is also a place (`the Fatima al-Zahraa mosque` in al-Bab).
  'Fatima',
);

/** Capitals and countries abroad, named beside a town as where talks or sides are, never villages. */
const ABROAD = keys(
  ...['Moscow', 'Ankara', 'Damascus', 'Tehran', 'Washington', 'Geneva', 'Astana', 'Sochi'],
  ...['Beirut', 'Baghdad', 'Amman', 'Doha', 'Riyadh', 'Brussels', 'Istanbul', 'Gaziantep'],
  ...['Turkey', 'Russia', 'Iran', 'Israel', 'Lebanon', 'Iraq', 'Jordan', 'Qatar'],
);

/** Verbs of fire whose object may be a group of places (groupOfAList), folded. */
const FIRE_HIT = keys('hit', 'struck', 'shelled', 'targeted', 'pounded', 'bombarded', 'bombed');

/** Whether word `i` is the object right after a verb of fire (FIRE_HIT), spaces between. */
function firedAt(text: string, words: readonly LatinWord[], i: number): boolean {
  return (
    i > 0 && FIRE_HIT.has(words[i - 1]!.key) && spacesOnly(text, words[i - 1]!.end, words[i]!.start)
  );
}

/** Most names one group of a list holds (groupOfAList). */
const MAX_GROUP_NAMES = 5;

/**
 * A group of a list of places, each group told with where it lies (`shelled al-Bara and Fleifel
 * in Idlib countryside, al-Ankawi in the Ghab plain, and Kafr Taal and al-Qasr west of Aleppo`):
 * the names from word `i`, joined by `and` or commas, then `in (the) (northern) X` or `west of
 * X`. The group opens after a comma or `and`, or right after a verb of fire (`artillery fire hit
 * Maranaz and al-Malikiyah in the Sharran district`). Its names are written with the article
 * (`al-`) or a name's head (`Kafr`, `Tal` …); a plain capitalised one only after a verb of fire
 * or joined by `and` to a known place (`known` is that place's last word): after a comma a
 * capitalised word may be anyone (`, Hayat Tahrir al-Sham in Idlib`). The caller keeps the group
 * when a known place begins at `placeAt`.
 */
function groupOfAList(
  text: string,
  words: readonly LatinWord[],
  i: number,
  known: number,
): { names: Unknown[]; placeAt: number } | undefined {
  const fired = firedAt(text, words, i);
  let p = i - 1;
  if (words[p]?.key === 'and') p--;
  if (p < 0) return undefined;
  const gap = text.slice(words[p]!.end, words[p + 1]!.start);
  if (!fired && !(p < i - 1 ? /^\s*,?\s*$/ : /^\s*,\s*$/).test(gap)) return undefined;
  // The first name may be a plain word after a verb of fire, or joined by `and` to a known town.
  const plain = fired || (p === known && p < i - 1);
  const names: Unknown[] = [];
  for (let k = i; names.length < MAX_GROUP_NAMES; ) {
    const last = nameOfAGroup(text, words, k, names.length === 0 && plain);
    if (last === undefined) return undefined;
    names.push({ first: k, last });
    const next = words[last + 1];
    if (!next) return undefined;
    const between = text.slice(words[last]!.end, next.start);
    // Another name of the group: `X and Y`, `X, Y`, `X, and Y`.
    if (/^\s*,\s*$/.test(between)) {
      k = next.key === 'and' ? last + 2 : last + 1;
      continue;
    }
    if (!/^\s+$/.test(between)) return undefined;
    if (next.key === 'and') {
      k = last + 2;
      continue;
    }
    // Where the group lies: `in (the) (northern) X`, `west of X`.
    let at: number;
    if (next.key === 'in') {
      at = last + 2;
      if (words[at]?.key === 'the') at++;
      if (words[at] && DIRECTION_WORDS[words[at]!.key]) at++;
    } else if (DIRECTION_WORDS[next.key] && words[last + 2]?.key === 'of') at = last + 3;
    else return undefined;
    return at < words.length ? { names, placeAt: at } : undefined;
  }
  return undefined;
}

/**
 * The last word of a name of a group (groupOfAList) at word `k`: the article (`al-Qasr`), a
 * head (`Kafr Taal`), or, when `plain`, any capitalised word that is no side or place abroad;
 * the capitalised words and articles joined to it go on with it.
 */
function nameOfAGroup(
  text: string,
  words: readonly LatinWord[],
  k: number,
  plain: boolean,
): number | undefined {
  const w = words[k];
  if (!w) return undefined;
  const second = words[k + 1];
  const article = w.key === 'al' && text[w.end] === '-' && second?.capital === true;
  const head =
    w.capital && NAME_HEADS_EN.has(w.key) && second?.capital === true && joined(text, w, second);
  const bare =
    plain &&
    w.capital &&
    !NOT_A_VILLAGE.has(w.key) &&
    !ABROAD.has(w.key) &&
    !ENGLISH_LOOKALIKE.has(text.slice(w.start, w.end));
  if (!article && !head && !bare) return undefined;
  return nameEnd(text, words, article || head ? k + 1 : k);
}

/**
 * The last word of a name going on from word `j`: the capitalised words joined to it, and a
 * lowercase article with its name (`Qubtan al-Jabal`, `Tal al-Karamah`).
 */
function nameEnd(text: string, words: readonly LatinWord[], j: number): number {
  for (;;) {
    if (words[j + 1]?.capital && joined(text, words[j]!, words[j + 1]!)) j++;
    else if (
      words[j + 1]?.key === 'al' &&
      text[words[j + 1]!.end] === '-' &&
      words[j + 2]?.capital &&
      joined(text, words[j]!, words[j + 1]!)
    )
      j += 2;
    else return j;
  }
}

/** Whether the word before word `i`, joined to it, is a capitalised head of a name. */
function headOfAnotherName(words: readonly LatinWord[], text: string, i: number): boolean {
  const before = words[i - 1]!;
  return before.capital && NAME_HEADS_EN.has(before.key) && joined(text, before, words[i]!);
}

/** The whole country: no place to put a village near. */
const COUNTRY_ID = 'area-syria';

/**
 * Letters a loose match's skeleton needs: fewer match English words by chance. A word opening a
 * sentence is capitalised whatever it is (`Regime`, `Meanwhile`), so it needs more.
 */
const LOOSE_LETTERS = 4;
const LOOSE_LETTERS_OPENING = 5;

/**
 * The place a name spelt otherwise than in the gazetteer stands for (`Kansfara`, `Kafr Nobl`,
 * `Besqala`): the longest run of capitalised words from `i` whose skeletons name one place only
 * (`Balyoun` is too short a skeleton, `bln`, to be told from chance).
 */
function looseMatch(
  index: Node,
  words: readonly LatinWord[],
  text: string,
  i: number,
): { last: number; place: Place } | undefined {
  let node: Node | undefined = index;
  let letters = 0;
  let best: { last: number; place: Place; letters: number } | undefined;
  for (let j = i; j < words.length; j++) {
    const w = words[j]!;
    if (j > i && !joined(text, words[j - 1]!, w)) break;
    // Every word of the name but its article is capitalised (`Jabal al-Zawiyah`).
    if (!w.capital && w.key !== 'al') break;
    const k = skeleton(w.key);
    node = node.next.get(k);
    if (!node) break;
    if (k !== 'al') letters += k.length;
    const only = node.places?.length === 1 ? node.places[0] : undefined;
    if (only) best = { last: j, place: only, letters };
  }
  if (!best) return undefined;
  const need = opensSentence(text, words[i]!.start) ? LOOSE_LETTERS_OPENING : LOOSE_LETTERS;
  if (best.letters < need) return undefined;
  return vowelsAgree(words.slice(i, best.last + 1), best.place)
    ? { last: best.last, place: best.place }
    : undefined;
}

/**
 * Whether words a skeleton matched to a place are voweled as one of its names is, but for one
 * vowel: spellings of one name differ in a vowel (`Kafr Nobl`, `Besqala`) or in none
 * (`Kansfara`), another name sharing its consonants in more (`Surman` is not Sarmin).
 *
 * @example vowelsAgree(latinWords('Surman'), sarmin) // false
 */
function vowelsAgree(words: readonly LatinWord[], place: Place): boolean {
  const told = voweling(words);
  for (const name of new Set([place.nameEn, ...place.altNames])) {
    if (ARABIC.test(name)) continue;
    if (oneEditApart(voweling(latinWords(name.replace(/-/g, ' '))), told)) return true;
  }
  return false;
}

/** The vowels of a name's words after each one's first letter, its articles left out. */
function voweling(words: readonly LatinWord[]): string {
  let out = '';
  for (const w of words) if (w.key !== 'al') out += vowelsOf(w.key);
  return out;
}

/** The vowels of a folded word after its first letter (`sarmin`: `ai`). */
function vowelsOf(key: string): string {
  let out = '';
  for (let i = 1; i < key.length; i++) if (VOWELS.has(key[i]!)) out += key[i];
  return out;
}

/** Whether two strings are equal but for one letter changed, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  // The rest after the one edit: a letter changed, or one dropped from the longer.
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether offset `at` opens a sentence: only spaces and quotes after a stop, or nothing, before it. */
function opensSentence(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === ' ' || c === '"' || c === '“' || c === "'" || c === '(' || c === '\u00a0') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':';
  }
  return true;
}

/** A capitalised name after `the village of` that the gazetteer lacks, by its words. */
interface Unknown {
  first: number;
  last: number;
}

/**
 * A finder of the places an English text names, over the gazetteer's `places` and the
 * geocoder's `locateOnce` (which makes the areas of qualified names, shared with the Arabic
 * reading). A village the gazetteer lacks (`the village of X`) is tallied in `unresolved` and,
 * like the Arabic reading's, placed near the place its sentence names (the next one, else the one
 * before), in that place's area or in `near(place)` (a disc around a town), at precision 2.
 */
export function englishPlaceFinder(
  /** The gazetteer's places by id. */
  places: ReadonlyMap<string, Place>,
  locateOnce: (place: Place, q: Qualifier) => Located,
  near: (place: Located) => AreaGeometry,
  /** A road named by the places it joins (`the road between Sarmada and Bab al-Hawa`): one place (roads.ts). */
  joinRoads?: (text: string, mentions: PlaceMention[]) => PlaceMention[],
): (text: string, unresolved?: Map<string, number>) => PlaceMention[] {
  let index: Node | undefined;
  let looseIndex: Node | undefined;
  return (text, unresolved) => {
    // Built on the first English report: an Arabic corpus never pays for it.
    index ??= buildIndex(places.values());
    looseIndex ??= buildIndex(places.values(), true);
    const words = latinWords(text);
    const found: { first: number; last: number; candidates: Place[]; loose?: true }[] = [];
    const unknown: Unknown[] = [];
    /** Names that may be a group of a list of places (groupOfAList), and where theirs begins. */
    const groups: { names: Unknown[]; placeAt: number }[] = [];
    /**
     * The last word of the last name of a list opened by a plural settlement word (`the
     * villages of Kansafra, Fleifel and Sufuhen`, `places in Kansafra, Sfuhen and Fulayfel`): a
     * capitalised name going on with it is a village too, known or not; -1 when no list is open
     * (it closes after its `and`).
     */
    let listEnd = -1;
    let listClosing = false;
    const listed = (i: number): boolean => {
      const before = words[i - 1]?.key;
      const head = words[i - 2]?.key ?? '';
      // `the villages of X, Y and Z`; `targeting places in X, Y and Z`; `several villages in
      // the area, including X and Y`.
      if (
        // `the outskirts of Binnin and Sarja`: the places whose edges were hit.
        (before === 'of' && (SETTLEMENTS.has(head) || OUTSKIRTS.has(head))) ||
        (before === 'in' && SPOTS.has(head)) ||
        (INCLUDING.has(before ?? '') && settlementsBefore(words, i - 1))
      ) {
        listClosing = false;
        return true;
      }
      if (listEnd < 0 || listClosing) return false;
      const how = nextInList(text, words[listEnd]!, words[i]!);
      if (how === 'last') listClosing = true;
      return how !== undefined;
    };
    for (let i = 0; i < words.length; ) {
      const w = words[i]!;
      // `At`, `An`, `As` open English sentences: an article of a name only with its hyphen
      // (`As-Safira`), else `At Bab al-Hawa` would read `al-Bab`. A name's article is often
      // written small, hyphened to the name (`the town of al-Lataminah`).
      if (
        (!w.capital && !(w.key === 'al' && text[w.end] === '-' && words[i + 1]?.capital)) ||
        (ENGLISH_LOOKALIKE.has(text.slice(w.start, w.end)) && text[w.end] !== '-')
      ) {
        i++;
        continue;
      }
      // Longest match from here, over words joined by spaces or hyphens only.
      let node: Node | undefined = index;
      let best: { last: number; places: Place[] } | undefined;
      for (let j = i; j < words.length; j++) {
        if (j > i && !joined(text, words[j - 1]!, words[j]!)) break;
        node = node.next.get(words[j]!.key);
        if (!node) break;
        if (node.places) best = { last: j, places: node.places };
      }
      const inList = listed(i);
      // `the Abu Dali area`: a name's head before it (`Abu`, `Tal`, `Kafr` …) makes another
      // name, not the place named by the rest (`Ad Dali`).
      if (i > 0 && headOfAnotherName(words, text, i)) {
        listEnd = -1;
        i = (best?.last ?? i) + 1;
        continue;
      }
      if (best && (namesABody(words, text, best.last) || namesAGovernment(words, i, best.last))) {
        listEnd = -1;
        i = best.last + 1;
        continue;
      }
      if (best) {
        found.push({ first: i, last: best.last, candidates: best.places });
        // `six drones struck Shinan, Fariqa and …`: a known place right after a verb of fire
        // opens a list of the places it hit.
        listEnd = inList || firedAt(text, words, i) ? best.last : -1;
        i = best.last + 1;
        continue;
      }
      const loose = looseMatch(looseIndex, words, text, i);
      if (loose) {
        found.push({ first: i, last: loose.last, candidates: [loose.place], loose: true });
        listEnd = inList || firedAt(text, words, i) ? loose.last : -1;
        i = loose.last + 1;
        continue;
      }
      // `the village of Deir Sunbul`: a capitalised name after a settlement word, unknown; so is
      // one going on with a list of villages (`the villages of Kansafra and Fleifel`), and one
      // a front is named by (`on the Tal Othman front`, as `محور تل عثمان`).
      const named =
        (words[i - 1]?.key === 'of' &&
          (SETTLEMENT.has(words[i - 2]?.key ?? '') || OUTSKIRTS.has(words[i - 2]?.key ?? ''))) ||
        (POST_AT.has(words[i - 1]?.key ?? '') && POST.has(words[i - 2]?.key ?? '')) ||
        namesAFront(text, words, i);
      if (named || (inList && !NOT_A_VILLAGE.has(w.key))) {
        const j = nameEnd(text, words, i);
        // A name going on a list is followed by what a list's name is (`, Y`, `and Z`, `in
        // southern Idlib`), not by a verb (`…, Reuters reported`).
        if (!named && !LIST_GOES_ON.test(text.slice(words[j]!.end, words[j]!.end + 8))) {
          listEnd = -1;
          i = j + 1;
          continue;
        }
        unknown.push({ first: i, last: j });
        listEnd = inList ? j : -1;
        i = j + 1;
        continue;
      }
      const group = groupOfAList(text, words, i, found.at(-1)?.last ?? -1);
      if (group) {
        groups.push(group);
        listEnd = -1;
        i = group.names.at(-1)!.last + 1;
        continue;
      }
      listEnd = -1;
      i++;
    }
    // `…, al-Ankawi in the Ghab plain`: a group of the list only when a known place follows.
    for (const g of groups)
      if (
        found.some((f) => f.first === g.placeAt && f.candidates.every((p) => p.kind !== 'country'))
      )
        unknown.push(...g.names);
    // Governorates the text names resolve names shared by places in several of them.
    const named = new Set<string>();
    for (const f of found) if (f.candidates.length === 1) named.add(f.candidates[0]!.admin1);
    const mentions: PlaceMention[] = [];
    /** A plural's qualifier, and the last word of the list's name it was shared with so far. */
    let shared: { q: Qualifier; last: number } | undefined;
    for (const f of found) {
      const own = qualifierOf(words, text, f.first, f.last);
      const how =
        shared && own.q.kind === 'none'
          ? nextInList(text, words[shared.last]!, words[f.first]!)
          : undefined;
      const q = how ? shared!.q : own.q;
      const { from, to } = own;
      // The list ends at its `and`: `…, Hass and Kafr Rumah, and Sarmin` leaves Sarmin out.
      shared = own.several || how === 'comma' ? { q, last: f.last } : undefined;
      const pick = choose(f.candidates, q, named);
      if (!pick) continue;
      // Another spelling of a name is a likelier place than a name as the gazetteer writes it.
      if (f.loose) pick.confidence = Math.min(pick.confidence, CONFIDENCE_CONTEXT);
      const located = locateOnce(pick.place, q);
      const start = words[from]!.start;
      const end = words[to]!.end;
      const mention: PlaceMention = {
        ...located,
        start,
        end,
        surface: text.slice(start, end),
        confidence: pick.confidence,
      };
      // A governorate's seat named bare: the governorate it may stand for (PlaceMention.seatOf).
      const governorate = f.candidates.find((p) => p.kind === 'governorate');
      // Not one named as the city (`the city of Hama`, `Idlib city`).
      const city =
        (words[f.first - 1]?.key === 'of' && words[f.first - 2]?.key === 'city') ||
        words[f.last + 1]?.key === 'city';
      if (governorate && governorate !== pick.place && !city)
        mention.seatOf = locateOnce(governorate, NONE);
      mentions.push(mention);
    }
    if (unknown.length)
      for (const m of placeUnknown(text, words, unknown, mentions, near, unresolved))
        mentions.push(m);
    if (text.includes(' of the '))
      for (const m of outskirtsOfTheTown(text, mentions, places, locateOnce)) mentions.push(m);
    mentions.sort((a, b) => a.start - b.start);
    return joinRoads ? joinRoads(text, mentions) : mentions;
  };
}

/** The outskirts of a town named again by its kind (`shelled the outskirts of the town`). */
const OUTSKIRTS_OF_THE_TOWN =
  /\b(?:outskirts|edges?|vicinity|surroundings|environs|periphery)\s+of\s+the\s+(?:town|village|city)\b(?!\s+of\b)/gi;

/**
 * `Russian jets struck the town of Ariha …. Later, artillery shelled the outskirts of the town`:
 * the outskirts of the town named last before (a known one, named alone), as `أطراف المدينة` is
 * read in Arabic. Mentions sorted or not; the new ones are returned.
 */
function outskirtsOfTheTown(
  text: string,
  mentions: readonly PlaceMention[],
  byPlaceId: ReadonlyMap<string, Place>,
  locateOnce: (place: Place, q: Qualifier) => Located,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  OUTSKIRTS_OF_THE_TOWN.lastIndex = 0;
  for (let m = OUTSKIRTS_OF_THE_TOWN.exec(text); m; m = OUTSKIRTS_OF_THE_TOWN.exec(text)) {
    let town: Place | undefined;
    let at = -1;
    for (const x of mentions) {
      const place = x.geoPrecision === 1 ? byPlaceId.get(x.placeId) : undefined;
      if (place && x.end <= m.index && x.end > at) {
        town = place;
        at = x.end;
      }
    }
    if (!town) continue;
    const end = m.index + m[0].length;
    out.push({
      ...locateOnce(town, { kind: 'outskirts' }),
      start: m.index,
      end,
      surface: text.slice(m.index, end),
      confidence: CONFIDENCE_CONTEXT,
    });
  }
  return out;
}

/** Most characters between a village and a finer place just before it (`on the M4 highway near`). */
const CLOSE_BEFORE = 40;

/**
 * `on the M4 highway near the village of Mushayrifa in Idlib province`: the finer place right
 * before the village, not the governorate after it (sorted: the sentence's mentions by start).
 */
function closerBefore(
  sorted: readonly PlaceMention[],
  start: number,
  base: PlaceMention | undefined,
): PlaceMention | undefined {
  if (!base || base.geoPrecision < 3) return base;
  for (let k = sorted.length - 1; k >= 0; k--) {
    const m = sorted[k]!;
    if (m.end > start) continue;
    return start - m.end <= CLOSE_BEFORE && m.geoPrecision < 3 ? m : base;
  }
  return base;
}

/** Villages the gazetteer lacks, each near the known place its sentence names (see above). */
function placeUnknown(
  text: string,
  words: readonly LatinWord[],
  unknown: readonly Unknown[],
  known: PlaceMention[],
  near: (place: Located) => AreaGeometry,
  unresolved: Map<string, number> | undefined,
): PlaceMention[] {
  const sentences = sentenceSpans(text);
  // Both in text order: a pointer walks the sentences, so a long text costs no scan per village.
  const bySentence = new MentionsBySpan(known);
  let s = 0;
  let sentence = sentences[0];
  let inSentence: PlaceMention[] = sentence ? bySentence.within(sentence) : [];
  /** The known mentions by start, and the last one ending before the current sentence (-1). */
  const byStart = known.every((m, i) => i === 0 || known[i - 1]!.start <= m.start)
    ? known
    : [...known].sort((a, b) => a.start - b.start);
  let before = -1;
  const out: PlaceMention[] = [];
  for (const u of unknown) {
    const start = words[u.first]!.start;
    const end = words[u.last]!.end;
    const surface = text.slice(start, end);
    unresolved?.set(surface, (unresolved.get(surface) ?? 0) + 1);
    while (sentence && sentence.end < end) {
      sentence = sentences[++s];
      inSentence = sentence ? bySentence.within(sentence) : [];
    }
    if (!sentence || sentence.start > start) continue;
    const own = closerBefore(inSentence, start, nearestIn(inSentence, start, end));
    // `In the early hours of Saturday, regime forces advanced into the village of Sukayk`: a
    // sentence naming no known place is read in the last place an earlier one named (as in
    // Arabic), less surely; not the whole country.
    while (before + 1 < byStart.length && byStart[before + 1]!.end <= sentence.start) before++;
    let k = before;
    while (k >= 0 && byStart[k]!.placeId === COUNTRY_ID) k--;
    const base = own ?? (k >= 0 ? byStart[k] : undefined);
    if (!base) continue;
    const key = words
      .slice(u.first, u.last + 1)
      .map((w) => w.key)
      .join(' ');
    out.push({
      start,
      end,
      surface,
      placeId: `unknown-${slugify(base.admin1)}-${stableHash(`en:${key}`).slice(0, 10)}`,
      nameAr: surface,
      nameEn: `${surface}, ${nearPhrase(base)}`,
      lat: base.lat,
      lon: base.lon,
      geoPrecision: base.geoPrecision === 3 ? 3 : 2,
      confidence: own ? CONFIDENCE_UNKNOWN : CONFIDENCE_UNKNOWN_BEFORE,
      admin1: base.admin1,
      area: base.area ?? near(base),
      unresolved: true,
    });
  }
  return out;
}

/**
 * The place a name means among its candidates: the one in a governorate the text names; a town
 * before the governorate of its name when nothing qualifies it (`Idlib`), the governorate when
 * something does (`Idlib province`, `southern Idlib`).
 */
function choose(
  candidates: readonly Place[],
  q: Qualifier,
  named: ReadonlySet<string>,
): { place: Place; confidence: number } | undefined {
  if (candidates.length === 1) return { place: candidates[0]!, confidence: CONFIDENCE_ONE };
  const governorate = candidates.find((p) => p.kind === 'governorate');
  const others = candidates.filter((p) => p.kind !== 'governorate');
  if (governorate && others.length === 1) {
    // The seat and its governorate locate to the same areas once qualified.
    const place = q.kind === 'none' && POINT_FIRST.has(others[0]!.kind) ? others[0]! : governorate;
    return { place, confidence: CONFIDENCE_ONE };
  }
  const inNamed = others.filter((p) => named.has(p.admin1));
  if (inNamed.length === 1) return { place: inNamed[0]!, confidence: CONFIDENCE_CONTEXT };
  const sorted = [...(inNamed.length ? inNamed : others)].sort((a, b) => (a.id < b.id ? -1 : 1));
  return sorted[0] ? { place: sorted[0], confidence: CONFIDENCE_GUESS } : undefined;
}
