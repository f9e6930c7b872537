import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildStacks,
  drawingOrder,
  fanOut,
  pickStack,
  placeOf,
  siteCounts,
  stackSizes,
  topMember,
  visibleMembers,
} from './stacks';

describe('point stacks', () => {
  /** Three incidents at place A and one at place B, of `kinds`; sizes and counts for `mask`. */
  const fourAtTwoPlaces = (kinds: number[]) => {
    const mercator = new Float32Array([0.6, 0.4, 0.6, 0.4, 0.6, 0.4, 0.61, 0.4]);
    const s = buildStacks(mercator, new Uint8Array(kinds));
    const counts = new Uint32Array(s.count);
    const shown = (mask: number[]) =>
      stackSizes(s, new Uint8Array(mask), new Float32Array(4), undefined, counts);
    return { s, counts, shown };
  };

  it('fans the kinds at one place out around it, so none hides another; a lone kind stays put', () => {
    // Place A holds three kinds, place B one.
    const { s, counts, shown } = fourAtTwoPlaces([1, 2, 3, 1]);
    const sizes = shown([1, 1, 1, 1]);
    const fan = fanOut(s, drawingOrder(s, sizes, counts));
    const at = (k: number) => [fan[2 * k]!, fan[2 * k + 1]!];
    const a = [0, 1, 2].map(at);
    // Three distinct directions, one marker radius out, a third of a turn apart.
    for (const [dx, dy] of a) expect(Math.hypot(dx!, dy!)).toBeCloseTo(1);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++)
        expect(Math.hypot(a[i]![0]! - a[j]![0]!, a[i]![1]! - a[j]![1]!)).toBeCloseTo(Math.sqrt(3));
    expect(at(3)).toEqual([0, 0]);
    // A hidden kind takes no place in the fan: the two left face each other.
    const fan2 = fanOut(s, drawingOrder(s, shown([1, 0, 1, 1]), counts));
    expect(fan2[0]! + fan2[4]!).toBeCloseTo(0);
    expect(fan2[1]! + fan2[5]!).toBeCloseTo(0);
    expect([fan2[2], fan2[3]]).toEqual([0, 0]);
  });

  it('counts the visible incidents of each place, over its kinds', () => {
    const { s, counts, shown } = fourAtTwoPlaces([1, 1, 2, 1]);
    const sizes = shown([1, 1, 1, 0]);
    const { count, stack } = siteCounts(s, sizes, counts);
    expect(Array.from(count)).toEqual([3, 0]);
    expect(stack[0]).toBeGreaterThanOrEqual(0);
    expect(stack[1]).toBe(-1);
  });

  it('draws incidents at one place and of one kind as one marker, keeping kinds apart', () => {
    const mercator = new Float32Array([0.6, 0.4, 0.6, 0.4, 0.6, 0.4, 0.61, 0.4]);
    const s = buildStacks(mercator, new Uint8Array([1, 1, 2, 1]));
    expect(s.count).toBe(3);
    expect(Array.from(s.of)).toEqual([0, 0, 1, 2]);
    expect(Array.from(s.kind)).toEqual([1, 2, 1]);
    expect(Array.from(s.mercator)).toEqual(
      Array.from(new Float32Array([0.6, 0.4, 0.6, 0.4, 0.61, 0.4])),
    );
  });

  it('sizes a stack by its largest visible incident and hides a stack with none visible', () => {
    const s = buildStacks(
      new Float32Array([0.6, 0.4, 0.6, 0.4, 0.7, 0.3]),
      new Uint8Array([0, 0, 0]),
    );
    const size = new Float32Array([0.9, 0.2, 0.5]);
    expect(Array.from(stackSizes(s, new Uint8Array([1, 1, 1]), size))).toEqual([size[0], size[2]]);
    expect(Array.from(stackSizes(s, new Uint8Array([0, 1, 0]), size))).toEqual([size[1], -1]);
  });

  it('a stack is visible exactly when one of its incidents is (any mask, any layout)', () => {
    const point = fc.tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        const mercator = new Float32Array(points.flatMap(([p]) => [0.5 + p / 100, 0.4]));
        const types = new Uint8Array(points.map(([, t]) => t));
        const mask = new Uint8Array(points.map(([, , v]) => (v ? 1 : 0)));
        const s = buildStacks(mercator, types);
        const sizes = stackSizes(s, mask, new Float32Array(points.length));
        points.forEach(([, t, v], i) => {
          expect(s.mercator[2 * s.of[i]!]).toBe(mercator[2 * i]);
          expect(s.kind[s.of[i]!]).toBe(t);
          if (v) expect(sizes[s.of[i]!]).toBe(0);
        });
        for (let k = 0; k < s.count; k++) {
          const anyVisible = points.some((_, i) => s.of[i] === k && mask[i] === 1);
          expect(sizes[k]! >= 0).toBe(anyVisible);
        }
      }),
    );
  });

  it("keeps each stack's incidents, and one place for the stacks at one position", () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        const mercator = new Float32Array(points.flatMap(([p]) => [0.5 + p / 100, 0.4]));
        const s = buildStacks(mercator, new Uint8Array(points.map(([, t]) => t)));
        expect(s.memberStart.length).toBe(s.count + 1);
        for (let k = 0; k < s.count; k++) {
          const members = Array.from(s.members.subarray(s.memberStart[k], s.memberStart[k + 1]));
          expect(members).toEqual(points.flatMap((_, i) => (s.of[i] === k ? [i] : [])));
        }
        for (const [i, [p]] of points.entries())
          for (const [j, [q]] of points.entries())
            expect(s.site[s.of[i]!] === s.site[s.of[j]!]).toBe(p === q);
      }),
    );
  });

  /** 145 incidents at one place in three kinds, one at another place, and one hidden kind. */
  function place() {
    const n = 147;
    const mercator = new Float32Array(n * 2);
    const kinds = new Uint8Array(n);
    const size = new Float32Array(n);
    const mask = new Uint8Array(n).fill(1);
    for (let i = 0; i < n; i++) {
      mercator[2 * i] = i === 145 ? 0.61 : 0.6;
      mercator[2 * i + 1] = 0.4;
      kinds[i] = i === 146 ? 9 : i % 3;
      size[i] = (i % 7) / 10;
    }
    mask[146] = 0;
    const stacks = buildStacks(mercator, kinds);
    const counts = new Uint32Array(stacks.count);
    const sizes = stackSizes(stacks, mask, size, undefined, counts);
    return { stacks, sizes, counts, size, mask };
  }

  it('counts the visible incidents of each stack in the same pass', () => {
    const { stacks, counts } = place();
    expect(Array.from(counts)).toEqual([49, 48, 48, 1, 0]);
    expect(stacks.of[145]).toBe(3);
  });

  it('picks the nearest visible stack in reach, the one drawn on top when as near', () => {
    const { stacks, sizes } = place();
    const reach = () => 0.001;
    // Three kinds at (0.6, 0.4), all of size 0.6: the last one is drawn on top.
    expect(pickStack(stacks, sizes, 0.6, 0.4, reach, 0.001)).toBe(2);
    expect(pickStack(stacks, sizes, 0.6102, 0.4, reach, 0.001)).toBe(3);
    expect(pickStack(stacks, sizes, 0.62, 0.4, reach, 0.001)).toBe(-1);
    // A smaller marker is drawn over a larger one.
    const smaller = Float32Array.from(sizes);
    smaller[0] = 0.1;
    expect(pickStack(stacks, smaller, 0.6, 0.4, reach, 0.001)).toBe(0);
    // The reach depends on the marker's size; hidden stacks are never hit.
    expect(pickStack(stacks, sizes, 0.6005, 0.4, (v) => (v > 0.5 ? 0.001 : 0), 0.001)).toBe(2);
    expect(pickStack(stacks, new Float32Array(5).fill(-1), 0.6, 0.4, reach, 0.001)).toBe(-1);
  });

  it('draws place by place, the largest first, and at a place the kind with most incidents on top', () => {
    const { stacks, sizes, counts } = place();
    // The place of three kinds (largest marker 0.6) before the lone one (0.5); there, the
    // kinds of 48, 48 and 49 incidents; the hidden stack not at all.
    const order = drawingOrder(stacks, sizes, counts);
    expect(Array.from(order)).toEqual([1, 2, 0, 3]);
    // A pick at the place finds what is drawn on top: the kind of 49.
    const rank = new Uint32Array(stacks.count);
    order.forEach((s, k) => {
      rank[s] = k + 1;
    });
    expect(pickStack(stacks, sizes, 0.6, 0.4, () => 0.001, 0.001, rank)).toBe(0);
  });

  it('gathers the visible incidents at a place, of every kind, the hit stack first', () => {
    const { stacks, sizes, counts, size, mask } = place();
    const at = placeOf(stacks, sizes, counts, 2);
    expect(at).toEqual({ stacks: [2, 0, 1], count: 145 });
    const members = visibleMembers(stacks, mask, at.stacks);
    expect(members).toHaveLength(145);
    expect(new Set(members).size).toBe(145);
    expect(members.every((i) => i < 145)).toBe(true);
    expect(placeOf(stacks, sizes, counts, 3)).toEqual({ stacks: [3], count: 1 });
    // The incident a marker stands for: its largest visible one, the first of those.
    expect(topMember(stacks, mask, size, 0)).toBe(6);
    expect(topMember(stacks, mask, size, 4)).toBe(-1);
    const fewer = Uint8Array.from(mask);
    fewer[6] = 0;
    expect(topMember(stacks, fewer, size, 0)).toBe(27);
  });
});
