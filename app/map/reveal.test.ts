import { describe, expect, it } from 'vitest';
import { coveredInsets, revealOffset } from './reveal';

/** The desktop layout of the screenshots: a 945×474 map, the report panel and the open legend. */
const MAP = { left: 0, top: 0, right: 945, bottom: 474 };
const PANEL_LTR = { left: 480, top: 12, right: 930, bottom: 461 };
const LEGEND_LTR = { left: 10, top: 87, right: 250, bottom: 431 };
const mirror = (b: typeof MAP) => ({ ...b, left: 945 - b.right, right: 945 - b.left });

describe('the part of the map a selected incident is shown in', () => {
  it('leaves out the panel on one side and the open legend on the other (English)', () => {
    expect(coveredInsets(MAP, [PANEL_LTR, LEGEND_LTR])).toEqual({
      left: 250,
      top: 40,
      right: 465,
      bottom: 40,
    });
  });

  it('is mirrored in Arabic, where the panel and the legend swap sides', () => {
    expect(coveredInsets(MAP, [mirror(PANEL_LTR), mirror(LEGEND_LTR)])).toEqual({
      left: 465,
      top: 40,
      right: 250,
      bottom: 40,
    });
  });

  it('leaves out a phone’s bottom sheet at the bottom', () => {
    const phone = { left: 0, top: 0, right: 360, bottom: 640 };
    const sheet = { left: 0, top: 340, right: 360, bottom: 640 };
    expect(coveredInsets(phone, [sheet])).toEqual({ left: 40, top: 40, right: 40, bottom: 300 });
  });

  it('ignores what does not overlap the map', () => {
    expect(coveredInsets(MAP, [{ left: 950, top: 0, right: 1280, bottom: 474 }])).toEqual({
      left: 40,
      top: 40,
      right: 40,
      bottom: 40,
    });
  });
});

describe('moving the map to reveal a point', () => {
  const size = { width: 945, height: 474 };
  const inset = coveredInsets(MAP, [PANEL_LTR, LEGEND_LTR]);

  it('does not move when the point is already in the free part', () => {
    expect(revealOffset({ x: 360, y: 200 }, size, inset)).toBeNull();
  });

  it('centres a point hidden under the panel, or under the legend, in the free part', () => {
    // Free: x 250..480, y 40..434; its centre is 365, 237, i.e. (-107.5, 0) from the map's.
    expect(revealOffset({ x: 700, y: 200 }, size, inset)).toEqual([-107.5, 0]);
    expect(revealOffset({ x: 120, y: 300 }, size, inset)).toEqual([-107.5, 0]);
  });

  it('moves a point framed beside the English panel when Arabic puts the panel over it', () => {
    // The tester's case: in view at x 376 beside the panel; after the switch the panel (and the
    // legend) are mirrored, and the point must be framed again on the panel's new free side.
    const point = { x: 376, y: 237 };
    expect(revealOffset(point, size, inset)).toBeNull();
    const arabic = coveredInsets(MAP, [mirror(PANEL_LTR), mirror(LEGEND_LTR)]);
    expect(revealOffset(point, size, arabic)).toEqual([107.5, 0]);
  });

  it('centres on the whole map along an axis with no room left', () => {
    const squeezed = { left: 40, top: 40, right: 900, bottom: 40 };
    expect(revealOffset({ x: 940, y: 200 }, size, squeezed)).toEqual([0, 0]);
  });
});
