import { distance } from '@turf/turf';
import type { Place } from '../../model';

/**
 * Picks one place among same-named candidates (`صوران` of Aleppo or of Hama) from what the
 * text says around it: governorates named in the sentence or the report (`ريف حماة`,
 * `محافظة إدلب`, or the governorate of other places), the distance to the other places of the
 * sentence, and a prior for northwest Syria, which is what these reports are about. The more
 * the best candidate leads, the higher the confidence; a coin toss gets about 0.4.
 *
 * @example
 * choose([suranAleppo, suranHama], { admin1: new Map([['Hama', 1]]), points: [] })
 * // { place: suranHama, confidence: ~0.7 }
 */
export interface ResolveContext {
  /** Weight of each governorate (English name) named near the mention. */
  admin1: Map<string, number>;
  /** [lon, lat] of unambiguous places in the same sentence. */
  points: [number, number][];
}

export const NORTHWEST = new Set(['Idlib', 'Aleppo', 'Hama', 'Latakia']);
const PRIOR = 0.3;
/** Same-named rows closer than this are one place listed twice, not an ambiguity, km. */
const SAME_PLACE_KM = 3;
/** Distance at which a neighbour's pull halves roughly, km. */
const NEIGHBOUR_KM = 25;
export const CONFIDENCE_CERTAIN = 0.9;

function score(p: Place, ctx: ResolveContext): number {
  let s = NORTHWEST.has(p.admin1) ? PRIOR : 0;
  s += ctx.admin1.get(p.admin1) ?? 0;
  let near = 0;
  for (const q of ctx.points) {
    const d = distance([p.lon, p.lat], q, { units: 'kilometers' });
    near = Math.max(near, Math.exp(-d / NEIGHBOUR_KM));
  }
  return s + near;
}

/** Candidates that are really different places (drops near-duplicates, keeps the first). */
export function distinctCandidates(places: Place[]): Place[] {
  if (places.length < 2) return places;
  const out: Place[] = [];
  for (const p of places) {
    const dup = out.some(
      (q) =>
        q.id === p.id ||
        (q.kind === p.kind &&
          distance([q.lon, q.lat], [p.lon, p.lat], { units: 'kilometers' }) < SAME_PLACE_KM),
    );
    if (!dup) out.push(p);
  }
  return out;
}

export function choose(
  candidates: Place[],
  ctx: ResolveContext,
): { place: Place; confidence: number; ambiguous: boolean } {
  const distinct = distinctCandidates(candidates);
  if (distinct.length === 1) {
    return { place: distinct[0]!, confidence: CONFIDENCE_CERTAIN, ambiguous: false };
  }
  const scored = distinct
    .map((place, order) => ({ place, s: score(place, ctx), order }))
    .sort((a, b) => b.s - a.s || a.order - b.order);
  const [best, second] = [scored[0]!, scored[1]!];
  const lead = best.s > 0 ? (best.s - second.s) / best.s : 0;
  return { place: best.place, confidence: 0.4 + 0.35 * lead, ambiguous: true };
}
