import type { Place, PlaceMention, ResolvedPlace } from '../../model';
import { distanceKm } from '../gazetteer/geo';
import { Buffers } from '../text/buffers';
import { stableHash } from '../text/hash';
import { Interner } from '../text/interner';
import { normalise, originalRange } from '../text/normalise';
import { GAP_BREAKS, GAP_LIST, GAP_QUOTE, type TokenTable, tokenTable } from '../text/tokens';
import { type AreaGeometry, DISTRICT_KM, type Direction, disc, slugify } from './areas';
import { adoptDerivedClips, type DerivedShapes, shapesSource } from './derivedShapes';
import { englishPlaceFinder } from './english';
import { buildGovernorates, type Governorates } from './governorates';
import {
  type AreaCache,
  governorateOf,
  type Located,
  locate,
  nearPhrase,
  type Qualifier,
} from './locate';
import { matchNames, type NameMatch } from './match';
import { nearestIn } from './mentionsBySpan';
import { buildNameIndex, type NameIndex } from './nameIndex';
import {
  COUNTRYSIDE,
  COUNTRYSIDE_DUAL,
  COUNTRYSIDE_PRONOUN,
  countrysideBefore,
  DISTRICT,
  directionAfter,
  directionBefore,
  directionNoun,
  directionToward,
  distanceBefore,
  GOVERNORATE,
  OUTSKIRTS,
  OUTSKIRTS_PRONOUN,
  SETTLEMENT,
  SETTLEMENT_DUAL,
  SETTLEMENT_PLURAL,
  SURROUNDING,
  skipInSet,
  startsWithConjunction,
  wordSkip,
} from './qualifiers';
import { CONFIDENCE_CERTAIN, choose, distinctCandidates } from './resolve';
import { endsKey, gazetteerRoadsByEnds, joinRoadEnds, type NamedRoad, roadsByEnd } from './roads';
import { findUnknownNames } from './unknownVillages';

/** The gazetteer as loaded from `data/gazetteer/`. */
export interface GazetteerData {
  places: Place[];
  /** Governorate polygons (properties `{id, nameEn, nameAr, code}`), used to build areas. */
  admin1?: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  /** Shapes made from `admin1` beforehand (data/gazetteer/shapes.json); used only if they match it. */
  shapes?: DerivedShapes;
}

/** What the caller knows about the text beyond the text itself. */
export interface GeocodeContext {
  /** The report's title: its first place is where unknown villages go when the sentence says nothing. */
  title?: string;
  /** An explicit report-level area for unknown villages (wins over the title). */
  defaultArea?: Located;
  /** Tally of place-like names the gazetteer did not know (name as written → count); incremented. */
  unresolved?: Map<string, number>;
}

export interface Geocoder {
  /** Every place mention in `text`, in text order, non-overlapping, with offsets into `text`. */
  findMentions(text: string, context?: GeocodeContext): PlaceMention[];
  /**
   * Every place an English text names by the gazetteer's Latin names, with its qualifier
   * (`southern Idlib`), in text order; villages it does not know are tallied in `unresolved`.
   */
  findMentionsEn(text: string, context?: GeocodeContext): PlaceMention[];
  /** The name index (for benchmarks and diagnostics). */
  readonly index: NameIndex;
}

export type { Located } from './locate';

/** Slots of the per-place `locate` memo: one per qualifier kind and direction (or none). */
const QUALIFIER_SLOT: Record<Qualifier['kind'], number> = {
  none: 0,
  countryside: 1,
  outskirts: 2,
  governorate: 3,
  district: 4,
  direction: 5,
  // Not remembered per place: an offset's distance varies (see locateOnce).
  offset: 6,
};
const DIRECTION_SLOT: Record<Direction, number> = {
  north: 1,
  south: 2,
  east: 3,
  west: 4,
  northeast: 5,
  northwest: 6,
  southeast: 7,
  southwest: 8,
};
const DIRECTION_SLOTS = 9;

/** Words longer than this are not interned (no name is; long junk must not fill the map). */
const MAX_INTERNED_WORD = 32;
const MAX_INTERNED_WORDS = 200_000;

/** Confidence of an area read from a qualified name: the name is sure, the extent is not. */
const CONFIDENCE_AREA = 0.85;
/** Kinds that are not the antecedent of `ريفها` (a country or a mountain has no countryside). */
const AREA_KINDS = new Set(['country', 'region', 'mountain', 'plain', 'road', 'river']);
const CONFIDENCE_UNKNOWN = 0.3;
const CONFIDENCE_UNKNOWN_DEFAULT = 0.2;

interface MoreDirection {
  dir: Direction;
  token: number;
}
/** Shared by items with no coordinated directions (most): never pushed to. */
const NO_MORE: MoreDirection[] = [];
/** Shared by unqualified items: qualifiers are replaced, never mutated, once read. */
const Q_NONE: Qualifier = { kind: 'none' };

/** A matched name with its qualifier; a class so that every item has one shape. */
class Item {
  q: Qualifier = Q_NONE;
  /** Token where the mention starts (a qualifier, or the name) and its clitic skip. */
  first: number;
  firstSkip: number;
  /** Token after the mention's last token. */
  last: number;
  /** Further directions coordinated after the first (`الجنوبي والشرقي`), with their tokens. */
  more: MoreDirection[] = NO_MORE;
  /**
   * The qualifier is a dual's (`ريفي إدلب وحماة`, `محيط بلدتي كفرنبل وحاس`): set only with a
   * countryside or outskirts, and shared with the name joined after it by `و`.
   */
  dual = false;
  /**
   * The qualifier is a plural's (`أطراف بلدات كفرنبل وحاس وكفرومة`): set only with outskirts,
   * and shared along the list, name by name, joined by `و` or a comma.
   */
  several = false;
  place: Place | undefined = undefined;
  confidence = CONFIDENCE_CERTAIN;
  constructor(
    readonly match: NameMatch,
    readonly sentence: number,
  ) {
    this.first = match.first;
    this.firstSkip = match.skip;
    this.last = match.last;
  }
}

/** The word before token k when it is joined to it (same phrase), else undefined. */
function wordBefore(tokens: TokenTable, k: number): string | undefined {
  return k > 0 && tokens.joined(k) ? tokens.words[k - 1] : undefined;
}

/** `خفض التصعيد` (folded tokens; `التصعيد` normalised as the table writes it). */
const DE_ESCALATION = ['خفض', 'التصعيد'];

/**
 * The first token of `(منطقة) خفض التصعيد` before token k (`… بإدلب`, `… في إدلب`): the
 * de-escalation zone named for the place at k; undefined when none is.
 */
function deEscalationZone(tokens: TokenTable, k: number): number | undefined {
  let j = k;
  if (!tokens.words[k]!.startsWith('ب')) {
    if (wordBefore(tokens, j) !== 'في') return undefined;
    j--;
  }
  if (!tokens.words[j - 1]?.endsWith('تصعيد')) return undefined;
  if (wordBefore(tokens, j) !== DE_ESCALATION[1] || wordBefore(tokens, j - 1) !== DE_ESCALATION[0])
    return undefined;
  j -= 2;
  return DISTRICT.has(wordBefore(tokens, j) ?? '') ? j - 1 : j;
}

