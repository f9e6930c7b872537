/**
 * A road named by the two places it joins (`على الطريق الواصل بين سرمين وآفس`, `على طريق
 * سرمين – آفس`) is one place: the stretch between them, not either town. What happens there (a
 * drone strike on a car, a mine) is placed on the road, once, at precision 2 (3 when the towns
 * are more than 30 km apart), with a corridor a kilometre and a half either side as its area.
 * So is the ground between two towns named as such (`بين بلدتي كفرنبل وحاس`), with a wider strip
 * (groundJoining).
 * With one end a village the gazetteer lacks, the road is placed at the known end, near it.
 * When the gazetteer has the road itself, named by the same two places (`الطريق الدولي حلب
 * اللاذقية`, the M4), the text's road is that road, wherever its ends lie.
 */
import { distance } from '@turf/turf';
import type { GeoPrecision, Place, PlaceMention } from '../../model';
import { foldKey } from '../reports/arabic';
import { type AreaGeometry, DISTRICT_KM, disc } from './areas';
import { corridor, type Located } from './locate';

/** A road's area: this much either side of the straight line between its ends, km. */
const ROAD_HALF_WIDTH_KM = 1.5;
/** Road areas remembered at most (see roadBetween). */
const ROAD_AREAS_KEPT = 10_000;
/** Ends further apart than this make a road too long to place at precision 2, km. */
const LOCAL_ROAD_KM = 30;

/** The nouns of a road (folded): `طريق`, `أوتوستراد`. */
const ROAD_NOUNS = ['طريق', 'اوتوستراد'];
/** What kind of road, after its noun (folded): `الطريق الدولي`. */
const ROAD_KINDS = ['الدولي', 'العام', 'الرئيسي', 'السريع'];

/**
 * The words before a road's first end (folded): `الطريق الواصل بين (بلدتي)`, `طريق`, `أوتوستراد`,
 * `الطريق الذي يربط بين`, `الطريق الدولي`.
 */
const ROAD_BEFORE = new RegExp(
  `(?<![\\u0621-\\u064a])[وبل]?(?:ال)?(?:${ROAD_NOUNS.join('|')})(?:\\s+(?:${ROAD_KINDS.join('|')}))?(?:\\s+(?:الواصل|الرابط|الذي\\s+يربط|الذي\\s+يصل|الواصله|الرابطه)(?:\\s+(?:ما\\s+)?بين)?)?(?:\\s+(?:بلدتي|مدينتي|قريتي|بلدات|مدن|قري|بلدة|بلده|مدينة|مدينه|قرية|قريه))?\\s+$`,
);
/** Words that name a road as such, not a place on it: ROAD_BEFORE's nouns and kinds. */
const ROAD_WORDS = new Set([...ROAD_NOUNS.flatMap((w) => [w, `ال${w}`]), ...ROAD_KINDS]);
/**
 * Between the two ends: `و`, a dash or a slash, and the second end's kind when each end has
 * its own (`بين قرية الفطيرة وبلدة كفرنبل`).
 */
const ROAD_JOIN = /^\s*(?:و|[-–—/]\s*)(?:(?:بلدة|بلده|مدينة|مدينه|قرية|قريه)\s+)?$/;
/**
 * The words before the first of two towns named as the ground between them, with no road
 * (`سقطت قذائف بين بلدتي كفرنبل وحاس`, `في المنطقة الواقعة بين سراقب وأريحا`) (folded). Not
 * people between (`بين أهالي بلدة …`): the town must follow `بين` directly.
 */
const BETWEEN_BEFORE =
  /(?<![\u0621-\u064a])(?:ما\s+)?بين(?:\s+(?:بلدتي|مدينتي|قريتي|بلدات|مدن|قري))?\s+$/;
/** The ground between two towns: this much either side of the line joining them, km. */
const BETWEEN_HALF_WIDTH_KM = 3;

/** Places worth a road of their own: towns and villages told by name, not areas. */
function isEnd(m: PlaceMention): boolean {
  return m.geoPrecision === 1 || m.unresolved === true;
}

/**
 * The gazetteer's own road between two places, if it has one named by them (`طريق حلب اللاذقية
 * الدولي`: the M4 between Aleppo and Latakia).
 */
export type NamedRoad = (a: PlaceMention, b: PlaceMention) => Located | undefined;

const NO_NAMED_ROADS: NamedRoad = () => undefined;

