import type { Span } from './time';

/** What a key does to a bound of the selected range: days to move it, or to the end it may go. */
export type BoundStep = number | 'first' | 'last';

/**
 * How a key moves a handle of the timeline's selected range; null for a key it leaves alone.
 * Time runs left to right in both languages (the chart is `dir="ltr"`), so → and ↑ go later,
 * as on any slider; Page Up and Page Down go a week.
 *
 * @example keyStep('ArrowRight') // 1
 * @example keyStep('PageDown') // -7
 */
export function keyStep(key: string): BoundStep | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return 1;
    case 'ArrowLeft':
    case 'ArrowDown':
      return -1;
    case 'PageUp':
      return 7;
    case 'PageDown':
      return -7;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/**
 * The range after one of its bounds moves by `step`: the start never after the end nor before
 * the data's first day, the end never before the start nor after the data's last day (unless the
 * range already lay beyond, when it may stay where it was).
 *
 * @example moveBound([10, 20], 'from', 3, [0, 100]) // [13, 20]
 * @example moveBound([10, 20], 'to', 'last', [0, 100]) // [10, 100]
 * @example moveBound([10, 20], 'from', 15, [0, 100]) // [20, 20]
 */
export function moveBound(range: Span, side: 'from' | 'to', step: BoundStep, data: Span): Span {
  const [from, to] = range;
  if (side === 'from') {
    const lo = Math.min(data[0], from);
    return [step === 'first' ? lo : step === 'last' ? to : clamp(from + step, lo, to), to];
  }
  const hi = Math.max(data[1], to);
  return [from, step === 'first' ? from : step === 'last' ? hi : clamp(to + step, from, hi)];
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
