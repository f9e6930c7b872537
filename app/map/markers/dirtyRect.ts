/**
 * A rectangle of canvas pixels that grows to cover what is drawn, for redrawing only the part of
 * the markers' canvas that changed. Why: handing the whole frame to `putImageData` converts and
 * uploads every pixel of the canvas, about 10 ms a frame at 100k incidents with software
 * rendering, though the markers cover only the region's part of the map.
 *
 * Half-open, in integer device pixels: x0 ≤ x < x1, y0 ≤ y < y1; empty when x0 ≥ x1 or y0 ≥ y1.
 */
export interface DirtyRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A rectangle covering nothing, ready to grow.
 *
 * @example isEmpty(emptyRect()) // true
 */
export function emptyRect(): DirtyRect {
  return { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
}

/** @example isEmpty({ x0: 2, y0: 0, x1: 2, y1: 5 }) // true */
export function isEmpty(r: DirtyRect): boolean {
  return r.x0 >= r.x1 || r.y0 >= r.y1;
}

/**
 * Grow `r` to cover the box from (x0, y0) to (x1, y1) (any numbers: rounded outwards), and return it.
 *
 * @example include(emptyRect(), 1.5, 2, 4.2, 3) // { x0: 1, y0: 2, x1: 5, y1: 3 }
 */
export function include(r: DirtyRect, x0: number, y0: number, x1: number, y1: number): DirtyRect {
  r.x0 = Math.min(r.x0, Math.floor(x0));
  r.y0 = Math.min(r.y0, Math.floor(y0));
  r.x1 = Math.max(r.x1, Math.ceil(x1));
  r.y1 = Math.max(r.y1, Math.ceil(y1));
  return r;
}

/**
 * `r` cut to a `width`×`height` canvas (empty if nothing is left).
 *
 * @example clip({ x0: -3, y0: 2, x1: 4, y1: 9 }, 8, 8) // { x0: 0, y0: 2, x1: 4, y1: 8 }
 */
export function clip(r: DirtyRect, width: number, height: number): DirtyRect {
  const c = {
    x0: Math.max(0, r.x0),
    y0: Math.max(0, r.y0),
    x1: Math.min(width, r.x1),
    y1: Math.min(height, r.y1),
  };
  return isEmpty(c) ? emptyRect() : c;
}

/**
 * The smallest rectangle covering both, cut to a `width`×`height` canvas (empty if nothing is
 * left). An empty rectangle's infinite bounds leave the other as it is.
 *
 * @example clipUnion({ x0: -3, y0: 0, x1: 4, y1: 4 }, { x0: 2, y0: 2, x1: 9, y1: 6 }, 8, 8) // { x0: 0, y0: 0, x1: 8, y1: 6 }
 */
export function clipUnion(a: DirtyRect, b: DirtyRect, width: number, height: number): DirtyRect {
  return clip(include({ ...a }, b.x0, b.y0, b.x1, b.y1), width, height);
}

/**
 * Make the pixels of `r` (cut to the buffer) transparent in an RGBA buffer `width` pixels wide.
 *
 * @example clearPixels(frame.data, frame.width, { x0: 0, y0: 0, x1: 4, y1: 2 })
 */
export function clearPixels(data: Uint8ClampedArray, width: number, r: DirtyRect): void {
  const height = data.length / 4 / width;
  const c = clip(r, width, height);
  if (isEmpty(c)) return;
  for (let y = c.y0; y < c.y1; y++) data.fill(0, (y * width + c.x0) * 4, (y * width + c.x1) * 4);
}
