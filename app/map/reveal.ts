/**
 * Where on the map a selected incident can be seen: the map's box less what floats over it (the
 * report panel, the legend), and how far to move the map so that a point lands in that part.
 * Pure: boxes in, numbers out; MapView measures the boxes and eases the map.
 */

/** A box in the map container's pixels (or any one coordinate system shared by all boxes). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels kept clear at each edge of the map. */
export type Insets = Box;

/** Kept free around the map's edges, so a revealed marker never touches one. */
export const EDGE = 40;

/**
 * The insets that leave visible what `covers` hide of `map`. Each cover is taken off the side it
 * sits against: the one that leaves the largest free area (a panel docked on the right takes the
 * right side; a bottom sheet, the bottom; a tall legend at the left, the left side). Covers that
 * miss the map are ignored.
 *
 * @example
 * coveredInsets({ left: 0, top: 0, right: 1000, bottom: 500 }, [{ left: 500, top: 10, right: 990, bottom: 490 }])
 * // { left: 40, top: 40, right: 500, bottom: 40 }
 */
export function coveredInsets(map: Box, covers: readonly Box[], edge = EDGE): Insets {
  const inset = { left: edge, top: edge, right: edge, bottom: edge };
  for (const c of covers) {
    if (c.right <= map.left || c.left >= map.right || c.bottom <= map.top || c.top >= map.bottom)
      continue;
    const options: [keyof Insets, number][] = [
      ['left', c.right - map.left],
      ['right', map.right - c.left],
      ['top', c.bottom - map.top],
      ['bottom', map.bottom - c.top],
    ];
    let best: keyof Insets = 'left';
    let bestArea = -1;
    for (const [side, need] of options) {
      const next = { ...inset, [side]: Math.max(inset[side], need) };
      const area =
        Math.max(0, map.right - map.left - next.left - next.right) *
        Math.max(0, map.bottom - map.top - next.top - next.bottom);
      if (area > bestArea) {
        bestArea = area;
        best = side;
      }
    }
    inset[best] = Math.max(inset[best], options.find(([s]) => s === best)![1]);
  }
  return inset;
}

/**
 * The offset from the map's centre at which to put point `p` (pixels from the map's top left)
 * so that it sits in the middle of the free part, or null when it is already in the free part.
 * An axis too narrow to hold a marker (under 80 px free) is centred on the whole map instead.
 *
 * @example revealOffset({ x: 900, y: 250 }, { width: 1000, height: 500 }, { left: 40, top: 40, right: 500, bottom: 40 }) // [-230, 0]
 */
export function revealOffset(
  p: { x: number; y: number },
  size: { width: number; height: number },
  inset: Insets,
): [number, number] | null {
  const inside =
    p.x >= inset.left &&
    p.x <= size.width - inset.right &&
    p.y >= inset.top &&
    p.y <= size.height - inset.bottom;
  if (inside) return null;
  const dx = size.width - inset.left - inset.right > 80 ? (inset.left - inset.right) / 2 : 0;
  const dy = size.height - inset.top - inset.bottom > 80 ? (inset.top - inset.bottom) / 2 : 0;
  return [dx, dy];
}
