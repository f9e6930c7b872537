import type { Place, PlaceMention } from '../../model';
import { stableHash } from '../text/hash';
import { normalise, originalRange } from '../text/normalise';
import { gapBreaksSentence, type Token, tokenise } from '../text/tokens';
import { DISTRICT_KM, type Direction, disc, slugify } from './areas';
import { buildGovernorates, type Governorates } from './governorates';
import { type AreaCache, governorateOf, type Located, locate, type Qualifier } from './locate';
import { matchNames, type NameMatch } from './match';
import { buildNameIndex, type NameIndex } from './nameIndex';
import {
  COUNTRYSIDE,
  COUNTRYSIDE_DUAL,
  COUNTRYSIDE_PRONOUN,
  DISTRICT,
  directionAfter,
  directionBefore,
  directionNoun,
  GOVERNORATE,
  joined,
  OUTSKIRTS,
  OUTSKIRTS_PRONOUN,
  SETTLEMENT,
  skipInSet,
  wordSkip,
} from './qualifiers';
import { CONFIDENCE_CERTAIN, choose, distinctCandidates } from './resolve';
import { findUnknownNames } from './unknownVillages';

/** The gazetteer as loaded from `data/gazetteer/`. */
export interface GazetteerData {
  places: Place[];
  /** Governorate polygons (properties `{id, nameEn, nameAr, code}`), used to build areas. */
  admin1?: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
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

/** Confidence of an area read from a qualified name: the name is sure, the extent is not. */
const CONFIDENCE_AREA = 0.85;
/** Kinds that are not the antecedent of `ريفها` (a country or a mountain has no countryside). */
const AREA_KINDS = new Set(['country', 'region', 'mountain', 'plain', 'road', 'river']);
const CONFIDENCE_UNKNOWN = 0.3;
const CONFIDENCE_UNKNOWN_DEFAULT = 0.2;

interface Item {
  match: NameMatch;
  q: Qualifier;
  /** Token where the mention starts (a qualifier, or the name) and its clitic skip. */
  first: number;
  firstSkip: number;
  /** Token after the mention's last token. */
  last: number;
  /** Further directions coordinated after the first (`الجنوبي والشرقي`), with their tokens. */
  more: { dir: Direction; token: number }[];
  dual: boolean;
  place?: Place;
  confidence: number;
  sentence: number;
}

/** The qualifier written around a matched name, and the tokens it takes. */
function readQualifier(
  tokens: Token[],
  m: NameMatch,
): Omit<Item, 'place' | 'confidence' | 'sentence'> {
  const item: Omit<Item, 'place' | 'confidence' | 'sentence'> = {
    match: m,
    q: { kind: 'none' },
    first: m.first,
    firstSkip: m.skip,
    last: m.last,
    more: [],
    dual: false,
  };
  if (m.skip > 0) return item; // `بإدلب`: a preposition, not a qualifier, stands before it.
  let p = m.first;
  let settlement = false;
  const before = (k: number) => (k > 0 && joined(tokens[k]!.gap) ? tokens[k - 1] : undefined);
  const setStart = (k: number, accepts: (f: string) => boolean) => {
    item.first = k;
    item.firstSkip = Math.max(0, wordSkip(tokens[k]!.text, accepts));
  };
  const t0 = before(p);
  if (t0 && skipInSet(t0.text, SETTLEMENT) >= 0) {
    settlement = true;
    p--;
  }
  const prev = before(p);
  const has = (set: ReadonlySet<string>) => (f: string) => set.has(f);
  if (prev && skipInSet(prev.text, OUTSKIRTS) >= 0) {
    item.q = { kind: 'outskirts' };
    setStart(p - 1, has(OUTSKIRTS));
  } else if (
    prev?.text === 'من' &&
    before(p - 1) &&
    wordSkip(tokens[p - 2]!.text, (f) => f === 'قرب') >= 0
  ) {
    item.q = { kind: 'outskirts' };
    setStart(p - 2, (f) => f === 'قرب');
  } else if (!settlement && prev && skipInSet(prev.text, COUNTRYSIDE) >= 0) {
    item.q = { kind: 'countryside' };
    setStart(p - 1, has(COUNTRYSIDE));
  } else if (!settlement && prev && skipInSet(prev.text, COUNTRYSIDE_DUAL) >= 0) {
    item.q = { kind: 'countryside' };
    item.dual = true;
    setStart(p - 1, has(COUNTRYSIDE_DUAL));
  } else if (!settlement && prev && skipInSet(prev.text, GOVERNORATE) >= 0) {
    item.q = { kind: 'governorate' };
    setStart(p - 1, has(GOVERNORATE));
  } else if (!settlement && prev && skipInSet(prev.text, DISTRICT) >= 0) {
    item.q = { kind: 'district' };
    setStart(p - 1, has(DISTRICT));
  } else {
    const d = directionBefore(tokens, p);
    if (d) {
      item.q = { kind: 'direction', dir: d.dir };
      setStart(d.start, (f) => directionNoun(f) !== undefined);
    } else if (settlement) {
      item.first = p;
      item.firstSkip = Math.max(0, wordSkip(tokens[p]!.text, has(SETTLEMENT)));
      // `مدينة إدلب`: the settlement word is kept out of the mention, it only says "the town".
      item.first = m.first;
      item.firstSkip = 0;
    }
  }
  if (item.q.kind === 'countryside' || item.q.kind === 'outskirts') {
    const after = directionAfter(tokens, m.last);
    if (after) {
      item.q.dir = after.dirs[0];
      item.last = after.end;
      // The coordinated ones (`والشرقي`) become mentions of their own, one token each.
      let k = m.last;
      const tokensOf: number[] = [];
      while (k < after.end) tokensOf.push(k++);
      const starts = tokensOf.filter((i) => i === m.last || /^[وف]/.test(tokens[i]!.text));
      for (let n = 1; n < after.dirs.length; n++) {
        item.more.push({ dir: after.dirs[n]!, token: starts[n]! });
      }
      if (item.more.length > 0) item.last = item.more[0]!.token;
    }
  }
  return item;
}

/**
 * Candidates per trie node's place list, for a governorate qualifier and for any other: they
 * depend on nothing else, and `distinctCandidates` measures distances between every pair.
 */
const CANDIDATES = new WeakMap<Place[], [Place[]?, Place[]?]>();

function candidatesFor(
  item: Omit<Item, 'place' | 'confidence' | 'sentence'>,
  govs: Governorates,
): Place[] {
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

function computeCandidates(
  item: Omit<Item, 'place' | 'confidence' | 'sentence'>,
  govs: Governorates,
): Place[] {
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
  const govs = buildGovernorates(gazetteer);
  const extra: Place[] = govs.all.map((g) => g.place).filter((p) => !gazetteer.places.includes(p));
  if (govs.country && !gazetteer.places.includes(govs.country.place)) {
    extra.push({ ...govs.country.place, altNames: [...govs.country.place.altNames, 'سورية'] });
  }
  const index = buildNameIndex([...gazetteer.places, ...extra]);
  const byId = new Map([...gazetteer.places, ...extra].map((p) => [p.id, p]));
  if (govs.country) {
    const countryId = govs.country.place.id;
    const indexed = byId.get(countryId);
    if (indexed) govs.country.place = indexed;
  }
  const cache: AreaCache = new Map();
  // `locate` is a function of the place and the qualifier once the area cache holds the area,
  // and most mentions repeat a few places: remember each answer instead of rebuilding its id,
  // slug and names per mention.
  const locatedMemo = new Map<Place, (Located | undefined)[]>();
  const locateOnce = (place: Place, q: Qualifier): Located => {
    let row = locatedMemo.get(place);
    if (!row) {
      row = [];
      locatedMemo.set(place, row);
    }
    const slot = QUALIFIER_SLOT[q.kind] * DIRECTION_SLOTS + (q.dir ? DIRECTION_SLOT[q.dir] : 0);
    let loc = row[slot];
    if (!loc) {
      loc = locate(place, q, govs, cache);
      row[slot] = loc;
    }
    return loc;
  };

  function findMentions(text: string, context: GeocodeContext = {}): PlaceMention[] {
    const n = normalise(text);
    const tokens = tokenise(n.text);
    const sentenceOf = new Int32Array(tokens.length);
    for (let i = 1, s = 0; i < tokens.length; i++) {
      if (gapBreaksSentence(tokens[i]!.gap)) s++;
      sentenceOf[i] = s;
    }
    const items: Item[] = matchNames(index, tokens).map((m) => ({
      ...readQualifier(tokens, m),
      confidence: CONFIDENCE_CERTAIN,
      sentence: sentenceOf[m.first]!,
    }));
    // Mentions that a qualifier (`ريف`) starts inside another match's span are dropped later.
    // `ريفي إدلب وحماة`: the second governorate shares the dual countryside.
    for (let i = 0; i + 1 < items.length; i++) {
      const a = items[i]!;
      const b = items[i + 1]!;
      if (
        a.dual &&
        !a.q.dir &&
        b.match.first === a.match.last &&
        b.match.skip === 1 &&
        b.q.kind === 'none'
      ) {
        b.q = { kind: 'countryside' };
      }
    }
    // Resolution: unambiguous names first, then the others with them as context.
    const textAdmin1 = new Map<string, number>();
    const sentenceAdmin1 = new Map<number, Map<string, number>>();
    const sentencePoints = new Map<number, [number, number][]>();
    const pending: { item: Item; cands: Place[] }[] = [];
    for (const item of items) {
      const cands = candidatesFor(item, govs);
      if (cands.length === 1) {
        const p = cands[0]!;
        item.place = p;
        textAdmin1.set(p.admin1, 0.3);
        const sa = sentenceAdmin1.get(item.sentence) ?? new Map<string, number>();
        sa.set(p.admin1, 1);
        sentenceAdmin1.set(item.sentence, sa);
        if (p.kind !== 'governorate' && p.kind !== 'country') {
          const pts = sentencePoints.get(item.sentence) ?? [];
          pts.push([p.lon, p.lat]);
          sentencePoints.set(item.sentence, pts);
        }
      } else pending.push({ item, cands });
    }
    for (const { item, cands } of pending) {
      const admin1 = new Map(textAdmin1);
      for (const [k, v] of sentenceAdmin1.get(item.sentence) ?? []) admin1.set(k, v);
      const r = choose(cands, { admin1, points: sentencePoints.get(item.sentence) ?? [] });
      item.place = r.place;
      item.confidence = r.confidence;
    }

    const mentions: PlaceMention[] = [];
    const coveredTokens = new Uint8Array(tokens.length);
    const bySentence = new Map<number, PlaceMention[]>();
    const emit = (
      firstTok: number,
      skip: number,
      endNorm: number,
      lastTok: number,
      loc: Located,
      confidence: number,
    ) => {
      const [start, end] = originalRange(n, tokens[firstTok]!.start + skip, endNorm);
      coveredTokens.fill(1, firstTok, lastTok);
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
      const group = bySentence.get(sentenceOf[firstTok]!) ?? [];
      group.push(m);
      bySentence.set(sentenceOf[firstTok]!, group);
      return m;
    };
    const located: { item: Item; loc: Located }[] = [];
    for (const item of items) {
      const place = item.place!;
      const loc = locateOnce(place, item.q);
      const confidence =
        item.q.kind === 'none' ? item.confidence : Math.min(item.confidence, CONFIDENCE_AREA);
      const end = tokens[item.last - 1]!.end;
      emit(item.first, item.firstSkip, end, item.last, loc, confidence);
      located.push({ item, loc });
      for (let k = 0; k < item.more.length; k++) {
        const { dir, token } = item.more[k]!;
        const t = tokens[token]!;
        const skip = /^[وف]/.test(t.text) ? 1 : 0;
        const next = item.more[k + 1]?.token ?? token + 1;
        const loc2 = locateOnce(place, { ...item.q, dir });
        emit(token, skip, tokens[next - 1]!.end, next, loc2, confidence);
      }
    }

    // `ريفها الشرقي`: the countryside of the last town or governorate named before.
    let referent: Place | undefined;
    let next = 0;
    for (let i = 0; i < tokens.length; i++) {
      for (; next < located.length && located[next]!.item.last <= i; next++) {
        const p = located[next]!.item.place;
        if (p && !AREA_KINDS.has(p.kind)) referent = p;
      }
      if (coveredTokens[i]) continue;
      const t = tokens[i]!.text;
      if (!startsNear(t, 'ريف') && !startsNear(t, 'اطراف') && !startsNear(t, 'محيط')) continue;
      const cs = skipInSet(t, COUNTRYSIDE_PRONOUN);
      const os = cs < 0 ? skipInSet(t, OUTSKIRTS_PRONOUN) : -1;
      if (cs < 0 && os < 0) continue;
      const before = referent;
      if (!before) continue;
      const after = directionAfter(tokens, i + 1);
      const q: Qualifier = { kind: cs >= 0 ? 'countryside' : 'outskirts', dir: after?.dirs[0] };
      const last = after ? i + 2 : i + 1;
      emit(i, Math.max(cs, os), tokens[last - 1]!.end, last, locateOnce(before, q), 0.7);
    }

    // Unknown villages, placed at the area their sentence names, else the report's default.
    let fallback: Located | undefined = context.defaultArea;
    if (!fallback && context.title) {
      const t = findMentions(context.title, {});
      const first = t.find((m) => !m.unresolved);
      if (first) fallback = { ...first };
    }
    for (const u of findUnknownNames(tokens, coveredTokens)) {
      const [start, end] = originalRange(n, u.start, u.end);
      const surface = text.slice(start, end);
      context.unresolved?.set(surface, (context.unresolved.get(surface) ?? 0) + 1);
      const inSentence = (bySentence.get(sentenceOf[u.first]!) ?? []).filter((m) => !m.unresolved);
      inSentence.sort((a, b) => a.start - b.start);
      const anchor =
        inSentence.find((m) => m.start >= end) ?? inSentence.filter((m) => m.end <= start).pop();
      const base: Located | undefined = anchor ?? fallback;
      if (!base) continue;
      // Near a town: a district-sized disc around it, made once per town.
      let area = base.area;
      if (!area) {
        const key = `near-${base.placeId}`;
        const hit = cache.get(key) ?? {
          area: disc([base.lon, base.lat], DISTRICT_KM),
          at: [base.lon, base.lat] as [number, number],
        };
        cache.set(key, hit);
        area = hit.area;
      }
      const slug = base.admin1 ? slugify(base.admin1) : 'syria';
      const m: PlaceMention = {
        start,
        end,
        surface,
        placeId: `unknown-${slug}-${stableHash(u.key).slice(0, 10)}`,
        nameAr: surface,
        nameEn: `${surface} (near ${base.nameEn})`,
        lat: base.lat,
        lon: base.lon,
        geoPrecision: base.geoPrecision === 3 ? 3 : 2,
        confidence: anchor ? CONFIDENCE_UNKNOWN : CONFIDENCE_UNKNOWN_DEFAULT,
        admin1: base.admin1,
        area,
        unresolved: true,
      };
      mentions.push(m);
    }
    return dropOverlaps(mentions);
  }

  void byId;
  return { findMentions, index };
}

/** True when `word` occurs in `t` after at most two characters (clitics): a cheap pre-test. */
function startsNear(t: string, word: string): boolean {
  return t.startsWith(word) || t.startsWith(word, 1) || t.startsWith(word, 2);
}

/** Sorted by start; of two overlapping mentions the earlier (then longer) one is kept. */
function dropOverlaps(mentions: PlaceMention[]): PlaceMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PlaceMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (m.end <= m.start) continue;
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}

/** Areas of the mentions, one feature per area id, for `areas.geojson`. */
export function collectAreas(
  mentions: PlaceMention[],
): GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon> {
  const seen = new Map<string, GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>>();
  for (const m of mentions) {
    if (!m.area || m.unresolved || seen.has(m.placeId)) continue;
    seen.set(m.placeId, {
      type: 'Feature',
      id: m.placeId,
      geometry: m.area,
      properties: {
        id: m.placeId,
        nameAr: m.nameAr,
        nameEn: m.nameEn,
        geoPrecision: m.geoPrecision,
      },
    });
  }
  return { type: 'FeatureCollection', features: [...seen.values()] };
}

/** The unresolved tally as the ingest report wants it, most frequent first. */
export function unresolvedList(tally: Map<string, number>): { name: string; count: number }[] {
  return [...tally]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}