/** One key for two places, whichever is named first. */
export function endsKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Fill `out` with the gazetteer's roads by the two places each one's name joins (endsKey): the
 * words of a name that are no road words, read by `read` (the geocoder), must be two places.
 *
 * @example gazetteerRoadsByEnds([m4], geocoder.findMentions, out) // out: 'gn-170063|gn-173576' → m4 ('طريق حلب اللاذقية الدولي')
 */
export function gazetteerRoadsByEnds(
  places: Iterable<Place>,
  read: (text: string) => PlaceMention[],
  out: Map<string, Place>,
): void {
  for (const place of places) {
    if (place.kind !== 'road') continue;
    for (const name of [place.nameAr, ...place.altNames]) {
      const rest = name
        .split(/\s+/)
        .filter((w) => w && !ROAD_WORDS.has(foldKey(w)) && !/[A-Za-z0-9]/.test(w))
        .join(' ');
      const ends = read(rest).filter((m) => !m.unresolved && m.placeId !== place.id);
      if (ends.length !== 2 || ends[0]!.placeId === ends[1]!.placeId) continue;
      const key = endsKey(ends[0]!.placeId, ends[1]!.placeId);
      if (!out.has(key)) out.set(key, place);
    }
  }
}

/**
 * `mentions` (in text order, none overlapping) with each pair of road ends replaced by one
 * mention of the road between them; the same array when there is none. `areas` remembers
 * roads' areas by id.
 *
 * @example joinRoadEnds('على الطريق الواصل بين سرمين وآفس', [sarmin, afs], new Map())
 * // [{ placeId: 'area-road-gn-1-gn-2', nameEn: 'road between Sarmin and Afs', geoPrecision: 2, … }]
 */
export function joinRoadEnds(
  text: string,
  mentions: PlaceMention[],
  areas: Map<string, AreaGeometry | undefined>,
  named: NamedRoad = NO_NAMED_ROADS,
  english = false,
): PlaceMention[] {
  const roads = roadsByEnd(text, mentions, areas, named, english);
  if (roads.size === 0) return mentions;
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const road = roads.get(m);
    // The road in the place of its first end; its second end is in it. (A town the road is
    // told from is no end in `roads`: a place of its own.)
    if (!road) out.push(m);
    else if (out.at(-1) !== road) out.push(road);
  }
  return out;
}

/**
 * Each end of a road the text names by its two ends, with the road (see joinRoadEnds): a village
 * the gazetteer lacks, named beside `الطريق الواصل بين سرمين وآفس`, is near that road, not near
 * Afs. `mentions`: in text order, none overlapping.
 *
 * @example roadsByEnd('على طريق سرمين – آفس', [sarmin, afs], new Map()).get(afs)?.placeId // 'area-road-…'
 */
export function roadsByEnd(
  text: string,
  mentions: PlaceMention[],
  areas: Map<string, AreaGeometry | undefined>,
  named: NamedRoad = NO_NAMED_ROADS,
  english = false,
): Map<PlaceMention, PlaceMention> {
  const out = new Map<PlaceMention, PlaceMention>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    const road = english
      ? (roadJoining(text, a, b, areas, named, namedAsPairEn) ??
        groundJoining(text, a, b, areas, betweenEn))
      : (roadJoining(text, a, b, areas, named) ??
        groundJoining(text, a, b, areas, (t, x, y) => namedAsPair(t, x, y, BETWEEN_BEFORE, 30)));
    if (!road) continue;
    if (!english && roadFromTo(text, a, b)) {
      // `بلدة كفرنوران والطريق المؤدي إلى الأتارب`: the town struck, and the road from it. The
      // road's span is its own words and the second end, after the town's.
      const start = a.end + text.slice(a.end, b.start).search(/[^\s،,و]/);
      out.set(b, { ...road, start, surface: text.slice(start, road.end) });
    } else {
      out.set(a, road);
      out.set(b, road);
    }
    k++;
  }
  return out;
}

/**
 * True when `a` and `b` are named as a pair (`سرمين وآفس`, `سرمين – آفس`) right after words
 * `before` accepts, read in the `reach` characters before `a` (folded).
 */
function namedAsPair(
  text: string,
  a: PlaceMention,
  b: PlaceMention,
  before: RegExp,
  reach: number,
): boolean {
  return (
    b.start - a.end <= 12 &&
    ROAD_JOIN.test(text.slice(a.end, b.start)) &&
    before.test(foldKey(text.slice(Math.max(0, a.start - reach), a.start)))
  );
}

/**
 * What a place made of two mentions takes from them: the text from the first to the second,
 * and a confidence a little under the lesser of theirs.
 */
