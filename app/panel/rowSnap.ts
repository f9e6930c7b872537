/**
 * Where a scroll should stop so that its top edge cuts no line of the incident's card: a panel
 * that scrolls card and report as one, scrolled to the highlighted sentence, otherwise leaves a
 * half-hidden row ("Date", "Place") under its head, which reads like a rendering fault. Kept
 * apart from the panel so it can be tested without a DOM.
 */

/** A vertical extent, in the same coordinates as the edge it is compared with. */
export interface Extent {
  top: number;
  bottom: number;
}

/**
 * The scroll step nearest `step` after which no row is cut by the top edge at `edge` (rows and
 * edge as they stand before the step: a step of `d` moves every row up by `d`). A cut row is
 * shown whole when `fits(step)` still holds for the smaller step (the sentence stays in view),
 * else hidden whole when that fits; else `step` is kept.
 *
 * @example
 * // A row from 90 to 120 would be cut by the edge at 0 after a step of 100.
 * snapStep(100, [{ top: 90, bottom: 120 }], 0, () => true) // 90: the row shown whole
 */
export function snapStep(
  step: number,
  rows: readonly Extent[],
  edge: number,
  fits: (step: number) => boolean,
): number {
  for (const row of rows) {
    const top = row.top - step;
    const bottom = row.bottom - step;
    if (!(top < edge - 0.5 && bottom > edge + 0.5)) continue;
    const show = step - (edge - top);
    if (fits(show)) return show;
    const hide = step + (bottom - edge);
    if (fits(hide)) return hide;
    return step;
  }
  return step;
}