/** Whether the gap before token k is a list's comma, and nothing else (no stop, no quote). */
function listGap(tokens: TokenTable, k: number): boolean {
  return (tokens.gaps[k]! & (GAP_LIST | GAP_BREAKS | GAP_QUOTE)) === GAP_LIST;
}

/** Token k starts with `ب` and follows `المحيطة` in the same phrase (`المحيطة بسراقب`). */
function surrounding(tokens: TokenTable, k: number): boolean {
  const before = wordBefore(tokens, k);
  return before !== undefined && tokens.words[k]!.startsWith('ب') && SURROUNDING.has(before);
}

/** Words a distance may be hedged with before `من` (`على بعد 3 كم فقط من`). */
const DISTANCE_HEDGES = new Set(['فقط', 'تقريبا', 'تقريبيا']);

/**
 * What is told before `من` or `عن` and the name at token `p`: a distance (`5 كم من سراقب`,
 * `10 كيلومترات عن مدينة أريحا`, `3 كم فقط من`), a way (`إلى الشرق من سراقب`), or both
 * (`5 كم إلى الشرق من سراقب`). Returns them and the index of the first token they take.
 */
function fromPlace(
  tokens: TokenTable,
  p: number,
): { km?: number; dir?: Direction; start: number } | undefined {
  const prep = wordBefore(tokens, p);
  if (prep !== 'من' && prep !== 'عن') return undefined;
  const way = prep === 'من' ? directionToward(tokens, p - 1) : undefined;
  let k = way ? way.start : p - 1;
  if (DISTANCE_HEDGES.has(wordBefore(tokens, k) ?? '')) k--;
  const far = distanceBefore(tokens, k);
  if (far) return way ? { ...far, dir: way.dir } : far;
  return way;
}

const IS_QURB = (f: string) => f === 'قرب';
const IS_DIRECTION_NOUN = (f: string) => directionNoun(f) !== undefined;

type WordKind = 'countryside' | 'governorate' | 'district';

/** Words that make the name after them a countryside, governorate or district, in order. */
const WORD_QUALIFIERS: readonly [ReadonlySet<string>, WordKind, boolean][] = [
  [COUNTRYSIDE, 'countryside', false],
  [COUNTRYSIDE_DUAL, 'countryside', true],
  [GOVERNORATE, 'governorate', false],
  [DISTRICT, 'district', false],
];

/** The qualifier `word` makes, and the clitics to skip, when it is in {@link WORD_QUALIFIERS}. */
function wordQualifier(word: string): { kind: WordKind; dual: boolean; skip: number } | undefined {
  for (const [words, kind, dual] of WORD_QUALIFIERS) {
    const skip = skipInSet(word, words);
    if (skip >= 0) return { kind, dual, skip };
  }
  return undefined;
}

/**
 * Whether a name joined by `و` goes on a list of two or more settlements whose outskirts are
 * told (`أطراف بلدتي فليفل وكنصفرة`, `محيط قرى عين لاروز وكنصفرة`), after one name of one or two
 * words that is no known place: the names before it are read as villages the gazetteer lacks.
 */
function outskirtsOfListAfterUnknown(tokens: TokenTable, m: NameMatch): boolean {
  const words = tokens.words;
  if (m.skip !== 1 || words[m.first]!.charCodeAt(0) !== WAW_CODE) return false;
  for (let n = 1; n <= 2; n++) {
    const head = m.first - n - 1;
    if (head < 1 || !tokens.joined(head + 1) || !tokens.joined(m.first - n + 1)) return false;
    const w = words[head]!;
    if (skipInSet(w, SETTLEMENT_DUAL) >= 0 || skipInSet(w, SETTLEMENT_PLURAL) >= 0)
      return tokens.joined(head) && skipInSet(words[head - 1]!, OUTSKIRTS) >= 0;
  }
  return false;
}
/** `و` as a character code. */
const WAW_CODE = 0x0648;

/** The qualifier written around a matched name, and the tokens it takes. */
function readQualifier(tokens: TokenTable, m: NameMatch, sentence: number): Item {
  const item = new Item(m, sentence);
  if (m.skip > 0 && surrounding(tokens, m.first)) {
    // `الأراضي المحيطة بكنصفرة`: its outskirts.
    item.q = { kind: 'outskirts' };
    item.first = m.first - 1;
    item.firstSkip = 0;
    return item;
  }
  if (m.skip > 0) {
    // `الريف الجنوبي لإدلب`: the countryside told before, the name after `ل`.
    const before = countrysideBefore(tokens, m.first);
    if (before) inverted(item, tokens, before);
    // `أطراف بلدتي فليفل وكنصفرة`: the outskirts of both, though the first name is unknown (a
    // known one shares them with the list after it, below).
    else if (outskirtsOfListAfterUnknown(tokens, m)) item.q = { kind: 'outskirts' };
    // `منطقة خفض التصعيد بإدلب`: the zone named for the governorate.
    else if (tokens.words[m.first]!.startsWith('ب')) {
      const zone = deEscalationZone(tokens, m.first);
      if (zone !== undefined) {
        item.q = { kind: 'governorate' };
        item.first = zone;
        item.firstSkip = 0;
      }
    }
    return item; // `بإدلب`: a preposition, not a qualifier, stands before it.
  }
  const words = tokens.words;
  let p = m.first;
  let settlement = false;
  let twoSettlements = false;
  let severalSettlements = false;
  const t0 = wordBefore(tokens, p);
  if (t0 !== undefined && skipInSet(t0, SETTLEMENT) >= 0) {
    settlement = true;
    p--;
    // `الريف الشمالي لمدينة حماة`.
    const before = countrysideBefore(tokens, p);
    if (before) {
      inverted(item, tokens, before);
      return item;
    }
  } else if (t0 !== undefined && skipInSet(t0, SETTLEMENT_DUAL) >= 0) {
    settlement = true;
    twoSettlements = true;
    p--;
  } else if (t0 !== undefined && skipInSet(t0, SETTLEMENT_PLURAL) >= 0) {
    settlement = true;
    severalSettlements = true;
    p--;
  }
  if (
    settlement &&
    !twoSettlements &&
    !severalSettlements &&
    skipInSet(words[p]!, SETTLEMENT) > 0 &&
    surrounding(tokens, p)
  ) {
    // `القرى المحيطة بمدينة سراقب`: the town's outskirts.
    item.q = { kind: 'outskirts' };
    item.first = p - 1;
    item.firstSkip = 0;
    return item;
  }
  const prev = wordBefore(tokens, p);
  // `ريف X`, `ريفي X`, `محافظة X`, `منطقة X` (not after a settlement word).
  const byWord = !settlement && prev !== undefined ? wordQualifier(prev) : undefined;
  // `منطقة خفض التصعيد في إدلب`: the zone named for the governorate (its first token).
  const zone = byWord ? undefined : deEscalationZone(tokens, p);
  if (prev !== undefined && skipInSet(prev, OUTSKIRTS) >= 0) {
    item.q = { kind: 'outskirts' };
    item.first = p - 1;
    item.firstSkip = Math.max(0, skipInSet(words[p - 1]!, OUTSKIRTS));
    // `محيط بلدتي كفرنبل وحاس`: the outskirts of both.
    if (twoSettlements) item.dual = true;
    if (severalSettlements) item.several = true;
  } else if (
    prev === 'من' &&
    wordBefore(tokens, p - 1) !== undefined &&
    wordSkip(words[p - 2]!, IS_QURB) >= 0
  ) {
    item.q = { kind: 'outskirts' };
    item.first = p - 2;
    item.firstSkip = Math.max(0, wordSkip(words[p - 2]!, IS_QURB));
  } else if (byWord) {
    // `منطقة إدلب لخفض التصعيد`: the zone named for the governorate, no district.
    const zone =
      byWord.kind === 'district' &&
      tokens.words[m.last] === 'لخفض' &&
      tokens.words[m.last + 1]?.endsWith('تصعيد');
    item.q = { kind: zone ? 'governorate' : byWord.kind };
    if (byWord.dual) item.dual = true;
    item.first = p - 1;
    item.firstSkip = byWord.skip;
  } else if (zone !== undefined) {
    // As English `the Idlib de-escalation zone` is.
    item.q = { kind: 'governorate' };
    item.first = zone;
    item.firstSkip = 0;
  } else {
    // `35 كم جنوب مدينة إدلب`: a place that far from the town, not the town's south; `على بعد
    // 5 كم من سراقب`, `تبعد 10 كيلومترات عن أريحا`: that far, its direction untold; `إلى
    // الشرق من سراقب`: the town's east.
    const told = directionBefore(tokens, p);
    const far = told && distanceBefore(tokens, told.start);
    const at = told
      ? { dir: told.dir, km: far?.km, start: far ? far.start : told.start }
      : fromPlace(tokens, p);
    if (at?.km !== undefined) {
      item.q = at.dir ? { kind: 'offset', dir: at.dir, km: at.km } : { kind: 'offset', km: at.km };
      item.first = at.start;
      item.firstSkip = 0;
    } else if (at?.dir) {
      item.q = { kind: 'direction', dir: at.dir };
      item.first = at.start;
      item.firstSkip = Math.max(0, wordSkip(words[at.start]!, IS_DIRECTION_NOUN));
    }
    // `مدينة إدلب` alone: the settlement word is kept out of the mention, it only says "the
    // town", so the mention starts at the name as matched.
  }
  if (item.q.kind === 'countryside' || item.q.kind === 'outskirts') {
    const after = directionAfter(tokens, m.last);
    if (after) {
      item.q.dir = after.dirs[0];
      item.last = after.end;
      // The coordinated ones (`والشرقي`) become mentions of their own, one token each.
      if (after.dirs.length > 1) {
        const starts: number[] = [];
        for (let k = m.last; k < after.end; k++) {
          if (k === m.last || startsWithConjunction(words[k]!)) starts.push(k);
        }
        item.more = [];
        for (let n = 1; n < after.dirs.length; n++) {
          item.more.push({ dir: after.dirs[n]!, token: starts[n]! });
        }
        item.last = item.more[0]!.token;
      }
    }
  }
  return item;
}