function spanning(
  text: string,
  a: PlaceMention,
  b: PlaceMention,
): Pick<PlaceMention, 'start' | 'end' | 'surface' | 'confidence'> {
  return {
    start: a.start,
    end: b.end,
    surface: text.slice(a.start, b.end),
    confidence: Math.round(Math.min(a.confidence, b.confidence) * 90) / 100,
  };
}

/**
 * Between a town and the road from it to another (folded): `استهدفت المسيرات بلدة كفرنوران
 * والطريق المؤدي إلى الأتارب`. The road runs between the two; the second town was taken for
 * the place struck.
 */
const ROAD_FROM_TO =
  /^\s*[،,]?\s*و?(?:ال)?طريق\s+(?:ال)?(?:مؤدي|واصل)\s+(?:الي|ل|باتجاه|نحو)\s*(?:(?:بلدة|بلده|مدينة|مدينه|قرية|قريه)\s+)?$/;

/** Whether `b` ends the road from `a` that the text names after `a` (ROAD_FROM_TO). */
function roadFromTo(text: string, a: PlaceMention, b: PlaceMention): boolean {
  if (b.start - a.end > 40) return false;
  // Asked of every two places side by side: the road's word, unfolded, before folding the gap.
  const gap = text.slice(a.end, b.start);
  return gap.includes('طريق') && ROAD_FROM_TO.test(foldKey(gap));
}

/** Two ends of a road named as such in Arabic (ROAD_BEFORE, ROAD_FROM_TO). */
function namedAsRoadPair(text: string, a: PlaceMention, b: PlaceMention): boolean {
  return namedAsPair(text, a, b, ROAD_BEFORE, 60) || roadFromTo(text, a, b);
}

/**
 * Before a road's first end in English (lower-cased): `the road between`, `the highway
 * linking`, `the road from`, `the road that connects the towns of`.
 */
const ROAD_BEFORE_EN =
  /\b(?:road|highway|motorway)\s+(?:(?:that\s+)?(?:links?|linking|connects?|connecting|joins?|joining)\s+)?(?:between\s+|from\s+)?(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$/;
/** Between its two ends in English: `and`, `to`, a dash or a slash (`the Sarmada–Bab al-Hawa road`). */
const ROAD_JOIN_EN = /^\s*(?:and|to|[-–—/])\s*(?:the\s+(?:town|village|city)\s+of\s+)?$/;
const DASH = /^\s*[-–—/]\s*$/;
/**
 * Before the first of two towns named as the ground between them in English (lower-cased):
 * `between`, `between the towns of` (`a car travelling between the towns of Idlib and Binnish`).
 */
const BETWEEN_BEFORE_EN = /\bbetween\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$/;

/** Two towns named in English as the ground between them (BETWEEN_BEFORE_EN, ROAD_JOIN_EN). */
function betweenEn(text: string, a: PlaceMention, b: PlaceMention): boolean {
  const gap = text.slice(a.end, b.start);
  return (
    gap.length <= 30 &&
    ROAD_JOIN_EN.test(gap.toLowerCase()) &&
    BETWEEN_BEFORE_EN.test(text.slice(Math.max(0, a.start - 40), a.start).toLowerCase())
  );
}

/** After the second end of `the Sarmada–Bab al-Hawa road` (lower-cased). */
const ROAD_AFTER_EN = /^\s+(?:road|highway|motorway)\b/;

/**
 * Two ends of a road named as such in English: `on the road between Sarmada and Bab al-Hawa`,
 * `the highway linking Saraqib to Ariha`, `the Sarmada–Bab al-Hawa road`.
 */
function namedAsPairEn(text: string, a: PlaceMention, b: PlaceMention): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > 30 || !ROAD_JOIN_EN.test(gap.toLowerCase())) return false;
  if (ROAD_BEFORE_EN.test(text.slice(Math.max(0, a.start - 60), a.start).toLowerCase()))
    return true;
  return DASH.test(gap) && ROAD_AFTER_EN.test(text.slice(b.end, b.end + 12).toLowerCase());
}

/** The road whose two ends the text names as `a` and `b`, or undefined. */
function roadJoining(
  text: string,
  a: PlaceMention,
  b: PlaceMention,
  areas: Map<string, AreaGeometry | undefined>,
  named: NamedRoad,
  pair: (text: string, a: PlaceMention, b: PlaceMention) => boolean = namedAsRoadPair,
): PlaceMention | undefined {
  if (!pair(text, a, b)) return undefined;
  const known = named(a, b);
  if (known) return namedRoadMention(text, a, b, known);
  if (isEnd(a) && isEnd(b) && !(a.unresolved && b.unresolved))
    return roadBetween(text, a, b, areas);
  return undefined;
}

