import {
  type Actor,
  type Evidence,
  type IncidentEvent,
  type IncidentFeature,
  type IncidentProperties,
  TOLL_TYPE,
} from '../../model';
import { stableHash } from '../text/hash';
import { summaryAr, summaryEn } from './summary';

function compareEvidence(a: Evidence, b: Evidence): number {
  return a.articleId < b.articleId
    ? -1
    : a.articleId > b.articleId
      ? 1
      : a.start - b.start || a.placeStart - b.placeStart;
}

/**
 * Stable id from the defining fields and the first piece of evidence (by article id, then
 * offset), never from array positions: adding a report changes only the incidents it adds to.
 *
 * @example incidentId(props) // 'i-3f2a…'
 */
export function incidentId(
  p: Pick<IncidentProperties, 'type' | 'placeId' | 'date' | 'dateEnd' | 'actors' | 'evidence'>,
): string {
  const first = firstEvidence(p.evidence);
  // Actors and the place offset too: one sentence can tell two events at one place
  // (regime shelling and opposition shelling of southern Idlib).
  const anchor = first ? `${first.articleId}:${first.start}-${first.end}:${first.placeStart}` : '';
  return `i-${stableHash(`${p.type}|${p.placeId}|${p.date}|${p.dateEnd ?? ''}|${p.actors.join('+')}|${anchor}`)}`;
}

/**
 * Incidents can merge only within one key: same type, place and dates (actors are checked
 * within the group). JSON, so that no two different field lists give one key (a `|` inside a
 * field could, joined by `|`).
 *
 * @example mergeKey({ type: 'airstrike', placeId: 'gn-1', date: '2020-01-02' }) // '["airstrike","gn-1","2020-01-02",null]'
 */
export function mergeKey(
  p: Pick<IncidentProperties, 'type' | 'placeId' | 'date' | 'dateEnd'>,
): string {
  return JSON.stringify([p.type, p.placeId, p.date, p.dateEnd ?? null]);
}

/**
 * The evidence a stable sort by `compareEvidence` puts first (the earliest of equals), found in
 * one pass instead of sorting a copy per incident.
 */
function firstEvidence(list: Evidence[]): Evidence | undefined {
  let first = list[0];
  for (let i = 1; i < list.length; i++) if (compareEvidence(list[i]!, first!) < 0) first = list[i];
  return first;
}

/**
 * Two actor lists can describe the same event when equal or when one side is unknown; an
 * agreement's or a battle's (`parties`) also when one names some of the other's.
 */
export function compatible(a: readonly Actor[], b: readonly Actor[], parties = false): boolean {
  // Counted and searched in place: this runs for every pair of incidents in a group.
  const na = knownCount(a);
  const nb = knownCount(b);
  if (na === 0 || nb === 0) return true;
  // An agreement's parties, told in part (`موسكو` alone, then `الروسي والتركي`): one of them
  // naming fewer is the same agreement. So is a battle's sides: one told with both, and again
  // with the side that held (`…، تصدت له الهيئة والفصائل`), is one battle.
  if (parties) {
    const [few, many] = na <= nb ? [a, b] : [b, a];
    for (const x of few) if (x !== 'unknown' && !many.includes(x)) return false;
    return true;
  }
  if (na !== nb) return false;
  for (const x of a) if (x !== 'unknown' && !b.includes(x)) return false;
  return true;
}

function knownCount(actors: readonly Actor[]): number {
  let n = 0;
  for (const x of actors) if (x !== 'unknown') n++;
  return n;
}

/**
 * Events of the type of tolls (TOLL_TYPE) are of kinds apart: arrests, a protest, ground taken.
 * Two of different kinds at one place and day are two events, not one told twice; merged, they
 * lost their kind and read as a casualty toll with no figures ("Casualties of HTS attacks").
 * A raid and its arrests are one (`شنت الهيئة حملة مداهمات …، واعتقلت خمسة أشخاص`).
 */