/** Make `item` the countryside told before its town (see countrysideBefore). */
function inverted(item: Item, tokens: TokenTable, before: { dir: Direction; start: number }) {
  item.q = { kind: 'countryside', dir: before.dir };
  item.first = before.start;
  item.firstSkip = Math.max(0, skipInSet(tokens.words[before.start]!, COUNTRYSIDE));
}

/**
 * Candidates per trie node's place list, for a governorate qualifier and for any other: they
 * depend on nothing else, and `distinctCandidates` measures distances between every pair.
 */
const CANDIDATES = new WeakMap<Place[], [Place[]?, Place[]?]>();

function candidatesFor(item: Item, govs: Governorates): Place[] {
  const places = item.match.places;
  // One place: nothing to choose between, whatever the qualifier.
  if (places.length === 1) return places;
  const gov = item.q.kind === 'governorate' ? 1 : 0;
  let memo = CANDIDATES.get(places);
  if (!memo) {
    memo = [];
    CANDIDATES.set(places, memo);
  }
  const hit = memo[gov];
  if (hit) return hit;
  const cands = computeCandidates(item, govs);
  memo[gov] = cands;
  return cands;
}

function computeCandidates(item: Item, govs: Governorates): Place[] {
  let cands = distinctCandidates(item.match.places);
  if (item.q.kind === 'governorate') {
    // `محافظة إدلب`: the governorate, whether the row found is the governorate or its seat.
    const gov = cands.filter((c) => governorateOf(c, govs));
    if (gov.length) cands = [gov.find((c) => govs.byPlace.has(c.id)) ?? gov[0]!];
  } else if (cands.length > 1) {
    // A governorate and its seat share a name: the bare name is the town.
    const towns = cands.filter((c) => c.kind !== 'governorate');
    cands = cands.filter(
      (c) => c.kind !== 'governorate' || !towns.some((t) => t.admin1 === c.admin1),
    );
  }
  return cands;
}

/**
 * The geocoder: one pass of a token trie over the normalised text, then qualifiers, resolution
 * of same-named places, pronoun countrysides (`ريفها الشرقي`) and unknown villages.
 *
 * @example
 * const geocoder = createGeocoder(gazetteer);
 * geocoder.findMentions('قصف على ريف إدلب الجنوبي')[0].placeId // 'area-idlib-countryside-south'
 */