/** The area of `placeId`, made by `make` the first time it is asked for. */
function areaOnce(
  areas: Map<string, AreaGeometry | undefined>,
  placeId: string,
  make: () => AreaGeometry | undefined,
): AreaGeometry | undefined {
  if (areas.has(placeId)) return areas.get(placeId);
  const area = make();
  // A corpus names few roads, a hostile one endless unknown villages as ends: start over.
  if (areas.size >= ROAD_AREAS_KEPT) areas.clear();
  areas.set(placeId, area);
  return area;
}

/**
 * The ground between two towns the text names as such (`بين بلدتي كفرنبل وحاس`), or undefined:
 * one place at precision 2 (3 past 30 km), a strip three kilometres either side of the line
 * joining them, not both towns at precision 1.
 */
function groundJoining(
  text: string,
  a: PlaceMention,
  b: PlaceMention,
  areas: Map<string, AreaGeometry | undefined>,
  pair: (text: string, a: PlaceMention, b: PlaceMention) => boolean,
): PlaceMention | undefined {
  if (
    !pair(text, a, b) ||
    a.unresolved ||
    b.unresolved ||
    a.geoPrecision !== 1 ||
    b.geoPrecision !== 1 ||
    a.placeId === b.placeId
  )
    return undefined;
  const from: [number, number] = [a.lon, a.lat];
  const to: [number, number] = [b.lon, b.lat];
  const km = distance(from, to, { units: 'kilometers' });
  const placeId = `area-between-${a.placeId}-${b.placeId}`;
  const area = areaOnce(areas, placeId, () => corridor([from, to], BETWEEN_HALF_WIDTH_KM));
  const m: PlaceMention = {
    ...spanning(text, a, b),
    placeId,
    nameAr: `المنطقة بين ${a.nameAr} و${b.nameAr}`,
    nameEn: `the area between ${a.nameEn} and ${b.nameEn}`,
    lon: (a.lon + b.lon) / 2,
    lat: (a.lat + b.lat) / 2,
    geoPrecision: km > LOCAL_ROAD_KM ? 3 : 2,
    admin1: a.admin1,
  };
  if (area) m.area = area;
  return m;
}

/** The gazetteer's road, told by its two ends. */
function namedRoadMention(
  text: string,
  a: PlaceMention,
  b: PlaceMention,
  road: Located,
): PlaceMention {
  const m: PlaceMention = {
    ...spanning(text, a, b),
    placeId: road.placeId,
    nameAr: road.nameAr,
    nameEn: road.nameEn,
    lon: road.lon,
    lat: road.lat,
    geoPrecision: road.geoPrecision,
    admin1: road.admin1,
  };
  if (road.area) m.area = road.area;
  return m;
}

function nameEn(m: PlaceMention): string {
  return m.unresolved ? m.nameAr : m.nameEn;
}

function roadBetween(
  text: string,
  a: PlaceMention,
  b: PlaceMention,
  areas: Map<string, AreaGeometry | undefined>,
): PlaceMention {
  const known = a.unresolved ? [b] : b.unresolved ? [a] : [a, b];
  const ends: [number, number][] = known.map((m) => [m.lon, m.lat]);
  const km = ends.length === 2 ? distance(ends[0]!, ends[1]!, { units: 'kilometers' }) : 0;
  const precision: GeoPrecision = km > LOCAL_ROAD_KM ? 3 : 2;
  const placeId = `area-road-${a.placeId}-${b.placeId}`;
  const area = areaOnce(areas, placeId, () =>
    ends.length === 2 ? corridor(ends, ROAD_HALF_WIDTH_KM) : disc(ends[0]!, DISTRICT_KM),
  );
  const m: PlaceMention = {
    ...spanning(text, a, b),
    placeId,
    nameAr: `الطريق بين ${a.nameAr} و${b.nameAr}`,
    // A village the gazetteer lacks by its name as written (its own English name says where
    // it was placed, which the road's precision tells already).
    nameEn: `road between ${nameEn(a)} and ${nameEn(b)}`,
    lon: ends.reduce((s, p) => s + p[0], 0) / ends.length,
    lat: ends.reduce((s, p) => s + p[1], 0) / ends.length,
    geoPrecision: precision,
    admin1: (a.unresolved ? b : a).admin1,
  };
  if (area) m.area = area;
  return m;
}
