/**
 * Incidents that would draw the same marker (same position, same kind: type and precision)
 * collapse into one "stack".
 *
 * Why: geocoded incidents sit on gazetteer places, so 100k incidents land on a few hundred
 * points. Drawn one by one, every marker covers the same pixels again; with software rendering
 * (SwiftShader) those overlapping pixels cost about 200 ms per frame at 100k, which capped
 * timeline play at 5–10 frames per second. One marker per stack draws the same picture from a
 * few thousand.
 */
export interface PointStacks {
  /** Number of stacks. */
  count: number;
  /** Stack of each incident, by its position in the columns. */
  of: Uint32Array;
  /** x0, y0, x1, y1… of each stack, in Web Mercator (0..1). */
  mercator: Float32Array;
  /** Kind of each stack (what the caller grouped by besides position, e.g. type and precision). */
  kind: Uint8Array;
  /**
   * Place of each stack: stacks at one position (of different kinds) share it, and draw over
   * one another, so hover and click treat them as one place.
   */
  site: Uint32Array;
  /** Number of places (sites). */
  sites: number;
  /** Incidents of stack s: `members[memberStart[s] .. memberStart[s + 1])`, in position order. */
  memberStart: Uint32Array;
  members: Uint32Array;
}

/**
 * Group incidents by their exact (float32) Mercator position and kind (0..255), in order of
 * first appearance.
 *
 * @example
 * const s = buildStacks(new Float32Array([0.6, 0.4, 0.6, 0.4]), new Uint8Array([1, 1]));
 * s.count // 1: both incidents draw one marker
 */
export function buildStacks(mercator: Float32Array, kinds: Uint8Array): PointStacks {
  const n = kinds.length;
  const bits = new Uint32Array(mercator.buffer, mercator.byteOffset, n * 2);
  const of = new Uint32Array(n);
  // Keyed by x's bits, then by y's bits × 256 + kind (below 2^40: an exact number key).
  // The sites are keyed by y's bits alone in the same maps (negative: apart from the stacks).
  const byX = new Map<number, Map<number, number>>();
  const firstOf: number[] = [];
  const siteOf: number[] = [];
  let sites = 0;
  for (let i = 0; i < n; i++) {
    const x = bits[2 * i]!;
    let byY = byX.get(x);
    if (!byY) {
      byY = new Map();
      byX.set(x, byY);
    }
    const key = bits[2 * i + 1]! * 256 + kinds[i]!;
    let s = byY.get(key);
    if (s === undefined) {
      s = firstOf.length;
      firstOf.push(i);
      byY.set(key, s);
      const siteKey = -1 - bits[2 * i + 1]!;
      let site = byY.get(siteKey);
      if (site === undefined) {
        site = sites++;
        byY.set(siteKey, site);
      }
      siteOf.push(site);
    }
    of[i] = s;
  }
  const count = firstOf.length;
  const stackMercator = new Float32Array(count * 2);
  const kind = new Uint8Array(count);
  firstOf.forEach((i, s) => {
    stackMercator[2 * s] = mercator[2 * i]!;
    stackMercator[2 * s + 1] = mercator[2 * i + 1]!;
    kind[s] = kinds[i]!;
  });
  // Members by stack: a counting sort of the positions.
  const memberStart = new Uint32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[of[i]! + 1]!++;
  for (let s = 0; s < count; s++) memberStart[s + 1]! += memberStart[s]!;
  const next = memberStart.slice(0, count);
  const members = new Uint32Array(n);
  for (let i = 0; i < n; i++) members[next[of[i]!]!++] = i;
  return {
    count,
    of,
    mercator: stackMercator,
    kind,
    site: Uint32Array.from(siteOf),
    sites,
    memberStart,
    members,
  };
}