export function createGeocoder(gazetteer: GazetteerData): Geocoder {
  const shapes =
    gazetteer.shapes?.source === shapesSource(gazetteer.admin1) ? gazetteer.shapes : undefined;
  const govs = buildGovernorates(gazetteer, shapes?.country);
  if (shapes) adoptDerivedClips(govs, shapes);
  const extra: Place[] = govs.all.map((g) => g.place).filter((p) => !gazetteer.places.includes(p));
  if (govs.country && !gazetteer.places.includes(govs.country.place)) {
    extra.push({ ...govs.country.place, altNames: [...govs.country.place.altNames, 'سورية'] });
  }
  if (govs.coast) extra.push(govs.coast.place);
  const index = buildNameIndex([...gazetteer.places, ...extra]);
  /** The whole country: named, it places nothing more precisely (see `lastPlaceBefore`). */
  const countryId = govs.country?.place.id;
  const byId = new Map([...gazetteer.places, ...extra].map((p) => [p.id, p]));
  if (govs.country && countryId !== undefined) {
    const indexed = byId.get(countryId);
    if (indexed) govs.country.place = indexed;
  }
  const cache: AreaCache = new Map();
  /** Each road's area by id (roads.ts), made once. */
  const roadAreas = new Map<string, AreaGeometry | undefined>();
  const slugCount = new Map<string, number>();
  /** Each place by the slug its areas' ids hold (`area-saraqib-outskirts`: Saraqib). */
  const bySlug = new Map<string, Place>();
  for (const p of byId.values()) {
    // Governorates name their areas by the governorate, not by this slug.
    if (p.kind === 'governorate' || p.kind === 'country') continue;
    const slug = slugify(p.nameEn);
    slugCount.set(slug, (slugCount.get(slug) ?? 0) + 1);
    bySlug.set(slug, p);
  }
  const sharedSlugs = new Set([...slugCount].filter(([, n]) => n > 1).map(([slug]) => slug));
  // `locate` is a function of the place and the qualifier once the area cache holds the area,
  // and most mentions repeat a few places: remember each answer instead of rebuilding its id,
  // slug and names per mention.
  const locatedMemo = new Map<Place, (Located | undefined)[]>();
  const locateOnce = (place: Place, q: Qualifier): Located => {
    // Rare, and keyed by a distance too: the area cache remembers its shape by id.
    if (q.kind === 'offset') return locate(place, q, govs, cache, sharedSlugs);
    let row = locatedMemo.get(place);
    if (!row) {
      row = [];
      locatedMemo.set(place, row);
    }
    const slot = QUALIFIER_SLOT[q.kind] * DIRECTION_SLOTS + (q.dir ? DIRECTION_SLOT[q.dir] : 0);
    let loc = row[slot];
    if (!loc) {
      loc = locate(place, q, govs, cache, sharedSlugs);
      row[slot] = loc;
    }
    return loc;
  };

  // The gazetteer's roads by the two places their names join (roads.ts), read with this
  // geocoder on first need.
  const roadsByEnds = new Map<string, Place>();
  let roadsRead = false;
  const namedRoad: NamedRoad = (a, b) => {
    if (!roadsRead) {
      // Set first: reading the roads' names calls findMentions, which may ask again.
      roadsRead = true;
      gazetteerRoadsByEnds(byId.values(), findMentions, roadsByEnds);
    }
    const road = roadsByEnds.get(endsKey(a.placeId, b.placeId));
    return road && locateOnce(road, Q_NONE);
  };

  /**
   * The town an outskirts area is of, by the slug its id holds (`area-saraqib-outskirts-east`:
   * Saraqib), when one place has it.
   */
  const townOfOutskirts = (placeId: string): Place | undefined => {
    const slug = OUTSKIRTS_ID.exec(placeId)?.[1];
    return slug && !sharedSlugs.has(slug) ? bySlug.get(slug) : undefined;
  };

  /**
   * The gazetteer's town a sentence's mention before offset `at` names, the last one: a town
   * told bare, or one told by its outskirts (`أطراف مدينة سراقب الشرقية`).
   */
  const townBefore = (inSentence: readonly PlaceMention[], at: number): Place | undefined => {
    for (let k = inSentence.length - 1; k >= 0; k--) {
      const m = inSentence[k]!;
      if (m.end > at) continue;
      const own = m.geoPrecision === 1 ? byId.get(m.placeId) : undefined;
      return own ?? townOfOutskirts(m.placeId);
    }
    return undefined;
  };

  /** A governorate by its admin1 name, located (undefined when it names none). */
  const governorateNamed = (admin1: string): Located | undefined => {
    const gov = govs.byAdmin1.get(admin1);
    return gov && locateOnce(gov.place, Q_NONE);
  };

  /** Near a town: a district-sized disc around it, made once per town. */
  const nearTown = (base: Located): AreaGeometry => {
    const key = `near-${base.placeId}`;
    const hit = cache.get(key) ?? {
      area: disc([base.lon, base.lat], DISTRICT_KM),
      at: [base.lon, base.lat] as [number, number],
    };
    cache.set(key, hit);
    return hit.area;
  };

  // Words of the texts read so far, so that a token table holds shared strings (see TokenTable).
  const intern = new Interner(MAX_INTERNED_WORDS, MAX_INTERNED_WORD);

  // Typed arrays reused from report to report, one set per nesting level (a report's title is
  // read by a nested call while the report's arrays are still in use).
  const buffersAt: Buffers[] = [];
  let depth = 0;

  function findMentions(text: string, context: GeocodeContext = {}): PlaceMention[] {
    const buffers = buffersAt[depth] ?? new Buffers();
    buffersAt[depth] = buffers;
    depth++;
    try {
      return findMentionsWith(text, context, buffers);
    } finally {
      depth--;
    }
  }

  function findMentionsWith(
    text: string,
    context: GeocodeContext,
    buffers: Buffers,
  ): PlaceMention[] {
    const n = normalise(text, buffers);
    const tokens = tokenTable(n.text, intern, buffers);
    const { words, gaps, starts, ends, count } = tokens;
    const sentenceOf = buffers.int32(3, count);
    if (count > 0) sentenceOf[0] = 0;
    for (let i = 1, s = 0; i < count; i++) {
      if (gaps[i]! & GAP_BREAKS) s++;
      sentenceOf[i] = s;
    }
    const matches = matchNames(index, tokens);
    const items: Item[] = [];
    for (const m of matches) items.push(readQualifier(tokens, m, sentenceOf[m.first]!));
    // Mentions that a qualifier (`ريف`) starts inside another match's span are dropped later.
    // `ريفي إدلب وحماة`: the second governorate shares the dual countryside; `محيط بلدتي
    // كفرنبل وحاس`, the second town the outskirts.
    // `أطراف بلدات كفرنبل، حاس وكفرومة`: every name of the list, as long as it goes on.
    for (let i = 0; i + 1 < items.length; i++) {
      const a = items[i]!;
      const b = items[i + 1]!;
      // `ريفي حماة الشمالي وإدلب الجنوبي`: the second countryside, with its own direction (the
      // city of Idlib, before).
      if (
        a.dual &&
        a.q.dir &&
        b.q.kind === 'none' &&
        b.match.first === a.last &&
        b.match.skip === 1
      ) {
        const after = directionAfter(tokens, b.match.last);
        if (after?.dirs.length === 1) {
          b.q = { kind: a.q.kind, dir: after.dirs[0] };
          b.last = after.end;
        }
        continue;
      }
      if (a.q.dir || b.q.kind !== 'none' || b.match.first !== a.match.last) continue;
      if (a.dual && b.match.skip === 1) b.q = { kind: a.q.kind };
      else if (a.several && (b.match.skip === 1 || listGap(tokens, b.match.first))) {
        b.q = { kind: a.q.kind };
        b.several = true;
      }
    }
    // Resolution: unambiguous names first, then the others with them as context: the
    // governorates of the whole text (0.3) and of the sentence (1), and the points of the
    // sentence. Items are in text order, so a sentence's items are one run of `items`.
    const pending: number[] = [];
    const pendingCands: Place[][] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const cands = candidatesFor(item, govs);
      if (cands.length === 1) item.place = cands[0]!;
      else {
        pending.push(i);
        pendingCands.push(cands);
      }
    }
    if (pending.length > 0) {
      const isPending = new Uint8Array(items.length);
      for (const i of pending) isPending[i] = 1;
      const textAdmin1 = new Map<string, number>();
      for (let i = 0; i < items.length; i++) {
        if (!isPending[i]) textAdmin1.set(items[i]!.place!.admin1, 0.3);
      }
      // Each sentence holding an ambiguous name is read once (a report written as one endless
      // sentence must not cost a scan per name): its unambiguous governorates and points.
      let runSentence = -1;
      let runAdmin1 = new Set<string>();
      let runPoints: [number, number][] = [];
      for (let k = 0; k < pending.length; k++) {
        const item = items[pending[k]!]!;
        if (item.sentence !== runSentence) {
          runSentence = item.sentence;
          let j = pending[k]!;
          while (j > 0 && items[j - 1]!.sentence === item.sentence) j--;
          runAdmin1 = new Set();
          runPoints = [];
          // One point per place: `choose` takes the nearest, so repeats change nothing, and
          // without them its cost is bounded by the gazetteer, not by the sentence's length.
          const seen = new Set<Place>();
          for (; j < items.length && items[j]!.sentence === item.sentence; j++) {
            if (isPending[j]) continue;
            const p = items[j]!.place!;
            runAdmin1.add(p.admin1);
            if (p.kind === 'governorate' || p.kind === 'country' || seen.has(p)) continue;
            seen.add(p);
            runPoints.push([p.lon, p.lat]);
          }
        }
        const admin1 = new Map(textAdmin1);
        for (const a of runAdmin1) admin1.set(a, 1);
        const r = choose(pendingCands[k]!, { admin1, points: runPoints });
        item.place = r.place;
        item.confidence = r.confidence;
      }
    }

    const mentions: PlaceMention[] = [];
    /** Sentence of each mention emitted here (unknown villages look for their neighbours). */
    const mentionSentence: number[] = [];
    const coveredTokens = buffers.uint8(1, count);
    const emit = (
      firstTok: number,
      skip: number,
      endNorm: number,
      lastTok: number,
      loc: Located,
      confidence: number,
    ) => {
      const [start, end] = originalRange(n, starts[firstTok]! + skip, endNorm);
      // 2: a place of the region below a governorate, which a list of villages may end with.
      coveredTokens.fill(loc.geoPrecision < 3 ? 2 : 1, firstTok, lastTok);
      const m: PlaceMention = {
        start,
        end,
        surface: text.slice(start, end),
        placeId: loc.placeId,
        nameAr: loc.nameAr,
        nameEn: loc.nameEn,
        lat: loc.lat,
        lon: loc.lon,
        geoPrecision: loc.geoPrecision,
        confidence: Math.round(confidence * 100) / 100,
        admin1: loc.admin1,
      };
      if (loc.area) m.area = loc.area;
      mentions.push(m);
      mentionSentence.push(sentenceOf[firstTok]!);
    };
    for (const item of items) {
      const place = item.place!;
      const loc = locateOnce(place, item.q);
      const confidence =
        item.q.kind === 'none' ? item.confidence : Math.min(item.confidence, CONFIDENCE_AREA);
      emit(item.first, item.firstSkip, ends[item.last - 1]!, item.last, loc, confidence);
      if (item.q.kind === 'none') {
        const gov = govs.bySeat.get(place.id);
        if (gov && !namedAsCity(wordBefore(tokens, item.first)))
          mentions[mentions.length - 1]!.seatOf = locateOnce(gov.place, Q_NONE);
      }
      for (let k = 0; k < item.more.length; k++) {
        const { dir, token } = item.more[k]!;
        const skip = startsWithConjunction(words[token]!) ? 1 : 0;
        const next = item.more[k + 1]?.token ?? token + 1;
        const loc2 = locateOnce(place, { ...item.q, dir });
        emit(token, skip, ends[next - 1]!, next, loc2, confidence);
      }
    }

    // `ريفها الشرقي`: the countryside of the last town or governorate named before.
    // `بريف إدلب الغربي` names the countryside, not the city: no referent.
    let referent: Place | undefined;
    // The last city or town, and the last town or village, named by itself (not `جنوبي إدلب`).
    let lastCity: Place | undefined;
    let lastVillage: Place | undefined;
    /** The last countryside or region named (`المنطقة ذاتها` names it again). */
    let lastArea: Item | undefined;
    /** Whether a city or a village the gazetteer lacks was named by its kind after the last. */
    let unknownCity = false;
    let unknownVillage = false;
    let next = 0;
    for (let i = 0; i < count; i++) {
      for (; next < items.length && items[next]!.last <= i; next++) {
        const item = items[next]!;
        const p = item.place;
        if (p && !AREA_KINDS.has(p.kind) && item.q.kind !== 'countryside') referent = p;
        if (p && (item.q.kind === 'countryside' || SAME_AREA_KINDS.has(p.kind))) lastArea = item;
        // A town named bare or by what lies about it (`قرب مدينة أريحا`, `جنوبي مدينة إدلب`):
        // `المدينة` after it is that town again.
        // Not a town named bare after a direction (`مدينة سراقب الاستراتيجية شرقي إدلب`): it
        // locates the town before it, which stays the one named again.
        const before = wordBefore(tokens, item.match.first);
        const prior = next > 0 ? items[next - 1] : undefined;
        const locator =
          item.q.kind === 'direction' &&
          !(before !== undefined && skipInSet(before, SETTLEMENT) >= 0) &&
          prior?.place !== undefined &&
          item.first - prior.last <= LOCATOR_GAP &&
          joinedBetween(tokens, prior.last, item.first);
        if (p && TOWN_ITSELF.has(item.q.kind) && !locator) {
          const kind = townKind(p, before);
          if (kind === 'city') {
            lastCity = p;
            unknownCity = false;
          } else if (kind === 'village') {
            lastVillage = p;
            unknownVillage = false;
          }
        }
      }
      if (coveredTokens[i]) continue;
      const t = words[i]!;
      // `… في قرية أم جلال، وتمكنت من استعادة السيطرة على القرية`: a town the gazetteer lacks,
      // named after the last known one, is the one named again.
      // Only read while a known town may be named again (a cheap test on most tokens).
      const cue = (lastCity || lastVillage) && t.length <= 7 ? kindWord(t) : undefined;
      if (
        cue &&
        KIND_CUES.has(cue) &&
        i + 1 < count &&
        tokens.joined(i + 1) &&
        !coveredTokens[i + 1]
      ) {
        if (cue.startsWith('مدين')) unknownCity = true;
        else unknownVillage = true;
      }
      // `قصفت قوات النظام … المنطقة ذاتها`: the area named last, named again.
      if (lastArea && i + 1 < count && tokens.joined(i + 1) && SAME.has(words[i + 1]!)) {
        const skip = skipInSet(t, THE_AREA);
        if (skip >= 0) {
          emit(i, skip, ends[i + 1]!, i + 2, locateOnce(lastArea.place!, lastArea.q), 0.7);
          i++;
          continue;
        }
      }
      // `نفذ الطيران 18 غارة على المدينة وأطرافها`: the town named last, named again; its
      // outskirts told with it are the same strike (`وأطرافها`, `ومحيطها`).
      const again =
        (lastCity || lastVillage) && mayNameTownAgain(t) ? namesTownAgain(tokens, i) : undefined;
      const town =
        again === 'city' && !unknownCity
          ? lastCity
          : again === 'village' && !unknownVillage
            ? lastVillage
            : undefined;
      if (town) {
        referent = town;
        // `قصفت الطائرات أطراف المدينة`: the outskirts of the town named again.
        const near = i > 0 && tokens.joined(i) && !coveredTokens[i - 1] ? words[i - 1]! : '';
        const os = near ? skipInSet(near, OUTSKIRTS) : -1;
        if (os >= 0) {
          const loc = locateOnce(town, { kind: 'outskirts' });
          emit(i - 1, os, ends[i]!, i + 1, loc, 0.7);
        } else {
          const loc = locateOnce(town, { kind: 'none' });
          emit(i, skipInSet(t, TOWN_ANAPHORA), ends[i]!, i + 1, loc, 0.7);
        }
        const n = i + 1;
        if (n < count && tokens.joined(n) && skipInSet(words[n]!, OUTSKIRTS_PRONOUN) === 1)
          coveredTokens[n] = 1;
        continue;
      }
      if (!startsNearPronounWord(t)) continue;
      const cs = skipInSet(t, COUNTRYSIDE_PRONOUN);
      const os = cs < 0 ? skipInSet(t, OUTSKIRTS_PRONOUN) : -1;
      if (cs < 0 && os < 0) continue;
      // `التلال المحيطة بها`: with the article it is the adjective "surrounding" (folded ة→ه
      // makes it `ال` + `محيطه`); a possessive never takes the article.
      if (t.startsWith('ال', Math.max(cs, os))) continue;
      const before = referent;
      if (!before) continue;
      const after = directionAfter(tokens, i + 1);
      const q: Qualifier = { kind: cs >= 0 ? 'countryside' : 'outskirts', dir: after?.dirs[0] };
      const last = after ? i + 2 : i + 1;
      emit(i, Math.max(cs, os), ends[last - 1]!, last, locateOnce(before, q), 0.7);
    }

    // Unknown villages, placed at the area their sentence names, else the report's default:
    // its explicit area, else the title's first place (read only when a village needs it).
    let titleRead = false;
    let fallback: Located | undefined = context.defaultArea;
    const reportPlace = (): Located | undefined => {
      if (fallback || titleRead || !context.title) return fallback;
      titleRead = true;
      const first = findMentions(context.title, {}).find((m) => !m.unresolved);
      if (first) fallback = { ...first };
      return fallback;
    };
    const unknown = findUnknownNames(tokens, coveredTokens, buffers.uint8(2, count));
    if (unknown.length === 0)
      return joinRoadEnds(text, dropOverlaps(mentions), roadAreas, namedRoad);
    // A known place read as a village's second word (`قرية عين السودا`) is no mention of its own,
    // nor an anchor for the others.
    for (const u of unknown) {
      if (!u.absorbs) continue;
      const [start, end] = originalRange(n, u.start, u.end);
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (m.start < end && m.end > start) {
          mentions.splice(k, 1);
          mentionSentence.splice(k, 1);
        }
      }
    }
    // The mentions of each sentence, in emission order: a counting sort by sentence into
    // `grouped`, sentence s owning grouped[groupStart[s] .. groupStart[s + 1]).
    const sentences = count > 0 ? sentenceOf[count - 1]! + 1 : 0;
    const groupStart = new Int32Array(sentences + 1);
    for (const s of mentionSentence) groupStart[s + 1]!++;
    for (let s = 0; s < sentences; s++) groupStart[s + 1]! += groupStart[s]!;
    const grouped: PlaceMention[] = new Array(mentions.length);
    const fillAt = groupStart.slice(0, sentences);
    for (let k = 0; k < mentions.length; k++)
      grouped[fillAt[mentionSentence[k]!]!++] = mentions[k]!;
    const sortedGroups = new Map<number, PlaceMention[]>();
    /** The last known place of the sentences before sentence `s` (the whole country is none). */
    const lastPlaceBefore = (s: number): PlaceMention | undefined => {
      for (let t = s - 1; t >= 0; t--) {
        let last: PlaceMention | undefined;
        for (let k = groupStart[t]!; k < groupStart[t + 1]!; k++) {
          const m = grouped[k]!;
          if (m.unresolved || m.placeId === countryId) continue;
          if (!last || m.start > last.start) last = m;
        }
        if (last) return last;
      }
      return undefined;
    };
    // A road's two ends stand for the road: a village named beside it is near the road.
    const roadOfEnd = roadsByEnd(
      text,
      dropOverlaps(mentions.filter((m) => !m.unresolved)),
      roadAreas,
      namedRoad,
    );
    /**
     * The governorate the report's places are most in (its own, for a village no sentence
     * places), undefined on a tie or when there is none; worked out on first need.
     */
    let mainGovernorate: Located | undefined | null = null;
    const reportGovernorate = (): Located | undefined => {
      if (mainGovernorate !== null) return mainGovernorate;
      const tally = new Map<string, number>();
      for (const m of mentions)
        if (!m.unresolved && m.placeId !== countryId && m.admin1)
          tally.set(m.admin1, (tally.get(m.admin1) ?? 0) + 1);
      const ranked = [...tally].sort((a, b) => b[1] - a[1]);
      const top = ranked[0];
      mainGovernorate =
        top && (ranked.length === 1 || ranked[1]![1] < top[1])
          ? governorateNamed(top[0])
          : undefined;
      return mainGovernorate;
    };
    const byName = new Map<string, PlaceMention[]>();
    const nearName = new Map<PlaceMention, string>();
    for (const u of unknown) {
      const [start, end] = originalRange(n, u.start, u.end);
      const surface = text.slice(start, end);
      context.unresolved?.set(surface, (context.unresolved.get(surface) ?? 0) + 1);
      const s = sentenceOf[u.first]!;
      // The sentence's mentions by start, sorted once per sentence (stable, as before).
      let inSentence = sortedGroups.get(s);
      if (!inSentence) {
        inSentence = grouped.slice(groupStart[s]!, groupStart[s + 1]!).filter((m) => !m.unresolved);
        inSentence.sort((a, b) => a.start - b.start);
        sortedGroups.set(s, inSentence);
      }
      // The first mention starting after the name, else the last one ending before it; but the
      // one before when the name ends a list after it and a comma parts it from the next
      // (`قرى وبلدات البارة وكنصفرة وبليون والفطيرة، في حين سقطت قذائف على أطراف مدينة أريحا`:
      // it was placed near Ariha, of another clause).
      const anchor =
        listNeighbour(text, inSentence, start, end) ?? nearestIn(inSentence, start, end);
      // A sentence naming no place of its own (`كما قصفت قرى فليفل والفطيرة`) is read in the
      // report's place: the last one an earlier sentence named, else the title's. Unless that
      // place is in another governorate than most of the report's and the sentence does not go
      // on from it (`وتعرضت نقطة تركية في قرية قوقفين لقصف` after news from Darat Izza, in a
      // report of Idlib): then the report's governorate, at its precision, is all that is known.
      // So it is when the village comes before any place the report names, and the title names
      // none (`قصفت قوات النظام قرية الفطيرة.` then `وتشهد مناطق ريف إدلب الجنوبي قصفاً`): a
      // place named only later may be another, but the governorate most of them lie in is safe.
      const before = anchor ?? lastPlaceBefore(s);
      const main = !anchor && before ? reportGovernorate() : undefined;
      // `وقرية تل مرديخ جنوبها`: that side of the town told right before it, named by its
      // pronoun (it was placed by the next place told, Abu al-Duhur, 25 km off).
      const toward =
        u.last < count && tokens.joined(u.last)
          ? PRONOUN_DIRECTIONS.get(words[u.last]!)
          : undefined;
      const townOf = toward ? townBefore(inSentence, start) : undefined;
      const directed = townOf && locateOnce(townOf, { kind: 'direction', dir: toward });
      // A town beside it in a list that reaches far (`أبرزها جسر الشغور وسرمين والنيرب وآفس،
      // إضافة إلى مخيمات النازحين في محيط بلدة كفرلوسين`: Afs is 40 km from Kafr Lusin): named
      // beside it says nothing of how near; the town's governorate, at its precision, is what is
      // known. A town that places it (`قرية X شرقي أريحا`: an area) still does, and so does a
      // road's end (the road places it: roadOfEnd).
      const wide =
        anchor &&
        !anchor.area &&
        !roadOfEnd.has(anchor) &&
        reachesFar(anchor, inSentence, roadOfEnd);
      const base: Located | undefined =
        directed ??
        (wide
          ? (governorateNamed(anchor.admin1) ?? anchor)
          : main && before && before.admin1 !== main.admin1 && !goesOn(tokens, u.first, sentenceOf)
            ? main
            : ((before && roadOfEnd.get(before)) ??
              before ??
              reportPlace() ??
              reportGovernorate()));
      if (!base) continue;
      const area = base.area ?? nearTown(base);
      const slug = base.admin1 ? slugify(base.admin1) : 'syria';
      const m: PlaceMention = {
        start,
        end,
        surface,
        placeId: `unknown-${slug}-${stableHash(u.key).slice(0, 10)}`,
        nameAr: surface,
        nameEn: `${surface}, ${nearPhrase(base)}`,
        lat: base.lat,
        lon: base.lon,
        geoPrecision: base.geoPrecision === 3 ? 3 : 2,
        confidence: directed || (anchor && !wide) ? CONFIDENCE_UNKNOWN : CONFIDENCE_UNKNOWN_DEFAULT,
        admin1: base.admin1,
        area,
        unresolved: true,
      };
      mentions.push(m);
      nearName.set(m, nearPhrase(base));
      const same = byName.get(u.key);
      if (same) same.push(m);
      else byName.set(u.key, [m]);
    }
    // A village named twice in one report is one place: put every mention of it where the most
    // specific of them puts it (`عين شيب` "in the western countryside", then "on the western
    // outskirts of Idlib city": the outskirts).
    for (const same of byName.values()) {
      if (same.length < 2) continue;
      const best = same.reduce((a, b) => (moreSpecific(b, a) ? b : a));
      for (const m of same) {
        if (m === best) continue;
        Object.assign(m, {
          placeId: best.placeId,
          nameEn: `${m.surface}, ${nearName.get(best)}`,
          lat: best.lat,
          lon: best.lon,
          geoPrecision: best.geoPrecision,
          confidence: best.confidence,
          admin1: best.admin1,
          area: best.area,
        });
      }
    }
    return joinRoadEnds(text, dropOverlaps(mentions), roadAreas, namedRoad);
  }

  const english = englishPlaceFinder(byId, locateOnce, nearTown, (text, mentions) =>
    joinRoadEnds(text, dropOverlaps(mentions), roadAreas, namedRoad, true),
  );
  const findMentionsEn = (text: string, context: GeocodeContext = {}) =>
    english(text, context.unresolved);
  return { findMentions, findMentionsEn, index };
}

