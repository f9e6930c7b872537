/** A page position, and the box of an element on the page (Playwright's `boundingBox()`). */
export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}

/** True when `p` lies in `box`, edges included: what a reader would see as covered by it. */
export function within(p: Point, box: Box): boolean {
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}
