import { stableHash } from '../text/hash';
import {
  type AreaGeometry,
  clipToDirection,
  DIRECTIONS,
  type Direction,
  rememberClip,
  representativePoint,
} from './areas';
import type { Governorates } from './governorates';
import { governorateCenter } from './locate';

/**
 * Shapes made from the governorate polygons alone, which every ingest thread would otherwise
 * make again when it starts: the country as their union, and the part of each governorate, and
 * of the country, in each compass direction (`ريف إدلب الجنوبي`, `شمال غربي سوريا`). Turf's
 * polygon operations take 0.3 s of a core per thread for them here. `npm run gazetteer` writes
 * them to data/gazetteer/shapes.json; a test checks that file against `deriveShapes`.
 */
export interface DerivedShapes {
  /** `shapesSource` of the polygons they were made from: they are used only for those. */
  source: string;
  /** The union of the governorate polygons. */
  country?: AreaGeometry;
  clips: DerivedClip[];
}

export interface DerivedClip {
  /** `country`, or a governorate's slug. */
  base: string;
  /** The point the direction is seen from: the governorate's seat, the country's inner point. */
  center: [number, number];
  dir: Direction;
  shape: AreaGeometry;
}

/** What the shapes depend on: the governorate polygons, hashed. */
export function shapesSource(admin1: unknown): string {
  return stableHash(JSON.stringify(admin1 ?? null));
}

/** Each base whose parts by direction are derived, with the point they are seen from. */
function bases(
  govs: Governorates,
): { base: string; shape: AreaGeometry; center: [number, number] }[] {
  const out: { base: string; shape: AreaGeometry; center: [number, number] }[] = [];
  for (const g of govs.all) {
    if (g.geometry) out.push({ base: g.slug, shape: g.geometry, center: governorateCenter(g) });
  }
  if (govs.country) {
    const shape = govs.country.geometry;
    out.push({ base: 'country', shape, center: representativePoint(shape) });
  }
  return out;
}

/**
 * The derived shapes of governorates built without any (`buildGovernorates` makes the union).
 *
 * @example deriveShapes(buildGovernorates(gazetteer), gazetteer.admin1).clips.length // 8 per base
 */
export function deriveShapes(govs: Governorates, admin1: unknown): DerivedShapes {
  const clips: DerivedClip[] = [];
  for (const { base, shape, center } of bases(govs)) {
    for (const dir of DIRECTIONS)
      clips.push({ base, center, dir, shape: clipToDirection(shape, center, dir) });
  }
  return {
    source: shapesSource(admin1),
    ...(govs.country ? { country: govs.country.geometry } : {}),
    clips,
  };
}

/**
 * Let `clipToDirection` answer from `shapes` for these governorates. A clip is taken only for
 * the very base and centre it was made for: a moved seat is clipped afresh.
 */
export function adoptDerivedClips(govs: Governorates, shapes: DerivedShapes): void {
  const byBase = new Map(bases(govs).map((b) => [b.base, b]));
  for (const c of shapes.clips) {
    const b = byBase.get(c.base);
    if (b && b.center[0] === c.center[0] && b.center[1] === c.center[1])
      rememberClip(b.shape, c.center, c.dir, c.shape);
  }
}