/**
 * A side of a town named by its pronoun (`جنوبها` "south of it", `شرقيها`, `غربه`), folded: the
 * town told right before.
 */
const PRONOUN_DIRECTIONS = new Map<string, Direction>(
  (['north', 'south', 'east', 'west'] as const).flatMap((dir) => {
    const stem = { north: 'شمال', south: 'جنوب', east: 'شرق', west: 'غرب' }[dir];
    return ['ها', 'يها', 'ه', 'يه'].map((end) => [`${stem}${end}`, dir] as [string, Direction]);
  }),
);

/** A town's outskirts (`area-saraqib-outskirts`, `area-saraqib-outskirts-east`): its slug. */
const OUTSKIRTS_ID = /^area-(.+)-outskirts(?:-[a-z]+)?$/;

/**
 * The place a village ends a list after (`… وبليون والفطيرة`, joined by `و` or a comma) when a
 * comma parts the village from the place told next: its list neighbour, not the next clause's
 * place. Undefined otherwise (then the nearest place is asked: nearestIn).
 */
function listNeighbour(
  text: string,
  sorted: readonly PlaceMention[],
  start: number,
  end: number,
): PlaceMention | undefined {
  let before: PlaceMention | undefined;
  let after: PlaceMention | undefined;
  for (const m of sorted) {
    if (m.end <= start) before = m;
    else if (m.start >= end) {
      after = m;
      break;
    }
  }
  if (!before || !after) return undefined;
  if (!LIST_JOIN.test(text.slice(before.end, start))) return undefined;
  const gap = text.slice(end, after.start);
  return gap.includes('،') || gap.includes(',') ? before : undefined;
}
/** What joins two items of a list: `و`, a comma, or both (`، و`). */
const LIST_JOIN = /^[\s،,]*و?\s*$/;

