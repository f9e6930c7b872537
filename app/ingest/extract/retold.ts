/**
 * A strike or shelling told in one sentence and told again in the next, in more detail: one
 * event, not two. `قُتل ثلاثة مدنيين بقصف على أطراف مدينة جسر الشغور. وأوضح المرصد أن القذائف
 * سقطت على قرية الكندة القريبة من جسر الشغور، ما أدى لمقتل ثلاثة مدنيين`: the second sentence
 * names the fire with the article (`القذائف`, `الغارة`, `القصف`), as something already told, and
 * says where it fell. Read as a second incident, its three dead were counted twice.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Actor, IncidentProperties, PlaceMention } from '../../model';
import { distanceKm } from '../gazetteer/geo';
import { compatible } from './merge';

/**
 * The fire named as told already, then where it fell (folded): `أن القذائف سقطت على`,
 * `الغارة الروسية استهدفت`, `القصف طال`.
 */
const FIRE_TOLD_AGAIN =
  /(?<![\p{L}])(?:القذائف|القذيف[ةه]|الغار[ةه]|الغارات|القصف|الصواريخ|الصاروخ|الضرب[ةه]|الضربات)(?:\s+\S+){0,2}?\s+(?:سقطت|سقط|استهدفت|استهدف|طالت|طال|اصابت|اصاب|وقعت|وقع|ضربت|تركزت|تركز)(?![\p{L}])/u;

/** Words that make it another strike (`غارة أخرى`, `قصف مماثل`, `أيضاً`) (folded). */
const ANOTHER =
  /(?<![\p{L}])(?:اخري|اخرى|مماثل\S*|جديد[ةه]?|الثاني[ةه]?|ثاني[ةه]|ايضا|كذلك|بدوره|بدورها)(?![\p{L}])/u;

/** How far a told-again place may lie from the first told one, when that has no area. */
const NEAR_KM = 10;

/**
 * Whether a (folded) clause of fire tells again where the fire its report told just before fell,
 * rather than another strike.
 *
 * @example tellsFireAgain('واوضح المرصد ان القذائف سقطت علي قرية الكندة') // true
 * @example tellsFireAgain('وسقطت قذائف اخري علي قرية الكندة') // false
 */
export function tellsFireAgain(folded: string): boolean {
  return FIRE_TOLD_AGAIN.test(folded) && !ANOTHER.test(folded);
}

/** An incident draft with its point, as extractIncidents keeps them. */
export interface PlacedDraft {
  p: IncidentProperties;
  lon: number;
  lat: number;
}

/** Tolls that do not differ: equal, or one of them untold. */
function sameToll(a: number | null, b: number | null): boolean {
  return a == null || b == null || a === b;
}

/** A town or village by its name (known, or one the gazetteer lacks), not an area or a road. */
function namedPlace(p: IncidentProperties): boolean {
  return p.geoPrecision === 1 || p.placeId.startsWith('unknown-');
}

/**
 * Whether `again`, a draft of a sentence that tells fire again (tellsFireAgain), is the same
 * event as `first`, told the sentence before: same type, dates and sides, no toll that differs,
 * and a place within the first's area, or near its point. One of the two places must be vaguer
 * than a town or village named: two towns named are two targets (`قاذفات دمرت مركزاً قرب
 * كفرنبل. وأوضح المركز أن الضربات استهدفت مقرات في سرمين`), however near.
 */
export function isToldAgain(
  again: PlacedDraft,
  first: PlacedDraft,
  firstArea: PlaceMention['area'],
): boolean {
  const a = again.p;
  const f = first.p;
  return (
    a.type === f.type &&
    !(namedPlace(a) && namedPlace(f)) &&
    a.date === f.date &&
    a.dateEnd === f.dateEnd &&
    compatible(a.actors, f.actors) &&
    sameToll(a.fatalities, f.fatalities) &&
    sameToll(a.injuries, f.injuries) &&
    (distanceKm(again.lat, again.lon, first.lat, first.lon) <= NEAR_KM ||
      (firstArea !== undefined && booleanPointInPolygon([again.lon, again.lat], firstArea)))
  );
}

/**
 * Give `to` the place of `from` (both drafts of one event), so that the two merge as one
 * incident. The evidence keeps each sentence's own place mention.
 */
export function takePlace(to: PlacedDraft, from: PlacedDraft): void {
  const t = to.p;
  const f = from.p;
  t.placeId = f.placeId;
  t.placeAr = f.placeAr;
  t.placeEn = f.placeEn;
  t.geoPrecision = f.geoPrecision;
  t.admin1 = f.admin1;
  if (f.areaId === undefined) delete t.areaId;
  else t.areaId = f.areaId;
  if (f.regionAr === undefined) delete t.regionAr;
  else t.regionAr = f.regionAr;
  if (f.regionEn === undefined) delete t.regionEn;
  else t.regionEn = f.regionEn;
  to.lon = from.lon;
  to.lat = from.lat;
}

/**
 * Give each draft of fire told again the sides of the fire it retells, when it names none, and
 * the place of that event, so that mergeIncidents folds them: the more precise place of the two
 * (a named village over the outskirts of a town), the first told when they are as precise. A
 * village the gazetteer lacks is never the more precise: it stands at the place its sentence
 * names it near.
 *
 * `areaOf` gives the area of a first draft's place mention, if it has one.
 */
export function shareRetoldPlaces(
  again: readonly PlacedDraft[],
  firsts: readonly PlacedDraft[],
  areaOf: (d: PlacedDraft) => PlaceMention['area'],
): void {
  const taken = new Set<PlacedDraft>();
  for (const d of again) {
    // `الغارات` is the strikes told before: theirs are its sides, wherever it tells they fell
    // (when the fire told before was one side's: regime and opposition shelling leave it open).
    if (d.p.actors.every((a) => a === 'unknown')) {
      const sides = new Set(
        firsts
          .filter((f) => f.p.type === d.p.type && f.p.date === d.p.date)
          .map((f) => f.p.actors.join('+')),
      );
      if (sides.size === 1) d.p.actors = [...sides][0]!.split('+') as Actor[];
    }
    const first = firsts.find((f) => !taken.has(f) && isToldAgain(d, f, areaOf(f)));
    if (!first) continue;
    taken.add(first);
    const moreExact =
      d.p.geoPrecision < first.p.geoPrecision && !d.p.placeId.startsWith('unknown-');
    if (moreExact) takePlace(first, d);
    else takePlace(d, first);
  }
}
