/**
 * What floats over the map (the report panel, the legend), measured in the map container's
 * pixels, and the part of the map it leaves free (reveal.ts does the pure maths).
 */
import type * as maplibregl from 'maplibre-gl';
import { type Box, coveredInsets, EDGE, type Insets } from './reveal';

/** `el`'s box in the map container's pixels, or nothing when it is not shown. */
function boxIn(container: DOMRect, el: Element | null): Box | undefined {
  const r = el?.getBoundingClientRect();
  if (!r || r.width === 0 || r.height === 0) return undefined;
  return {
    left: r.left - container.left,
    top: r.top - container.top,
    right: r.right - container.left,
    bottom: r.bottom - container.top,
  };
}

/** What floats over the map (the report panel, the legend), in the map container's pixels. */
export function coversOf(container: DOMRect): Box[] {
  return ['.panel', '.legend']
    .map((selector) => boxIn(container, document.querySelector(selector)))
    .filter((b): b is Box => b !== undefined);
}

/** Room for half the largest marker beside a cover. */
const MARKER_CLEARANCE = 24;

/** Free pixels a framed area needs at least, across and down, to be worth framing beside covers. */
const MIN_FREE = 160;

/**
 * The padding that frames an area in the part of `map` the panel and the legend leave visible
 * (`fitBounds`); the plain edge when what is left is too small to frame anything in.
 *
 * @example map.fitBounds(bbox, { padding: framePadding(map) })
 */
export function framePadding(map: maplibregl.Map): Insets {
  const rect = map.getContainer().getBoundingClientRect();
  const covered = coveredInsets(
    { left: 0, top: 0, right: rect.width, bottom: rect.height },
    coversOf(rect),
  );
  // A side given to a cover keeps a marker's width clear of it too: the fit puts the outermost
  // point right on the padding's line, and a marker is drawn around its point.
  const clear = (side: number) => (side > EDGE ? side + MARKER_CLEARANCE : side);
  const inset = {
    left: clear(covered.left),
    top: clear(covered.top),
    right: clear(covered.right),
    bottom: clear(covered.bottom),
  };
  const wide = rect.width - inset.left - inset.right >= MIN_FREE;
  const tall = rect.height - inset.top - inset.bottom >= MIN_FREE;
  return wide && tall ? inset : { left: EDGE, top: EDGE, right: EDGE, bottom: EDGE };
}