/** How far apart a list's towns may lie for a village named among them to be near each (km). */
const LIST_REACH_KM = 2 * DISTRICT_KM;

/**
 * Whether another town the sentence names lies farther than LIST_REACH_KM from `anchor`: a list
 * that reaches far, whose neighbours say nothing of where a village among them is. A road's ends
 * (`roadEnds`) are the road's, not a list's.
 */
function reachesFar(
  anchor: PlaceMention,
  sentence: readonly PlaceMention[],
  roadEnds: ReadonlyMap<PlaceMention, unknown>,
): boolean {
  for (const m of sentence)
    if (
      m.geoPrecision === 1 &&
      !m.area &&
      !roadEnds.has(m) &&
      distanceKm(anchor.lat, anchor.lon, m.lat, m.lon) > LIST_REACH_KM
    )
      return true;
  return false;
}

/** Words that open a sentence going on from the one before (folded): `كما`, `فيما`, `ايضا`. */
const GOES_ON = new Set([
  ...['كما', 'وكما', 'فيما', 'وفيما', 'ايضا', 'وايضا', 'كذلك', 'وكذلك', 'ثم', 'بينما', 'وبينما'],
  // What goes on there (`وتتواصل المعارك … على محاور سد تشرين`, after a strike east of Aleppo).
  ...['وتتواصل', 'تتواصل', 'ويتواصل', 'يتواصل', 'وتستمر', 'تستمر', 'ويستمر', 'يستمر'],
]);

