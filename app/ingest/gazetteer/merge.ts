/**
 * Join GeoNames places with cited facts (reference + curated tables), cross-check coordinates,
 * derive roads/rivers, and mark same-named places that are genuinely different.
 *
 * Rules (why in brackets):
 * - A point fact matches a GeoNames place when a name agrees (folded Arabic or Latin) within
 *   MATCH_KM. The merged entry keeps the `gn-` id [stable across rebuilds of the tables].
 * - Disagreement > FLAG_KM must carry a decision (decisions.tsv), otherwise the build fails
 *   [a silent pick would hide a wrong row].
 * - Without a decision, minute-precision pages yield to GeoNames [GeoNames has seconds];
 *   otherwise the cited page wins.
 */
import type { Place } from '../../model/place.ts';
import type { Fact } from './facts.ts';
import { isMinutePrecision } from './facts.ts';
import { distanceKm, round5 } from './geo.ts';
import { foldLatin, isArabic, normaliseArabic, uniqueSorted } from './normalize.ts';

export const MATCH_KM = 10;
export const FLAG_KM = 2;
/** Same folded Arabic name and district but this far apart: different places. */
export const DISTINCT_KM = 5;

export type DecisionAction = 'reference' | 'geonames' | 'reject' | 'duplicate';
export interface Decision {
  action: DecisionAction;
  note: string;
}

export interface MergeResult {
  places: Place[];
  /** Fact id → final id (for facts folded into GeoNames entries or duplicates). */
  aliases: Map<string, string>;
  log: string[];
}

const POINT_KINDS = new Set(['city', 'town', 'village', 'locality', 'neighbourhood']);

function namesOf(p: { nameAr: string; nameEn: string; altNames: string[] }) {
  const all = [p.nameAr, p.nameEn, ...p.altNames].filter((n) => n.length > 0);
  return {
    ar: new Set(all.filter(isArabic).map(normaliseArabic)),
    en: new Set(all.filter((n) => !isArabic(n)).map(foldLatin)),
  };
}

function sharesName(a: ReturnType<typeof namesOf>, b: ReturnType<typeof namesOf>): boolean {
  for (const x of a.ar) if (b.ar.has(x)) return true;
  for (const x of a.en) if (x.length > 2 && b.en.has(x)) return true;
  return false;
}

/** Nearest GeoNames place sharing a name with the fact, within MATCH_KM. */
export function findGeoNamesMatch(
  fact: Fact,
  geonames: readonly Place[],
): { place: Place; km: number } | undefined {
  if (fact.lat === undefined || fact.lon === undefined || !POINT_KINDS.has(fact.kind)) {
    return undefined;
  }
  const fn = namesOf(fact);
  let best: { place: Place; km: number } | undefined;
  for (const g of geonames) {
    const km = distanceKm(fact.lat, fact.lon, g.lat, g.lon);
    if (km > MATCH_KM || !sharesName(fn, namesOf(g))) continue;
    if (!best || km < best.km) best = { place: g, km };
  }
  return best;
}

/** `names` sorted and unique, without `place`'s own Arabic and English names. */
function altNamesOf(place: Pick<Place, 'nameAr' | 'nameEn'>, names: Iterable<string>): string[] {
  return uniqueSorted(names).filter((n) => n !== place.nameAr && n !== place.nameEn);
}

/** The fact's district, subdistrict, population and radius, where it has them. */
function copyOptionalFacts(f: Fact, into: Place): void {
  if (f.district) into.district = f.district;
  if (f.subdistrict) into.subdistrict = f.subdistrict;
  if (f.population !== undefined) into.population = f.population;
  if (f.radiusKm !== undefined) into.radiusKm = f.radiusKm;
}

