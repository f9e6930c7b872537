/**
 * Pixel buffers in the layout of `ImageData` (RGBA, 8 bits each, not premultiplied), and one
 * operation on them: draw a rectangle of one buffer over another with source-over blending.
 *
 * Why by hand: the incident markers are a thousand small images per frame. As `drawImage` calls,
 * each is a draw call in the browser's GPU process, which with software rendering (SwiftShader)
 * cost about 20 ms a frame; blitted here into one buffer and handed over with one `putImageData`,
 * they cost 1–3 ms of script.
 */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * Draw the `w`×`h` rectangle at (`sx`, `sy`) of `src` with its top-left at (`dx`, `dy`) of `dst`
 * (integers; the part outside `dst` is clipped), blending source over destination.
 *
 * @example
 * blitOver(atlas, 0, 0, 12, 12, frame, 100, 40) // a 12 px marker at (100, 40)
 */
export function blitOver(
  src: Pixels,
  sx: number,
  sy: number,
  w: number,
  h: number,
  dst: Pixels,
  dx: number,
  dy: number,
): void {
  const x0 = Math.max(0, -dx);
  const y0 = Math.max(0, -dy);
  const x1 = Math.min(w, dst.width - dx, src.width - sx);
  const y1 = Math.min(h, dst.height - dy, src.height - sy);
  const s = src.data;
  const d = dst.data;
  for (let y = y0; y < y1; y++) {
    let si = ((sy + y) * src.width + sx + x0) * 4;
    let di = ((dy + y) * dst.width + dx + x0) * 4;
    for (let x = x0; x < x1; x++, si += 4, di += 4) {
      const sa = s[si + 3]!;
      if (sa === 0) continue;
      const da = d[di + 3]!;
      if (sa === 255 || da === 0) {
        d[di] = s[si]!;
        d[di + 1] = s[si + 1]!;
        d[di + 2] = s[si + 2]!;
        d[di + 3] = sa;
        continue;
      }
      // Source over, on straight (not premultiplied) colour: out = src·a + dst·b·(1 − a).
      const a = sa / 255;
      const b = (da / 255) * (1 - a);
      const out = a + b;
      d[di] = (s[si]! * a + d[di]! * b) / out;
      d[di + 1] = (s[si + 1]! * a + d[di + 1]! * b) / out;
      d[di + 2] = (s[si + 2]! * a + d[di + 2]! * b) / out;
      d[di + 3] = out * 255;
    }
  }
}