/** Whether the sentence of token `k` opens with a word of going on (GOES_ON). */
function goesOn(tokens: TokenTable, k: number, sentenceOf: Int32Array): boolean {
  let first = k;
  while (first > 0 && sentenceOf[first - 1] === sentenceOf[k]) first--;
  const w = tokens.words[first];
  return w !== undefined && GOES_ON.has(w);
}

/**
 * Is `a` a more specific placement than `b`? Finer precision first, then the one placed by its
 * own sentence over the report default, then the smaller area (by its bounding box).
 */
function moreSpecific(a: PlaceMention, b: PlaceMention): boolean {
  if (a.geoPrecision !== b.geoPrecision) return a.geoPrecision < b.geoPrecision;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return bboxSize(a.area) < bboxSize(b.area);
}

/** Width × height in degrees of an area's bounding box (a cheap stand-in for its size). */
function bboxSize(area: PlaceMention['area']): number {
  if (!area) return Number.POSITIVE_INFINITY;
  let [w, s, e, n] = [180, 90, -180, -90];
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    }
  }
  return (e - w) * (n - s);
}

const REEF = 0x0631; // ر
const ALEF = 0x0627; // ا
const MEEM = 0x0645; // م

const TOWN_ANAPHORA = new Set(['المدينه', 'البلده', 'القريه']);
/** `المنطقة` (folded, clitics allowed) told as the same as before (`ذاتها`, `نفسها`). */
const THE_AREA = new Set(['المنطقه']);
const SAME = new Set(['ذاتها', 'نفسها']);
/** Kinds of place `المنطقة ذاتها` may name again (a countryside too): not the country, nor a road. */
const SAME_AREA_KINDS = new Set(['region', 'mountain', 'plain']);
/** Words that name a town by its kind before its name (folded): `قرية أم جلال`, `بلدة X`. */
const KIND_CUES = new Set(['مدينه', 'بلده', 'قريه']);