/**
 * The marker size of each stack for a filter mask: the largest casualty size (0..1) among its
 * visible incidents, or -1 when none is visible (the shader then draws nothing). One pass over
 * the incidents: about 1 ms at 100k. With `counts`, each stack's number of visible incidents
 * too, in the same pass.
 *
 * @example
 * stackSizes(stacks, new Uint8Array([0, 1]), new Float32Array([0.9, 0.2]), out) // out[0] === 0.2
 */
export function stackSizes(
  stacks: PointStacks,
  mask: Uint8Array,
  size: Float32Array,
  out: Float32Array = new Float32Array(stacks.count),
  counts?: Uint32Array,
): Float32Array {
  out.fill(-1);
  counts?.fill(0);
  const of = stacks.of;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 1) continue;
    const s = of[i]!;
    const v = size[i]!;
    if (v > out[s]!) out[s] = v;
    if (counts) counts[s]!++;
  }
  return out;
}

/**
 * The order to draw the visible stacks in: place by place, the places with the largest marker
 * first (a small marker elsewhere is never hidden under a large one); at one place, where the
 * markers of its kinds coincide, the kind with the most visible incidents last, on top, so
 * that what a place mostly holds is what is seen (with the fewest on top, 400 agreements hid
 * 3,000 air strikes at 10k synthetic incidents). Ties: stack order.
 *
 * @example drawingOrder(stacks, sizes, counts) // Uint32Array of the visible stacks
 */
export function drawingOrder(
  stacks: PointStacks,
  sizes: Float32Array,
  counts: Uint32Array,
): Uint32Array {
  const siteSize = new Float32Array(stacks.sites).fill(-1);
  let visible = 0;
  for (let s = 0; s < stacks.count; s++) {
    const size = sizes[s]!;
    if (size < 0) continue;
    visible++;
    const site = stacks.site[s]!;
    if (size > siteSize[site]!) siteSize[site] = size;
  }
  const order = new Uint32Array(visible);
  let k = 0;
  for (let s = 0; s < stacks.count; s++) if (sizes[s]! >= 0) order[k++] = s;
  const site = stacks.site;
  return order.sort(
    (a, b) =>
      siteSize[site[b]!]! - siteSize[site[a]!]! ||
      site[a]! - site[b]! ||
      counts[a]! - counts[b]! ||
      a - b,
  );
}

/**
 * The visible stack whose marker covers a point (Mercator 0..1), or -1: the nearest, and among
 * equally near ones the one drawn on top: the later in `rank` (place in drawingOrder, plus one),
 * or without ranks the smaller marker, then the later stack.
 * `reach(size)`: how far from its centre a marker of that size (0..1) is hit, in Mercator units;
 * `maxReach` bounds it. A scan of the stacks, not of the incidents: cheap enough for every
 * pointer move (about 1,500 stacks at 100k incidents).
 *
 * @example
 * pickStack(stacks, sizes, 0.6, 0.4, () => 1e-6, 1e-6) // the stack at (0.6, 0.4), if visible
 */
export function pickStack(
  stacks: PointStacks,
  sizes: Float32Array,
  mx: number,
  my: number,
  reach: (size: number) => number,
  maxReach: number,
  rank?: Uint32Array,
  /** Where each marker is drawn off its place (fanOut's unit offsets), and how far, in Mercator. */
  fan?: { offsets: Float32Array; spread: number },
): number {
  const pos = stacks.mercator;
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  for (let s = 0; s < stacks.count; s++) {
    const size = sizes[s]!;
    if (size < 0) continue;
    // Measured from the marker as drawn, not from its place.
    const dx = pos[2 * s]! + (fan ? fan.offsets[2 * s]! * fan.spread : 0) - mx;
    if (dx > maxReach || dx < -maxReach) continue;
    const dy = pos[2 * s + 1]! + (fan ? fan.offsets[2 * s + 1]! * fan.spread : 0) - my;
    if (dy > maxReach || dy < -maxReach) continue;
    const d = Math.sqrt(dx * dx + dy * dy);
    if (d > reach(size)) continue;
    // Later in the drawing order is on top.
    const onTop =
      best < 0 ||
      (rank ? rank[s]! > rank[best]! : size < sizes[best]! || (size === sizes[best]! && s > best));
    if (d < bestD || (d === bestD && onTop)) {
      bestD = d;
      best = s;
    }
  }
  return best;
}

