import type { Geocoder } from './index';

/**
 * Matching throughput: runs the geocoder over every text and reports the UTF-8 size read and
 * the time taken. Pure apart from the clock (`performance.now`, in browsers and Node alike).
 *
 * @example
 * const { bytes, ms, mentions } = measureMatching(geocoder, ['قصف على أريحا']);
 * const mbPerS = bytes / 1e6 / (ms / 1e3);
 */
export function measureMatching(
  geocoder: Geocoder,
  texts: string[],
): { bytes: number; ms: number; mentions: number } {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const t of texts) bytes += encoder.encode(t).length;
  let mentions = 0;
  const t0 = performance.now();
  for (const t of texts) mentions += geocoder.findMentions(t).length;
  return { bytes, ms: performance.now() - t0, mentions };
}