function factToPlace(f: Fact): Place {
  const p: Place = {
    id: f.id,
    nameAr: f.nameAr,
    nameEn: f.nameEn,
    altNames: altNamesOf(f, f.altNames),
    kind: f.kind,
    lat: round5(f.lat ?? 0),
    lon: round5(f.lon ?? 0),
    admin1: f.governorate,
    source: { kind: f.origin, url: f.url },
  };
  if (f.note) p.source.note = f.note;
  copyOptionalFacts(f, p);
  if (f.via.length > 0) p.via = [...f.via];
  if (f.distinctFrom.length > 0) p.distinctFrom = [...f.distinctFrom];
  return p;
}

function joinNote(...parts: (string | undefined)[]): string {
  return parts.filter((s): s is string => !!s && s.length > 0).join('; ');
}

/** Merge a fact into its GeoNames twin, choosing coordinates per the rules above. */
function mergeInto(g: Place, f: Fact, km: number, decision: Decision | undefined, log: string[]) {
  const kmText = `${km.toFixed(2)} km`;
  let useGeoNames: boolean;
  let why: string;
  if (decision && (decision.action === 'reference' || decision.action === 'geonames')) {
    useGeoNames = decision.action === 'geonames';
    why = `decision: ${decision.note}`;
  } else if (km > FLAG_KM) {
    throw new Error(
      `${f.id} and ${g.id} disagree by ${kmText} (> ${FLAG_KM} km): add a decision row`,
    );
  } else if (isMinutePrecision(f.lat ?? 0, f.lon ?? 0)) {
    useGeoNames = true;
    why = 'cited page has minute precision only, GeoNames point kept';
  } else {
    useGeoNames = false;
    why = 'cited page coordinates kept';
  }
  log.push(`${km > FLAG_KM ? 'FLAG' : 'MERGE'} ${f.id} → ${g.id}: ${kmText}; ${why}`);
  const merged: Place = {
    ...g,
    nameAr: f.nameAr || g.nameAr,
    nameEn: f.nameEn || g.nameEn,
    kind: g.kind === 'city' ? 'city' : f.kind === 'locality' ? g.kind : f.kind,
    admin1: f.governorate || g.admin1,
  };
  // `altNames` keeps its place among the keys of `g`.
  merged.altNames = altNamesOf(merged, [g.nameAr, g.nameEn, ...g.altNames, ...f.altNames]);
  copyOptionalFacts(f, merged);
  if (useGeoNames) {
    merged.source = {
      kind: 'geonames',
      url: g.source.url,
      ref: g.source.ref ?? '',
      note: joinNote(`${f.origin} page ${f.url} is ${kmText} away`, why, f.note),
    };
  } else {
    merged.lat = round5(f.lat ?? g.lat);
    merged.lon = round5(f.lon ?? g.lon);
    merged.source = {
      kind: f.origin,
      url: f.url,
      ref: `geonames:${g.source.ref ?? ''}`,
      note: joinNote(`GeoNames ${g.id} is ${kmText} away`, why, f.note),
    };
  }
  return merged;
}

/** Fold a second row describing the same place into the first (names only). */
function foldDuplicate(into: Place, f: Fact): void {
  into.altNames = altNamesOf(into, [...into.altNames, f.nameAr, f.nameEn, ...f.altNames]);
}