/**
 * The visible stacks at stack `s`'s place (`s` first) and how many visible incidents they hold
 * (`counts` from stackSizes).
 *
 * @example placeOf(stacks, sizes, counts, 0) // { stacks: [0, 2], count: 145 }
 */
export function placeOf(
  stacks: PointStacks,
  sizes: Float32Array,
  counts: Uint32Array,
  s: number,
): { stacks: number[]; count: number } {
  const site = stacks.site[s]!;
  const at = [s];
  let count = counts[s]!;
  for (let k = 0; k < stacks.count; k++) {
    if (k === s || stacks.site[k] !== site || sizes[k]! < 0) continue;
    at.push(k);
    count += counts[k]!;
  }
  return { stacks: at, count };
}

/**
 * The incident a stack's marker stands for: its visible incident with the largest size (the
 * one that sets the marker's size), the first of those; -1 when none is visible.
 */
export function topMember(
  stacks: PointStacks,
  mask: Uint8Array,
  size: Float32Array,
  s: number,
): number {
  let best = -1;
  for (let k = stacks.memberStart[s]!; k < stacks.memberStart[s + 1]!; k++) {
    const i = stacks.members[k]!;
    if (mask[i] === 1 && (best < 0 || size[i]! > size[best]!)) best = i;
  }
  return best;
}

/** The visible incidents (positions) of some stacks, stack by stack. */
export function visibleMembers(stacks: PointStacks, mask: Uint8Array, of: number[]): number[] {
  const out: number[] = [];
  for (const s of of)
    for (let k = stacks.memberStart[s]!; k < stacks.memberStart[s + 1]!; k++) {
      const i = stacks.members[k]!;
      if (mask[i] === 1) out.push(i);
    }
  return out;
}

/**
 * Where each visible stack's marker goes around its place, as a unit offset (dx, dy per stack;
 * 0, 0 for a place with one kind): the kinds at one place fanned out on a small circle, so that
 * none hides another (an air strike over a clash at the same village showed the air strike only,
 * and a quarter of the incident types went unseen). The first in `order` at a place, the
 * fewest, starts at the top; the circle goes clockwise. `order` is drawingOrder's.
 *
 * @example fanOut(stacks, order) // Float32Array [dx0, dy0, dx1, dy1, …]
 */
export function fanOut(stacks: PointStacks, order: Uint32Array): Float32Array {
  const out = new Float32Array(stacks.count * 2);
  const perSite = new Uint32Array(stacks.sites);
  for (const s of order) perSite[stacks.site[s]!]!++;
  const seen = new Uint32Array(stacks.sites);
  for (const s of order) {
    const site = stacks.site[s]!;
    const m = perSite[site]!;
    if (m < 2) continue;
    const angle = -Math.PI / 2 + (2 * Math.PI * seen[site]!++) / m;
    out[2 * s] = Math.cos(angle);
    out[2 * s + 1] = Math.sin(angle);
  }
  return out;
}

/**
 * How many visible incidents each place holds, and a visible stack of it (-1 when none), for
 * the count drawn beside a place's markers.
 *
 * @example siteCounts(stacks, sizes, counts).count[0] // visible incidents at place 0
 */
export function siteCounts(
  stacks: PointStacks,
  sizes: Float32Array,
  counts: Uint32Array,
): { count: Uint32Array; stack: Int32Array } {
  const count = new Uint32Array(stacks.sites);
  const stack = new Int32Array(stacks.sites).fill(-1);
  for (let s = 0; s < stacks.count; s++) {
    if (sizes[s]! < 0) continue;
    const site = stacks.site[s]!;
    count[site]! += counts[s]!;
    if (stack[site]! < 0) stack[site] = s;
  }
  return { count, stack };
}
