import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStacks, stackSizes } from './stacks';

describe('point stacks', () => {
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
});