/** The word before a place without a conjunction or `ب` (`ومدينة`, `بمدينة`): و ف ب. */
function kindWord(before: string | undefined): string | undefined {
  const c0 = before?.charCodeAt(0);
  return c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 ? before!.slice(1) : before;
}

/**
 * How many words may stand between a town and one named bare after a direction that only
 * locates it (`مدينة سراقب الاستراتيجية شرقي إدلب`: one).
 */
const LOCATOR_GAP = 1;

/** Whether tokens `from` to `to` (inclusive) are each joined to the one before, in one phrase. */
function joinedBetween(tokens: TokenTable, from: number, to: number): boolean {
  for (let k = Math.max(1, from); k <= to; k++) if (!tokens.joined(k)) return false;
  return true;
}

/** Qualifiers that still name the town itself, not its countryside or its governorate. */
const TOWN_ITSELF: ReadonlySet<Qualifier['kind']> = new Set([
  'none',
  'outskirts',
  'direction',
  'offset',
]);

/** The word before a place names it a city (`مدينة إدلب`, `ومدينة`, `بمدينة`; folded). */
function namedAsCity(before: string | undefined): boolean {
  return kindWord(before) === 'مدينه';
}

/**
 * What a bare `المدينة` or `البلدة`/`القرية` could name again: the word the report put before the
 * place (`مدينة أريحا`, `بلدة كنصفرة`), else the gazetteer's kind of it.
 */
function townKind(p: Place, before: string | undefined): 'city' | 'village' | undefined {
  const cue = kindWord(before);
  if (cue === 'مدينه' || cue === 'مدينتي') return 'city';
  if (cue === 'بلده' || cue === 'قريه' || cue === 'بلدتي' || cue === 'قريتي') return 'village';
  if (p.kind === 'city') return 'city';
  return p.kind === 'town' || p.kind === 'village' ? 'village' : undefined;
}
/** What may follow a town named again: a preposition, or `نفسها` (`في القرية نفسها`). */
const AFTER_ANAPHORA = new Set([
  ...['في', 'على', 'علي', 'من', 'الى', 'الي', 'عن', 'منذ', 'خلال', 'جراء', 'بعد', 'قبل', 'ما'],
  ...['نفسها', 'ذاتها', 'نفسه', 'ذاته', 'مما', 'حيث', 'فيما', 'بينما', 'اثر'],
  // A time told after the verb's object (`دخلوا المدينة فجراً`).
  ...['فجرا', 'صباحا', 'مساء', 'ليلا', 'ظهرا', 'عصرا', 'اليوم', 'امس', 'مجددا'],
]);

/** A cheap necessary condition for namesTownAgain: 6–9 letters ending in ه (folded ة). */
function mayNameTownAgain(t: string): boolean {
  return t.length >= 6 && t.length <= 9 && t.charCodeAt(t.length - 1) === 0x0647;
}

/**
 * Whether token i is `المدينة`, `البلدة` or `القرية` (clitics allowed) standing for the town named
 * before: with the article and nothing after it that names or describes it (`المدينة
 * الصناعية`, `القرية الشرقية` are places of their own), so the clause ends, `و` joins the next
 * item, or a preposition (or a word with `ب`: `بالبراميل`) follows.
 */
function namesTownAgain(tokens: TokenTable, i: number): 'city' | 'village' | undefined {
  const t = tokens.words[i]!;
  if (t.length > 9 || !t.includes('ال')) return undefined;
  const skip = skipInSet(t, TOWN_ANAPHORA);
  if (skip < 0 || !t.startsWith('ال', skip)) return undefined;
  const n = i + 1;
  const w = n < tokens.count && tokens.joined(n) ? tokens.words[n]! : undefined;
  // `بقصف المدينة بالبراميل المتفجرة`: what it was hit with follows (`ب` + a noun).
  if (
    w !== undefined &&
    !(w.length > 2 && w.startsWith('و')) &&
    !(w.length > 3 && w.startsWith('ب')) &&
    !AFTER_ANAPHORA.has(w)
  )
    return undefined;
  // A city is named `المدينة`; a town `البلدة`, and so is a village, `القرية`.
  return t.startsWith('المدينه', skip) ? 'city' : 'village';
}

/**
 * True when `ريف`, `اطراف` or `محيط` occurs in `t` after at most two characters (clitics): a
 * cheap pre-test, run on every token, so one pass over its first letters rather than one per word.
 */
function startsNearPronounWord(t: string): boolean {
  for (let k = 0; k <= 2; k++) if (pronounWordAt(t, k)) return true;
  return false;
}

function pronounWordAt(t: string, k: number): boolean {
  switch (t.charCodeAt(k)) {
    case REEF:
      return t.startsWith('ريف', k);
    case ALEF:
      return t.startsWith('اطراف', k);
    case MEEM:
      return t.startsWith('محيط', k);
    default:
      return false;
  }
}

/** Sorted by start; of two overlapping mentions the earlier (then longer) one is kept. */
function dropOverlaps(mentions: PlaceMention[]): PlaceMention[] {
  // Mentions mostly come in text order already; the (stable) sort would leave them as they are.
  const sorted = inOrder(mentions)
    ? mentions
    : [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PlaceMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (m.end <= m.start) continue;
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}

/** True when the mentions are sorted by start, then by end descending. */
function inOrder(mentions: PlaceMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

/** A feature of `areas.geojson`: an area's outline with its id and names. */
export type AreaFeature = GeoJSON.Feature<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  { id: string; nameAr: string; nameEn: string; geoPrecision: number }
>;

/** The `areas.geojson` feature of a mention's `area`. */
export function areaFeature(
  m: Pick<ResolvedPlace, 'placeId' | 'nameAr' | 'nameEn' | 'geoPrecision'>,
  area: GeoJSON.Polygon | GeoJSON.MultiPolygon,
): AreaFeature {
  return {
    type: 'Feature',
    geometry: area,
    properties: {
      id: m.placeId,
      nameAr: m.nameAr,
      nameEn: m.nameEn,
      geoPrecision: m.geoPrecision,
    },
  };
}

/** Areas of the resolved mentions, one feature (with `id` set) per area id. */
export function collectAreas(
  mentions: PlaceMention[],
): GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon> {
  const seen = new Map<string, AreaFeature>();
  for (const m of mentions) {
    if (!m.area || m.unresolved || seen.has(m.placeId)) continue;
    seen.set(m.placeId, { ...areaFeature(m, m.area), id: m.placeId });
  }
  return { type: 'FeatureCollection', features: [...seen.values()] };
}

/** The unresolved tally as the ingest report wants it, most frequent first. */
export function unresolvedList(tally: Map<string, number>): { name: string; count: number }[] {
  return [...tally]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}
