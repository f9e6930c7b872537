import { describe, expect, it } from 'vitest';
import { blitOver, type Pixels } from './blit';

const pixels = (width: number, height: number, rgba?: number[]): Pixels => {
  const data = new Uint8ClampedArray(width * height * 4);
  if (rgba) for (let i = 0; i < width * height; i++) data.set(rgba, i * 4);
  return { width, height, data };
};
const at = (p: Pixels, x: number, y: number) =>
  Array.from(p.data.slice((y * p.width + x) * 4, (y * p.width + x) * 4 + 4));

describe('blitOver (markers into the frame)', () => {
  it('copies opaque pixels, leaves transparent ones, and clips at the edges', () => {
    const src = pixels(2, 2, [200, 10, 20, 255]);
    src.data.set([0, 0, 0, 0], 4); // (1, 0) transparent
    const dst = pixels(3, 3, [0, 0, 255, 255]);
    blitOver(src, 0, 0, 2, 2, dst, 2, -1);
    expect(at(dst, 2, 0)).toEqual([200, 10, 20, 255]); // src (0, 1)
    expect(at(dst, 1, 0)).toEqual([0, 0, 255, 255]); // untouched
    blitOver(src, 0, 0, 2, 2, dst, 0, 1);
    expect(at(dst, 0, 1)).toEqual([200, 10, 20, 255]);
    expect(at(dst, 1, 1)).toEqual([0, 0, 255, 255]); // src (1, 0) is transparent
  });

  it('blends a half-transparent edge over what is below, like source-over', () => {
    const src = pixels(1, 1, [255, 255, 255, 128]);
    const onBlue = pixels(1, 1, [0, 0, 255, 255]);
    blitOver(src, 0, 0, 1, 1, onBlue, 0, 0);
    const [r, g, b, a] = at(onBlue, 0, 0);
    expect(a).toBe(255);
    expect(r).toBeCloseTo(128, -1);
    expect(g).toBeCloseTo(128, -1);
    expect(b).toBe(255);
    const onNothing = pixels(1, 1);
    blitOver(src, 0, 0, 1, 1, onNothing, 0, 0);
    expect(at(onNothing, 0, 0)).toEqual([255, 255, 255, 128]);
  });
});
