/**
 * Percentile by linear interpolation between the closest ranks (the method spreadsheets call
 * PERCENTILE.INC), so that p50 of an even count is the mean of the middle two.
 *
 * @example percentile([10, 20, 30, 40], 50) // 25
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0..100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

/**
 * How many per second, or NaN when the time is not positive (a run too short to measure).
 *
 * @example rate(2000, 4) // 500
 */
export function rate(count: number, seconds: number): number {
  return seconds > 0 ? count / seconds : Number.NaN;
}

/**
 * a / b, or NaN when b is not positive.
 *
 * @example ratio(6, 2) // 3
 */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}