function sameKindOfOther(
  a: Pick<IncidentProperties, 'type' | 'event'>,
  b: Pick<IncidentProperties, 'type' | 'event'>,
): boolean {
  if (a.type !== TOLL_TYPE || a.event === b.event || !a.event || !b.event) return true;
  return raidAndArrests(a.event, b.event);
}

/**
 * Whether two incidents of one type can tell the same event: compatible actors (a battle's or an
 * agreement's sides told in part) and, for the type of tolls, events of one kind.
 */
export function joinable(
  a: Pick<IncidentProperties, 'type' | 'actors' | 'event'>,
  b: Pick<IncidentProperties, 'type' | 'actors' | 'event'>,
): boolean {
  return (
    compatible(a.actors, b.actors, b.type === 'agreement' || b.type === 'clash') &&
    sameKindOfOther(a, b)
  );
}

function raidAndArrests(a: IncidentEvent | undefined, b: IncidentEvent | undefined): boolean {
  return (a === 'raid' && b === 'arrest') || (a === 'arrest' && b === 'raid');
}

const maxOrNull = (a: number | null, b: number | null) =>
  a == null ? b : b == null ? a : Math.max(a, b);

/** Fold `b` into `a` (in place: `a` is a private copy). Evidence is sorted once, in `finalize`. */
function combine(a: IncidentProperties, b: IncidentProperties): IncidentProperties {
  a.actors = [...new Set([...a.actors, ...b.actors])]
    .filter((x, _, all) => x !== 'unknown' || all.length === 1)
    .sort();
  // The most specific figure wins: `ثلاث غارات` over `غارات`; the larger toll is the later count.
  a.strikes = maxOrNull(a.strikes, b.strikes);
  a.fatalities = maxOrNull(a.fatalities, b.fatalities);
  a.injuries = maxOrNull(a.injuries, b.injuries);
  a.confidence = Math.max(a.confidence, b.confidence);
  // Set only when `b` has one: `??=` would add the keys as undefined, and `finalize` would then
  // delete them, which turns the object into a slow dictionary for all later readers.
  // One report stating the date is enough: the merged incident's date is stated.
  if (a.dateFromReport && !b.dateFromReport) delete a.dateFromReport;
  // A raid and the arrests it made are one operation, told as its arrests.
  if (raidAndArrests(a.event, b.event)) a.event = 'arrest';
  // Reports that tell one event as different movements (a withdrawal, reinforcements): the
  // summary then says only what both say.
  else if (a.event !== b.event && a.event !== undefined) delete a.event;
  if (a.regionAr === undefined && b.regionAr !== undefined) a.regionAr = b.regionAr;
  if (a.regionEn === undefined && b.regionEn !== undefined) a.regionEn = b.regionEn;
  a.evidence.push(...b.evidence);
  return a;
}

function sortedEvidence(list: Evidence[]): Evidence[] {
  if (list.length === 1) return [list[0]!];
  const seen = new Set<string>();
  return [...list].sort(compareEvidence).filter((e) => {
    const k = `${e.articleId}|${e.start}|${e.end}|${e.placeStart}|${e.placeEnd}`;
    return !seen.has(k) && seen.add(k);
  });
}

/** Distinct outlets of the evidence, at least 1. */
function sourceCount(list: Evidence[], outletOf: (articleId: string) => string): number {
  if (list.length === 1) return 1;
  return Math.max(1, new Set(list.map((e) => outletOf(e.articleId))).size);
}