export function mergeSources(
  geonames: readonly Place[],
  facts: readonly Fact[],
  decisions: ReadonlyMap<string, Decision>,
): MergeResult {
  const log: string[] = [];
  const aliases = new Map<string, string>();
  const byId = new Map<string, Place>(geonames.map((g) => [g.id, { ...g }]));
  const factIdToPlace = new Map<string, Place>();

  for (const f of facts) {
    const decision = decisions.get(f.id);
    if (decision?.action === 'reject') {
      log.push(`REJECT ${f.id}: ${decision.note}`);
      continue;
    }
    // A second row for a place already taken (e.g. the same town under two spellings).
    const earlier = [...factIdToPlace.entries()].find(
      ([, p]) =>
        normaliseArabic(p.nameAr) === normaliseArabic(f.nameAr) &&
        f.lat !== undefined &&
        distanceKm(p.lat, p.lon, f.lat, f.lon ?? 0) < 1 &&
        POINT_KINDS.has(f.kind) === POINT_KINDS.has(p.kind),
    );
    if (earlier || decision?.action === 'duplicate') {
      if (!earlier) throw new Error(`${f.id}: marked duplicate but no earlier row matches`);
      foldDuplicate(earlier[1], f);
      aliases.set(f.id, earlier[1].id);
      factIdToPlace.set(f.id, earlier[1]);
      log.push(`DUPLICATE ${f.id} folded into ${earlier[1].id}`);
      continue;
    }
    const match = findGeoNamesMatch(f, geonames);
    if (match) {
      const current = byId.get(match.place.id) ?? match.place;
      if (current.source.kind !== 'geonames' || current.source.note) {
        // Already merged with another fact: keep the first, keep this one's names.
        foldDuplicate(current, f);
        aliases.set(f.id, current.id);
        factIdToPlace.set(f.id, current);
        log.push(`DUPLICATE ${f.id} folded into ${current.id} (same GeoNames place)`);
        continue;
      }
      const merged = mergeInto(current, f, match.km, decision, log);
      byId.set(merged.id, merged);
      aliases.set(f.id, merged.id);
      factIdToPlace.set(f.id, merged);
      continue;
    }
    if (byId.has(f.id)) throw new Error(`duplicate id ${f.id}`);
    const p = factToPlace(f);
    byId.set(p.id, p);
    factIdToPlace.set(f.id, p);
  }

  // Resolve references (via, distinctFrom) through aliases; derive line positions.
  const resolve = (id: string) => aliases.get(id) ?? id;
  for (const p of byId.values()) {
    if (p.distinctFrom) p.distinctFrom = uniqueSorted(p.distinctFrom.map(resolve));
    if (!p.via) continue;
    p.via = p.via.map(resolve);
    const pts = p.via.map((id) => {
      const q = byId.get(id);
      if (!q) throw new Error(`${p.id}: via id ${id} is not in the gazetteer`);
      return q;
    });
    const f = facts.find((x) => x.id === p.id);
    if (f && f.lat === undefined && pts.length > 0) {
      p.lat = round5(pts.reduce((s, q) => s + q.lat, 0) / pts.length);
      p.lon = round5(pts.reduce((s, q) => s + q.lon, 0) / pts.length);
      p.source = {
        kind: 'derived',
        url: f.url,
        note: joinNote(
          `position is the mean of the via places (${p.via.join(', ')}); route as stated by the cited page`,
          f.note,
        ),
      };
    }
  }

  markDistinct([...byId.values()], log);
  const places = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { places, aliases, log };
}

/** Key under which two entries are "the same name in the same district". */
export function homonymKey(p: Place): string {
  return `${p.admin1}|${p.district ?? ''}|${normaliseArabic(p.nameAr)}`;
}

/**
 * Same folded Arabic name in the same district: if far apart they are different places and get
 * `distinctFrom`; if close they are an unmerged duplicate and the build fails.
 */
export function markDistinct(places: Place[], log: string[]): void {
  const groups = new Map<string, Place[]>();
  for (const p of places) {
    if (!p.nameAr) continue;
    const k = homonymKey(p);
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const a of group) {
      for (const b of group) {
        if (a === b || a.distinctFrom?.includes(b.id)) continue;
        const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
        const lineOrArea = (x: Place) => !POINT_KINDS.has(x.kind);
        if (km < DISTINCT_KM && !lineOrArea(a) && !lineOrArea(b)) {
          throw new Error(`${a.id} and ${b.id} share a name and lie ${km.toFixed(2)} km apart`);
        }
        a.distinctFrom = uniqueSorted([...(a.distinctFrom ?? []), b.id]);
        log.push(`DISTINCT ${a.id} / ${b.id} (${km.toFixed(1)} km)`);
      }
    }
  }
}
