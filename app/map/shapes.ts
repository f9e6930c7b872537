import type { IncidentType } from '../model';

/** A marker outline in a unit box (-1..1, y down), or a circle. */
export type Shape = { kind: 'circle' } | { kind: 'polygon'; points: [number, number][] };

function regular(n: number, r = 1, rotate = -Math.PI / 2): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

function star(n: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: n * 2 }, (_, i) => {
    const r = i % 2 ? inner : outer;
    const a = -Math.PI / 2 + (i * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

const c = 0.36;
/**
 * One shape per incident type, so that types are told apart without colour too (for readers with
 * colour-vision deficiencies, and in print).
 */
export const TYPE_SHAPES: Record<IncidentType, Shape> = {
  airstrike: {
    kind: 'polygon',
    points: [
      [-1, -0.8],
      [1, -0.8],
      [0, 1],
    ],
  },
  shelling: {
    kind: 'polygon',
    points: [
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ],
  },
  clash: {
    kind: 'polygon',
    points: [
      [-c, -1],
      [c, -1],
      [c, -c],
      [1, -c],
      [1, c],
      [c, c],
      [c, 1],
      [-c, 1],
      [-c, c],
      [-1, c],
      [-1, -c],
      [-c, -c],
    ],
  },
  attack: {
    kind: 'polygon',
    points: [
      [-0.85, -0.85],
      [0.85, -0.85],
      [0.85, 0.85],
      [-0.85, 0.85],
    ],
  },
  explosion: { kind: 'polygon', points: star(8, 1, 0.5) },
  deployment: {
    kind: 'polygon',
    points: [
      [0, -1],
      [1, 0.8],
      [-1, 0.8],
    ],
  },
  agreement: { kind: 'polygon', points: regular(6, 1, 0) },
  other: { kind: 'circle' },
};

/** SVG path of a shape scaled to a box of `size` (for the legend and list). */
export function svgPath(shape: Shape, size: number, inset = 1.5): string {
  const r = size / 2 - inset;
  const m = size / 2;
  if (shape.kind === 'circle')
    return `M ${m - r} ${m} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
  return `${shape.points
    .map(([x, y], i) => `${i ? 'L' : 'M'} ${(m + x * r).toFixed(2)} ${(m + y * r).toFixed(2)}`)
    .join(' ')} Z`;
}

/**
 * Draw a marker into a canvas of `px` pixels: filled with the type colour for a precise place,
 * hollow (a light fill inside a thick coloured outline) for an approximate one.
 */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  shape: Shape,
  colour: string,
  px: number,
  hollow: boolean,
): void {
  const lw = px * 0.09;
  const r = px / 2 - lw * 1.2;
  const m = px / 2;
  ctx.clearRect(0, 0, px, px);
  ctx.beginPath();
  if (shape.kind === 'circle') ctx.arc(m, m, r, 0, Math.PI * 2);
  else
    shape.points.forEach(([x, y], i) => {
      if (i) ctx.lineTo(m + x * r, m + y * r);
      else ctx.moveTo(m + x * r, m + y * r);
    });
  ctx.closePath();
  ctx.lineJoin = 'round';
  // A white casing first, so markers stand out on any background and from each other.
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = lw * (hollow ? 3.2 : 2.2);
  ctx.stroke();
  ctx.fillStyle = hollow ? 'rgba(255,255,255,0.85)' : colour;
  ctx.fill();
  if (hollow) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = lw * 1.6;
    ctx.stroke();
  }
}
