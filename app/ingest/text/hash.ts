/**
 * A stable 64-bit FNV-1a hash of a string, as 16 hex digits. Used for ids that must not change
 * between runs (articles, incidents); not for security.
 *
 * Computed on two 32-bit halves: the BigInt version allocated three BigInts per character and
 * showed up in geocoding profiles (one hash per unknown village). The output is the same.
 *
 * @example stableHash('إدلب') // '…16 hex digits…'
 */
export function stableHash(text: string): string {
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // h * prime = h * 0x1b3 + (h << 40). The carry of lo * 0x1b3 out of 32 bits is taken from
    // its 16-bit halves, all in integers (a float division per character showed in profiles).
    const carry = ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16;
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = Math.imul(lo, 0x1b3) >>> 0;
  }
  return hex8(hi) + hex8(lo);
}

/** Two lowercase hex digits per byte value. */
const HEX2 = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * `x.toString(16).padStart(8, '0')` for a uint32, from a byte table: V8's radix conversion
 * was the dearest part of hashing a short key (an incident id).
 */
function hex8(x: number): string {
  return HEX2[x >>> 24]! + HEX2[(x >>> 16) & 255]! + HEX2[(x >>> 8) & 255]! + HEX2[x & 255]!;
}