/** Give an incident its id, summaries and `sources` (distinct outlets of its evidence). */
export function finalize(
  f: IncidentFeature,
  outletOf: (articleId: string) => string,
): IncidentFeature {
  const p = f.properties;
  // A plain copy, then the changed fields set: V8 clones `{ ...p }` fast, a spread with more
  // fields after it slowly (same keys, same order either way).
  const props: IncidentProperties = { ...p };
  props.evidence = sortedEvidence(p.evidence);
  props.sources = sourceCount(p.evidence, outletOf);
  props.id = incidentId(props);
  props.summaryEn = summaryEn(props);
  props.summaryAr = summaryAr(props);
  if ('regionAr' in props && props.regionAr === undefined) delete props.regionAr;
  if ('regionEn' in props && props.regionEn === undefined) delete props.regionEn;
  const out = { ...f };
  out.properties = props;
  return out;
}

/** Incidents merged into one: the first as it came, and the properties they make together. */
interface Group {
  p: IncidentProperties;
  first: IncidentFeature;
  /** Whether another incident joined: then `p` is a private copy, combined in place. */
  combined: boolean;
}

/**
 * Fold incidents that tell the same event: same type, place and dates, compatible actors
 * (equal, or one side unknown). Evidence is pooled, figures keep the most specific value,
 * `sources` counts distinct outlets. Works within one article and across reports alike;
 * the result is sorted (date, place, type, id) so it does not depend on input order.
 *
 * `inputsFinal`: the incidents already came out of `mergeIncidents` with the same `outletOf`
 * (the pipeline merges each article's, then all). An incident that meets no other is then
 * returned as it is: `finalize` would give it the same evidence, sources, id and summaries.
 *
 * @example mergeIncidents([ainShibFromReporter, ainShibFromObservatory], () => 'المدن').length // 1
 */
export function mergeIncidents(
  incidents: IncidentFeature[],
  outletOf: (articleId: string) => string,
  inputsFinal = false,
): IncidentFeature[] {
  const groups = new Map<string, Group[]>();
  const ordered = [...incidents].sort((a, b) =>
    compareEvidence(a.properties.evidence[0]!, b.properties.evidence[0]!),
  );
  for (const f of ordered) {
    const p = f.properties;
    const key = mergeKey(p);
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    const group = list.find((g) => joinable(g.p, p));
    if (group) {
      // The first incident is copied only now, when another joins it: most groups are one
      // incident, which finalize copies anyway (the inputs are never changed).
      if (!group.combined) {
        const own = { ...group.p };
        own.actors = [...group.p.actors];
        own.evidence = [...group.p.evidence];
        group.p = own;
        group.combined = true;
      }
      combine(group.p, p);
    } else {
      list.push({ p, first: f, combined: false });
    }
  }
  const out: IncidentFeature[] = [];
  for (const list of groups.values()) {
    for (const g of list) {
      out.push(
        inputsFinal && !g.combined
          ? g.first
          : finalize({ type: 'Feature', geometry: g.first.geometry, properties: g.p }, outletOf),
      );
    }
  }
  return sortIncidents(out);
}

/** What the output order of incidents is decided by. */
type OrderFields = Pick<IncidentProperties, 'date' | 'placeId' | 'type' | 'id'>;

/** The string incidents are ordered by in output files. */
export const incidentKey = (p: OrderFields) => `${p.date}|${p.placeId}|${p.type}|${p.id}`;

/**
 * Sort in place in `compareIncidents` order, building each incident's key once. Takes anything
 * with those fields, so the streaming ingest can sort its slim records the same way.
 */
export function sortIncidents<T extends { properties: OrderFields }>(list: T[]): T[] {
  if (list.length < 2) return list;
  // Keys side by side with their incidents: a Map lookup per comparison cost 2.6 s of a
  // 100k-report ingest. Array.prototype.sort is stable, so ties keep their input order.
  const keyed = list.map((f) => ({ key: incidentKey(f.properties), f }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let i = 0; i < keyed.length; i++) list[i] = keyed[i]!.f;
  return list;
}

/** Deterministic order of incidents in output files. */
export function compareIncidents(a: IncidentFeature, b: IncidentFeature): number {
  const x = a.properties;
  const y = b.properties;
  const kx = incidentKey(x);
  const ky = incidentKey(y);
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}
