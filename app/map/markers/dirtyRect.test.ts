import { describe, expect, it } from 'vitest';
import { blitOver, type Pixels } from './blit';
import { clearPixels, clipUnion, emptyRect, include, isEmpty } from './dirtyRect';

const pixels = (width: number, height: number, rgba?: number[]): Pixels => {
  const data = new Uint8ClampedArray(width * height * 4);
  if (rgba) for (let i = 0; i < width * height; i++) data.set(rgba, i * 4);
  return { width, height, data };
};
const opaque = (p: Pixels) => {
  const out: string[] = [];
  for (let i = 0; i < p.width * p.height; i++)
    if (p.data[i * 4 + 3]) out.push(`${i % p.width},${Math.floor(i / p.width)}`);
  return out;
};

describe('the markers canvas redraws only what changed', () => {
  it('grows over markers, rounding outwards to whole pixels', () => {
    const r = emptyRect();
    expect(isEmpty(r)).toBe(true);
    include(r, 1.5, 2, 4.2, 3);
    include(r, 3, 0.5, 4, 2.5);
    expect(r).toEqual({ x0: 1, y0: 0, x1: 5, y1: 3 });
    expect(isEmpty(r)).toBe(false);
  });

  it("covers both the last frame's drawing and this one's, cut to the canvas", () => {
    const last = { x0: -3, y0: 0, x1: 4, y1: 4 };
    const now = { x0: 2, y0: 2, x1: 9, y1: 6 };
    expect(clipUnion(last, now, 8, 8)).toEqual({ x0: 0, y0: 0, x1: 8, y1: 6 });
    // A first frame (nothing drawn before), and markers that moved off the canvas.
    expect(clipUnion(emptyRect(), now, 8, 8)).toEqual({ x0: 2, y0: 2, x1: 8, y1: 6 });
    expect(isEmpty(clipUnion(emptyRect(), { x0: 9, y0: 0, x1: 12, y1: 3 }, 8, 8))).toBe(true);
    expect(isEmpty(clipUnion(emptyRect(), emptyRect(), 8, 8))).toBe(true);
  });

  it('clears the last markers from the frame and nothing else', () => {
    const frame = pixels(6, 4);
    const marker = pixels(2, 2, [200, 10, 20, 255]);
    blitOver(marker, 0, 0, 2, 2, frame, 1, 1);
    blitOver(marker, 0, 0, 2, 2, frame, 5, 3); // clipped at the corner
    frame.data.set([1, 2, 3, 255], 0); // a pixel outside the rectangle below
    clearPixels(frame.data, frame.width, { x0: 1, y0: 1, x1: 7, y1: 5 });
    expect(opaque(frame)).toEqual(['0,0']);
  });

  it('redrawn frame by frame, leaves no marker where there is none now', () => {
    // What draw() does: clear last frame's markers, blit this frame's, hand over the union.
    const canvas = pixels(10, 10);
    const frame = pixels(10, 10);
    const marker = pixels(3, 3, [0, 0, 255, 255]);
    let blitted = emptyRect();
    let drawn = emptyRect();
    for (const spots of [
      [
        [0, 0],
        [6, 6],
      ],
      [[6, 6]],
      [[2, 7]],
      [],
    ]) {
      clearPixels(frame.data, frame.width, blitted);
      const now = emptyRect();
      for (const [x, y] of spots) {
        blitOver(marker, 0, 0, 3, 3, frame, x!, y!);
        include(now, x!, y!, x! + 3, y! + 3);
      }
      const dirty = clipUnion(drawn, now, 10, 10);
      for (let y = dirty.y0; y < dirty.y1; y++)
        canvas.data.set(
          frame.data.subarray((y * 10 + dirty.x0) * 4, (y * 10 + dirty.x1) * 4),
          (y * 10 + dirty.x0) * 4,
        );
      const full = pixels(10, 10);
      for (const [x, y] of spots) blitOver(marker, 0, 0, 3, 3, full, x!, y!);
      expect(opaque(canvas)).toEqual(opaque(full));
      blitted = now;
      drawn = { ...now };
    }
  });
});
